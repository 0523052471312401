//! The SOAP-encoding contract between generated code and the runtime: [`Encode`] and
//! [`Decode`], implemented here for every XSD simple type and for `Option`/`Vec`, and by
//! generated code for structs, polymorphic enums and messages.
//!
//! | XSD | Rust |
//! |---|---|
//! | long, int, short, byte | `i64`, `i32`, `i16`, `i8` |
//! | unsignedLong/Int/Short/Byte | `u64`, `u32`, `u16`, `u8` |
//! | integer and its other derivations | `i64` |
//! | boolean | `bool` (reads `true/false/1/0`) |
//! | double, float | `f64`, `f32` |
//! | decimal | [`Decimal`] |
//! | string and string-like types | `String` |
//! | date, dateTime | [`Date`], [`DateTime`] |
//! | base64Binary | [`Bytes`] |
//! | anyType | [`RawXml`] |

use crate::error::DecodeError;
use crate::values::{Bytes, Cookie, Date, DateTime, Decimal, Password, RawXml};
use crate::xml::{Elem, XmlReader, XmlWriter};
use base64::Engine as _;

/// The declared type of a value, as written in `xsi:type`, with the item type for arrays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeInfo {
    /// The qualified name written in `xsi:type` (`xsd:long`, `ttns:ArrayOfCField`).
    pub name: &'static str,
    /// For SOAP-ENC arrays, the item type (its name goes in `SOAP-ENC:arrayType`).
    pub item: Option<&'static TypeInfo>,
}

impl TypeInfo {
    /// A simple or struct type.
    pub const fn named(name: &'static str) -> Self {
        TypeInfo { name, item: None }
    }

    /// A SOAP-ENC array type with its item type.
    pub const fn array(name: &'static str, item: &'static TypeInfo) -> Self {
        TypeInfo { name, item: Some(item) }
    }
}

/// Declared types of the XSD built-ins, for generated code.
pub mod xsd {
    use super::TypeInfo;
    macro_rules! xsd_types {
        ($($c:ident = $n:literal),* $(,)?) => {
            $(#[doc = concat!("`", $n, "`")] pub const $c: TypeInfo = TypeInfo::named($n);)*
        };
    }
    xsd_types!(
        STRING = "xsd:string",
        LONG = "xsd:long",
        INT = "xsd:int",
        SHORT = "xsd:short",
        BYTE = "xsd:byte",
        BOOLEAN = "xsd:boolean",
        DOUBLE = "xsd:double",
        FLOAT = "xsd:float",
        DECIMAL = "xsd:decimal",
        DATE = "xsd:date",
        DATE_TIME = "xsd:dateTime",
        BASE64_BINARY = "xsd:base64Binary",
        ANY_TYPE = "xsd:anyType",
        INTEGER = "xsd:integer",
        UNSIGNED_LONG = "xsd:unsignedLong",
        UNSIGNED_INT = "xsd:unsignedInt",
        UNSIGNED_SHORT = "xsd:unsignedShort",
        UNSIGNED_BYTE = "xsd:unsignedByte",
    );
}

/// Writes a value as an element.
pub trait Encode {
    /// Writes `<name xsi:type="...">…</name>`. `ty` is the declared type: simple values and
    /// arrays write it; structs and polymorphic values write their own concrete type. Type
    /// annotations go through [`XmlWriter::type_attr`], so a writer in literal mode leaves
    /// them out. `name` is written as given (`tns:intA` for a qualified element).
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter);
}

/// Reads a value from an element.
pub trait Decode: Sized {
    /// Decodes the content of `el` (whose start tag has been read) and consumes its end tag.
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError>;

    /// The value for an element marked `xsi:nil="true"`. Only optional values and arrays
    /// accept it; for others it is an error naming the element.
    fn nil(r: &XmlReader<'_>, el: &Elem<'_>) -> Result<Self, DecodeError> {
        Err(r.invalid(el, "xsi:nil on a value that cannot be nil"))
    }
}

/// The value of `xsi:nil` on a value its schema does not let be nil: the type's default in
/// lenient mode (PHP ext/soap writes a nil `return` for a required boolean, a nil integer
/// where one is declared), an error in strict mode.
pub fn nil_as_default<T: Default>(r: &XmlReader<'_>, el: &Elem<'_>) -> Result<T, DecodeError> {
    if r.is_strict() {
        return Err(r.invalid(el, "xsi:nil on a value that cannot be nil"));
    }
    log::debug!("xsi:nil on the required value {} taken as its default", r.path_of(el));
    Ok(T::default())
}

