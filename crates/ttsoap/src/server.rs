//! Server-side helpers used by generated `dispatch` functions: decode a request, call the
//! handler, and encode its response or fault (HTTP 500, as SOAP 1.1 requires for faults).

use crate::envelope::{first_in_body, open_body, write_fault, write_response};
use crate::error::{DecodeError, Fault};
use crate::operation::Operation;
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
}

/// The fault for an operation the service does not implement.
pub fn not_implemented(operation: &str) -> Fault {
    Fault::server(format!("The operation {operation} is not implemented by this server."), NOT_IMPLEMENTED_DETAIL)
}

/// The fault for a request that could not be decoded, in gSOAP's words.
pub fn bad_request(e: &DecodeError) -> Fault {
    Fault::new("SOAP-ENV:Client", format!("Validation constraint violation: {e}"), None)
}

/// Opens the request envelope and hands the body's first element to `route`, which returns
/// `None` for an operation it does not know.
pub fn dispatch<'a, F>(request: &'a [u8], opts: ReadOptions, route: F) -> Reply
where
    F: FnOnce(&[u8], &mut XmlReader<'a>, &Elem<'a>) -> Option<Reply>,
{
    let (mut r, body) = match open_body(request, opts) {
        Ok(x) => x,
        Err(e) => return Reply::fault(&bad_request(&e)),
    };
    let wrapper = match first_in_body(&mut r, &body) {
        Ok(Some(w)) => w,
        Ok(None) => return Reply::fault(&Fault::client("The SOAP Body is empty.")),
        Err(e) => return Reply::fault(&bad_request(&e)),
    };
    let name = wrapper.local_name().to_vec();
    match route(&name, &mut r, &wrapper) {
        Some(reply) => reply,
        None => Reply::fault(&Fault::client(format!(
            "Method '{}' not implemented: method name or namespace not recognized",
            String::from_utf8_lossy(&name)
        ))),
    }
}

/// Decodes the parts of `O` from `wrapper`, calls `handler`, and encodes the outcome.
pub fn serve<'a, O: Operation>(
    r: &mut XmlReader<'a>,
    wrapper: &Elem<'a>,
    handler: impl FnOnce(O) -> Result<O::Response, Fault>,
) -> Reply {
    let request = match O::read_parts(r, wrapper) {
        Ok(q) => q,
        Err(e) => return Reply { operation: Some(O::NAME), ..Reply::fault(&bad_request(&e)) },
    };
    match handler(request) {
        Ok(resp) => Reply { status: 200, body: write_response::<O>(&resp), operation: Some(O::NAME) },
        Err(f) => Reply { operation: Some(O::NAME), ..Reply::fault(&f) },
    }
}
