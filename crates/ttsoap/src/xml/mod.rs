//! XML plumbing shared by the encoder and the decoder: a small append-only writer and a
//! one-pass pull reader over a borrowed byte slice (no DOM).

mod elem;
mod escape;
mod options;
mod reader;
mod refs;
mod scan;
mod writer;

pub use escape::{escape_into, escape_text_into, find_forbidden, replace_forbidden, unescape_text, ForbiddenChar};
pub use reader::{Elem, ReadOptions, TypeName, XmlReader};
pub use writer::{WriteOptions, XmlWriter};

/// Namespace of XML Schema instance attributes (`xsi:type`, `xsi:nil`).
pub const XSI_NS: &str = "http://www.w3.org/2001/XMLSchema-instance";
/// Namespace of XML Schema built-in types (`xsd:long`, ...).
pub const XSD_NS: &str = "http://www.w3.org/2001/XMLSchema";
/// SOAP 1.1 envelope namespace.
pub const SOAP_ENV_NS: &str = "http://schemas.xmlsoap.org/soap/envelope/";
/// The SOAP 1.2 envelope namespace.
pub const SOAP12_ENV_NS: &str = "http://www.w3.org/2003/05/soap-envelope";
/// The SOAP 1.2 encoding namespace (the `encodingStyle` of SOAP 1.2 rpc/encoded messages).
pub const SOAP12_ENC_NS: &str = "http://www.w3.org/2003/05/soap-encoding";
/// SOAP 1.1 encoding namespace (`SOAP-ENC:Array`, `SOAP-ENC:arrayType`).
pub const SOAP_ENC_NS: &str = "http://schemas.xmlsoap.org/soap/encoding/";
