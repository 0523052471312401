//! What a generated operation tells the runtime: its names, SOAPAction and style
//! ([`Operation`]), and how its parts are written and read ([`Message`]).

use crate::error::DecodeError;
use crate::xml::{Elem, XmlReader, XmlWriter};

/// The binding style of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// rpc: the body holds a wrapper element named after the operation, with one child per part.
    Rpc,
    /// document: the body holds the parts themselves.
    Document,
}

/// The parts of one request or response message. Implemented by generated code.
pub trait Message: Sized + Default {
    /// The parts the WSDL message declares, by local name, each with whether it must be
    /// present (`false` only for parts that may be absent, such as repeated elements). A
    /// response missing a required part is refused even in lenient mode: gSOAP and the other
    /// real servers always write every part of a response, so a missing one means the answer
    /// is not what it claims to be. Empty for hand-written messages that declare nothing.
    const PARTS: &'static [(&'static [u8], bool)] = &[];

    /// Writes every part as a child element (the caller writes the wrapper).
    fn write_parts(&self, w: &mut XmlWriter);

    /// Reads one child element of the wrapper into the matching part; an unknown element goes
    /// to [`XmlReader::unknown`].
    fn read_part<'a>(&mut self, r: &mut XmlReader<'a>, child: Elem<'a>) -> Result<(), DecodeError>;

    /// Reads the parts from the children of `wrapper` (the rpc wrapper, or the Body element
    /// for document style), consuming its end tag.
    fn read_parts<'a>(r: &mut XmlReader<'a>, wrapper: &Elem<'a>) -> Result<Self, DecodeError> {
        let mut m = Self::default();
        while let Some(child) = r.next_child(wrapper)? {
            m.read_part(r, child)?;
        }
        Ok(m)
    }
}

/// A request message that names its operation. Implemented by generated code.
pub trait Operation: Message {
    /// The operation name as declared (`getDefect`, `ProjectLogon`).
    const NAME: &'static str;
    /// The namespace of the rpc wrapper elements (`urn:testtrack-interface`).
    const NAMESPACE: &'static str;
    /// The SOAPAction the binding declares (may be empty).
    const SOAP_ACTION: &'static str;
    /// The response wrapper's local name (`getDefectResponse`).
    const RESPONSE_NAME: &'static str;
    /// rpc or document.
    const STYLE: Style;
    /// True for `use="encoded"` (SOAP-ENC encodingStyle is declared). False for
    /// `use="literal"`: the messages are written without `xsi:type` or `SOAP-ENC:arrayType`
    /// (see [`XmlWriter::set_literal`]).
    const ENCODED: bool;
    /// Prefixes used in the `xsi:type` values and qualified element names this operation
    /// writes, with their namespaces.
    const NAMESPACES: &'static [(&'static str, &'static str)];
    /// The SOAP version of the operation's binding (SOAP 1.1 unless the binding is
    /// `soap12:binding`).
    const SOAP_VERSION: SoapVersion = SoapVersion::Soap11;
    /// The response message.
    type Response: Message;
}

/// The SOAP version of a binding: the envelope namespace, the HTTP content type and where the
/// SOAP action goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SoapVersion {
    /// SOAP 1.1: `text/xml` with a `SOAPAction` header.
    #[default]
    Soap11,
    /// SOAP 1.2: `application/soap+xml` with an `action` parameter.
    Soap12,
}

impl SoapVersion {
    /// The envelope namespace.
    pub const fn envelope_namespace(self) -> &'static str {
        match self {
            SoapVersion::Soap11 => crate::xml::SOAP_ENV_NS,
            SoapVersion::Soap12 => crate::xml::SOAP12_ENV_NS,
        }
    }

    /// The `encodingStyle` of encoded messages.
    pub const fn encoding_namespace(self) -> &'static str {
        match self {
            SoapVersion::Soap11 => crate::xml::SOAP_ENC_NS,
            SoapVersion::Soap12 => crate::xml::SOAP12_ENC_NS,
        }
    }

    /// The `Content-Type` of a message (SOAP 1.2 carries the action in it, when not empty).
    pub fn content_type(self, action: &str) -> String {
        match self {
            SoapVersion::Soap11 => "text/xml; charset=utf-8".to_string(),
            SoapVersion::Soap12 if action.is_empty() => "application/soap+xml; charset=utf-8".to_string(),
            SoapVersion::Soap12 => format!("application/soap+xml; charset=utf-8; action=\"{action}\""),
        }
    }
}

/// An operation whose first part is the session cookie, so a session can fill it in.
pub trait CookieOperation: Operation {
    /// Sets the cookie part.
    fn set_cookie(&mut self, cookie: crate::values::Cookie);
    /// True when the operation only reads (get/list/...), so it is safe to repeat after
    /// logging on again.
    const READ_ONLY: bool;
}

/// A request passed to `Client::call` or `Session::call`: the operation itself, or a
/// reference to it (cloned when the session has to fill in its cookie). Both calls take
/// their argument the same way: `call(op)` or `call(&op)`.
pub trait Request<O> {
    /// The operation, borrowed.
    fn as_op(&self) -> &O;
    /// The operation, owned.
    fn into_op(self) -> O;
}

impl<O: Operation> Request<O> for O {
    fn as_op(&self) -> &O {
        self
    }
    fn into_op(self) -> O {
        self
    }
}

impl<O: Operation + Clone> Request<O> for &O {
    fn as_op(&self) -> &O {
        self
    }
    fn into_op(self) -> O {
        self.clone()
    }
}

/// Visits every operation of a generated binding (`ops::for_each_operation`), so generic code
/// (tests, tools, fuzzers) can work on all of them without naming each.
pub trait OperationVisitor {
    /// Called once per operation.
    fn visit<O: Operation + std::fmt::Debug + PartialEq + Clone + 'static>(&mut self)
    where
        O::Response: std::fmt::Debug + PartialEq + Clone + 'static;
}
