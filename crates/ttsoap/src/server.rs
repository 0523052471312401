//! Server-side helpers used by generated `dispatch` functions: decode a request, call the
//! handler, and encode its response or fault (HTTP 500, as SOAP 1.1 requires for faults).
//!
//! A request is routed by the local name of the first element in its Body: for an rpc
//! operation that is the wrapper named after the operation, whose children are the parts
//! ([`dispatch`] and [`serve`]); for a document operation it is the first part itself, so
//! the parts are that element and the Body children after it ([`dispatch_body`] and
//! [`serve_body`], which handle both styles).

use crate::envelope::{
    first_in_body, open_body, read_document_parts, write_fault, write_fault_version, write_response,
};
use crate::error::{DecodeError, EncodeError, Fault};
use crate::operation::{Operation, SoapVersion, Style};
use crate::xml::{Elem, ReadOptions, XmlReader};

/// Detail code of the fault answered for an operation a service does not implement.
pub const NOT_IMPLEMENTED_DETAIL: i64 = 9001;

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

/// The fault for an operation the service does not implement.
pub fn not_implemented(operation: &str) -> Fault {
    Fault::server(format!("The operation {operation} is not implemented by this server."), NOT_IMPLEMENTED_DETAIL)
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
    let version = request_version(request);
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

/// Decodes the parts of rpc operation `O` from `wrapper`, calls `handler`, and encodes the
/// outcome.
pub fn serve<'a, O: Operation>(
    r: &mut XmlReader<'a>,
    wrapper: &Elem<'a>,
    handler: impl FnOnce(O) -> Result<O::Response, Fault>,
) -> Reply {
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
