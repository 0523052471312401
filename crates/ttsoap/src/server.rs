//! Server-side helpers used by generated `dispatch` functions: decode a request, call the
//! handler, and encode its response or fault (HTTP 500, as SOAP 1.1 requires for faults).
//!
//! A request is routed by the local name of the first element in its Body: for an rpc
//! operation that is the wrapper named after the operation, whose children are the parts
//! ([`dispatch`] and [`serve`]); for a document operation it is the first part itself, so
//! the parts are that element and the Body children after it ([`dispatch_body`] and
//! [`serve_body`], which handle both styles).
//!
//! An operation is served in its binding's SOAP version only: a request in the other
//! version's envelope gets a SOAP 1.1 `VersionMismatch` fault ([`version_mismatch`]), as SOAP
//! 1.1 (section 4.4.1) and SOAP 1.2 (appendix A) have a node answer, not a response in an
//! envelope its client cannot read.

use crate::envelope::{
    first_in_body, open_body, read_document_parts, write_fault, write_fault_version, write_response,
};
use crate::error::{DecodeError, EncodeError, Fault};
use crate::operation::{Operation, SoapVersion, Style};
use crate::xml::{Elem, ReadOptions, XmlReader};

/// An HTTP answer: status and SOAP body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// 200 for a response, 500 for a fault.
    pub status: u16,
    /// The envelope.
    pub body: Vec<u8>,
    /// The operation that was served, if the request got that far.
    pub operation: Option<&'static str>,
}

impl Reply {
    /// A fault reply (HTTP 500).
    pub fn fault(f: &Fault) -> Self {
        Reply { status: 500, body: write_fault(f), operation: None }
    }

    /// A fault reply in the shape of SOAP `version` (SOAP 1.2: HTTP 400 for a `Sender`
    /// fault, 500 otherwise, as its HTTP binding says).
    pub fn fault_version(f: &Fault, version: SoapVersion) -> Self {
        let sender = matches!(f.code.rsplit(':').next(), Some("Client" | "Sender"));
        let status = if version == SoapVersion::Soap12 && sender { 400 } else { 500 };
        Reply { status, body: write_fault_version(f, version), operation: None }
    }

    /// The HTTP `Content-Type` of this reply: `application/soap+xml` for a SOAP 1.2 envelope
    /// (the body was written here, so its envelope namespace tells), `text/xml` otherwise.
    pub fn content_type(&self) -> &'static str {
        let head = &self.body[..self.body.len().min(512)];
        if memchr::memmem::find(head, crate::xml::SOAP12_ENV_NS.as_bytes()).is_some() {
            "application/soap+xml; charset=utf-8"
        } else {
            "text/xml; charset=utf-8"
        }
    }
}

/// The fault for an operation the service does not implement: a `SOAP-ENV:Server` fault
/// without a detail, since detail codes belong to the service (the TestTrack emulator answers
/// its own `faults::not_supported` instead).
pub fn not_implemented(operation: &str) -> Fault {
    Fault::new("SOAP-ENV:Server", format!("The operation {operation} is not implemented by this server."), None)
}

/// The fault for a request in SOAP `request`'s envelope to an operation served over SOAP
/// `served` (the two differ): `SOAP-ENV:VersionMismatch`, sent as a SOAP 1.1 fault.
pub fn version_mismatch(operation: &str, served: SoapVersion, request: SoapVersion) -> Fault {
    Fault::new(
        "SOAP-ENV:VersionMismatch",
        format!(
            "The operation {operation} is served over {}; the request is a {} envelope.",
            version_label(served),
            version_label(request)
        ),
        None,
    )
}

fn version_label(v: SoapVersion) -> &'static str {
    match v {
        SoapVersion::Soap11 => "SOAP 1.1",
        SoapVersion::Soap12 => "SOAP 1.2",
    }
}

