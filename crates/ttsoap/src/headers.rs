//! SOAP headers: typed values written into `SOAP-ENV:Header` and read back from it.
//!
//! A WSDL's `soap:header` names a message part; generated code implements [`Header`] for the
//! part's type (or a newtype around it). Headers are set once on a [`crate::Client`]
//! ([`crate::Client::with_header`]) or a [`crate::Session`] ([`crate::Session::set_header`]),
//! and per call ([`crate::Client::call_with_headers`]); a per-call header replaces one of the
//! same element. The headers of a response are kept in [`ReceivedHeaders`].
//!
//! Header values often carry credentials (a session id), so neither [`Headers`] nor
//! [`ReceivedHeaders`] shows them in `Debug`: only the element names are listed.

use std::any::Any;
use std::fmt;
use std::sync::Arc;

use crate::encoding::{Decode, Encode, TypeInfo};
use crate::error::{DecodeError, Fault};
use crate::xml::{ReadOptions, XmlReader, XmlWriter};

/// A value that travels as a SOAP header element. Implemented by generated code
/// (`ttsoap::__header!`).
pub trait Header: Encode + Decode + Clone + Send + Sync + 'static {
    /// The element name written: `tns:SessionHeader`, or a local name.
    const ELEMENT: &'static str;
    /// The element's local name, matched when reading.
    const LOCAL: &'static [u8];
    /// The element's namespace ("" for none); declared on the element when it has a prefix.
    const NAMESPACE: &'static str;
    /// The value's type descriptor.
    const TYPE: &'static TypeInfo;
    /// True when the WSDL marks the header required (`wsdl:required="true"`): it is written
    /// with `SOAP-ENV:mustUnderstand="1"` unless set otherwise.
    const MUST_UNDERSTAND: bool = false;
}

/// A header value with its type erased.
trait Block: Send + Sync {
    fn write(&self, w: &mut XmlWriter);
    fn as_any(&self) -> &dyn Any;
}

impl<H: Header> Block for H {
    fn write(&self, w: &mut XmlWriter) {
        self.encode(H::ELEMENT, H::TYPE, w);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[derive(Clone)]
struct Entry {
    element: &'static str,
    local: &'static [u8],
    namespace: &'static str,
    must_understand: bool,
    value: Arc<dyn Block>,
}

impl Entry {
    fn of<H: Header>(value: H, must_understand: bool) -> Self {
        Entry { element: H::ELEMENT, local: H::LOCAL, namespace: H::NAMESPACE, must_understand, value: Arc::new(value) }
    }

    fn same(&self, other: &Entry) -> bool {
        self.local == other.local && self.namespace == other.namespace
    }
}

/// A set of header values, at most one per element, written in the order they were first
/// set. Cheap to clone (values are shared).
#[derive(Clone, Default)]
pub struct Headers {
    entries: Vec<Entry>,
}

impl fmt::Debug for Headers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Values may hold credentials: names only.
        let names: Vec<String> = self
            .entries
            .iter()
            .map(|e| if e.must_understand { format!("{} (mustUnderstand)", e.element) } else { e.element.to_string() })
            .collect();
        f.debug_tuple("Headers").field(&names).finish()
    }
}

impl Headers {
    /// No headers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `value`, replacing any header of the same element; `mustUnderstand` as the WSDL
    /// says ([`Header::MUST_UNDERSTAND`]).
    pub fn set<H: Header>(&mut self, value: H) -> &mut Self {
        self.set_must_understand(value, H::MUST_UNDERSTAND)
    }

    /// Sets `value` with `SOAP-ENV:mustUnderstand="1"` when `must_understand` is true.
    pub fn set_must_understand<H: Header>(&mut self, value: H, must_understand: bool) -> &mut Self {
        self.put(Entry::of(value, must_understand));
        self
    }

    /// `self` with `value` set (see [`Headers::set`]).
    pub fn with<H: Header>(mut self, value: H) -> Self {
        self.set(value);
        self
    }

    fn put(&mut self, entry: Entry) {
        match self.entries.iter_mut().find(|e| e.same(&entry)) {
            Some(slot) => *slot = entry,
            None => self.entries.push(entry),
        }
    }

