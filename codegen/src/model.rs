//! The model: a plain description of what a WSDL declares, with no XML left in it.
//!
//! The loader builds it, the emitter reads it, and `ttsoap-codegen ir FILE.wsdl` prints it as
//! JSON. Every list is kept in a stable order (document order for operations, parts and
//! fields; sorted by namespace and name for types and elements) so two dumps can be diffed.

use serde::Serialize;

/// Namespace of XML Schema (built-in types live here).
pub const XSD_NS: &str = "http://www.w3.org/2001/XMLSchema";
/// Namespace of SOAP 1.1 encoding (`SOAP-ENC:Array`, `SOAP-ENC:string`, ...).
pub const SOAP_ENC_NS: &str = "http://schemas.xmlsoap.org/soap/encoding/";
/// Namespace of SOAP 1.2 encoding (`enc:itemType`, `enc:arraySize`). The loader reads names
/// in it as the SOAP 1.1 encoding names they correspond to (`enc:Array` is `SOAP-ENC:Array`).
pub const SOAP12_ENC_NS: &str = "http://www.w3.org/2003/05/soap-encoding";

/// A namespace-qualified name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct QName {
    /// Namespace URI ("" for none).
    pub namespace: String,
    /// Local name.
    pub name: String,
}

impl QName {
    /// A qualified name.
    pub fn new(namespace: impl Into<String>, name: impl Into<String>) -> Self {
        QName { namespace: namespace.into(), name: name.into() }
    }

    /// An XML Schema built-in (`xsd:long` is `QName::xsd("long")`).
    pub fn xsd(name: &str) -> Self {
        QName::new(XSD_NS, name)
    }

    /// True for XML Schema built-ins and the SOAP-ENC simple types that mirror them.
    pub fn is_builtin(&self) -> bool {
        self.namespace == XSD_NS || (self.namespace == SOAP_ENC_NS && self.name != "Array" && self.name != "Struct")
    }
}

impl std::fmt::Display for QName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{{{}}}{}", self.namespace, self.name)
    }
}

/// Everything the WSDL declares.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Model {
    /// `definitions/@name`, if any.
    pub name: Option<String>,
    /// `definitions/@targetNamespace`.
    pub target_namespace: String,
    /// The prefix to write for each namespace used in `xsi:type` values and qualified element
    /// names, sorted by namespace.
    /// Taken from the WSDL's own declarations (the prefix it uses for its portType is preferred).
    pub prefixes: Vec<Prefix>,
    /// Services with their ports, in document order.
    pub services: Vec<Service>,
    /// SOAP bindings, in document order.
    pub bindings: Vec<Binding>,
    /// Named types from every schema, sorted by (namespace, name).
    pub types: Vec<TypeDef>,
    /// Global elements (used by document/literal parts), sorted by (namespace, name).
    pub elements: Vec<ElementDef>,
    /// What the loader met but could not model fully (the CLI prints them, [`crate::Builder`]
    /// passes them to cargo as `cargo:warning` lines). Not part of the JSON dump.
    #[serde(skip)]
    pub warnings: Vec<Warning>,
}

/// A construct the generator reads only in part (or not at all), with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// The file it is in.
    pub path: std::path::PathBuf,
    /// Its line, when known.
    pub line: Option<u64>,
    /// The construct (`xsd:anyAttribute in complexType Note`).
    pub construct: String,
    /// What happens to it.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}: {}", self.construct, self.message)
    }
}

/// A namespace and the prefix chosen for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prefix {
    /// The prefix (`ttns`).
    pub prefix: String,
    /// The namespace URI.
    pub namespace: String,
}

/// A `wsdl:service`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Service {
    /// Service name.
    pub name: String,
    /// Documentation text, if any.
    pub documentation: Option<String>,
    /// Its ports.
    pub ports: Vec<Port>,
}

/// A `wsdl:port`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Port {
    /// Port name.
    pub name: String,
    /// The binding it uses.
    pub binding: QName,
    /// `soap:address/@location` (or soap12), if given.
    pub address: Option<String>,
}

/// SOAP version of a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SoapVersion {
    /// SOAP 1.1 (`http://schemas.xmlsoap.org/wsdl/soap/`).
    Soap11,
    /// SOAP 1.2 (`http://schemas.xmlsoap.org/wsdl/soap12/`).
    Soap12,
}

