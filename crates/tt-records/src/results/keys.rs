//! Item keys in test names and properties (`[REQ-12]`), and the records they name.

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
    /// Test key (`classname.name`) -> keys, for tests whose names carry none.
    pub tests: BTreeMap<String, Vec<String>>,
}

/// Compiled key rules.
#[derive(Debug, Clone)]
pub struct LinkKeys {
    pattern: Regex,
    prefixes: BTreeMap<String, String>,
    tests: BTreeMap<String, Vec<String>>,
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
        Ok(LinkKeys { pattern, prefixes, tests: config.tests.clone() })
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
        for k in self.tests.get(&r.key()).into_iter().flatten() {
            if !out.contains(k) {
                out.push(k.clone());
            }
        }
        out
    }

    /// The record a key names: `REQ-12` is Requirement number 12.
    pub fn resolve(&self, key: &str) -> Result<ItemRef, String> {
        let (prefix, number) =
            key.trim().rsplit_once('-').ok_or_else(|| format!("key '{key}' is not PREFIX-NUMBER"))?;
        let n: i64 = number.parse().map_err(|_| format!("key '{key}' does not end in a record number"))?;
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
}
