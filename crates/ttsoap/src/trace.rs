//! Masking of secrets in anything that may be logged: element names that carry a password or
//! a session cookie have their text replaced before a message is traced.

/// True for element names whose content is secret (`cookie`, `Cookie`, `password`, ...).
pub fn is_secret_name(local: &[u8]) -> bool {
    local.eq_ignore_ascii_case(b"cookie") || local.eq_ignore_ascii_case(b"password")
}

/// Returns `xml` with the text of every secret element replaced by `***`.
///
/// ```
/// let s = ttsoap::trace::mask_secrets(b"<a><cookie>42</cookie><password>pw</password><b>x</b></a>");
/// assert_eq!(s, "<a><cookie>***</cookie><password>***</password><b>x</b></a>");
/// ```
pub fn mask_secrets(xml: &[u8]) -> String {
    let text = String::from_utf8_lossy(xml);
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[..=gt];
        out.push_str(tag);
        rest = &rest[gt + 1..];
        let name_end =
            tag[1..].find(|c: char| c.is_whitespace() || c == '>' || c == '/').map(|i| i + 1).unwrap_or(tag.len());
        let qname = &tag[1..name_end];
        let local = qname.rsplit(':').next().unwrap_or(qname);
        if !tag.starts_with("</") && !tag.ends_with("/>") && is_secret_name(local.as_bytes()) {
            if let Some(end) = rest.find('<') {
                out.push_str("***");
                rest = &rest[end..];
            }
        }
    }
    out.push_str(rest);
    out
}
