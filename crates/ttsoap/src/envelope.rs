//! SOAP 1.1 and 1.2 envelopes: writing requests, responses and faults, and reading them back
//! in any of the dialects real peers produce (gSOAP, PHP ext/soap, Apache Axis). Reading
//! matches local names, so both versions' envelopes and faults are read alike.

use crate::error::{DecodeError, EncodeError, Error, Fault};
use crate::headers::Headers;
use crate::operation::{Message, Operation, SoapVersion, Style};
use crate::xml::{
    replace_forbidden, Elem, ReadOptions, WriteOptions, XmlReader, XmlWriter, SOAP12_ENC_NS, SOAP_ENC_NS, XSD_NS,
    XSI_NS,
};

const DECL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

fn open_envelope(
    w: &mut XmlWriter,
    version: SoapVersion,
    encoded: bool,
    namespaces: &[(&str, &str)],
    headers: Option<&Headers>,
) {
    w.raw(DECL);
    w.start("SOAP-ENV:Envelope");
    w.attr("xmlns:SOAP-ENV", version.envelope_namespace());
    w.attr("xmlns:SOAP-ENC", SOAP_ENC_NS);
    w.attr("xmlns:xsi", XSI_NS);
    w.attr("xmlns:xsd", XSD_NS);
    let mut seen: Vec<&str> = Vec::with_capacity(namespaces.len() + 1);
    if encoded && version == SoapVersion::Soap12 {
        // SOAP 1.2 arrays say their item type and size in the SOAP 1.2 encoding namespace
        // (the generator never gives a WSDL namespace the prefix `enc`).
        w.attr("xmlns:enc", SOAP12_ENC_NS);
        seen.push("enc");
    }
    for (prefix, uri) in namespaces {
        if !seen.contains(prefix) {
            seen.push(prefix);
            w.attr(&format!("xmlns:{prefix}"), uri);
        }
    }
    if encoded {
        w.attr("SOAP-ENV:encodingStyle", version.encoding_namespace());
    }
    w.set_soap12_arrays(encoded && version == SoapVersion::Soap12);
    if let Some(h) = headers {
        // Headers follow the message's use: literal headers carry no type annotations.
        let literal = w.is_literal();
        w.set_literal(!encoded);
        h.write(w);
        w.set_literal(literal);
    }
    w.start("SOAP-ENV:Body");
}

fn close_envelope(w: &mut XmlWriter) {
    w.end("SOAP-ENV:Body");
    w.end("SOAP-ENV:Envelope");
}

fn wrapper_prefix<O: Operation>() -> Option<&'static str> {
    O::NAMESPACES.iter().find(|(_, uri)| *uri == O::NAMESPACE).map(|(p, _)| *p)
}

/// Writes the envelope of message `m` of operation `O`: rpc style wraps the parts in an
/// element named `local`, document style writes them directly in the Body. A literal
/// operation's parts are written without type annotations (see [`XmlWriter::set_literal`]).
/// A value holding a character XML 1.0 forbids is an [`EncodeError`] naming its element.
fn write_message<O: Operation, M: Message>(
    m: &M,
    local: &str,
    opts: WriteOptions,
    headers: &Headers,
) -> Result<Vec<u8>, EncodeError> {
    let mut w = XmlWriter::with_capacity(1024);
    w.set_options(opts);
    open_envelope(&mut w, O::SOAP_VERSION, O::ENCODED, O::NAMESPACES, Some(headers));
    w.set_literal(!O::ENCODED);
    match O::STYLE {
        Style::Rpc => {
            let (name, declare) = match wrapper_prefix::<O>() {
                Some(p) => (format!("{p}:{local}"), false),
                None => (format!("ns:{local}"), true),
            };
            w.start(&name);
            if declare {
                w.attr("xmlns:ns", O::NAMESPACE);
            }
            m.write_parts(&mut w);
            w.end(&name);
        }
        Style::Document => m.write_parts(&mut w),
    }
    close_envelope(&mut w);
    w.finish()
}

/// Writes the request envelope for `op`, or the [`EncodeError`] of a value that XML cannot
/// carry (a control character in a string), naming its element.
pub fn write_request<O: Operation>(op: &O) -> Result<Vec<u8>, EncodeError> {
    write_request_with(op, WriteOptions::default())
}