/// The fault for a request that could not be decoded, in gSOAP's words.
pub fn bad_request(e: &DecodeError) -> Fault {
    Fault::new("SOAP-ENV:Client", format!("Validation constraint violation: {e}"), None)
}

/// The fault for a response that holds a value XML cannot carry (a control character in a
/// stored text): a `SOAP-ENV:Server` fault naming the element.
pub fn unencodable_response(e: &EncodeError) -> Fault {
    Fault::new("SOAP-ENV:Server", format!("The response could not be written: {e}"), None)
}

/// Opens the request envelope and hands the body's first element to `route`, which returns
/// `None` for an operation it does not know. For rpc operations (the element is the wrapper);
/// see [`dispatch_body`] for document style.
pub fn dispatch<'a, F>(request: &'a [u8], opts: ReadOptions, route: F) -> Reply
where
    F: FnOnce(&[u8], &mut XmlReader<'a>, &Elem<'a>) -> Option<Reply>,
{
    dispatch_body(request, opts, |name, r, _body, first| route(name, r, &first))
}

/// Opens the request envelope and hands `route` the local name of the Body's first element,
/// the reader, the Body and that element. `route` returns `None` for a name it does not know.
pub fn dispatch_body<'a, F>(request: &'a [u8], opts: ReadOptions, route: F) -> Reply
where
    F: FnOnce(&[u8], &mut XmlReader<'a>, &Elem<'a>, Elem<'a>) -> Option<Reply>,
{
    // Faults found before the operation is known answer in the request's SOAP version.
    let version = envelope_version(request).unwrap_or_else(|| request_version(request));
    let (mut r, body) = match open_body(request, opts) {
        Ok(x) => x,
        Err(e) => return Reply::fault_version(&bad_request(&e), version),
    };
    let first = match first_in_body(&mut r, &body) {
        Ok(Some(w)) => w,
        Ok(None) => return Reply::fault_version(&Fault::client("The SOAP Body is empty."), version),
        Err(e) => return Reply::fault_version(&bad_request(&e), version),
    };
    let name = first.local_name().to_vec();
    match route(&name, &mut r, &body, first) {
        Some(reply) => reply,
        None => Reply::fault_version(
            &Fault::client(format!(
                "Method '{}' not implemented: method name or namespace not recognized",
                String::from_utf8_lossy(&name)
            )),
            version,
        ),
    }
}

/// SOAP 1.2 when the SOAP 1.2 envelope namespace is declared near the start of `request`
/// (where the Envelope's declarations are), else SOAP 1.1.
fn request_version(request: &[u8]) -> SoapVersion {
    let head = &request[..request.len().min(1024)];
    if memchr::memmem::find(head, crate::xml::SOAP12_ENV_NS.as_bytes()).is_some() {
        SoapVersion::Soap12
    } else {
        SoapVersion::Soap11
    }
}

/// The SOAP version of `request`'s Envelope, by the namespace its prefix is bound to on the
/// Envelope itself (a root element's prefix can be declared nowhere else). `None` when the
/// document has no root or its namespace is neither SOAP 1.1's nor SOAP 1.2's.
pub fn envelope_version(request: &[u8]) -> Option<SoapVersion> {
    let mut r = XmlReader::new(request, ReadOptions::default());
    let env = r.root().ok()?;
    let qname = env.qname();
    let declaration: &[u8] = match qname.iter().position(|&b| b == b':') {
        Some(colon) => &qname[..colon],
        None => b"xmlns",
    };
    match r.attribute(&env, declaration)?.trim() {
        crate::xml::SOAP_ENV_NS => Some(SoapVersion::Soap11),
        crate::xml::SOAP12_ENV_NS => Some(SoapVersion::Soap12),
        _ => None,
    }
}

/// The `VersionMismatch` reply when the request in `r` is in the other SOAP version than
/// operation `O` is served in.
fn check_version<O: Operation>(r: &XmlReader<'_>) -> Option<Reply> {
    let request = envelope_version(r.document())?;
    (request != O::SOAP_VERSION).then(|| Reply {
        operation: Some(O::NAME),
        ..Reply::fault(&version_mismatch(O::NAME, O::SOAP_VERSION, request))
    })
}

/// Decodes the parts of rpc operation `O` from `wrapper`, calls `handler`, and encodes the
/// outcome.
pub fn serve<'a, O: Operation>(
    r: &mut XmlReader<'a>,
    wrapper: &Elem<'a>,
    handler: impl FnOnce(O) -> Result<O::Response, Fault>,
) -> Reply {
    if let Some(mismatch) = check_version::<O>(r) {
        return mismatch;
    }
    respond(O::read_parts(r, wrapper), handler)
}