/// Writes a required-but-nillable value: `None` becomes `<name xsi:nil="true"/>`.
pub fn encode_nillable<T: Encode>(v: &Option<T>, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
    match v {
        Some(v) => v.encode(name, ty, w),
        None => {
            w.start(name);
            w.attr("xsi:nil", "true");
            w.end(name);
        }
    }
}

/// Writes `v` as element `name` and adds the attributes given as `Some` to its start tag: a
/// generated type with simple content and attributes (`<price currency="EUR">9.50</price>`).
pub fn encode_with_attributes<T: Encode + ?Sized>(
    v: &T,
    name: &str,
    ty: &TypeInfo,
    attrs: &[(&str, Option<&str>)],
    w: &mut XmlWriter,
) {
    let at = w.len();
    v.encode(name, ty, w);
    let given: Vec<(&str, &str)> = attrs.iter().filter_map(|(n, v)| v.map(|v| (*n, v))).collect();
    if !given.is_empty() {
        w.insert_attrs(at, &given);
    }
}

/// Writes the start of a struct element with its concrete type (`xsi:type`, not written in
/// literal mode); generated code writes the fields and calls `w.end(name)`.
#[inline]
pub fn start_struct(name: &str, qname: &str, w: &mut XmlWriter) {
    w.start(name);
    w.type_attr(qname);
}

/// Like [`start_struct`], for a struct in a polymorphic family (a type with a base or with
/// subtypes): in literal mode, where values are otherwise untyped, `xsi:type` is still written
/// when the concrete type `qname` is not the declared type `ty`, as XML Schema requires for a
/// derived type in place of its base.
#[inline]
pub fn start_derived(name: &str, qname: &str, ty: &TypeInfo, w: &mut XmlWriter) {
    w.start(name);
    if !w.is_literal() || ty.name != qname {
        w.attr("xsi:type", qname);
    }
}

impl<T: Encode> Encode for Option<T> {
    #[inline]
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        if let Some(v) = self {
            v.encode(name, ty, w);
        }
    }
}

impl<T: Decode> Decode for Option<T> {
    #[inline]
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        T::decode(r, el).map(Some)
    }
    fn nil(_: &XmlReader<'_>, _: &Elem<'_>) -> Result<Self, DecodeError> {
        Ok(None)
    }
}

impl<T: Encode> Encode for Box<T> {
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        (**self).encode(name, ty, w)
    }
}

impl<T: Decode> Decode for Box<T> {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        T::decode(r, el).map(Box::new)
    }
    fn nil(r: &XmlReader<'_>, el: &Elem<'_>) -> Result<Self, DecodeError> {
        T::nil(r, el).map(Box::new)
    }
}

/// SOAP-ENC arrays: `<name xsi:type="ttns:ArrayOfX" SOAP-ENC:arrayType="ttns:X[n]">` with one
/// `<item>` per element (in literal mode, the same elements without the type annotations).
impl<T: Encode> Encode for Vec<T> {
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        static ANY: TypeInfo = xsd::ANY_TYPE;
        let item = ty.item.unwrap_or(&ANY);
        w.start(name);
        w.type_attr(ty.name);
        w.array_type_attr(item.name, self.len());
        for v in self {
            v.encode("item", item, w);
        }
        w.end(name);
    }
}

impl<T: Decode + Default> Decode for Vec<T> {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        let mut out = Vec::with_capacity(r.array_capacity(&el, std::mem::size_of::<T>()));
        while let Some(child) = r.next_child(&el)? {
            match r.array_position(&child) {
                Some(pos) if pos >= out.len() && pos < out.len() + 1_000_000 => {
                    out.resize_with(pos, T::default);
                    out.push(r.decode(child)?);
                }
                Some(pos) if pos < out.len() => out[pos] = r.decode(child)?,
                _ => out.push(r.decode(child)?),
            }
        }
        Ok(out)
    }
    fn nil(_: &XmlReader<'_>, _: &Elem<'_>) -> Result<Self, DecodeError> {
        Ok(Vec::new())
    }
}

/// `xsi:type` names accepted for each kind of simple value in strict mode.
const INTEGER_TYPES: &[&str] = &[
    "long",
    "int",
    "short",
    "byte",
    "integer",
    "unsignedLong",
    "unsignedInt",
    "unsignedShort",
    "unsignedByte",
    "nonNegativeInteger",
    "positiveInteger",
    "nonPositiveInteger",
    "negativeInteger",
];
const FLOAT_TYPES: &[&str] =
    &["double", "float", "decimal", "long", "int", "short", "byte", "integer", "unsignedInt", "unsignedShort"];