/// Binding style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Style {
    /// rpc: a wrapper element named after the operation.
    Rpc,
    /// document: the parts are the body's children.
    Document,
}

/// `use` of a message body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Use {
    /// SOAP section 5 encoding (`xsi:type`, SOAP-ENC arrays).
    Encoded,
    /// Literal schema-defined XML.
    Literal,
}

/// A `wsdl:binding` with a SOAP extension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Binding {
    /// Binding name.
    pub name: QName,
    /// The portType it binds.
    pub port_type: QName,
    /// SOAP 1.1 or 1.2.
    pub soap_version: SoapVersion,
    /// The binding's default style.
    pub style: Style,
    /// HTTP transport URI, if declared.
    pub transport: Option<String>,
    /// Operations in portType order.
    pub operations: Vec<Operation>,
}

/// One operation as bound.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Operation {
    /// Operation name as declared (case kept: `ProjectLogon`, `getDefect`).
    pub name: String,
    /// portType documentation, if any.
    pub documentation: Option<String>,
    /// The `soapAction` attribute ("" when declared empty or absent).
    pub soap_action: String,
    /// Style after applying the binding default.
    pub style: Style,
    /// The input message.
    pub input: Body,
    /// The output message (absent for one-way operations).
    pub output: Option<Body>,
    /// Declared faults (names only; their messages are in `fault_parts`).
    pub faults: Vec<String>,
}

/// A bound input or output message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Body {
    /// The `wsdl:message` name.
    pub message: QName,
    /// encoded or literal.
    #[serde(rename = "use")]
    pub use_: Use,
    /// `soap:body/@namespace` (the rpc wrapper's namespace), if given.
    pub namespace: Option<String>,
    /// Parts in message order (filtered by `soap:body/@parts` when given).
    pub parts: Vec<Part>,
    /// `soap:header` elements of the bound input or output, in document order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<Header>,
}

/// A `soap:header`: one part of a message, written as a child of `SOAP-ENV:Header`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Header {
    /// The message the part belongs to (often not the operation's own message).
    pub message: QName,
    /// The part.
    pub part: Part,
    /// encoded or literal.
    #[serde(rename = "use")]
    pub use_: Use,
    /// `soap:header/@namespace`, if given.
    pub namespace: Option<String>,
    /// `wsdl:required="true"` on the `soap:header`: the header is written with
    /// `SOAP-ENV:mustUnderstand="1"`.
    pub required: bool,
}

/// A message part.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    /// Part name (`cookie`, `pDefect`).
    pub name: String,
    /// What the part refers to.
    pub kind: PartKind,
}

/// A part refers to a type (rpc) or a global element (document).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum PartKind {
    /// `type="..."`.
    Type(QName),
    /// `element="..."`.
    Element(QName),
}

/// A named (or named-after-its-element) type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeDef {
    /// Its name. Anonymous types get a name built from where they appear.
    pub name: QName,
    /// `annotation/documentation`, if any.
    pub documentation: Option<String>,
    /// What kind of type it is.
    pub kind: TypeKind,
}

/// Kinds of type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum TypeKind {
    /// A complex type with child elements (possibly extending a base).
    Struct(StructType),
    /// A SOAP-ENC array (`restriction base="SOAP-ENC:Array"`), or a literal wrapper whose only
    /// child repeats.
    Array(ArrayType),
    /// A simple type restricted to an enumeration.
    Enum(EnumType),
    /// Any other simple type: a restriction, list or union, mapped to its base.
    Simple(SimpleType),
}

/// How the children of a struct are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Compositor {
    /// `xsd:sequence` (or no compositor).
    Sequence,
    /// `xsd:all`.
    All,
    /// `xsd:choice`: each field is optional.
    Choice,
}

/// A struct type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StructType {
    /// `complexContent/extension/@base`, if any.
    pub base: Option<QName>,
    /// `abstract="true"`.
    pub is_abstract: bool,
    /// The compositor of the type's own fields.
    pub compositor: Compositor,
    /// The type's own fields (not the base's), in document order.
    pub fields: Vec<Field>,
    /// Attributes other than SOAP-ENC ones (`attributeGroup` references expanded), in document
    /// order.
    pub attributes: Vec<Attribute>,
    /// For `simpleContent` with attributes: the simple type of the element's text (the struct
    /// then has no fields, its text is its `value`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub simple_content: Option<QName>,
}

