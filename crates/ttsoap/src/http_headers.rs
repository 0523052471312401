//! Extra HTTP headers sent with every request: an API gateway's key, a bearer token, HTTP
//! Basic credentials. A value is secret when it is marked so or when its header carries
//! credentials by definition (`Authorization`, `Proxy-Authorization`, `Cookie`): secret values
//! are never shown by `Debug`, in logs or in error text.

use std::fmt;

use base64::Engine as _;

use crate::error::Error;
use crate::values::Password;

/// Headers whose values are credentials whatever the caller says.
const ALWAYS_SECRET: &[&str] = &["authorization", "proxy-authorization", "cookie"];

/// Headers the transport writes itself; setting them is refused.
const RESERVED: &[&str] = &["content-type", "soapaction", "content-length", "host", "transfer-encoding", "connection"];

/// One header's value.
#[derive(Clone, PartialEq, Eq)]
enum Value {
    Plain(String),
    Secret(Password),
}

/// Extra request headers, in the order they were added (a later header of the same name
/// replaces an earlier one).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct HttpHeaders {
    headers: Vec<(String, Value)>,
}

impl HttpHeaders {
    /// No headers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds header `name: value`; its value is secret if the name is `Authorization`,
    /// `Proxy-Authorization` or `Cookie`.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<String>) {
        let name = name.into();
        let value = value.into();
        let v = if ALWAYS_SECRET.contains(&name.to_ascii_lowercase().as_str()) {
            Value::Secret(Password::new(value))
        } else {
            Value::Plain(value)
        };
        self.put(name, v);
    }

    /// Adds header `name: value` with a value that is never shown.
    pub fn insert_secret(&mut self, name: impl Into<String>, value: impl Into<Password>) {
        self.put(name.into(), Value::Secret(value.into()));
    }

    /// Adds `Authorization: Basic ...` for `user` and `password` (RFC 7617, UTF-8).
    pub fn basic_auth(&mut self, user: &str, password: &Password) {
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{}", password.expose()));
        self.put("Authorization".into(), Value::Secret(Password::new(format!("Basic {token}"))));
    }

    fn put(&mut self, name: String, value: Value) {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(&name));
        self.headers.push((name, value));
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.headers.is_empty()
    }

    /// Checks every name and value: names are HTTP tokens other than the ones the transport
    /// writes, values hold no control characters. The error names the header, never a value.
    pub fn validate(&self) -> Result<(), Error> {
        for (name, value) in &self.headers {
            let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
            if name.is_empty() || !name.chars().all(token) {
                return Err(Error::Config(format!("{name:?} is not a valid HTTP header name")));
            }
            if RESERVED.contains(&name.to_ascii_lowercase().as_str()) {
                return Err(Error::Config(format!("the {name} header is written by the transport and cannot be set")));
            }
            let text = self.expose(value);
            if text.chars().any(|c| c.is_control() && c != '\t') {
                return Err(Error::Config(format!("the value of HTTP header {name} contains control characters")));
            }
        }
        Ok(())
    }

    fn expose<'a>(&self, v: &'a Value) -> &'a str {
        match v {
            Value::Plain(s) => s,
            Value::Secret(p) => p.expose(),
        }
    }

    /// Name and value of every header, to write them into a request.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers.iter().map(|(n, v)| (n.as_str(), self.expose(v)))
    }

    /// The secret values, for redacting error text.
    pub fn secrets(&self) -> impl Iterator<Item = &str> {
        self.headers.iter().filter_map(|(_, v)| match v {
            Value::Secret(p) => Some(p.expose()),
            Value::Plain(_) => None,
        })
    }
}

impl fmt::Debug for HttpHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.headers.iter().map(|(n, v)| {
                let shown = match v {
                    Value::Plain(s) => s.as_str(),
                    Value::Secret(_) => "***",
                };
                (n, shown)
            }))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_stay_out_of_debug() {
        let mut h = HttpHeaders::new();
        h.insert("X-Api-Key", "public-ish");
        h.insert("authorization", "Bearer tok-123");
        h.insert_secret("X-Token", Password::new("tok-456"));
        h.basic_auth("bob", &Password::new("hunter2"));
        let d = format!("{h:?}");
        assert!(d.contains("public-ish"), "{d}");
        for secret in ["tok-123", "tok-456", "hunter2", "Ym9iOmh1bnRlcjI"] {
            assert!(!d.contains(secret), "{d}");
        }
        // basic_auth replaced the bearer token: one Authorization header.
        let auth: Vec<_> = h.iter().filter(|(n, _)| n.eq_ignore_ascii_case("authorization")).collect();
        assert_eq!(auth, [("Authorization", "Basic Ym9iOmh1bnRlcjI=")]);
        assert_eq!(h.secrets().count(), 2);
    }

    #[test]
    fn bad_names_and_values_are_config_errors_without_the_value() {
        for (name, value) in [("Bad Name", "v"), ("", "v"), ("SOAPAction", "x"), ("Content-Type", "text/plain")] {
            let mut h = HttpHeaders::new();
            h.insert(name, value);
            assert!(matches!(h.validate(), Err(Error::Config(_))), "{name}");
        }
        let mut h = HttpHeaders::new();
        h.insert("Authorization", "Bearer x\r\nX-Evil: 1");
        let e = h.validate().unwrap_err().to_string();
        assert!(!e.contains("Bearer") && !e.contains("Evil"), "{e}");
    }
}