const STRING_TYPES: &[&str] = &[
    "string",
    "normalizedString",
    "token",
    "anyURI",
    "QName",
    "NCName",
    "Name",
    "language",
    "NMTOKEN",
    "ID",
    "IDREF",
    "ENTITY",
    "anySimpleType",
    "time",
    "duration",
    "hexBinary",
    "gYear",
    "gYearMonth",
    "gMonth",
    "gMonthDay",
    "gDay",
];

macro_rules! int_impl {
    ($($t:ty => $xsd:literal),* $(,)?) => {$(
        impl Encode for $t {
            #[inline]
            fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
                w.start(name);
                w.type_attr(ty.name);
                w.raw(&self.to_string());
                w.end(name);
            }
        }
        impl Decode for $t {
            #[inline]
            fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
                r.check_type(&el, INTEGER_TYPES)?;
                let text = r.read_text(&el)?;
                let t = crate::values::trim(&text);
                let t = t.strip_prefix('+').unwrap_or(t);
                t.parse::<$t>().map_err(|e| {
                    let why = match e.kind() {
                        std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow =>
                            concat!("out of range for ", $xsd),
                        std::num::IntErrorKind::Empty => concat!("empty where ", $xsd, " was expected"),
                        _ => concat!("not a valid ", $xsd),
                    };
                    r.invalid(&el, format!("{why}: {}", shown(&el, t)))
                })
            }
            fn nil(r: &XmlReader<'_>, el: &Elem<'_>) -> Result<Self, DecodeError> {
                nil_as_default(r, el)
            }
        }
    )*};
}

int_impl!(i64 => "xsd:long", i32 => "xsd:int", i16 => "xsd:short", i8 => "xsd:byte",
          u64 => "xsd:unsignedLong", u32 => "xsd:unsignedInt", u16 => "xsd:unsignedShort",
          u8 => "xsd:unsignedByte");

/// The value as it may appear in an error message: never for secrets, and shortened.
fn shown(el: &Elem<'_>, t: &str) -> String {
    if crate::trace::is_secret_name(el.local_name()) {
        return "(value hidden)".into();
    }
    let mut s: String = t.chars().take(40).collect();
    if s.len() < t.len() {
        s.push('…');
    }
    format!("{s:?}")
}

macro_rules! float_impl {
    ($($t:ty => $xsd:literal),*) => {$(
        impl Encode for $t {
            fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
                w.start(name);
                w.type_attr(ty.name);
                if self.is_nan() {
                    w.raw("NaN");
                } else if self.is_infinite() {
                    w.raw(if *self > 0.0 { "INF" } else { "-INF" });
                } else {
                    w.raw(&self.to_string());
                }
                w.end(name);
            }
        }
        impl Decode for $t {
            fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
                r.check_type(&el, FLOAT_TYPES)?;
                let text = r.read_text(&el)?;
                match crate::values::trim(&text) {
                    "INF" => Ok(<$t>::INFINITY),
                    "-INF" => Ok(<$t>::NEG_INFINITY),
                    "NaN" => Ok(<$t>::NAN),
                    t if t.bytes().any(|c| c.is_ascii_alphabetic() && c != b'e' && c != b'E') =>
                        Err(r.invalid(&el, format!(concat!("not a valid ", $xsd, ": {}"), shown(&el, t)))),
                    t => t.parse::<$t>().map_err(|_| r.invalid(&el, format!(concat!("not a valid ", $xsd, ": {}"), shown(&el, t)))),
                }
            }
            fn nil(r: &XmlReader<'_>, el: &Elem<'_>) -> Result<Self, DecodeError> {
                nil_as_default(r, el)
            }
        }
    )*};
}

float_impl!(f64 => "xsd:double", f32 => "xsd:float");

impl Encode for bool {
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        w.start(name);
        w.type_attr(ty.name);
        w.raw(if *self { "true" } else { "false" });
        w.end(name);
    }
}

impl Decode for bool {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        r.check_type(&el, &["boolean"])?;
        let text = r.read_text(&el)?;
        match crate::values::trim(&text) {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            t if !r.is_strict() && t.eq_ignore_ascii_case("true") => Ok(true),
            t if !r.is_strict() && t.eq_ignore_ascii_case("false") => Ok(false),
            t => Err(r.invalid(&el, format!("not a valid xsd:boolean: {}", shown(&el, t)))),
        }
    }
    fn nil(r: &XmlReader<'_>, el: &Elem<'_>) -> Result<Self, DecodeError> {
        nil_as_default(r, el)
    }
}