/// Decodes the parts of `O` as [`dispatch_body`] hands them over, calls `handler`, and encodes
/// the outcome. rpc: `first` is the wrapper, whose children are the parts. document: `first`
/// is the first part and the Body's remaining children are the others, as
/// [`crate::envelope::read_response`] reads a document-style response.
pub fn serve_body<'a, O: Operation>(
    r: &mut XmlReader<'a>,
    body: &Elem<'a>,
    first: Elem<'a>,
    handler: impl FnOnce(O) -> Result<O::Response, Fault>,
) -> Reply {
    if let Some(mismatch) = check_version::<O>(r) {
        return mismatch;
    }
    let request = match O::STYLE {
        Style::Rpc => O::read_parts(r, &first),
        Style::Document => read_document_parts::<O>(r, body, first),
    };
    respond(request, handler)
}

fn respond<O: Operation>(
    request: Result<O, DecodeError>,
    handler: impl FnOnce(O) -> Result<O::Response, Fault>,
) -> Reply {
    let fault = |f: &Fault| Reply { operation: Some(O::NAME), ..Reply::fault_version(f, O::SOAP_VERSION) };
    let request = match request {
        Ok(q) => q,
        Err(e) => return fault(&bad_request(&e)),
    };
    match handler(request) {
        Ok(resp) => match write_response::<O>(&resp) {
            Ok(body) => Reply { status: 200, body, operation: Some(O::NAME) },
            // Never invalid XML: a value the response cannot carry is the server's fault.
            Err(e) => fault(&unencodable_response(&e)),
        },
        Err(f) => fault(&f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_envelope_version_is_read_from_the_envelopes_own_declaration() {
        let v11 = br#"<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body/></s:Envelope>"#;
        assert_eq!(envelope_version(v11), Some(SoapVersion::Soap11));
        let v12 = br#"<Envelope xmlns="http://www.w3.org/2003/05/soap-envelope"><Body/></Envelope>"#;
        assert_eq!(envelope_version(v12), Some(SoapVersion::Soap12));
        // The other version's namespace declared on the Envelope for another prefix, or
        // mentioned in the Body, does not count.
        let other = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:e="http://www.w3.org/2003/05/soap-envelope"><s:Body><x>http://www.w3.org/2003/05/soap-envelope</x></s:Body></s:Envelope>"#;
        assert_eq!(envelope_version(other), Some(SoapVersion::Soap11));
        // No namespace, an unknown one, or no document: unknown.
        assert_eq!(envelope_version(b"<Envelope><Body/></Envelope>"), None);
        assert_eq!(envelope_version(br#"<e:Envelope xmlns:e="urn:x"/>"#), None);
        assert_eq!(envelope_version(b""), None);
    }

    #[test]
    fn a_version_mismatch_names_both_versions() {
        let f = version_mismatch("Add", SoapVersion::Soap12, SoapVersion::Soap11);
        assert_eq!(f.code, "SOAP-ENV:VersionMismatch");
        assert_eq!(f.string, "The operation Add is served over SOAP 1.2; the request is a SOAP 1.1 envelope.");
        let reply = Reply::fault(&f);
        assert_eq!((reply.status, reply.content_type()), (500, "text/xml; charset=utf-8"));
    }
}
