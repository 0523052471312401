//! Rust identifiers from XML names: casing, keyword safety, and de-duplication within a scope.

use std::collections::HashSet;

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become",
    "box", "do", "final", "gen", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Splits an XML name into words: on non-alphanumerics, lower→upper transitions, and the end
/// of an upper-case run followed by lower case (`pSCCFileList` -> p, SCC, File, List).
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let chars: Vec<char> = chunk.chars().collect();
        let mut cur = String::new();
        for i in 0..chars.len() {
            let c = chars[i];
            if !cur.is_empty() {
                let prev = chars[i - 1];
                let next = chars.get(i + 1).copied();
                // A plural `s` after an acronym stays with it: `recordIDs` -> record, IDs.
                let plural_s = next == Some('s') && chars.get(i + 2).is_none_or(|n| !n.is_ascii_lowercase());
                let boundary = (c.is_ascii_uppercase() && (prev.is_ascii_lowercase() || prev.is_ascii_digit()))
                    || (c.is_ascii_uppercase()
                        && prev.is_ascii_uppercase()
                        && next.is_some_and(|n| n.is_ascii_lowercase())
                        && !plural_s);
                if boundary {
                    out.push(std::mem::take(&mut cur));
                }
            }
            cur.push(c);
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

/// `snake_case` for fields, arguments and methods; keywords get a trailing underscore.
/// The words of `name` (see `words`) lower-cased and joined with `_`, written in one pass
/// (it runs for every field of every struct).
pub fn snake(name: &str) -> String {
    let mut s = String::with_capacity(name.len() + 4);
    for chunk in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        // Only ASCII letters and digits are left in a chunk.
        let b = chunk.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            let starts_word = i == 0 || {
                let (prev, next) = (b[i - 1], b.get(i + 1).copied());
                let plural_s = next == Some(b's') && b.get(i + 2).is_none_or(|n| !n.is_ascii_lowercase());
                (c.is_ascii_uppercase() && (prev.is_ascii_lowercase() || prev.is_ascii_digit()))
                    || (c.is_ascii_uppercase()
                        && prev.is_ascii_uppercase()
                        && next.is_some_and(|n| n.is_ascii_lowercase())
                        && !plural_s)
            };
            if starts_word && !s.is_empty() {
                s.push('_');
            }
            s.push(c.to_ascii_lowercase() as char);
        }
    }
    if s.is_empty() {
        s = "field".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// `UpperCamel` for types and variants. A name that is already a valid upper-camel
/// identifier is kept as it is (`CTTVersionInfo` stays, it does not become `CttVersionInfo`).
pub fn camel(name: &str) -> String {
    let valid = name.starts_with(|c: char| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_alphanumeric());
    let mut s = if valid {
        name.to_string()
    } else {
        words(name)
            .iter()
            .map(|w| {
                let mut cs = w.chars();
                match cs.next() {
                    Some(f) => f.to_ascii_uppercase().to_string() + cs.as_str(),
                    None => String::new(),
                }
            })
            .collect()
    };
    if s.is_empty() {
        s = "Empty".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// Hands out unique names within one scope: a clash gets `_2`, `_3`, ... (or `2`, `3` for
/// upper-camel names).
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// A scope with `reserved` names already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope { taken: reserved.iter().map(|s| s.to_string()).collect() }
    }

    /// True when `name` is not taken yet.
    pub fn is_free(&self, name: &str) -> bool {
        !self.taken.contains(name)
    }

    /// Claims `base`, or the first free numbered variant of it.
    pub fn claim(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_string()) {
            return base.to_string();
        }
        let sep = if base.starts_with(|c: char| c.is_ascii_uppercase()) { "" } else { "_" };
        let base = base.trim_end_matches('_');
        (2..).map(|n| format!("{base}{sep}{n}")).find(|cand| self.taken.insert(cand.clone())).unwrap_or_default()
    }
}

/// Upper-snake for constants (`ARRAY_OF_C_FIELD`).
pub fn shout(name: &str) -> String {
    let s = words(name).iter().map(|w| w.to_ascii_uppercase()).collect::<Vec<_>>().join("_");
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("T_{s}")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_cases() {
        assert_eq!(snake("pSCCFileList"), "p_scc_file_list");
        assert_eq!(snake("m-pFileData"), "m_p_file_data");
        assert_eq!(snake("getDefectByRecordID"), "get_defect_by_record_id");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("Cookie"), "cookie");
        assert_eq!(snake("defectnumber"), "defectnumber");
        assert_eq!(snake("3d"), "_3d");
        assert_eq!(snake("recordIDs"), "record_ids");
        assert_eq!(snake("getDocumentIDsForRequirement"), "get_document_ids_for_requirement");
        assert_eq!(snake("IDsAndNames"), "ids_and_names");
        assert_eq!(snake("URLString"), "url_string");
    }

    /// The one-pass `snake` joins the same words as `words`.
    #[test]
    fn snake_joins_the_words() {
        let parts = ["a", "A", "ID", "IDs", "s", "x1", "9", "Url", "URL", "of", "-", "_", " ", "é", "pSCC", "sX"];
        let mut n = 0;
        for a in parts {
            for b in parts {
                for c in parts {
                    let name = format!("{a}{b}{c}");
                    let joined = words(&name).iter().map(|w| w.to_ascii_lowercase()).collect::<Vec<_>>().join("_");
                    let mut expected = if joined.is_empty() { "field".to_string() } else { joined };
                    if expected.starts_with(|c: char| c.is_ascii_digit()) {
                        expected.insert(0, '_');
                    }
                    if KEYWORDS.contains(&expected.as_str()) {
                        expected.push('_');
                    }
                    assert_eq!(snake(&name), expected, "{name:?}");
                    n += 1;
                }
            }
        }
        assert_eq!(n, parts.len().pow(3));
    }

    #[test]
    fn camel_cases() {
        assert_eq!(camel("CTTVersionInfo"), "CTTVersionInfo");
        assert_eq!(camel("cDefect"), "CDefect");
        assert_eq!(camel("getDefect"), "GetDefect");
        assert_eq!(camel("TestTrack Pro"), "TestTrackPro");
        assert_eq!(camel("1st"), "V1st");
        assert_eq!(camel("Self"), "Self_");
        assert_eq!(camel("m-strType"), "MStrType");
    }

    #[test]
    fn scope_dedupes() {
        let mut s = Scope::default();
        assert_eq!(s.claim("name"), "name");
        assert_eq!(s.claim("name"), "name_2");
        let mut t = Scope::default();
        assert_eq!(t.claim("CDefect"), "CDefect");
        assert_eq!(t.claim("CDefect"), "CDefect2");
        assert_eq!(t.claim("type_"), "type_");
        assert_eq!(t.claim("type_"), "type_2");
    }
}
