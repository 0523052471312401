//! Columns and record lists (`getColumnsForTable`, `getRecordListForTable[WithQuery]`).
//!
//! - Columns are matched by name without regard to case; an unknown column faults 11.
//! - Row values follow the requested column order (clients read them by position).
//! - Values are shown as the server's locale shows them ([`Value::display`]: dates as
//!   `8/14/2015`, date-times as `8/14/2015 at 6:31 AM`, check boxes as `Yes`/`No`) and cut to
//!   the first 128 characters.
//! - Rows come in record-number order (record-id order for tables without numbers).

use crate::fields::FieldKind;
use crate::query::Query;
use crate::value::{ListText, Value};

/// A column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnDef {
    /// The column's name.
    pub name: String,
    /// Its kind.
    pub kind: FieldKind,
}

impl ColumnDef {
    /// A column.
    pub fn new(name: &str, kind: FieldKind) -> Self {
        ColumnDef { name: name.to_string(), kind }
    }
}

/// Maps requested column names to the table's spelling, in the requested order. The error is
/// the first unknown name.
pub fn resolve_columns(available: &[ColumnDef], requested: &[String]) -> Result<Vec<String>, String> {
    requested
        .iter()
        .map(|r| {
            available
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(r.trim()))
                .map(|c| c.name.clone())
                .ok_or_else(|| r.clone())
        })
        .collect()
}

/// Builds the rows of a record list: records that pass every query, one cell per column in
/// order, each cut to 128 characters.
pub fn build_rows<R>(
    records: impl IntoIterator<Item = R>,
    columns: &[String],
    queries: &[&Query],
    get: impl Fn(&R, &str) -> Value,
) -> Vec<Vec<String>> {
    static EMPTY: Value = Value::Empty;
    // Each column a query reads is looked up once per record: an `<or>` of hundreds of keys
    // on one column (how clients find many records in one call) would otherwise rebuild the
    // same value for every alternative.
    let mut read: Vec<&str> = Vec::new();
    queries.iter().for_each(|q| q.columns(&mut read));
    let mut rows = Vec::new();
    for r in records {
        let values: Vec<Value> = read.iter().map(|c| get(&r, c)).collect();
        let lookup = |c: &str| read.iter().position(|x| *x == c).map_or(&EMPTY, |i| &values[i]);
        if queries.iter().all(|q| q.matches(&lookup)) {
            rows.push(columns.iter().map(|c| get(&r, c).list_cell()).collect());
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_resolve_in_request_order() {
        let cols = vec![ColumnDef::new("Number", FieldKind::Integer), ColumnDef::new("Summary", FieldKind::Text)];
        assert_eq!(
            resolve_columns(&cols, &["summary".into(), "Number".into()]).unwrap(),
            vec!["Summary".to_string(), "Number".to_string()]
        );
        assert_eq!(resolve_columns(&cols, &["Nope".into()]), Err("Nope".to_string()));
    }

    #[test]
    fn rows_follow_columns_and_filters() {
        let cols = vec![ColumnDef::new("Number", FieldKind::Integer), ColumnDef::new("Summary", FieldKind::Text)];
        let recs = vec![(1i64, "x".repeat(200)), (2, "short".to_string())];
        let q = Query::compile("{'Number': {'<numbers>': [1]}}", &cols, 0).unwrap();
        let get = |r: &(i64, String), c: &str| match c {
            "Number" => Value::Integer(r.0),
            _ => Value::text(r.1.clone()),
        };
        let rows = build_rows(&recs, &["Summary".into(), "Number".into()], &[&q], |r, c| get(r, c));
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0][0].len(), 128);
        assert_eq!(rows[0][1], "1");
        let all = build_rows(&recs, &["Number".into()], &[], |r, c| get(r, c));
        assert_eq!(all, vec![vec!["1".to_string()], vec!["2".to_string()]]);
    }
}
