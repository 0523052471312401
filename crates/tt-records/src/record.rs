//! [`Record`]: a dynamic view of one entity, with its table's [`Schema`] of fields.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use testtrack::types::{AnyCEvent, AnyCField, CEvent};

use crate::custom;
use crate::entity::{standard_fields, Entity, RecordKind};
use crate::error::{Error, Result};
use crate::value::{FieldType, Value};

/// How a record is addressed: by its user-visible number, or by record id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKey {
    /// The number users see (`Defect 42`). For tables without numbers (Task, Test Config) it is
    /// taken as the record id.
    Number(i64),
    /// The record id (unique in the project).
    Id(i64),
}

impl fmt::Display for RecordKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordKey::Number(n) => write!(f, "{n}"),
            RecordKey::Id(i) => write!(f, "id:{i}"),
        }
    }
}

impl FromStr for RecordKey {
    type Err = String;
    /// `42` (a number) or `id:1001` (a record id).
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let (id, digits) = match t.strip_prefix("id:").or_else(|| t.strip_prefix("ID:")) {
            Some(rest) => (true, rest.trim()),
            None => (false, t.strip_prefix('#').unwrap_or(t)),
        };
        let n: i64 = digits.parse().map_err(|_| format!("'{s}' is not a record number (42) or record id (id:1001)"))?;
        if n <= 0 {
            return Err(format!("'{s}': record numbers and ids are positive"));
        }
        Ok(if id { RecordKey::Id(n) } else { RecordKey::Number(n) })
    }
}

impl From<i64> for RecordKey {
    fn from(n: i64) -> Self {
        RecordKey::Number(n)
    }
}

/// One field of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldInfo {
    /// The display name ("Summary", "Severity Level").
    pub name: String,
    /// The XML element name of a standard field (`summary`, `state`); `None` for custom fields.
    pub xml_name: Option<String>,
    /// The field's type.
    pub ty: FieldType,
    /// True for custom fields (`customFieldList`).
    pub custom: bool,
    /// False for fields the server owns or the workflow changes.
    pub writable: bool,
}

/// The fields of one table: the standard fields of its entity type and the project's custom
/// fields (from `getCustomFieldsDefinitionList`), with dropdown fields marked (from
/// `getDropdownFieldForTable`).
#[derive(Debug, Clone)]
pub struct Schema {
    table: String,
    kind: RecordKind,
    fields: Vec<FieldInfo>,
    custom_defs: Vec<AnyCField>,
}

fn loose(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

impl Schema {
    pub(crate) fn new(table: String, kind: RecordKind, custom_defs: Vec<AnyCField>, dropdowns: &[String]) -> Schema {
        let is_dropdown = |n: &str| dropdowns.iter().any(|d| d.eq_ignore_ascii_case(n));
        let mut fields: Vec<FieldInfo> = standard_fields(kind)
            .into_iter()
            .map(|(name, xml, ty, writable)| FieldInfo {
                name: name.to_string(),
                xml_name: Some(xml.to_string()),
                ty: if ty == FieldType::Text && is_dropdown(name) { FieldType::Dropdown } else { ty },
                custom: false,
                writable,
            })
            .collect();
        for d in &custom_defs {
            if let Some(n) = custom::name(d) {
                fields.push(FieldInfo {
                    name: n.to_string(),
                    xml_name: None,
                    ty: custom::field_type(d),
                    custom: true,
                    writable: true,
                });
            }
        }
        Schema { table, kind, fields, custom_defs }
    }

    /// The table name.
    pub fn table(&self) -> &str {
        &self.table
    }

    /// The record kind.
    pub fn kind(&self) -> RecordKind {
        self.kind
    }

    /// Every field, standard fields first.
    pub fn fields(&self) -> &[FieldInfo] {
        &self.fields
    }

    /// Finds a field by display name or XML name (ignoring case; then ignoring blanks and
    /// punctuation too), custom fields included. Unknown names are
    /// [`Error::UnknownField`] listing the fields.
    pub fn field(&self, name: &str) -> Result<&FieldInfo> {
        let n = name.trim();
        let exact =
            self.fields.iter().find(|f| f.name.eq_ignore_ascii_case(n)).or_else(|| {
                self.fields.iter().find(|f| f.xml_name.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(n)))
            });
        if let Some(f) = exact {
            return Ok(f);
        }
        let l = loose(n);
        self.fields
            .iter()
            .find(|f| loose(&f.name) == l || f.xml_name.as_deref().is_some_and(|x| loose(x) == l))
            .ok_or_else(|| Error::UnknownField {
                name: name.to_string(),
                known: self.fields.iter().map(|f| f.name.clone()).collect(),
            })
    }

    /// The definition item of a custom field.
    pub(crate) fn custom_def(&self, name: &str) -> Option<&AnyCField> {
        self.custom_defs.iter().find(|d| custom::name(d).is_some_and(|n| n.eq_ignore_ascii_case(name)))
    }
}

