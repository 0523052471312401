//! Tables, columns, dropdowns, filters, custom-field and event definitions, record lists.

use testtrack::types::{
    AnyCEventDefinition, AnyCField, CDefectEventDefinition, CEventDefinition, CFieldValue, CRecordData,
    CRecordListSoap, CRecordRowSoap, CTableColumn,
};
use ttsoap::Fault;

use super::common::{field_named, make_field};
use super::{all_columns, CallContext, Kind};
use crate::faults;
use crate::fields::FieldKind;
use crate::fields::{Dropdown, FieldDef};
use crate::lists::{build_rows, resolve_columns, ColumnDef};
use crate::query::Query;
use crate::store::Keyed;
use crate::tables::Table;
use crate::value::Value;
use crate::workflow::EventDef;

/// Calls `$f::<Kind>($args)` for a table, or evaluates `$other` for tables without records.
macro_rules! by_table {
    ($t:expr, $f:ident ( $($a:expr),* ), $other:expr) => {
        match $t {
            Table::Defect => $f::<$crate::service::entities::Defects>($($a),*),
            Table::TestCase => $f::<$crate::service::entities::TestCases>($($a),*),
            Table::TestRun => $f::<$crate::service::entities::TestRuns>($($a),*),
            Table::Requirement => $f::<$crate::service::entities::Requirements>($($a),*),
            Table::RequirementDocument => $f::<$crate::service::entities::RequirementDocuments>($($a),*),
            Table::Task => $f::<$crate::service::entities::Tasks>($($a),*),
            Table::User => $f::<$crate::service::entities::Users>($($a),*),
            Table::Customer => $f::<$crate::service::entities::Customers>($($a),*),
            Table::Folder => $f::<$crate::service::folders::Folders>($($a),*),
            Table::TestConfig => $f::<$crate::service::entities::TestConfigs>($($a),*),
            Table::Links => $f::<$crate::service::entities::Links>($($a),*),
            Table::Report | Table::TestVariant => $other,
        }
    };
}
pub(crate) use by_table;

fn cols<K: Kind>(cx: &CallContext<'_>) -> Vec<ColumnDef> {
    all_columns::<K>(cx.proj())
}

/// The columns of a table.
pub(crate) fn columns(cx: &CallContext<'_>, t: Table) -> Vec<ColumnDef> {
    by_table!(
        t,
        cols(cx),
        vec![ColumnDef::new("Record ID", FieldKind::Integer), ColumnDef::new("Name", FieldKind::Text)]
    )
}

/// The value of a column for a record.
pub(crate) fn value_of<K: Kind>(cx: &CallContext<'_>, r: &K::Record, column: &str) -> Value {
    match column {
        "Record ID" => Value::Integer(r.record_id()),
        "Is Locked" => Value::Bool(cx.world.locks.holder(K::TABLE, r.record_id(), cx.now_ms).is_some()),
        c => {
            if cx.proj().custom_defs(K::TABLE).iter().any(|(_, d)| d.name == c) {
                field_named(K::custom(r), c).unwrap_or(Value::Empty)
            } else {
                K::column(r, c)
            }
        }
    }
}

fn rows<K: Kind>(cx: &CallContext<'_>, columns: &[String], queries: &[&Query]) -> Vec<Vec<String>> {
    let store = K::store(cx.world, cx.project);
    let records = store.sorted().into_iter().filter(|r| K::visible(r));
    build_rows(records, columns, queries, |r, c| value_of::<K>(cx, r, c))
}

/// `getRecordListForTable[WithQuery]`.
pub(crate) fn record_list(
    cx: &CallContext<'_>,
    table: &str,
    filter: &str,
    query: &str,
    columnlist: &[CTableColumn],
) -> Result<CRecordListSoap, Fault> {
    let t = cx.table(table)?;
    let available = columns(cx, t);
    let requested: Vec<String> = columnlist.iter().map(|c| c.name.clone().unwrap_or_default()).collect();
    if requested.is_empty() {
        return Err(faults::missing_parameter("columnlist"));
    }
    let resolved = resolve_columns(&available, &requested)
        .map_err(|c| faults::invalid_parameter(format!("Invalid column name '{c}' for the table {t}.")))?;
    let today = cx.now.div_euclid(86_400);
    let mut queries = Vec::new();
    if !filter.trim().is_empty() {
        let f = cx.proj().filters.iter().find(|f| f.name.eq_ignore_ascii_case(filter.trim())).ok_or_else(|| {
            faults::fault(faults::codes::RECORD_NOT_FOUND, format!("The filter '{filter}' does not exist."))
        })?;
        if f.table != t {
            return Err(faults::invalid_parameter(format!("The filter '{}' applies to {}, not {t}.", f.name, f.table)));
        }
        queries.push(Query::compile(&f.query, &available, today).map_err(faults::invalid_parameter)?);
    }
    queries.push(
        Query::compile(query, &available, today)
            .map_err(|e| faults::invalid_parameter(format!("Invalid query: {e}.")))?,
    );
    let refs: Vec<&Query> = queries.iter().collect();
    let data = by_table!(t, rows(cx, &resolved, &refs), Vec::new());
    Ok(CRecordListSoap {
        columnlist: resolved.iter().map(|c| CTableColumn { name: Some(c.clone()) }).collect(),
        records: data
            .into_iter()
            .map(|row| CRecordRowSoap { row: row.into_iter().map(|v| CRecordData { value: Some(v) }).collect() })
            .collect(),
    })
}

