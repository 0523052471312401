//! Record lists: [`Query`] (table, saved filter, columns, JSON query) and the streaming
//! [`Rows`] iterator of [`Row`]s indexed by column name.
//!
//! `getRecordListForTable` answers with the whole list at once. To keep memory flat and show
//! progress on large lists, [`Query::rows`] first asks for the `Record ID` column alone, then
//! fetches the requested columns in pages of [`Query::page_size`] records with
//! `getRecordListForTableWithQuery` (`{'Record ID': {'<numbers>': [...]}}` combined with the
//! caller's query). A list that fits in one page takes one more call, plain; so does any list
//! on a server without `getRecordListForTableWithQuery` (TestTrack 2013).

use std::collections::VecDeque;
use std::fmt;
use std::ops::Index;
use std::sync::Arc;

use testtrack::types::{CRecordListSoap, CTableColumn};

use crate::error::{Error, Result};
use crate::tracker::Tracker;

/// Columns shown when none are asked for (those the table has, in this order).
const DEFAULT_COLUMNS: &[&str] = &[
    "Number",
    "Name",
    "Summary",
    "Status",
    "Type",
    "Priority",
    "Currently Assigned To",
    "Assigned To",
    "Link Definition",
    "Parent Item",
    "Child Items",
    "OS Name",
    "First Name",
    "Last Name",
    "Login Name",
    "Path",
];

/// A list request; see [`Tracker::records`].
pub struct Query<'t> {
    tracker: &'t Tracker,
    table: String,
    filter: String,
    columns: Vec<String>,
    query: Option<String>,
    page_size: usize,
    progress: Option<Box<dyn FnMut(usize, usize) + 't>>,
}

impl fmt::Debug for Query<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Query")
            .field("table", &self.table)
            .field("filter", &self.filter)
            .field("columns", &self.columns)
            .field("query", &self.query)
            .field("page_size", &self.page_size)
            .finish()
    }
}

impl<'t> Query<'t> {
    pub(crate) fn new(tracker: &'t Tracker, table: &str) -> Query<'t> {
        Query {
            tracker,
            table: table.to_string(),
            filter: String::new(),
            columns: Vec::new(),
            query: None,
            page_size: 500,
            progress: None,
        }
    }

    /// Applies a saved filter (`getFilterListForTable` lists them).
    pub fn filter(mut self, name: &str) -> Self {
        self.filter = name.to_string();
        self
    }

    /// The columns to return, by name (`getColumnsForTable` lists them). Default: the
    /// table's number, summary, status and a few more it has.
    pub fn columns<S: AsRef<str>>(mut self, columns: impl IntoIterator<Item = S>) -> Self {
        self.columns = columns.into_iter().map(|c| c.as_ref().trim().to_string()).filter(|c| !c.is_empty()).collect();
        self
    }

    /// Restricts the list with a JSON query (Helix ALM 2017+), e.g.
    /// `{"Priority": "High"}` or `{'Date Entered': {'<from>': '2017-06-01'}}`.
    pub fn query(mut self, json: &str) -> Self {
        let q = json.trim();
        self.query = (!q.is_empty()).then(|| q.to_string());
        self
    }

    /// Records per page when the list is fetched in pages (default 500; at least 1).
    pub fn page_size(mut self, n: usize) -> Self {
        self.page_size = n.max(1);
        self
    }

    /// Calls `f(rows_fetched, total)` after each page.
    pub fn on_progress(mut self, f: impl FnMut(usize, usize) + 't) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    /// Runs the query and returns the rows as they come, page by page.
    pub fn rows(self) -> Result<Rows<'t>> {
        let t = self.tracker.table(&self.table)?;
        let available = self.tracker.columns(&t)?;
        let mut columns = Vec::new();
        if self.columns.is_empty() {
            for c in DEFAULT_COLUMNS {
                if let Some(a) = available.iter().find(|a| a.eq_ignore_ascii_case(c)) {
                    columns.push(a.clone());
                }
            }
            if columns.is_empty() {
                columns.extend(available.iter().take(6).cloned());
            }
        } else {
            for c in &self.columns {
                let found = available
                    .iter()
                    .find(|a| a.eq_ignore_ascii_case(c))
                    .ok_or_else(|| Error::UnknownField { name: c.clone(), known: available.to_vec() })?;
                columns.push(found.clone());
            }
        }
        if let Some(q) = &self.query {
            if let Err(e) = tt_domain::query::object(q) {
                return Err(Error::InvalidQuery(format!("not a JSON object: {q} ({e})")));
            }
        }
        let has_record_id = available.iter().any(|a| a.eq_ignore_ascii_case("Record ID"));
        let mut rows = Rows {
            tracker: self.tracker,
            table: t,
            filter: self.filter,
            query: self.query,
            columns: Arc::new(columns),
            pending: VecDeque::new(),
            pages: VecDeque::new(),
            total: None,
            fetched: 0,
            progress: self.progress,
            failed: false,
        };
        if has_record_id {
            let ids = rows.fetch(&["Record ID".to_string()], None)?;
            let ids: Vec<String> = ids.records.into_iter().filter_map(|r| r.row.into_iter().next()?.value).collect();
            rows.total = Some(ids.len());
            if ids.len() > self.page_size {
                rows.pages = ids.chunks(self.page_size).map(<[String]>::to_vec).collect();
                return Ok(rows);
            }
        }
        let cols = rows.columns.to_vec();
        let all = rows.fetch(&cols, None)?;
        rows.push(all);
        Ok(rows)
    }

    /// Runs the query and collects every row.
    pub fn collect(self) -> Result<Vec<Row>> {
        self.rows()?.collect()
    }
}

/// The rows of a query, fetched page by page as they are consumed.
pub struct Rows<'t> {
    tracker: &'t Tracker,
    table: String,
    filter: String,
    query: Option<String>,
    columns: Arc<Vec<String>>,
    pending: VecDeque<Row>,
    pages: VecDeque<Vec<String>>,
    total: Option<usize>,
    fetched: usize,
    progress: Option<Box<dyn FnMut(usize, usize) + 't>>,
    failed: bool,
}

