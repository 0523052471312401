//! Masking of secrets in anything that may be logged or shown: element names that carry a
//! password or a session cookie have their whole content replaced before a message is
//! traced, and the secret values a request carried are cut out of any text (an error, a
//! response) that might quote them back.

use std::borrow::Cow;

/// True for element names whose content is secret (`cookie`, `Cookie`, `password`, and
/// `sessionId`, the session token SOAP services such as Salesforce pass in a header).
pub fn is_secret_name(local: &[u8]) -> bool {
    local.eq_ignore_ascii_case(b"cookie")
        || local.eq_ignore_ascii_case(b"password")
        || local.eq_ignore_ascii_case(b"sessionId")
}

/// Returns `xml` with the content of every secret element replaced by `***`, whatever its
/// form (text, entities, CDATA, comments, processing instructions). When the document ends
/// inside a secret element, everything after its start tag is hidden.
///
/// ```
/// let s = ttsoap::trace::mask_secrets(b"<a><cookie><![CDATA[42]]></cookie><password>pw</password><b>x</b></a>");
/// assert_eq!(s, "<a><cookie>***</cookie><password>***</password><b>x</b></a>");
/// ```
pub fn mask_secrets(xml: &[u8]) -> String {
    let text = String::from_utf8_lossy(xml);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for_each_secret(&text, |start, end| {
        out.push_str(&text[last..start]);
        out.push_str("***");
        last = end;
    });
    out.push_str(&text[last..]);
    out
}

/// The values of the secret elements in `xml` (entities resolved, CDATA unwrapped, trimmed),
/// without duplicates: what a request must not see quoted back in an error.
///
/// ```
/// let v = ttsoap::trace::secret_values(b"<a><password>p&amp;w</password><cookie> 42 </cookie></a>");
/// assert_eq!(v, ["p&w", "42"]);
/// ```
pub fn secret_values(xml: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(xml);
    let mut out: Vec<String> = Vec::new();
    for_each_secret(&text, |start, end| {
        let raw = &text[start..end];
        let value = crate::xml::unescape_text(raw).map(Cow::into_owned).unwrap_or_else(|| raw.to_string());
        let value = value.trim();
        if !value.is_empty() && !out.iter().any(|v| v == value) {
            out.push(value.to_string());
        }
    });
    out
}

/// Secrets shorter than this are not cut out of free text: replacing every `7` or `ab` in a
/// message would destroy it while hiding next to nothing.
pub const MIN_REDACTED_LEN: usize = 4;

/// `text` with every occurrence of each secret (as it is, and XML-escaped, as a server
/// quoting the request would write it) replaced by `***`. Secrets shorter than
/// [`MIN_REDACTED_LEN`] characters are left alone.
///
/// ```
/// let t = ttsoap::trace::redact("bad password 'p<w0rd' (&lt;p&lt;w0rd&gt;)", &["p<w0rd".to_string()]);
/// assert_eq!(t, "bad password '***' (&lt;***&gt;)");
/// ```
pub fn redact<'a>(text: &'a str, secrets: &[String]) -> Cow<'a, str> {
    let mut forms: Vec<String> = Vec::new();
    for s in secrets.iter().filter(|s| s.chars().count() >= MIN_REDACTED_LEN) {
        forms.push(s.clone());
        for attr in [false, true] {
            let mut escaped = Vec::new();
            let _ = if attr {
                crate::xml::escape_into(&mut escaped, s)
            } else {
                crate::xml::escape_text_into(&mut escaped, s)
            };
            let escaped = String::from_utf8_lossy(&escaped).into_owned();
            if !forms.contains(&escaped) {
                forms.push(escaped);
            }
        }
    }
    // Longest first, so that a secret containing another is replaced whole.
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let mut out = Cow::Borrowed(text);
    for f in &forms {
        if out.contains(f.as_str()) {
            out = Cow::Owned(out.replace(f.as_str(), "***"));
        }
    }
    out
}

/// Calls `f(start, end)` with the byte range of the content of every secret element in
/// `text`, in order. Comments, CDATA sections and processing instructions outside secret
/// elements are skipped whole, so markup inside them is not taken for an element.
fn for_each_secret(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut i = 0;
    while let Some(lt) = text[i..].find('<').map(|p| p + i) {
        let rest = &text[lt..];
        if let Some(len) = special_len(rest) {
            i = lt + len;
            continue;
        }
        let Some(tag_len) = tag_len(rest) else { return };
        let tag = &rest[..tag_len];
        i = lt + tag_len;
        if tag.starts_with("</") || tag.ends_with("/>") {
            continue;
        }
        let qname_end = tag[1..].find(|c: char| c.is_whitespace() || c == '>' || c == '/').map_or(tag.len(), |p| p + 1);
        let qname = &tag[1..qname_end];
        let local = qname.rsplit(':').next().unwrap_or(qname);
        if !is_secret_name(local.as_bytes()) {
            continue;
        }
        let start = i;
        let end = content_end(text, start);
        f(start, end);
        i = end;
    }
}

/// The length of a comment, CDATA section, processing instruction or declaration at the
/// start of `rest` (to the end of `rest` when it is not closed); `None` for a tag.
fn special_len(rest: &str) -> Option<usize> {
    let close = if rest.starts_with("<!--") {
        "-->"
    } else if rest.starts_with("<![CDATA[") {
        "]]>"
    } else if rest.starts_with("<?") {
        "?>"
    } else if rest.starts_with("<!") {
        ">"
    } else {
        return None;
    };
    Some(rest[2..].find(close).map_or(rest.len(), |p| p + 2 + close.len()))
}

/// The length of the tag at the start of `rest` (`>` inside quoted attribute values does not
/// end it); `None` when it is not closed.
fn tag_len(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in rest.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Where the content of the element whose start tag ends at `start` ends: the start of its
/// end tag, or the end of `text` when it has none.
fn content_end(text: &str, start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while let Some(lt) = text[i..].find('<').map(|p| p + i) {
        let rest = &text[lt..];
        if let Some(len) = special_len(rest) {
            i = lt + len;
            continue;
        }
        let Some(len) = tag_len(rest) else { break };
        let tag = &rest[..len];
        if tag.starts_with("</") {
            if depth == 0 {
                return lt;
            }
            depth -= 1;
        } else if !tag.ends_with("/>") {
            depth += 1;
        }
        i = lt + len;
    }
    text.len()
}