/// Names of a table's dropdown fields: standard lists, then custom dropdown and multi-select
/// fields.
pub(crate) fn dropdown_fields(cx: &CallContext<'_>, t: Table) -> Vec<String> {
    let p = cx.proj();
    let mut v: Vec<String> =
        p.dropdowns.get(&t).map(|d| d.iter().map(|x| x.name.clone()).collect()).unwrap_or_default();
    v.extend(p.custom_defs(t).iter().filter(|(_, d)| d.kind.has_values()).map(|(_, d)| d.name.clone()));
    v
}

/// Values of a dropdown field (11 for a field that is not one).
pub(crate) fn dropdown_values(cx: &CallContext<'_>, t: Table, field: &str) -> Result<Vec<String>, Fault> {
    let p = cx.proj();
    if let Some(d) = p.dropdown(t, field) {
        return Ok(d.values.clone());
    }
    p.custom_defs(t)
        .iter()
        .find(|(_, d)| d.kind.has_values() && d.name.eq_ignore_ascii_case(field.trim()))
        .map(|(_, d)| d.values.clone())
        .ok_or_else(|| faults::invalid_parameter(format!("'{field}' is not a dropdown field of {t}.")))
}

/// `addDropdownFieldValuesForTable`: adds the values not yet in the list.
pub(crate) fn add_dropdown_values(
    cx: &mut CallContext<'_>,
    t: Table,
    field: &str,
    values: &[CFieldValue],
) -> Result<(), Fault> {
    let vals: Vec<&str> = values.iter().filter_map(|v| v.value.as_deref()).collect();
    let p = cx.proj_mut();
    if let Some(d) =
        p.dropdowns.get_mut(&t).and_then(|l| l.iter_mut().find(|d| d.name.eq_ignore_ascii_case(field.trim())))
    {
        d.add_values(vals);
        return Ok(());
    }
    let defs = p
        .custom
        .get_mut(&t)
        .ok_or_else(|| faults::invalid_parameter(format!("'{field}' is not a dropdown field of {t}.")))?;
    let (_, def) = defs
        .iter_mut()
        .find(|(_, d)| d.kind.has_values() && d.name.eq_ignore_ascii_case(field.trim()))
        .ok_or_else(|| faults::invalid_parameter(format!("'{field}' is not a dropdown field of {t}.")))?;
    let mut dd = Dropdown { name: def.name.clone(), values: std::mem::take(&mut def.values) };
    dd.add_values(vals);
    def.values = dd.values;
    Ok(())
}

/// `getCustomFieldsDefinitionList`.
pub(crate) fn custom_definitions(cx: &CallContext<'_>, t: Table) -> Vec<AnyCField> {
    cx.proj().custom_defs(t).iter().map(|(id, d)| make_field(*id, d, &Value::Empty, true)).collect()
}

fn definition(e: &EventDef) -> CEventDefinition {
    let fields: Vec<AnyCField> = e.fields.iter().map(|f: &FieldDef| make_field(0, f, &Value::Empty, true)).collect();
    CEventDefinition {
        name: Some(e.name.clone()),
        user: Some(true),
        datetime: Some(true),
        notes: Some(true),
        resulting_state: Some(!e.to.is_empty()),
        resulting_state_values: e.to.iter().map(|s| CFieldValue { value: Some(s.clone()) }).collect(),
        fileattachments: Some(true),
        time_tracking: Some(e.time_tracking),
        time_sum_of_all: Some(false),
        time_hours_since_last: Some(false),
        new_assignment: Some(e.assign),
        release_notes: Some(false),
        marksuspect: Some(false),
        reviewnote: Some(false),
        custom_fields: fields,
    }
}

/// `getEventDefinitionList`: the table's workflow events (empty without a workflow).
pub(crate) fn event_definitions(cx: &CallContext<'_>, t: Table) -> Vec<AnyCEventDefinition> {
    cx.proj()
        .workflows
        .get(&t)
        .map(|w| w.events.iter().map(|e| AnyCEventDefinition::CEventDefinition(definition(e))).collect())
        .unwrap_or_default()
}

/// `getDefectEventDefinitionList` (deprecated form).
pub(crate) fn defect_event_definitions(cx: &CallContext<'_>) -> Vec<CDefectEventDefinition> {
    let Some(w) = cx.proj().workflows.get(&Table::Defect) else {
        return Vec::new();
    };
    w.events
        .iter()
        .map(|e| {
            let d = definition(e);
            CDefectEventDefinition {
                name: d.name,
                user: d.user,
                datetime: d.datetime,
                notes: d.notes,
                resulting_state: d.resulting_state,
                resulting_state_values: d.resulting_state_values,
                fileattachments: d.fileattachments,
                time_tracking: d.time_tracking,
                time_sum_of_all: d.time_sum_of_all,
                time_hours_since_last: d.time_hours_since_last,
                new_assignment: d.new_assignment,
                release_notes: d.release_notes,
                marksuspect: d.marksuspect,
                reviewnote: d.reviewnote,
                custom_fields: d.custom_fields,
            }
        })
        .collect()
}