impl fmt::Debug for Rows<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rows")
            .field("table", &self.table)
            .field("columns", &self.columns)
            .field("total", &self.total)
            .finish()
    }
}

impl Rows<'_> {
    /// The column names, as the server spells them, in row order.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The number of rows, when known before they are all fetched.
    pub fn total(&self) -> Option<usize> {
        self.total
    }

    fn fetch(&self, columns: &[String], ids: Option<&[String]>) -> Result<CRecordListSoap> {
        let s = self.tracker.session();
        let cols: Vec<CTableColumn> = columns.iter().map(|c| CTableColumn { name: Some(c.clone()) }).collect();
        let query = match (ids, &self.query) {
            (None, q) => q.clone(),
            (Some(ids), q) => {
                let numbers = format!("{{'Record ID': {{'<numbers>': [{}]}}}}", ids.join(", "));
                Some(match q {
                    Some(q) => format!("{{'<and>': [{q}, {numbers}]}}"),
                    None => numbers,
                })
            }
        };
        let r = match query {
            Some(q) => s.get_record_list_for_table_with_query(&self.table, &self.filter, &q, cols),
            None => s.get_record_list_for_table(&self.table, &self.filter, cols),
        };
        r.map_err(|e| match e.fault_kind() {
            Some(ttsoap::FaultKind::NotFound) if !self.filter.is_empty() => Error::NotFound {
                table: self.table.clone(),
                record: format!("filter '{}'", self.filter),
                from_server: true,
            },
            Some(ttsoap::FaultKind::InvalidParameter) => Error::InvalidQuery(e.to_string()),
            _ => Error::Soap(e),
        })
    }

    fn push(&mut self, list: CRecordListSoap) {
        let names: Vec<String> = list.columnlist.iter().filter_map(|c| c.name.clone()).collect();
        if names.len() == self.columns.len() {
            self.columns = Arc::new(names);
        }
        self.fetched += list.records.len();
        for r in list.records {
            let values = r.row.into_iter().map(|d| d.value.unwrap_or_default()).collect();
            self.pending.push_back(Row { columns: self.columns.clone(), values });
        }
        if let (Some(total), Some(p)) = (self.total, self.progress.as_mut()) {
            p(self.fetched.min(total), total);
        }
    }
}

impl Iterator for Rows<'_> {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Result<Row>> {
        loop {
            if let Some(r) = self.pending.pop_front() {
                return Some(Ok(r));
            }
            if self.failed {
                return None;
            }
            let ids = self.pages.pop_front()?;
            let cols = self.columns.to_vec();
            match self.fetch(&cols, Some(&ids)) {
                Ok(list) => self.push(list),
                Err(Error::Soap(e)) if self.fetched == 0 && is_unknown_method(&e) => {
                    // TestTrack 2013: no getRecordListForTableWithQuery; take the list in one go.
                    self.pages.clear();
                    match self.fetch(&cols, None) {
                        Ok(list) => self.push(list),
                        Err(e) => {
                            self.failed = true;
                            return Some(Err(e));
                        }
                    }
                }
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

fn is_unknown_method(e: &ttsoap::Error) -> bool {
    e.is_unknown_operation() || e.fault().is_some_and(ttsoap::Fault::is_unknown_method)
}

/// One row of a record list: values (as the server formats them) by column name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    columns: Arc<Vec<String>>,
    values: Vec<String>,
}

impl Row {
    pub(crate) fn new(columns: Arc<Vec<String>>, values: Vec<String>) -> Row {
        Row { columns, values }
    }

    /// A value by column name (ignoring case).
    pub fn get(&self, column: &str) -> Option<&str> {
        let i = self.columns.iter().position(|c| c.eq_ignore_ascii_case(column.trim()))?;
        self.values.get(i).map(String::as_str)
    }

    /// The column names.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The values, in column order.
    pub fn values(&self) -> &[String] {
        &self.values
    }

    /// The row as a JSON object `{column: value}`.
    pub fn to_json(&self) -> serde_json::Value {
        let m: serde_json::Map<String, serde_json::Value> = self
            .columns
            .iter()
            .zip(&self.values)
            .map(|(c, v)| (c.clone(), serde_json::Value::String(v.clone())))
            .collect();
        serde_json::Value::Object(m)
    }
}

impl Index<&str> for Row {
    type Output = str;
    /// The value of a column; panics when the row has no such column.
    fn index(&self, column: &str) -> &str {
        match self.get(column) {
            Some(v) => v,
            None => panic!("no column '{column}' in this row (columns: {})", self.columns.join(", ")),
        }
    }
}