/// A workflow event recorded on a record.
#[derive(Debug, Clone, PartialEq)]
pub struct EventEntry {
    /// The event's record id.
    pub record_id: i64,
    /// The event name ("Fix").
    pub name: String,
    /// Who entered it ("Last, First").
    pub user: Option<String>,
    /// When (ISO 8601, as the server sent it).
    pub date: Option<String>,
    /// The notes.
    pub notes: Option<String>,
    /// The state the record went to.
    pub resulting_state: Option<String>,
    /// Users the event assigned the record to.
    pub assign_to: Vec<String>,
    /// Hours recorded.
    pub hours: Option<f64>,
    /// The event's custom fields.
    pub fields: Vec<(String, Value)>,
}

impl EventEntry {
    fn from_event(e: &CEvent) -> EventEntry {
        EventEntry {
            record_id: e.recordid,
            name: e.name.clone().unwrap_or_default(),
            user: e.user.clone(),
            date: e.date.as_ref().map(|d| d.as_str().to_string()),
            notes: e.notes.clone(),
            resulting_state: e.resultingstate.clone(),
            assign_to: e.assigntolist.clone(),
            hours: e.hours,
            fields: e
                .fieldlist
                .iter()
                .filter_map(|f| custom::name(f).map(|n| (n.to_string(), custom::value(f))))
                .collect(),
        }
    }

    /// The entry as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        let fields: serde_json::Map<String, serde_json::Value> =
            self.fields.iter().map(|(k, v)| (k.clone(), v.to_json())).collect();
        serde_json::json!({
            "name": self.name,
            "user": self.user,
            "date": self.date,
            "notes": self.notes,
            "resulting_state": self.resulting_state,
            "assign_to": self.assign_to,
            "hours": self.hours,
            "fields": fields,
        })
    }
}

/// The events of a list as `CEvent`s (the deprecated `CDefectEvent` has the same fields).
pub(crate) fn as_event(e: &AnyCEvent) -> Option<CEvent> {
    e.base()
}

/// A file attached to a record (to one of its found-by reports, to the record, or to an event).
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    /// The file name.
    pub file_name: String,
    /// The server's archive name (what `getAttachment` asks for).
    pub archive_name: Option<String>,
    /// The attachment's record id.
    pub record_id: i64,
    /// The event it belongs to, or 0 for files on the record itself.
    pub event_id: i64,
    /// `Standard`, `Script` or `Run Result`.
    pub kind: Option<String>,
    /// When it was added.
    pub created: Option<String>,
    /// Its size in bytes, when the contents were downloaded.
    pub size: Option<usize>,
}