/// Like [`write_request`], with settings for the server it goes to (how dates are written:
/// see [`crate::values::DateStyle`]).
pub fn write_request_with<O: Operation>(op: &O, opts: WriteOptions) -> Result<Vec<u8>, EncodeError> {
    write_message::<O, O>(op, O::NAME, opts, &Headers::new())
}

/// Like [`write_request_with`], with `headers` in the envelope's `SOAP-ENV:Header`.
pub fn write_request_headers<O: Operation>(
    op: &O,
    opts: WriteOptions,
    headers: &Headers,
) -> Result<Vec<u8>, EncodeError> {
    write_message::<O, O>(op, O::NAME, opts, headers)
}

/// Writes the response envelope for operation `O` (used by servers); errors as
/// [`write_request`]. Dates carry the type the WSDL declares, as a server writes them
/// ([`crate::values::DateStyle::Declared`]).
pub fn write_response<O: Operation>(resp: &O::Response) -> Result<Vec<u8>, EncodeError> {
    write_response_headers::<O>(resp, &Headers::new())
}

/// Like [`write_response`], with `headers` in the envelope's `SOAP-ENV:Header`.
pub fn write_response_headers<O: Operation>(resp: &O::Response, headers: &Headers) -> Result<Vec<u8>, EncodeError> {
    // A server labels values with the types its WSDL declares (see `DateStyle::Declared`).
    let opts = WriteOptions::default().with_date_style(crate::values::DateStyle::Declared);
    write_message::<O, O::Response>(resp, O::RESPONSE_NAME, opts, headers)
}

/// Writes a SOAP 1.1 fault envelope; the detail is plain text, as TestTrack writes it. A
/// fault must always be sendable, so characters XML forbids become U+FFFD.
pub fn write_fault(f: &Fault) -> Vec<u8> {
    let mut w = XmlWriter::with_capacity(512);
    open_envelope(&mut w, SoapVersion::Soap11, false, &[], None);
    w.start("SOAP-ENV:Fault");
    w.start("faultcode");
    w.text(&replace_forbidden(&f.code));
    w.end("faultcode");
    w.start("faultstring");
    w.text(&replace_forbidden(&f.string));
    w.end("faultstring");
    if let Some(d) = &f.detail {
        w.start("detail");
        w.text(&replace_forbidden(d));
        w.end("detail");
    }
    w.end("SOAP-ENV:Fault");
    close_envelope(&mut w);
    w.into_bytes()
}

/// Writes a fault in the shape of SOAP `version`: for SOAP 1.2, `Code/Value` (`Sender` for a
/// 1.1 `Client` code, `Receiver` for `Server`), `Reason/Text` and `Detail`.
pub fn write_fault_version(f: &Fault, version: SoapVersion) -> Vec<u8> {
    if version == SoapVersion::Soap11 {
        return write_fault(f);
    }
    let local = f.code.rsplit(':').next().unwrap_or(&f.code);
    let code = match local {
        "Client" | "Sender" => "SOAP-ENV:Sender",
        "VersionMismatch" => "SOAP-ENV:VersionMismatch",
        "MustUnderstand" => "SOAP-ENV:MustUnderstand",
        "DataEncodingUnknown" => "SOAP-ENV:DataEncodingUnknown",
        _ => "SOAP-ENV:Receiver",
    };
    let mut w = XmlWriter::with_capacity(512);
    open_envelope(&mut w, version, false, &[], None);
    w.start("SOAP-ENV:Fault");
    w.start("SOAP-ENV:Code");
    w.start("SOAP-ENV:Value");
    w.text(code);
    w.end("SOAP-ENV:Value");
    w.end("SOAP-ENV:Code");
    w.start("SOAP-ENV:Reason");
    w.start("SOAP-ENV:Text");
    w.attr("xml:lang", "en");
    w.text(&replace_forbidden(&f.string));
    w.end("SOAP-ENV:Text");
    w.end("SOAP-ENV:Reason");
    if let Some(d) = &f.detail {
        w.start("SOAP-ENV:Detail");
        w.text(&replace_forbidden(d));
        w.end("SOAP-ENV:Detail");
    }
    w.end("SOAP-ENV:Fault");
    close_envelope(&mut w);
    w.into_bytes()
}