    /// The value set for header `H`, if any.
    pub fn get<H: Header>(&self) -> Option<&H> {
        self.entries.iter().find(|e| e.local == H::LOCAL && e.namespace == H::NAMESPACE)?.value.as_any().downcast_ref()
    }

    /// Removes header `H`; true when it was set.
    pub fn remove<H: Header>(&mut self) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| !(e.local == H::LOCAL && e.namespace == H::NAMESPACE));
        self.entries.len() != before
    }

    /// Number of headers set.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no header is set.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// These headers with `over`'s added, each replacing one of the same element.
    pub fn merged(&self, over: &Headers) -> Headers {
        let mut out = self.clone();
        for e in &over.entries {
            out.put(e.clone());
        }
        out
    }

    /// Writes `<SOAP-ENV:Header>` with every header, or nothing when there are none. Each
    /// element declares its own prefix, so a header does not depend on the envelope's
    /// declarations.
    pub fn write(&self, w: &mut XmlWriter) {
        if self.entries.is_empty() {
            return;
        }
        w.start("SOAP-ENV:Header");
        for e in &self.entries {
            let at = w.len();
            e.value.write(w);
            let mut attrs: Vec<(String, &str)> = Vec::new();
            if let Some((prefix, _)) = e.element.split_once(':') {
                if !e.namespace.is_empty() {
                    attrs.push((format!("xmlns:{prefix}"), e.namespace));
                }
            }
            if e.must_understand {
                attrs.push(("SOAP-ENV:mustUnderstand".to_string(), "1"));
            }
            let attrs: Vec<(&str, &str)> = attrs.iter().map(|(n, v)| (n.as_str(), *v)).collect();
            w.insert_attrs(at, &attrs);
        }
        w.end("SOAP-ENV:Header");
    }
}

/// One header element of a received envelope.
#[derive(Clone, PartialEq, Eq)]
struct Seen {
    local: Vec<u8>,
    must_understand: bool,
}

/// The headers of a received envelope (a response, or a request on the server side): their
/// names, which ones are marked `mustUnderstand`, and each decoded on demand
/// ([`ReceivedHeaders::get`]).
#[derive(Clone, Default)]
pub struct ReceivedHeaders {
    doc: Vec<u8>,
    opts: ReadOptions,
    seen: Vec<Seen>,
}

impl fmt::Debug for ReceivedHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Values may hold credentials: names only.
        f.debug_tuple("ReceivedHeaders").field(&self.names()).finish()
    }
}

/// True for the `mustUnderstand` values SOAP 1.1 and 1.2 allow to mean yes.
fn is_true(v: &str) -> bool {
    matches!(v.trim(), "1" | "true")
}

impl ReceivedHeaders {
    /// Reads the Header of `envelope` (which is kept, to decode headers from later).
    pub fn parse(envelope: Vec<u8>, opts: ReadOptions) -> Result<Self, DecodeError> {
        let mut seen = Vec::new();
        {
            let mut r = XmlReader::new(&envelope, opts);
            if let Some(header) = find_header(&mut r)? {
                while let Some(child) = r.next_child(&header)? {
                    let must_understand = r.attribute(&child, b"mustUnderstand").is_some_and(|v| is_true(&v));
                    seen.push(Seen { local: child.local_name().to_vec(), must_understand });
                    r.skip(&child)?;
                }
            }
        }
        Ok(ReceivedHeaders { doc: envelope, opts, seen })
    }

    /// The local names of the header elements, in document order.
    pub fn names(&self) -> Vec<String> {
        self.seen.iter().map(|s| String::from_utf8_lossy(&s.local).into_owned()).collect()
    }

    /// Number of header elements.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    /// True when the envelope had no header elements.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }

    /// True when header `H` is present.
    pub fn contains<H: Header>(&self) -> bool {
        self.seen.iter().any(|s| s.local == H::LOCAL)
    }

    /// True when header `H` is present and marked `mustUnderstand`.
    pub fn must_understand<H: Header>(&self) -> bool {
        self.seen.iter().any(|s| s.local == H::LOCAL && s.must_understand)
    }