impl Attachment {
    fn from_file(f: &testtrack::types::CFileAttachment, event_id: i64) -> Attachment {
        Attachment {
            file_name: f.m_str_file_name.clone().unwrap_or_default(),
            archive_name: f.m_str_archive_name.clone(),
            record_id: f.m_recordid,
            event_id,
            kind: f.m_str_type.clone(),
            created: f.m_date_time_created.as_ref().map(|d| d.as_str().to_string()),
            size: f.m_p_file_data.as_ref().map(|b| b.0.len()),
        }
    }

    /// The attachment as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "file_name": self.file_name,
            "archive_name": self.archive_name,
            "record_id": self.record_id,
            "event_id": self.event_id,
            "type": self.kind,
            "created": self.created,
            "size": self.size,
        })
    }
}

/// One record of any table: its entity and its table's schema. Get fields by display or XML
/// name; change them through [`crate::RecordEdit`] or [`crate::NewRecord`], which check
/// types and allowed values.
#[derive(Debug, Clone)]
pub struct Record {
    pub(crate) entity: Entity,
    pub(crate) schema: Arc<Schema>,
    pub(crate) changed_custom: Vec<String>,
}

impl Record {
    pub(crate) fn new(entity: Entity, schema: Arc<Schema>) -> Record {
        Record { entity, schema, changed_custom: Vec::new() }
    }

    /// The table name.
    pub fn table(&self) -> &str {
        self.schema.table()
    }

    /// The record kind.
    pub fn kind(&self) -> RecordKind {
        self.entity.kind()
    }

    /// The record id.
    pub fn record_id(&self) -> i64 {
        self.entity.record_id()
    }

    /// The user-visible number (tables without numbers: `None`).
    pub fn number(&self) -> Option<i64> {
        self.entity.number()
    }

    /// The key users know the record by: its number, or its record id.
    pub fn key(&self) -> RecordKey {
        match self.number() {
            Some(n) if n > 0 => RecordKey::Number(n),
            _ => RecordKey::Id(self.record_id()),
        }
    }

    /// The workflow state ("Open").
    pub fn state(&self) -> Option<&str> {
        self.entity.state()
    }

    /// The table's fields.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// The generated entity behind the view.
    pub fn entity(&self) -> &Entity {
        &self.entity
    }

    /// The generated entity, for changes the dynamic view does not cover.
    pub fn entity_mut(&mut self) -> &mut Entity {
        &mut self.entity
    }

    /// Gives up the view and returns the entity.
    pub fn into_entity(self) -> Entity {
        self.entity
    }

    /// A field's value by display or XML name (custom fields included).
    pub fn get(&self, field: &str) -> Result<Value> {
        let info = self.schema.field(field)?;
        Ok(self.value_of(info))
    }

    fn value_of(&self, info: &FieldInfo) -> Value {
        match &info.xml_name {
            Some(xml) => self.entity.get_standard(xml).unwrap_or_default(),
            None => self
                .entity
                .custom_fields()
                .iter()
                .find(|f| custom::name(f).is_some_and(|n| n.eq_ignore_ascii_case(&info.name)))
                .map(custom::value)
                .unwrap_or_default(),
        }
    }

    /// Every field with its value, in schema order.
    pub fn fields(&self) -> Vec<(&FieldInfo, Value)> {
        self.schema.fields.iter().map(|f| (f, self.value_of(f))).collect()
    }

    /// The workflow events, oldest first.
    pub fn events(&self) -> Vec<EventEntry> {
        self.entity.events().iter().filter_map(as_event).map(|e| EventEntry::from_event(&e)).collect()
    }

    /// The attached files: on the record (or its found-by reports) and on its events.
    pub fn attachments(&self) -> Vec<Attachment> {
        let mut out: Vec<Attachment> =
            self.entity.attachments().into_iter().map(|f| Attachment::from_file(f, 0)).collect();
        for e in self.entity.events().iter().filter_map(as_event) {
            out.extend(e.attachmentlist.iter().map(|f| Attachment::from_file(f, e.recordid)));
        }
        out
    }