/// Reads up to the Body and returns the reader with the Body element.
pub fn open_body<'a>(doc: &'a [u8], opts: ReadOptions) -> Result<(XmlReader<'a>, Elem<'a>), DecodeError> {
    let mut r = XmlReader::new(doc, opts);
    let env = r.root()?;
    if env.local_name() != b"Envelope" {
        return Err(r.unexpected(format!("expected a SOAP Envelope, found <{}>", env.name_lossy())));
    }
    while let Some(child) = r.next_child(&env)? {
        match child.local_name() {
            b"Header" => r.skip(&child)?,
            b"Body" => return Ok((r, child)),
            _ => r.unknown(&child)?,
        }
    }
    Err(r.unexpected("the Envelope has no Body"))
}

/// The first element inside the Body, i.e. the rpc wrapper or fault. `Ok(None)` for an
/// empty Body.
pub fn first_in_body<'a>(r: &mut XmlReader<'a>, body: &Elem<'a>) -> Result<Option<Elem<'a>>, DecodeError> {
    r.next_child(body)
}

/// Reads the rest of the document after the payload, so a truncated tail is noticed.
pub(crate) fn finish<'a>(r: &mut XmlReader<'a>, body: &Elem<'a>) -> Result<(), DecodeError> {
    // Remaining Body children (Axis multiRefs) and the Envelope end.
    while let Some(child) = r.next_child(body)? {
        r.skip(&child)?;
    }
    // The Envelope's end tag.
    let env_end = r.position();
    let rest = &r.document()[env_end..];
    let trimmed = std::str::from_utf8(rest).unwrap_or("").trim_start();
    let closed = trimmed
        .strip_prefix("</")
        .and_then(|t| t.find('>').map(|i| &t[..i]))
        .is_some_and(|name| name.trim_end().rsplit(':').next() == Some("Envelope"));
    if !closed {
        return Err(DecodeError::Malformed {
            offset: env_end as u64,
            message: "the Envelope is not closed (truncated document)".into(),
        });
    }
    Ok(())
}

/// Reads a `Fault` element (SOAP 1.1 `faultcode/faultstring/detail`, or SOAP 1.2
/// `Code/Reason/Detail`).
pub fn read_fault<'a>(r: &mut XmlReader<'a>, fault: &Elem<'a>) -> Result<Fault, DecodeError> {
    let mut f = Fault::new("", "", None);
    // An empty or nil element never replaces a value already read: gSOAP with
    // `SOAP_XML_NIL` follows a SOAP 1.1 fault with nil SOAP 1.2 `Code`, `Reason` and `Detail`.
    let keep = |slot: &mut String, text: String| {
        if !text.is_empty() {
            *slot = text;
        }
    };
    while let Some(child) = r.next_child(fault)? {
        match child.local_name() {
            b"faultcode" => keep(&mut f.code, r.read_text(&child)?.trim().to_string()),
            b"faultstring" => keep(&mut f.string, r.read_text(&child)?.into_owned()),
            b"Code" => keep(&mut f.code, inner_text(r, &child)?),
            b"Reason" => keep(&mut f.string, inner_text(r, &child)?),
            b"detail" | b"Detail" => {
                let d = inner_text(r, &child)?;
                if !d.is_empty() {
                    f.detail = Some(d);
                }
            }
            _ => r.skip(&child)?,
        }
    }
    Ok(f)
}

/// All text below `el`, trimmed, with nested elements' text joined by spaces.
fn inner_text<'a>(r: &mut XmlReader<'a>, el: &Elem<'a>) -> Result<String, DecodeError> {
    let raw = r.raw(el)?;
    let mut out = String::new();
    let mut depth_text = raw.xml.as_str();
    // Drop the element's own start and end tags, then strip inner tags.
    if let Some(i) = depth_text.find('>') {
        depth_text = &depth_text[i + 1..];
    }
    if let Some(i) = depth_text.rfind("</") {
        depth_text = &depth_text[..i];
    }
    let mut in_tag = false;
    let mut piece = String::new();
    for c in depth_text.chars() {
        match c {
            '<' => {
                in_tag = true;
                if !piece.trim().is_empty() {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(piece.trim());
                }
                piece.clear();
            }
            '>' => in_tag = false,
            _ if !in_tag => piece.push(c),
            _ => {}
        }
    }
    if !piece.trim().is_empty() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(piece.trim());
    }
    Ok(crate::xml::unescape_text(&out).map(|c| c.into_owned()).unwrap_or(out))
}

