//! The request and response examples of a case (`tests/cases/<case>/request.xml` and
//! `response.xml`), checked against the case's generated operation: each decodes (strictly)
//! and encodes back to the same bytes. With `UPDATE_GOLDEN=1` they are rewritten: from what
//! they decode to, or from the operation's default values when they are missing or no longer
//! decode.

use std::fmt::Debug;
use std::path::PathBuf;

use ttsoap::envelope::{first_in_body, open_body, read_response, write_request, write_response};
use ttsoap::xml::ReadOptions;
use ttsoap::{DecodeError, Operation, Style};

fn dir(case: &str) -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases").join(case)
}

fn updating() -> bool {
    std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1")
}

/// Decodes a request envelope the way a server does.
pub fn read_request<O: Operation>(doc: &[u8]) -> Result<O, DecodeError> {
    let (mut r, body) = open_body(doc, ReadOptions::strict())?;
    match O::STYLE {
        Style::Rpc => {
            let wrapper = first_in_body(&mut r, &body)?.expect("an rpc wrapper in the Body");
            assert_eq!(wrapper.name_lossy(), O::NAME, "the rpc wrapper is named after the operation");
            O::read_parts(&mut r, &wrapper)
        }
        Style::Document => O::read_parts(&mut r, &body),
    }
}

/// Checks (or, updating, rewrites) one example file: `decode` then `encode` must give the
/// file's bytes back.
fn example<T: Debug + PartialEq + Default>(
    case: &str,
    file: &str,
    decode: impl Fn(&[u8]) -> Result<T, DecodeError>,
    encode: impl Fn(&T) -> Vec<u8>,
) {
    let path = dir(case).join(file);
    let text = std::fs::read(&path);
    if updating() {
        let value = text.ok().and_then(|t| decode(&t).ok()).unwrap_or_default();
        let bytes = encode(&value);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            println!("updated {}", path.display());
        }
        if let Err(e) = decode(&bytes) {
            panic!("{}: the default value does not decode ({e}): write a valid example by hand", path.display());
        }
        return;
    }
    let text = text.unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1)", path.display()));
    let value = decode(&text).unwrap_or_else(|e| panic!("{}: does not decode: {e}", path.display()));
    let again = encode(&value);
    assert_eq!(
        String::from_utf8_lossy(&again),
        String::from_utf8_lossy(&text),
        "{}: decoding and encoding again gives other bytes (UPDATE_GOLDEN=1 rewrites it)",
        path.display()
    );
    // The second round gives the same value: nothing is lost on the way.
    assert_eq!(decode(&again).expect("decodes again"), value, "{}", path.display());
}

/// Checks `request.xml` and `response.xml` of `case` against operation `O`.
pub fn check<O: Operation + Debug + PartialEq>(case: &str)
where
    O::Response: Debug + PartialEq,
{
    example::<O>(case, "request.xml", read_request::<O>, |op| write_request(op).expect("encodes"));
    example::<O::Response>(
        case,
        "response.xml",
        |doc| read_response(doc, O::STYLE, O::RESPONSE_NAME, ReadOptions::strict()).map_err(decode_error),
        |resp| write_response::<O>(resp).expect("encodes"),
    );
}

fn decode_error(e: ttsoap::Error) -> DecodeError {
    match e {
        ttsoap::Error::Decode(d) => d,
        other => panic!("not a decoding error: {other}"),
    }
}