    /// Sets a field to a value already converted to the field's type (no list check).
    pub(crate) fn set_checked(&mut self, info: &FieldInfo, v: Value) -> Result<()> {
        if !info.writable {
            let hint = (info.name == "Status").then(|| "it changes through workflow events".to_string());
            return Err(Error::ReadOnly { field: info.name.clone(), hint });
        }
        match &info.xml_name {
            Some(xml) => {
                if !self.entity.set_standard(xml, v) {
                    return Err(Error::ReadOnly { field: info.name.clone(), hint: None });
                }
            }
            None => {
                let def = self.schema.custom_def(&info.name).cloned().ok_or_else(|| Error::UnknownField {
                    name: info.name.clone(),
                    known: self.schema.fields.iter().map(|f| f.name.clone()).collect(),
                })?;
                let table = self.table().to_string();
                let list = self
                    .entity
                    .custom_fields_mut()
                    .ok_or_else(|| Error::Unsupported { table, operation: "custom fields".into() })?;
                let pos = list.iter().position(|f| custom::name(f).is_some_and(|n| n.eq_ignore_ascii_case(&info.name)));
                let template = pos.map(|i| list[i].clone()).unwrap_or(def);
                let item = custom::with_value(&template, v);
                match pos {
                    Some(i) => list[i] = item,
                    None => list.push(item),
                }
                if !self.changed_custom.iter().any(|n| n.eq_ignore_ascii_case(&info.name)) {
                    self.changed_custom.push(info.name.clone());
                }
            }
        }
        Ok(())
    }

    /// The entity to send on save: custom fields limited to the ones changed, so untouched
    /// custom fields are not rewritten (QUIRKS F.23: round-tripping marks them changed).
    pub(crate) fn entity_for_save(&self) -> Entity {
        let mut e = self.entity.clone();
        let changed = &self.changed_custom;
        if let Some(list) = e.custom_fields_mut() {
            list.retain(|f| custom::name(f).is_some_and(|n| changed.iter().any(|c| c.eq_ignore_ascii_case(n))));
        }
        e
    }

    /// The record as JSON: `{"table", "record_id", "number", "state", "fields": {name: value},
    /// "events": [...], "attachments": [...]}`.
    pub fn to_json(&self) -> serde_json::Value {
        let fields: serde_json::Map<String, serde_json::Value> =
            self.fields().into_iter().map(|(f, v)| (f.name.clone(), v.to_json())).collect();
        serde_json::json!({
            "table": self.table(),
            "record_id": self.record_id(),
            "number": self.number(),
            "state": self.state(),
            "fields": fields,
            "events": self.events().iter().map(EventEntry::to_json).collect::<Vec<_>>(),
            "attachments": self.attachments().iter().map(Attachment::to_json).collect::<Vec<_>>(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse() {
        assert_eq!("42".parse::<RecordKey>(), Ok(RecordKey::Number(42)));
        assert_eq!("id:1001".parse::<RecordKey>(), Ok(RecordKey::Id(1001)));
        assert_eq!("#7".parse::<RecordKey>(), Ok(RecordKey::Number(7)));
        assert!("x".parse::<RecordKey>().is_err());
        assert!("0".parse::<RecordKey>().is_err());
        assert_eq!(RecordKey::Id(5).to_string(), "id:5");
    }

    #[test]
    fn schema_lookup() {
        let s = Schema::new("Defect".into(), RecordKind::Defect, Vec::new(), &["Priority".to_string()]);
        assert_eq!(s.field("summary").unwrap().name, "Summary");
        assert_eq!(s.field("Status").unwrap().xml_name.as_deref(), Some("state"));
        assert_eq!(s.field("state").unwrap().name, "Status");
        assert_eq!(s.field("found_by").unwrap().name, "Found By");
        assert_eq!(s.field("Priority").unwrap().ty, FieldType::Dropdown);
        assert!(matches!(s.field("Nope"), Err(Error::UnknownField { .. })));
    }
}
