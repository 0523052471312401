//! Tables, columns, filters, dropdowns, definitions and record lists.

use super::*;

pub(super) fn get_table_list(cx: &mut CallContext<'_>, _q: GetTableList) -> Result<GetTableListResponse, Fault> {
    Ok(GetTableListResponse {
        p_table_list: Table::ALL
            .iter()
            .filter(|t| cx.proj().table_allowed(**t))
            .map(|t| CDatabaseTable { name: Some(t.name().into()) })
            .collect(),
    })
}

pub(super) fn get_dropdown_field_for_table(
    cx: &mut CallContext<'_>,
    q: GetDropdownFieldForTable,
) -> Result<GetDropdownFieldForTableResponse, Fault> {
    let t = cx.table(&q.tablename)?;
    Ok(GetDropdownFieldForTableResponse {
        p_field_list: meta::dropdown_fields(cx, t).into_iter().map(|n| CTableField { name: Some(n) }).collect(),
    })
}

pub(super) fn get_dropdown_field_values_for_table(
    cx: &mut CallContext<'_>,
    q: GetDropdownFieldValuesForTable,
) -> Result<GetDropdownFieldValuesForTableResponse, Fault> {
    let t = cx.table(&q.tablename)?;
    Ok(GetDropdownFieldValuesForTableResponse {
        p_value_list: meta::dropdown_values(cx, t, &q.fieldname)?
            .into_iter()
            .map(|v| CFieldValue { value: Some(v) })
            .collect(),
    })
}

pub(super) fn add_dropdown_field_values_for_table(
    cx: &mut CallContext<'_>,
    q: AddDropdownFieldValuesForTable,
) -> Result<AddDropdownFieldValuesForTableResponse, Fault> {
    let t = cx.table(&q.tablename)?;
    meta::add_dropdown_values(cx, t, &q.fieldname, &q.p_value_list)?;
    Ok(AddDropdownFieldValuesForTableResponse { result: 0 })
}

pub(super) fn get_columns_for_table(
    cx: &mut CallContext<'_>,
    q: GetColumnsForTable,
) -> Result<GetColumnsForTableResponse, Fault> {
    let t = cx.table(&q.tablename)?;
    Ok(GetColumnsForTableResponse {
        p_column_list: meta::columns(cx, t).into_iter().map(|c| CTableColumn { name: Some(c.name) }).collect(),
    })
}

pub(super) fn get_filter_list_for_table(
    cx: &mut CallContext<'_>,
    q: GetFilterListForTable,
) -> Result<GetFilterListForTableResponse, Fault> {
    let t = cx.table(&q.tablename)?;
    Ok(GetFilterListForTableResponse {
        p_filter_list: cx
            .proj()
            .filters
            .iter()
            .filter(|f| f.table == t)
            .map(|f| CFilter { name: Some(f.name.clone()) })
            .collect(),
    })
}

pub(super) fn get_event_definition_list(
    cx: &mut CallContext<'_>,
    q: GetEventDefinitionList,
) -> Result<GetEventDefinitionListResponse, Fault> {
    let t = cx.table(&q.tablename)?;
    Ok(GetEventDefinitionListResponse { event_definition_list: meta::event_definitions(cx, t) })
}

pub(super) fn get_custom_fields_definition_list(
    cx: &mut CallContext<'_>,
    q: GetCustomFieldsDefinitionList,
) -> Result<GetCustomFieldsDefinitionListResponse, Fault> {
    let t = cx.table(&q.tablename)?;
    Ok(GetCustomFieldsDefinitionListResponse { custom_fields: meta::custom_definitions(cx, t) })
}