    /// Header `H` decoded, or `None` when the envelope does not have it.
    pub fn get<H: Header>(&self) -> Option<Result<H, DecodeError>> {
        if !self.contains::<H>() {
            return None;
        }
        let mut r = XmlReader::new(&self.doc, self.opts);
        let header = match find_header(&mut r) {
            Ok(Some(h)) => h,
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        };
        loop {
            match r.next_child(&header) {
                Ok(Some(child)) if child.local_name() == H::LOCAL => return Some(r.decode(child)),
                Ok(Some(child)) => {
                    if let Err(e) = r.skip(&child) {
                        return Some(Err(e));
                    }
                }
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            }
        }
    }

    /// The `SOAP-ENV:MustUnderstand` fault for the first header marked `mustUnderstand`
    /// whose local name is not in `understood`, as a receiver must answer it; `None` when
    /// every such header is understood.
    pub fn not_understood(&self, understood: &[&[u8]]) -> Option<Fault> {
        let s = self.seen.iter().find(|s| s.must_understand && !understood.contains(&s.local.as_slice()))?;
        Some(Fault::new(
            "SOAP-ENV:MustUnderstand",
            format!("The header {} is not understood.", String::from_utf8_lossy(&s.local)),
            None,
        ))
    }
}

/// Moves `r` into the Envelope's Header and returns it; `None` when there is none (the
/// reader is then past the Body's start).
fn find_header<'a>(r: &mut XmlReader<'a>) -> Result<Option<crate::xml::Elem<'a>>, DecodeError> {
    let env = r.root()?;
    if env.local_name() != b"Envelope" {
        return Err(r.unexpected(format!("expected a SOAP Envelope, found <{}>", env.name_lossy())));
    }
    match r.next_child(&env)? {
        Some(child) if child.local_name() == b"Header" => Ok(Some(child)),
        _ => Ok(None),
    }
}

/// A response with the headers its envelope carried.
#[derive(Debug, Clone)]
pub struct Reply<R> {
    /// The decoded response.
    pub value: R,
    /// The response's headers.
    pub headers: ReceivedHeaders,
}

impl crate::Client {
    /// A client sharing this one's connection and settings that also writes `value` into
    /// every request (replacing a header of the same element).
    pub fn with_header<H: Header>(&self, value: H) -> crate::Client {
        let mut c = self.clone();
        c.headers.set(value);
        c
    }

    /// A client sharing this one's connection and settings that writes exactly `headers`
    /// into every request.
    pub fn with_headers(&self, headers: Headers) -> crate::Client {
        let mut c = self.clone();
        c.headers = headers;
        c
    }

    /// The headers written into every request.
    pub fn headers(&self) -> &Headers {
        &self.headers
    }

    /// Calls `op` like [`crate::Client::call`] with `headers` added to the client's (each
    /// replacing one of the same element), and returns the response with its headers.
    pub fn call_with_headers<O: crate::Operation>(
        &self,
        op: impl crate::Request<O>,
        headers: &Headers,
    ) -> Result<Reply<O::Response>, crate::Error> {
        let (value, body) = self.call_op_headers(op.as_op(), Some(headers))?;
        let headers = ReceivedHeaders::parse(body, self.read_options())?;
        Ok(Reply { value, headers })
    }
}

impl crate::Session {
    /// Writes `value` into every call of this session (besides the client's headers),
    /// replacing a header of the same element.
    pub fn set_header<H: Header>(&self, value: H) {
        self.headers.lock().unwrap_or_else(std::sync::PoisonError::into_inner).set(value);
    }

    /// Replaces this session's headers.
    pub fn set_headers(&self, headers: Headers) {
        *self.headers.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = headers;
    }