/// A struct field (a child element).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    /// The element name as written on the wire (`m-pFileData`).
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub type_: QName,
    /// `minOccurs` (default 1; 0 inside a choice).
    pub min_occurs: u32,
    /// `maxOccurs`; `None` for unbounded.
    pub max_occurs: Option<u32>,
    /// `nillable="true"`.
    pub nillable: bool,
    /// True when the element's name is namespace-qualified in literal XML: a reference to a
    /// global element, an element with `form="qualified"`, or a local element of a schema with
    /// `elementFormDefault="qualified"` (and no `form="unqualified"`). SOAP-encoded messages
    /// write every field unqualified whatever this says.
    pub qualified: bool,
    /// The namespace of a qualified element: the declaring schema's target namespace, or the
    /// referenced element's namespace ("" when not qualified, or qualified in no namespace).
    pub namespace: String,
    /// Documentation, if any.
    pub documentation: Option<String>,
    /// An `xsd:any` wildcard: it holds every child element no other field matches, kept as
    /// raw XML.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub wildcard: bool,
    /// For a reference to the head of a substitution group: the members' element names,
    /// accepted in its place (sorted).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub substitutes: Vec<String>,
}

/// A struct attribute.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribute {
    /// Attribute name.
    pub name: String,
    /// The namespace of a qualified attribute (a reference to a global one), else "".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// Its simple type.
    #[serde(rename = "type")]
    pub type_: QName,
    /// `use="required"`.
    pub required: bool,
}

/// A SOAP-ENC array.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArrayType {
    /// The item type (from `wsdl:arrayType="ttns:X[]"` or the `item` element's type).
    pub item: QName,
    /// The item element name (`item` for SOAP-ENC arrays).
    pub item_name: String,
    /// True for a SOAP-ENC array; false for a literal wrapper of a repeated element.
    pub soap_encoded: bool,
}

/// An enumeration.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnumType {
    /// The restricted base (`xsd:string`).
    pub base: QName,
    /// The allowed values in document order.
    pub values: Vec<String>,
}

/// A simple type that is not an enumeration.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimpleType {
    /// The built-in (or other simple type) it restricts; lists and unions map to `xsd:string`.
    pub base: QName,
}

/// A global element.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ElementDef {
    /// Element name.
    pub name: QName,
    /// Its type (anonymous types are named after the element).
    #[serde(rename = "type")]
    pub type_: QName,
    /// `nillable="true"`.
    pub nillable: bool,
    /// `substitutionGroup`: the head element this one may stand in for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub substitution_group: Option<QName>,
}

impl Model {
    /// The type named `q`, if declared.
    pub fn type_def(&self, q: &QName) -> Option<&TypeDef> {
        self.types.binary_search_by(|t| t.name.cmp(q)).ok().map(|i| &self.types[i])
    }

    /// The global element named `q`, if declared.
    pub fn element(&self, q: &QName) -> Option<&ElementDef> {
        self.elements.binary_search_by(|e| e.name.cmp(q)).ok().map(|i| &self.elements[i])
    }

    /// The binding the generator uses: the first SOAP 1.1 binding referenced by a service
    /// port, else the first SOAP 1.1 binding, else the first binding.
    pub fn primary_binding(&self) -> Option<&Binding> {
        let by_port = self
            .services
            .iter()
            .flat_map(|s| &s.ports)
            .filter_map(|p| self.bindings.iter().find(|b| b.name == p.binding))
            .find(|b| b.soap_version == SoapVersion::Soap11);
        by_port
            .or_else(|| self.bindings.iter().find(|b| b.soap_version == SoapVersion::Soap11))
            .or_else(|| self.bindings.first())
    }

    /// The address of the first port using `binding`, if any.
    pub fn address_of(&self, binding: &QName) -> Option<&str> {
        self.services.iter().flat_map(|s| &s.ports).find(|p| &p.binding == binding).and_then(|p| p.address.as_deref())
    }

    /// The chosen prefix for `namespace`.
    pub fn prefix_of(&self, namespace: &str) -> Option<&str> {
        self.prefixes.iter().find(|p| p.namespace == namespace).map(|p| p.prefix.as_str())
    }

    /// As pretty JSON (the `ir` command's output).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