impl Encode for String {
    #[inline]
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        w.simple(name, ty.name, self);
    }
}

impl Encode for str {
    #[inline]
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        w.simple(name, ty.name, self);
    }
}

impl Decode for String {
    #[inline]
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        r.check_type(&el, STRING_TYPES)?;
        r.read_text(&el).map(|c| c.into_owned())
    }
    fn nil(_: &XmlReader<'_>, _: &Elem<'_>) -> Result<Self, DecodeError> {
        Ok(String::new())
    }
}

/// Values kept as validated text: read with their own parser, which accepts both date forms
/// for `Date` and `DateTime` whatever their declared type.
macro_rules! text_type_decode {
    ($($t:ty),*) => {$(
        impl Decode for $t {
            fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
                let text = r.read_text(&el)?;
                <$t>::parse(&text).map_err(|e| r.invalid(&el, e.0))
            }
            fn nil(r: &XmlReader<'_>, el: &Elem<'_>) -> Result<Self, DecodeError> {
                nil_as_default(r, el)
            }
        }
    )*};
}

text_type_decode!(Date, DateTime, Decimal);

impl Encode for Decimal {
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        w.simple(name, ty.name, self.as_str());
    }
}

/// Dates and dateTimes are written with the `xsi:type` their text has, or as the writer's
/// [`crate::values::DateStyle`] asks (see [`XmlWriter::date_style`]), not blindly with the
/// declared type: a `Date` holding dateTime text received from a server is written back as
/// `xsd:dateTime` (responses excepted: see [`crate::values::DateStyle::Declared`]).
macro_rules! date_encode {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
                let (ty, text) = w.date_style().wire(ty.name, self.as_str(), self.parts().has_time);
                w.simple(name, ty, &text);
            }
        }
    )*};
}

date_encode!(Date, DateTime);

impl Encode for Bytes {
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        w.start(name);
        w.type_attr(ty.name);
        w.raw(&base64::engine::general_purpose::STANDARD.encode(&self.0));
        w.end(name);
    }
}

impl Decode for Bytes {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        let text = r.read_text(&el)?;
        let compact: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        base64::engine::general_purpose::STANDARD
            .decode(&compact)
            .map(Bytes)
            .map_err(|e| r.invalid(&el, format!("not valid base64: {e}")))
    }
    fn nil(_: &XmlReader<'_>, _: &Elem<'_>) -> Result<Self, DecodeError> {
        Ok(Bytes::default())
    }
}

impl Encode for Cookie {
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        self.expose().encode(name, ty, w)
    }
}

impl Decode for Cookie {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        i64::decode(r, el).map(Cookie::new)
    }
    fn nil(r: &XmlReader<'_>, el: &Elem<'_>) -> Result<Self, DecodeError> {
        nil_as_default(r, el)
    }
}

impl Encode for Password {
    fn encode(&self, name: &str, ty: &TypeInfo, w: &mut XmlWriter) {
        w.simple(name, ty.name, self.expose())
    }
}

impl Decode for Password {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        String::decode(r, el).map(Password::new)
    }
    fn nil(_: &XmlReader<'_>, _: &Elem<'_>) -> Result<Self, DecodeError> {
        Ok(Password::default())
    }
}

impl Encode for RawXml {
    fn encode(&self, name: &str, _ty: &TypeInfo, w: &mut XmlWriter) {
        if self.xml.is_empty() {
            w.start(name);
            w.end(name);
        } else {
            w.markup(&self.xml);
        }
    }
}

impl Decode for RawXml {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        r.raw(&el)
    }
    fn nil(_: &XmlReader<'_>, _: &Elem<'_>) -> Result<Self, DecodeError> {
        Ok(RawXml::default())
    }
}

/// Visits every struct, enumeration and polymorphic family of a generated binding
/// (`types::for_each_type`).
pub trait TypeVisitor {
    /// Called once per type with its XML name.
    fn visit<T: Encode + Decode + Default + Clone + PartialEq + std::fmt::Debug + 'static>(&mut self, xml_name: &str);
}

#[cfg(test)]
mod date_tests {
    use super::*;
    use crate::values::DateStyle;