/// A response's reader with its Body element and the Body's first element (`None` for an
/// empty Body). A SOAP fault there is [`Error::Fault`].
pub fn open_response(doc: &[u8], opts: ReadOptions) -> Result<(XmlReader<'_>, Elem<'_>, Option<Elem<'_>>), Error> {
    let (mut r, body) = open_body(doc, opts)?;
    let first = first_in_body(&mut r, &body)?;
    if let Some(f) = first.as_ref().filter(|f| f.local_name() == b"Fault") {
        return Err(Error::Fault(read_fault(&mut r, f)?));
    }
    Ok((r, body, first))
}

/// Reads a response envelope: a fault becomes [`Error::Fault`], anything else is decoded as
/// message `M` from the first Body child (rpc) or the Body (document).
///
/// Lenient mode forgives what real servers write (unknown elements, omitted struct members),
/// never an answer that is not the operation's: an rpc wrapper other than `expected`, an empty
/// Body ([`DecodeError::WrongResponse`]) or a missing part ([`DecodeError::MissingPart`]).
pub fn read_response<M: Message>(doc: &[u8], style: Style, expected: &str, opts: ReadOptions) -> Result<M, Error> {
    let (mut r, body, first) = open_response(doc, opts)?;
    let Some(first) = first else {
        if style == Style::Document && !M::PARTS.iter().any(|(_, required)| *required) {
            return Ok(M::default());
        }
        return Err(DecodeError::WrongResponse { expected: expected.into(), found: "an empty Body".into() }.into());
    };
    match style {
        Style::Rpc => {
            if first.local_name() != expected.as_bytes() {
                return Err(DecodeError::WrongResponse {
                    expected: expected.into(),
                    found: format!("<{}>", String::from_utf8_lossy(first.qname())),
                }
                .into());
            }
            let mut parts = PartsSeen::<M>::new();
            let mut m = M::default();
            while let Some(child) = r.next_child(&first)? {
                parts.saw(&child);
                m.read_part(&mut r, child)?;
            }
            parts.check(expected)?;
            finish(&mut r, &body)?;
            Ok(m)
        }
        Style::Document => {
            let mut parts = PartsSeen::<M>::new();
            let mut m = M::default();
            parts.saw(&first);
            m.read_part(&mut r, first)?;
            while let Some(child) = r.next_child(&body)? {
                parts.saw(&child);
                m.read_part(&mut r, child)?;
            }
            parts.check("Body")?;
            Ok(m)
        }
    }
}

/// Which of message `M`'s declared parts a response held.
struct PartsSeen<M> {
    seen: Vec<bool>,
    message: std::marker::PhantomData<M>,
}

impl<M: Message> PartsSeen<M> {
    fn new() -> Self {
        PartsSeen { seen: vec![false; M::PARTS.len()], message: std::marker::PhantomData }
    }

    fn saw(&mut self, child: &Elem<'_>) {
        if let Some(i) = M::PARTS.iter().position(|(local, _)| *local == child.local_name()) {
            self.seen[i] = true;
        }
    }

    /// The first required part not seen, as an error naming `response`.
    fn check(&self, response: &str) -> Result<(), DecodeError> {
        match M::PARTS.iter().zip(&self.seen).find(|((_, required), seen)| *required && !**seen) {
            Some(((local, _), _)) => Err(DecodeError::MissingPart {
                response: response.into(),
                part: String::from_utf8_lossy(local).into_owned(),
            }),
            None => Ok(()),
        }
    }
}

/// Reads a document-style message: `first` (the Body's first element, already read) and every
/// following Body child are its parts, matched by local name.
pub fn read_document_parts<'a, M: Message>(
    r: &mut XmlReader<'a>,
    body: &Elem<'a>,
    first: Elem<'a>,
) -> Result<M, DecodeError> {
    let mut m = M::default();
    m.read_part(r, first)?;
    while let Some(child) = r.next_child(body)? {
        m.read_part(r, child)?;
    }
    Ok(m)
}