    /// This session's headers (the client's are added to them on every call).
    pub fn headers(&self) -> Headers {
        self.headers.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// Calls `op` like [`crate::Session::call`] with `headers` added to the session's, and
    /// returns the response with its headers.
    pub fn call_with_headers<O: crate::CookieOperation>(
        &self,
        op: impl crate::Request<O>,
        headers: &Headers,
    ) -> Result<Reply<O::Response>, crate::Error> {
        let all = self.headers().merged(headers);
        let (value, body) = self
            .call_with(op.into_op(), |client, op| client.call_op_headers(op, Some(&all)))
            .map_err(|e| self.describe_server(e))?;
        let headers = ReceivedHeaders::parse(body, self.client().read_options())?;
        Ok(Reply { value, headers })
    }
}

impl crate::server::Reply {
    /// This reply with `headers` in its envelope's `SOAP-ENV:Header` (written with or without
    /// type annotations as operation `O` writes its messages), for a server answering
    /// response headers. A reply whose envelope has no `SOAP-ENV:Body` (none the runtime
    /// writes) or that already has a Header is returned unchanged.
    pub fn with_headers<O: crate::Operation>(mut self, headers: &Headers) -> Self {
        const BODY: &[u8] = b"<SOAP-ENV:Body";
        if headers.is_empty() || self.body.windows(16).any(|w| w == b"<SOAP-ENV:Header") {
            return self;
        }
        let Some(at) = self.body.windows(BODY.len()).position(|w| w == BODY) else { return self };
        let mut w = XmlWriter::new();
        w.set_literal(!O::ENCODED);
        headers.write(&mut w);
        self.body.splice(at..at, w.into_bytes());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encoding::xsd;

    #[derive(Debug, Clone, Default, PartialEq)]
    struct Token(String);
    crate::__header!(Token(String), "t:Token", b"Token", "urn:t", &xsd::STRING, must_understand true);

    #[derive(Debug, Clone, Default, PartialEq)]
    struct Trace(i64);
    crate::__header!(Trace(i64), "Trace", b"Trace", "", &xsd::LONG, must_understand false);

    fn envelope(header: &str) -> Vec<u8> {
        format!(
            "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:t=\"urn:t\">{header}<env:Body/></env:Envelope>"
        )
        .into_bytes()
    }

    #[test]
    fn written_with_prefix_declaration_and_must_understand() {
        let mut w = XmlWriter::new();
        w.set_literal(true);
        Headers::new().with(Token("abc".into())).with(Trace(7)).write(&mut w);
        assert_eq!(
            w.as_str(),
            "<SOAP-ENV:Header><t:Token xmlns:t=\"urn:t\" SOAP-ENV:mustUnderstand=\"1\">abc</t:Token>\
             <Trace>7</Trace></SOAP-ENV:Header>"
        );
        let mut w = XmlWriter::new();
        Headers::new().write(&mut w);
        assert_eq!(w.as_str(), "", "no headers, no Header element");
    }

    #[test]
    fn received_headers_of_any_envelope_version() {
        let h = ReceivedHeaders::parse(
            envelope("<env:Header><t:Token env:mustUnderstand=\"true\">x</t:Token><Trace>9</Trace></env:Header>"),
            ReadOptions::default(),
        )
        .unwrap();
        assert_eq!(h.names(), ["Token", "Trace"]);
        assert!(h.must_understand::<Token>() && !h.must_understand::<Trace>());
        assert_eq!(h.get::<Trace>().map(|r| r.ok()), Some(Some(Trace(9))));
        assert_eq!(h.not_understood(&[b"Trace"]).map(|f| f.code), Some("SOAP-ENV:MustUnderstand".to_string()));
        assert!(h.not_understood(&[b"Token"]).is_none());
        assert_eq!(format!("{h:?}"), "ReceivedHeaders([\"Token\", \"Trace\"])", "names only");
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        let none = ReceivedHeaders::parse(envelope(""), ReadOptions::default()).unwrap();
        assert!(none.is_empty() && none.get::<Token>().is_none());
        assert!(ReceivedHeaders::parse(b"not xml".to_vec(), ReadOptions::default()).is_err());
        assert!(ReceivedHeaders::parse(b"<a/>".to_vec(), ReadOptions::default()).is_err());
        assert!(
            ReceivedHeaders::parse(envelope("<env:Header><Trace>1</Trace>").to_vec(), ReadOptions::default()).is_err()
        );
        let bad =
            ReceivedHeaders::parse(envelope("<env:Header><Trace>seven</Trace></env:Header>"), ReadOptions::default())
                .unwrap();
        assert!(matches!(bad.get::<Trace>(), Some(Err(_))), "a value that does not decode is an error");
    }
}