    fn written<T: Encode>(v: &T, declared: &TypeInfo, style: DateStyle) -> String {
        let mut w = XmlWriter::new();
        w.set_date_style(style);
        v.encode("datefound", declared, &mut w);
        w.as_str().to_string()
    }

    #[test]
    fn date_holding_datetime_text_is_labelled_datetime() {
        let d = Date::parse("2013-10-03T09:30:00Z").unwrap();
        let want = r#"<datefound xsi:type="xsd:dateTime">2013-10-03T09:30:00Z</datefound>"#;
        assert_eq!(written(&d, &xsd::DATE, DateStyle::FollowText), want);
        assert_eq!(written(&d, &xsd::DATE, DateStyle::DateTimeOnly), want);
    }

    #[test]
    fn datetime_holding_a_bare_date_is_labelled_by_its_text() {
        let t = DateTime::parse("2013-10-03").unwrap();
        assert_eq!(
            written(&t, &xsd::DATE_TIME, DateStyle::FollowText),
            r#"<datefound xsi:type="xsd:date">2013-10-03</datefound>"#
        );
        assert_eq!(
            written(&t, &xsd::DATE_TIME, DateStyle::DateTimeOnly),
            r#"<datefound xsi:type="xsd:dateTime">2013-10-03T00:00:00</datefound>"#
        );
    }

    #[test]
    fn plain_values_keep_their_declared_type_or_become_datetime_for_2013() {
        let d = Date::parse("2017-05-26").unwrap();
        assert_eq!(
            written(&d, &xsd::DATE, DateStyle::FollowText),
            r#"<datefound xsi:type="xsd:date">2017-05-26</datefound>"#
        );
        assert_eq!(
            written(&d, &xsd::DATE, DateStyle::DateTimeOnly),
            r#"<datefound xsi:type="xsd:dateTime">2017-05-26T00:00:00</datefound>"#
        );
        let zoned = Date::parse("2017-05-26+02:00").unwrap();
        assert_eq!(
            written(&zoned, &xsd::DATE, DateStyle::DateTimeOnly),
            r#"<datefound xsi:type="xsd:dateTime">2017-05-26T00:00:00+02:00</datefound>"#
        );
        let t = DateTime::parse("2015-08-14 06:31:00").unwrap();
        for style in [DateStyle::FollowText, DateStyle::DateTimeOnly] {
            assert_eq!(
                written(&t, &xsd::DATE_TIME, style),
                r#"<datefound xsi:type="xsd:dateTime">2015-08-14T06:31:00</datefound>"#
            );
        }
    }

    /// Whatever the value and style, the label matches the text written, and what is written
    /// reads back (strictly) as the same instant, through both declared types.
    #[test]
    fn label_always_matches_text_and_reads_back() {
        let texts = [
            "2013-10-03",
            "2013-10-03Z",
            "2013-10-03T09:30:00Z",
            "2013-10-03T09:30:00.25-05:00",
            "2013-10-03 09:30:00",
        ];
        for text in texts {
            for style in [DateStyle::FollowText, DateStyle::DateTimeOnly] {
                let d = Date::parse(text).unwrap();
                let t = DateTime::parse(text).unwrap();
                for xml in [written(&d, &xsd::DATE, style), written(&t, &xsd::DATE_TIME, style)] {
                    let (ty, rest) = xml.split_once(r#"xsi:type=""#).unwrap().1.split_once("\">").unwrap();
                    let body = rest.trim_end_matches("</datefound>");
                    let has_time = body.contains('T');
                    assert_eq!(ty, if has_time { "xsd:dateTime" } else { "xsd:date" }, "{text} {style:?}: {xml}");
                    assert!(!body.contains(' '), "{xml}");
                    if style == DateStyle::DateTimeOnly {
                        assert_eq!(ty, "xsd:dateTime", "{xml}");
                    }
                    let back = DateTime::parse(body).unwrap();
                    assert_eq!(back.ymd(), d.ymd(), "{xml}");
                    assert_eq!(back.to_unix(), t.to_unix(), "{xml}");
                }
            }
        }
    }

    #[test]
    fn literal_mode_writes_no_label_but_the_styled_text() {
        let mut w = XmlWriter::new();
        w.set_literal(true);
        w.set_date_style(DateStyle::DateTimeOnly);
        Date::parse("2017-05-26").unwrap().encode("d", &xsd::DATE, &mut w);
        assert_eq!(w.as_str(), "<d>2017-05-26T00:00:00</d>");
    }
}
