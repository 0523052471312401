//! Item keys in test names and properties (`[REQ-12]`), and the records they name.
//!
//! A key is found by a regular expression ([`LinkConfig::pattern`], default
//! [`DEFAULT_PATTERN`]) or given per test by a mapping ([`LinkConfig::tests`], or a CSV file read
//! with [`tests_from_csv`]). It names a record by a prefix and a number at its end: `REQ-12`,
//! `REQ12`, `REQ_12`, `REQ #12` are Requirement 12 (prefixes: [`default_prefixes`] and
//! [`LinkConfig::prefixes`]); a bare number (`#12` with a pattern such as `#(\d+)`) is a record of
//! [`LinkConfig::table`].

use std::collections::BTreeMap;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::model::TestResult;
use crate::links::ItemRef;
use crate::record::RecordKey;

/// The default pattern for keys: `[REQ-12]`, `[DR-7]`; the first capture group is the key.
pub const DEFAULT_PATTERN: &str = r"\[([A-Z]+-\d+)\]";

/// The default key prefixes: `DR`, `DEF`, `BUG` are defects, `REQ`, `RQ` requirements,
/// `TC` test cases, `TR` test runs, `TASK` tasks; the number after the dash is the record
/// number.
pub fn default_prefixes() -> BTreeMap<String, String> {
    [
        ("DR", "Defect"),
        ("DEF", "Defect"),
        ("BUG", "Defect"),
        ("REQ", "Requirement"),
        ("RQ", "Requirement"),
        ("TC", "Test Case"),
        ("TR", "Test Run"),
        ("TASK", "Task"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// Where keys come from and what they mean (the `[links]` table of a mapping file).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LinkConfig {
    /// The link definition to link with ("Tested By"); without one nothing is linked and
    /// keys found are reported as not linked.
    pub definition: Option<String>,
    /// A regular expression for keys in test names, class names and property values; its
    /// first capture group (or the whole match) is the key. Default [`DEFAULT_PATTERN`].
    pub pattern: Option<String>,
    /// Key prefix -> table, added to (and overriding) [`default_prefixes`].
    pub prefixes: BTreeMap<String, String>,
    /// Test key (`classname.name`, or the test's name alone) -> keys, for tests whose names
    /// carry none.
    pub tests: BTreeMap<String, Vec<String>>,
    /// The table of keys that are a bare number (no prefix); without it such keys are
    /// reported as not linked.
    pub table: Option<String>,
}

/// Reads a key mapping file (CSV): a row is a test (`classname.name`, or its name alone), then
/// its keys, one or more per cell (separated by blanks, `;` or `,` inside a quoted cell). A
/// first row whose first cell is `test` is a header. Rows add to `into`; an error names the
/// line.
pub fn tests_from_csv(text: &str, into: &mut BTreeMap<String, Vec<String>>) -> Result<usize, String> {
    let mut r =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut rows = 0;
    for (i, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| format!("key map: {e}"))?;
        let line = rec.position().map_or(i as u64 + 1, |p| p.line());
        let Some(test) = rec.get(0).filter(|t| !t.is_empty()) else { continue };
        if i == 0 && test.eq_ignore_ascii_case("test") {
            continue;
        }
        if test.starts_with('#') {
            continue;
        }
        let keys: Vec<String> = rec
            .iter()
            .skip(1)
            .flat_map(|c| c.split(|ch: char| ch.is_whitespace() || ch == ';' || ch == ','))
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect();
        if keys.is_empty() {
            return Err(format!("key map line {line}: test '{test}' has no keys"));
        }
        let e = into.entry(test.to_string()).or_default();
        for k in keys {
            if !e.contains(&k) {
                e.push(k);
            }
        }
        rows += 1;
    }
    Ok(rows)
}

/// Compiled key rules.
#[derive(Debug, Clone)]
pub struct LinkKeys {
    pattern: Regex,
    prefixes: BTreeMap<String, String>,
    tests: BTreeMap<String, Vec<String>>,
    table: Option<String>,
}

impl LinkKeys {
    /// Compiles a configuration. A bad pattern is an error naming it.
    pub fn new(config: &LinkConfig) -> Result<LinkKeys, String> {
        let p = config.pattern.as_deref().unwrap_or(DEFAULT_PATTERN);
        let pattern = Regex::new(p).map_err(|e| format!("link pattern '{p}': {e}"))?;
        let mut prefixes = default_prefixes();
        for (k, v) in &config.prefixes {
            prefixes.insert(k.to_uppercase(), v.clone());
        }
        let table = config.table.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string);
        Ok(LinkKeys { pattern, prefixes, tests: config.tests.clone(), table })
    }

    fn scan(&self, text: &str, out: &mut Vec<String>) {
        for c in self.pattern.captures_iter(text) {
            if let Some(m) = c.get(1).or_else(|| c.get(0)) {
                let k = m.as_str().trim().to_string();
                if !k.is_empty() && !out.contains(&k) {
                    out.push(k);
                }
            }
        }
    }

    /// The keys of a test: from its name, class name and property values, then the mapping
    /// for its key; each once, in that order.
    pub fn keys_for(&self, r: &TestResult) -> Vec<String> {
        let mut out = Vec::new();
        self.scan(&r.name, &mut out);
        self.scan(&r.classname, &mut out);
        for (_, v) in &r.properties {
            self.scan(v, &mut out);
        }
        let (key, name) = (r.key(), r.name.trim());
        let by_name = self.tests.get(name).filter(|_| name != key);
        for k in self.tests.get(&key).into_iter().flatten().chain(by_name.into_iter().flatten()) {
            if !out.contains(k) {
                out.push(k.clone());
            }
        }
        out
    }

    /// The record a key names: `REQ-12` (also `REQ12`, `REQ_12`, `REQ #12`) is Requirement
    /// number 12; a bare number is a record of [`LinkConfig::table`].
    pub fn resolve(&self, key: &str) -> Result<ItemRef, String> {
        let k = key.trim();
        let digits = k.len() - k.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (head, number) = k.split_at(k.len() - digits);
        let n: i64 = number.parse().map_err(|_| format!("key '{key}' does not end in a record number"))?;
        let prefix = head.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '_' | '#' | ':' | '/'));
        if prefix.is_empty() {
            let table = self.table.as_deref().ok_or_else(|| {
                format!("key '{key}' has no prefix (name a table for bare numbers: --link-table, [links] table)")
            })?;
            return Ok(ItemRef::new(table, RecordKey::Number(n)));
        }
        let table = self.prefixes.get(&prefix.to_uppercase()).ok_or_else(|| {
            format!(
                "key '{key}': unknown prefix '{prefix}' (known: {})",
                self.prefixes.keys().cloned().collect::<Vec<_>>().join(", ")
            )
        })?;
        Ok(ItemRef::new(table, RecordKey::Number(n)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_come_from_names_properties_and_the_mapping_once_each() {
        let cfg = LinkConfig {
            tests: [("a.B.c [REQ-1]".to_string(), vec!["DR-9".to_string(), "REQ-1".to_string()])].into(),
            prefixes: [("fs".to_string(), "Requirement".to_string())].into(),
            ..Default::default()
        };
        let k = LinkKeys::new(&cfg).unwrap();
        let mut r = crate::results::JunitReader::new(
            &br#"<testsuite><testcase classname="a.B" name="c [REQ-1]"><properties><property name="x" value="see [DR-3] and [REQ-1]"/></properties></testcase></testsuite>"#[..],
        )
        .next()
        .unwrap()
        .unwrap();
        assert_eq!(k.keys_for(&r), ["REQ-1", "DR-3", "DR-9"]);
        r.name = "plain".into();
        r.properties.clear();
        assert!(k.keys_for(&r).is_empty());
        assert_eq!(k.resolve("REQ-12").unwrap(), ItemRef::new("Requirement", 12));
        assert_eq!(k.resolve("FS-2").unwrap(), ItemRef::new("Requirement", 2));
        assert!(k.resolve("ZZ-1").unwrap_err().contains("unknown prefix 'ZZ'"));
        assert!(k.resolve("REQ-x").is_err());
        assert!(LinkKeys::new(&LinkConfig { pattern: Some("([".into()), ..Default::default() }).is_err());
    }

    #[test]
    fn keys_resolve_with_or_without_a_dash_and_bare_numbers_need_a_table() {
        let k = LinkKeys::new(&LinkConfig::default()).unwrap();
        for key in ["REQ-12", "req12", "REQ_12", "REQ #12", " REQ:12 "] {
            assert_eq!(k.resolve(key).unwrap(), ItemRef::new("Requirement", 12), "{key}");
        }
        assert!(k.resolve("#12").unwrap_err().contains("no prefix"));
        assert!(k.resolve("REQ-").unwrap_err().contains("record number"));
        let cfg = LinkConfig { pattern: Some(r"#(\d+)\b".into()), table: Some("Defect".into()), ..Default::default() };
        let k = LinkKeys::new(&cfg).unwrap();
        assert_eq!(k.resolve("#7").unwrap(), ItemRef::new("Defect", 7));
        let mut r = crate::results::JunitReader::new(
            &br#"<testsuite><testcase classname="a.B" name="fixes #7 and #9"/></testsuite>"#[..],
        )
        .next()
        .unwrap()
        .unwrap();
        assert_eq!(k.keys_for(&r), ["7", "9"]);
        r.name = "no keys [REQ-1]".into();
        assert!(k.keys_for(&r).is_empty(), "the default pattern is replaced");
    }

    #[test]
    fn a_csv_key_map_reads_tests_and_their_keys() {
        let text = "test,keys\na.B.c,REQ-1\n# a comment\n\nd,\"REQ-2; DR-3\", TC-4 \na.B.c,REQ-1 REQ-5\n";
        let mut m = BTreeMap::new();
        assert_eq!(tests_from_csv(text, &mut m).unwrap(), 3);
        assert_eq!(m["a.B.c"], ["REQ-1", "REQ-5"]);
        assert_eq!(m["d"], ["REQ-2", "DR-3", "TC-4"]);
        let k = LinkKeys::new(&LinkConfig { tests: m.clone(), ..Default::default() }).unwrap();
        let r =
            crate::results::JunitReader::new(&br#"<testsuite><testcase classname="x.Y" name="d"/></testsuite>"#[..])
                .next()
                .unwrap()
                .unwrap();
        assert_eq!(k.keys_for(&r), ["REQ-2", "DR-3", "TC-4"], "matched by name alone");
        let e = tests_from_csv("a.B.c\nx,REQ-1\n", &mut m).unwrap_err();
        assert!(e.contains("line 1") && e.contains("a.B.c"), "{e}");
    }
}
