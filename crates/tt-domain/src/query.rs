//! The reader of TestTrack's JSON query language (`getRecordListForTableWithQuery`, saved
//! filters; Helix ALM "Supported restriction types").
//!
//! The text is JSON as real clients write it: strings in single **or** double quotes (a
//! double-quoted string may hold apostrophes, a single-quoted one double quotes), the usual
//! escapes, `true`/`false`/`null` in any case. Nesting is limited to 64 levels. What the keys
//! mean (columns, `<from>`, `<and>`, ...) is up to the evaluator; [`object`] checks only that
//! the text is a JSON object.

use std::fmt;

/// Why query text could not be read (with the offset where it went wrong).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError(pub String);

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReadError {}

/// Reads query text that must be a JSON object (`{...}`).
pub fn object(text: &str) -> Result<Json, ReadError> {
    match parse(text)? {
        j @ Json::Obj(_) => Ok(j),
        _ => Err(ReadError("a query must be a JSON object".into())),
    }
}

/// A parsed JSON value (the lenient grammar).
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`
    Null,
    /// `true`/`false`
    Bool(bool),
    /// A number.
    Num(f64),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object, keys in order.
    Obj(Vec<(String, Json)>),
}

impl From<&serde_json::Value> for Json {
    fn from(v: &serde_json::Value) -> Self {
        match v {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(*b),
            serde_json::Value::Number(n) => Json::Num(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Json::Str(s.clone()),
            serde_json::Value::Array(a) => Json::Arr(a.iter().map(Json::from).collect()),
            serde_json::Value::Object(o) => Json::Obj(o.iter().map(|(k, v)| (k.clone(), Json::from(v))).collect()),
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

/// Parses lenient JSON: single- or double-quoted strings, the usual escapes, `true`/`false`/
/// `null` in any case.
pub fn parse(text: &str) -> Result<Json, ReadError> {
    let mut p = Parser { s: text.as_bytes(), i: 0, depth: 0 };
    let v = p.value().map_err(ReadError)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(ReadError(format!("unexpected text after the query at offset {}", p.i)));
    }
    Ok(v)
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.s.get(self.i).copied()
    }

    fn expect(&mut self, c: u8) -> Result<(), String> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("expected '{}' at offset {}", c as char, self.i))
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.depth += 1;
        if self.depth > 64 {
            return Err("the query is nested too deeply".into());
        }
        let v = match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(q @ (b'"' | b'\'')) => self.string(q).map(Json::Str),
            Some(c) if c == b'-' || c == b'+' || c == b'.' || c.is_ascii_digit() => self.number(),
            Some(c) if c.is_ascii_alphabetic() => {
                let start = self.i;
                while self.i < self.s.len() && self.s[self.i].is_ascii_alphabetic() {
                    self.i += 1;
                }
                let word = String::from_utf8_lossy(&self.s[start..self.i]).to_ascii_lowercase();
                match word.as_str() {
                    "true" => Ok(Json::Bool(true)),
                    "false" => Ok(Json::Bool(false)),
                    "null" => Ok(Json::Null),
                    _ => Err(format!("unexpected word '{word}' at offset {start}")),
                }
            }
            Some(c) => Err(format!("unexpected '{}' at offset {}", c as char, self.i)),
            None => Err("the query ends early".into()),
        };
        self.depth -= 1;
        v
    }

    fn object(&mut self) -> Result<Json, String> {
        self.expect(b'{')?;
        let mut out = Vec::new();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Json::Obj(out));
        }
        loop {
            let key = match self.peek() {
                Some(q @ (b'"' | b'\'')) => self.string(q)?,
                _ => return Err(format!("expected a quoted key at offset {}", self.i)),
            };
            self.expect(b':')?;
            let v = self.value()?;
            out.push((key, v));
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Json::Obj(out));
                }
                _ => return Err(format!("expected ',' or '}}' at offset {}", self.i)),
            }
        }
    }

    fn array(&mut self) -> Result<Json, String> {
        self.expect(b'[')?;
        let mut out = Vec::new();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Json::Arr(out));
        }
        loop {
            out.push(self.value()?);
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Json::Arr(out));
                }
                _ => return Err(format!("expected ',' or ']' at offset {}", self.i)),
            }
        }
    }

    fn string(&mut self, quote: u8) -> Result<String, String> {
        let start = self.i;
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        while self.i < self.s.len() {
            let c = self.s[self.i];
            self.i += 1;
            if c == quote {
                return String::from_utf8(out).map_err(|_| "invalid UTF-8 in the query".to_string());
            }
            if c == b'\\' {
                let e = *self.s.get(self.i).ok_or("the query ends inside a string")?;
                self.i += 1;
                match e {
                    b'n' => out.push(b'\n'),
                    b't' => out.push(b'\t'),
                    b'r' => out.push(b'\r'),
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'u' => {
                        let hex = self.s.get(self.i..self.i + 4).ok_or("bad \\u escape")?;
                        let code = u32::from_str_radix(std::str::from_utf8(hex).map_err(|_| "bad \\u escape")?, 16)
                            .map_err(|_| "bad \\u escape")?;
                        self.i += 4;
                        let ch = char::from_u32(code).unwrap_or('\u{fffd}');
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    }
                    other => out.push(other),
                }
            } else {
                out.push(c);
            }
        }
        Err(format!("unterminated string starting at offset {start}"))
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.i;
        while self.i < self.s.len() && matches!(self.s[self.i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
            self.i += 1;
        }
        let t = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| "bad number")?;
        t.parse::<f64>().map(Json::Num).map_err(|_| format!("bad number '{t}' at offset {start}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lenient_json() {
        assert_eq!(
            parse(r#"{'a': "b\"c", "n": [1, -2.5e1], 'x': True, 'y': null}"#).unwrap(),
            Json::Obj(vec![
                ("a".into(), Json::Str("b\"c".into())),
                ("n".into(), Json::Arr(vec![Json::Num(1.0), Json::Num(-25.0)])),
                ("x".into(), Json::Bool(true)),
                ("y".into(), Json::Null),
            ])
        );
        assert!(parse("{'a': }").is_err());
        assert!(parse("{'a': 1} x").is_err());
        assert!(parse("{'a").is_err());
        assert!(parse(&"[".repeat(1000)).is_err());
    }

    #[test]
    fn quotes_inside_the_other_quotes() {
        assert_eq!(
            object(r#"{"Summary": "Ada's crash", 'Notes': 'say "hi"'}"#).unwrap(),
            Json::Obj(vec![
                ("Summary".into(), Json::Str("Ada's crash".into())),
                ("Notes".into(), Json::Str("say \"hi\"".into())),
            ])
        );
        assert_eq!(object(r"{'It\'s': 1}").unwrap(), Json::Obj(vec![("It's".into(), Json::Num(1.0))]));
        assert!(object("[1]").unwrap_err().0.contains("object"));
        assert!(object("not json").is_err());
    }
}
