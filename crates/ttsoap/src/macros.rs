//! Macros that generated code expands into `Message`, `Operation`, `Encode` and `Decode`
//! implementations. They keep the generated source short (one line per part instead of one
//! statement per part in several methods), which is what makes generating and formatting
//! large WSDLs fast. Generated code writes one entry per line.
//!
//! # Grammar
//!
//! ```text
//! ttsoap::__struct!(
//!     RustName,                 // the struct (declared just above the call)
//!     "prefix:xsdName",         // the xsi:type written for it
//!     "xsdName",                // the local type name accepted when decoding
//!     plain | derived {         // plain: always writes xsi:type; derived: a family member
//!         PART,                 //   in literal use, writes xsi:type only where needed
//!         ...
//!     }
//! );
//!
//! ttsoap::__message!(
//!     RustName {                // a request or response struct
//!         PART,
//!         ...
//!     }
//! );
//!
//! ttsoap::__operation!(
//!     Request => Response,
//!     name "wsdlName",          // the operation (rpc wrapper element)
//!     namespace "urn:...",      // the wrapper's namespace
//!     action "...",             // the SOAPAction header
//!     response "wsdlNameResponse",
//!     style Rpc | Document,
//!     encoded true | false,     // SOAP-ENC (rpc/encoded) or literal
//!     namespaces super::NAMESPACES
//!     , version Soap12                        // optional: a SOAP 1.2 binding's operation
//!     , cookie field read_only true | false   // optional: the session cookie part
//! );
//!
//! ttsoap::__header!(
//!     RustName,                 // a generated struct or enum, or `Name(Inner)`: a newtype
//!                               //   declared just above, around any encodable type
//!     "tns:SessionHeader",      // the header element as written
//!     b"SessionHeader",         // its local name, matched when reading
//!     "urn:...",                // its namespace
//!     &ti::TYPE_INFO,           // the value's type descriptor
//!     must_understand true | false
//! );
//!
//! PART := field: mode(name) b"local" &ti::TYPE_INFO
//! ```
//!
//! In a part, `mode` is one of `req` (always written), `opt` (an `Option`, written when
//! `Some`), `nil` (an `Option` written as `xsi:nil` when `None`), `arr` (a SOAP-ENC array,
//! always written), `optarr` (a SOAP-ENC array written when not empty) and `rep` (a repeated
//! element); `name` is the element name to write, either `"x"` or `"tns:x" | "x"` (qualified
//! in literal use, local in encoded use); `b"local"` is the local name that decoding matches;
//! the last item is the field's type descriptor (`xsi:type`, array item type). `req`, `nil`
//! and `arr` parts are required (checked when decoding in strict mode).

/// Implements [`Message`](crate::Message) for a generated message struct.
#[doc(hidden)]
#[macro_export]
macro_rules! __message {
    ($name:ident { $($field:ident : $mode:ident ($($write:tt)*) $local:literal $ti:expr),* $(,)? }) => {
        impl $crate::Message for $name {
            const PARTS: &'static [(&'static [u8], bool)] = &[$(($local, $crate::__part_required!($mode))),*];
            fn write_parts(&self, w: &mut $crate::xml::XmlWriter) {
                let _ = &w;
                $($crate::__write_part!($mode, self.$field, $crate::__part_name!(w; $($write)*), $ti, w);)*
            }
            fn read_part<'a>(
                &mut self,
                r: &mut $crate::xml::XmlReader<'a>,
                child: $crate::xml::Elem<'a>,
            ) -> ::core::result::Result<(), $crate::DecodeError> {
                match child.local_name() {
                    $($local => $crate::__read_part!($mode, self.$field, r, child),)*
                    _ => r.unknown(&child)?,
                }
                Ok(())
            }
        }
    };
}

/// Whether a part of this mode must be present in a message.
#[doc(hidden)]
#[macro_export]
macro_rules! __part_required {
    (req) => {
        true
    };
    (nil) => {
        true
    };
    (arr) => {
        true
    };
    ($other:ident) => {
        false
    };
}

/// The element name a part is written with.
#[doc(hidden)]
#[macro_export]
macro_rules! __part_name {
    ($w:ident; $local:literal) => {
        $local
    };
    ($w:ident; $qualified:literal | $local:literal) => {
        if $w.is_literal() {
            $qualified
        } else {
            $local
        }
    };
}

/// Writes one part.
#[doc(hidden)]
#[macro_export]
macro_rules! __write_part {
    (nil, $v:expr, $name:expr, $ti:expr, $w:ident) => {
        $crate::encoding::encode_nillable(&$v, $name, $ti, $w)
    };
    (optarr, $v:expr, $name:expr, $ti:expr, $w:ident) => {
        if !$v.is_empty() {
            $crate::Encode::encode(&$v, $name, $ti, $w)
        }
    };
    (rep, $v:expr, $name:expr, $ti:expr, $w:ident) => {
        for x in &$v {
            $crate::Encode::encode(x, $name, $ti, $w)
        }
    };
    ($other:ident, $v:expr, $name:expr, $ti:expr, $w:ident) => {
        $crate::Encode::encode(&$v, $name, $ti, $w)
    };
}

/// Reads one part.
#[doc(hidden)]
#[macro_export]
macro_rules! __read_part {
    (rep, $v:expr, $r:ident, $child:ident) => {
        $v.push($r.decode($child)?)
    };
    ($other:ident, $v:expr, $r:ident, $child:ident) => {
        $v = $r.decode($child)?
    };
}

/// Implements [`Operation`](crate::Operation) (and, with `cookie`, `CookieOperation`) for a
/// generated request struct.
#[doc(hidden)]
#[macro_export]
macro_rules! __operation {
    (
        $req:ident => $resp:ident,
        name $name:literal, namespace $ns:literal, action $action:literal, response $rname:literal,
        style $style:ident, encoded $encoded:literal, namespaces $nss:path
        $(, version $version:ident)?
        $(, cookie $cookie:ident read_only $ro:literal)?
    ) => {
        impl $crate::Operation for $req {
            const NAME: &'static str = $name;
            const NAMESPACE: &'static str = $ns;
            const SOAP_ACTION: &'static str = $action;
            const RESPONSE_NAME: &'static str = $rname;
            const STYLE: $crate::Style = $crate::Style::$style;
            const ENCODED: bool = $encoded;
            const NAMESPACES: &'static [(&'static str, &'static str)] = $nss;
            $(const SOAP_VERSION: $crate::SoapVersion = $crate::SoapVersion::$version;)?
            type Response = $resp;
        }
        $(
            impl $crate::operation::CookieOperation for $req {
                fn set_cookie(&mut self, cookie: $crate::Cookie) {
                    self.$cookie = cookie;
                }
                const READ_ONLY: bool = $ro;
            }
        )?
    };
}

/// Implements [`Header`](crate::Header) for a generated type, or for a newtype around any
/// encodable type (with `Encode` and `Decode` passed through to the inner value).
#[doc(hidden)]
#[macro_export]
macro_rules! __header {
    ($name:ident($inner:ty), $element:literal, $local:literal, $ns:literal, $ti:expr, must_understand $mu:literal) => {
        impl $crate::Encode for $name {
            fn encode(&self, name: &str, ty: &$crate::TypeInfo, w: &mut $crate::xml::XmlWriter) {
                $crate::Encode::encode(&self.0, name, ty, w)
            }
        }
        impl $crate::Decode for $name {
            fn decode<'a>(
                r: &mut $crate::xml::XmlReader<'a>,
                el: $crate::xml::Elem<'a>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                <$inner as $crate::Decode>::decode(r, el).map($name)
            }
            fn nil(
                r: &$crate::xml::XmlReader<'_>,
                el: &$crate::xml::Elem<'_>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                <$inner as $crate::Decode>::nil(r, el).map($name)
            }
        }
        $crate::__header!($name, $element, $local, $ns, $ti, must_understand $mu);
    };
    ($name:path, $element:literal, $local:literal, $ns:literal, $ti:expr, must_understand $mu:literal) => {
        impl $crate::Header for $name {
            const ELEMENT: &'static str = $element;
            const LOCAL: &'static [u8] = $local;
            const NAMESPACE: &'static str = $ns;
            const TYPE: &'static $crate::TypeInfo = $ti;
            const MUST_UNDERSTAND: bool = $mu;
        }
    };
}

/// Implements [`Encode`](crate::Encode) and [`Decode`](crate::Decode) for a generated struct.
/// `plain` structs write their own `xsi:type`; `derived` ones (family members in a binding
/// with literal use) write it only where literal XML needs it. Fields use the part syntax of
/// [`__message!`]; `req`, `nil` and `arr` fields are required (checked in strict mode).
#[doc(hidden)]
#[macro_export]
macro_rules! __struct {
    ($name:ident, $qname:literal, $local_ty:literal, $start:ident {
        $($field:ident : $mode:ident ($($write:tt)*) $local:literal $ti:expr),* $(,)?
    }) => {
        impl $crate::Encode for $name {
            fn encode(&self, name: &str, ty: &$crate::TypeInfo, w: &mut $crate::xml::XmlWriter) {
                let _ = ty;
                $crate::__start!($start, name, $qname, ty, w);
                $($crate::__write_part!($mode, self.$field, $crate::__part_name!(w; $($write)*), $ti, w);)*
                w.end(name);
            }
        }

        impl $crate::Decode for $name {
            fn decode<'a>(
                r: &mut $crate::xml::XmlReader<'a>,
                el: $crate::xml::Elem<'a>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                r.check_type(&el, &[$local_ty])?;
                let mut v = Self::default();
                $($crate::__seen_decl!($mode $field);)*
                while let Some(child) = r.next_child(&el)? {
                    match child.local_name() {
                        $($local => {
                            $crate::__seen_set!($mode $field);
                            $crate::__read_part!($mode, v.$field, r, child)
                        })*
                        _ => r.unknown(&child)?,
                    }
                }
                if r.is_strict() {
                    let mut missing: ::std::vec::Vec<&[u8]> = ::std::vec::Vec::new();
                    $($crate::__seen_check!($mode $field $local missing);)*
                    r.report_missing(&el, &missing)?;
                }
                Ok(v)
            }
            fn nil(
                r: &$crate::xml::XmlReader<'_>,
                el: &$crate::xml::Elem<'_>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                $crate::encoding::nil_as_default(r, el)
            }
        }
    };
}

/// Starts a struct element.
#[doc(hidden)]
#[macro_export]
macro_rules! __start {
    (plain, $name:ident, $q:literal, $ty:ident, $w:ident) => {
        $crate::encoding::start_struct($name, $q, $w)
    };
    (derived, $name:ident, $q:literal, $ty:ident, $w:ident) => {
        $crate::encoding::start_derived($name, $q, $ty, $w)
    };
}

/// Declares the "seen" flag of a required field.
#[doc(hidden)]
#[macro_export]
macro_rules! __seen_decl {
    (req $f:ident) => {
        let mut $f = false;
    };
    (nil $f:ident) => {
        let mut $f = false;
    };
    (arr $f:ident) => {
        let mut $f = false;
    };
    ($other:ident $f:ident) => {};
}

/// Sets the "seen" flag of a required field.
#[doc(hidden)]
#[macro_export]
macro_rules! __seen_set {
    (req $f:ident) => {
        $f = true;
    };
    (nil $f:ident) => {
        $f = true;
    };
    (arr $f:ident) => {
        $f = true;
    };
    ($other:ident $f:ident) => {};
}

/// Notes a required field that was not seen.
#[doc(hidden)]
#[macro_export]
macro_rules! __seen_check {
    (req $f:ident $local:literal $missing:ident) => {
        if !$f {
            $missing.push($local);
        }
    };
    (nil $f:ident $local:literal $missing:ident) => {
        if !$f {
            $missing.push($local);
        }
    };
    (arr $f:ident $local:literal $missing:ident) => {
        if !$f {
            $missing.push($local);
        }
    };
    ($other:ident $f:ident $local:literal $missing:ident) => {};
}

/// Declares the `AnyX` enum over a polymorphic family with its `type_name`, shared-field
/// accessors, `base`, `Default`, `From`, `Encode` and `Decode`. Members are listed once, one
/// per line:
///
/// ```text
/// ttsoap::__family!(
///     AnyCField,                          // the enum
///     "Any value of the ...",             // its documentation
///     default CField,                     // the variant of `Default` (`Unknown`: none)
///     untyped CField,                     // decoded when there is no xsi:type (`Unknown`: kept raw)
///     members {
///         CField(CField) "CField",        // variant(struct) "local xsi:type name"
///         ...
///     },
///     accessors {                         // fields every member shares
///         recordid recordid_mut "recordid": val i64 => i64,      // Option<&i64>, Option<&mut i64>
///         name name_mut "name": opt String => Option<String>,    // x.name.as_ref()
///         ...
///     }
///     , base CField "ttns:CField" { recordid, name }  // optional: `fn base(&self) -> Option<CField>`
/// );
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __family {
    (
        $any:ident, $doc:literal, default $default:ident, untyped $untyped:ident,
        members $members:tt,
        accessors { $($f:ident $f_mut:ident $shown:literal : $get:ident $vt:ty => $ft:ty),* $(,)? }
        $(, base $b:ident $btext:literal $bfields:tt)?
    ) => {
        $crate::__family!(@enum $any, $doc, $default, $untyped, $members);
        impl $any {
            $($crate::__family!(@accessor $members $f $f_mut $shown $get $vt => $ft);)*
            $($crate::__family!(@base $members $b $btext $bfields);)?
        }
    };
    (@enum $any:ident, $doc:literal, $default:ident, $untyped:ident,
        { $($v:ident($t:ty) $local:literal),* $(,)? }
    ) => {
        #[doc = $doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum $any {
            $(#[doc = concat!("`", $local, "`")] $v($t),)*
            /// A subtype this code does not know, kept as received.
            Unknown($crate::RawXml),
        }

        impl $any {
            /// The local name of the concrete type (`xsi:type`).
            pub fn type_name(&self) -> &str {
                match self {
                    $(Self::$v(_) => $local,)*
                    Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
                }
            }
        }

        impl ::core::default::Default for $any {
            fn default() -> Self {
                Self::$default(::core::default::Default::default())
            }
        }

        $(impl ::core::convert::From<$t> for $any {
            fn from(x: $t) -> Self {
                Self::$v(x)
            }
        })*

        impl $crate::Encode for $any {
            fn encode(&self, name: &str, ty: &$crate::TypeInfo, w: &mut $crate::xml::XmlWriter) {
                match self {
                    $(Self::$v(x) => $crate::Encode::encode(x, name, ty, w),)*
                    Self::Unknown(x) => $crate::Encode::encode(x, name, ty, w),
                }
            }
        }

        impl $crate::Decode for $any {
            fn decode<'a>(
                r: &mut $crate::xml::XmlReader<'a>,
                el: $crate::xml::Elem<'a>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                // The type name borrows from the tag: pick the reader first, then call it.
                let read: fn(
                    &mut $crate::xml::XmlReader<'a>,
                    $crate::xml::Elem<'a>,
                ) -> ::core::result::Result<Self, $crate::DecodeError> = match r.xsi_type_local(&el).as_deref() {
                    None => $crate::__family!(@read $untyped),
                    $(Some($local) => $crate::__family!(@read $v),)*
                    Some(_) => $crate::__family!(@read Unknown),
                };
                read(r, el)
            }
            fn nil(
                r: &$crate::xml::XmlReader<'_>,
                el: &$crate::xml::Elem<'_>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                $crate::encoding::nil_as_default(r, el)
            }
        }
    };
    (@read Unknown) => {
        |r, el| Ok(Self::Unknown(r.raw(&el)?))
    };
    (@read $v:ident) => {
        |r, el| Ok(Self::$v($crate::Decode::decode(r, el)?))
    };
    (@accessor { $($v:ident($t:ty) $local:literal),* $(,)? } $f:ident $f_mut:ident $shown:literal $get:ident $vt:ty => $ft:ty) => {
        #[doc = concat!("`", $shown, "` of any member; `None` for `Unknown`.")]
        pub fn $f(&self) -> Option<&$vt> {
            match self {
                $(Self::$v(x) => $crate::__family!(@get $get x.$f),)*
                Self::Unknown(_) => None,
            }
        }
        #[doc = concat!("`", $shown, "` of any member, to change; `None` for `Unknown`.")]
        pub fn $f_mut(&mut self) -> Option<&mut $ft> {
            match self {
                $(Self::$v(x) => Some(&mut x.$f),)*
                Self::Unknown(_) => None,
            }
        }
    };
    (@get val $x:ident . $f:ident) => {
        Some(&$x.$f)
    };
    (@get opt $x:ident . $f:ident) => {
        $x.$f.as_ref()
    };
    (@base { $($v:ident($t:ty) $local:literal),* $(,)? } $b:ident $btext:literal $bfields:tt) => {
        #[doc = concat!("The base `", $btext, "` fields of any member, copied; `None` for `Unknown`.")]
        pub fn base(&self) -> Option<$b> {
            match self {
                $(Self::$v(x) => Some($crate::__family!(@copy x $b $bfields)),)*
                Self::Unknown(_) => None,
            }
        }
    };
    (@copy $x:ident $b:ident { $($bf:ident),* $(,)? }) => {
        $b { $($bf: $x.$bf.clone()),* }
    };
}

/// Declares a generated enumeration with an `Unknown(String)` fallback, its `as_str`,
/// `from_text`, `Default` (the first value), `Display`, `Encode` and `Decode`:
///
/// ```text
/// ttsoap::__enum!(
///     Kind,                        // the enum
///     "tns:Kind",                  // the xsi:type written for it
///     "`tns:Kind` enumeration.",   // its documentation
///     values {
///         Open "open",             // variant "value on the wire"
///         ...
///     }
/// );
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __enum {
    ($name:ident, $qname:literal, $doc:literal, values { $($v:ident $text:literal),* $(,)? }) => {
        #[doc = $doc]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $(#[doc = concat!("`", $text, "`")] $v,)*
            /// A value the WSDL does not list, kept as received.
            Unknown(String),
        }

        impl $name {
            /// The value as written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$v => $text,)*
                    Self::Unknown(s) => s,
                }
            }

            /// The variant for `s`, or `Unknown(s)`.
            pub fn from_text(s: &str) -> Self {
                match s {
                    $($text => Self::$v,)*
                    other => Self::Unknown(other.to_string()),
                }
            }
        }

        impl ::core::default::Default for $name {
            fn default() -> Self {
                $crate::__enum!(@first $($v)*)
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::Encode for $name {
            fn encode(&self, name: &str, _ty: &$crate::TypeInfo, w: &mut $crate::xml::XmlWriter) {
                w.simple(name, $qname, self.as_str());
            }
        }

        impl $crate::Decode for $name {
            fn decode<'a>(
                r: &mut $crate::xml::XmlReader<'a>,
                el: $crate::xml::Elem<'a>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                let text = r.read_text(&el)?;
                let v = Self::from_text(text.trim());
                if r.is_strict() {
                    if let Self::Unknown(s) = &v {
                        return Err(r.invalid(&el, format!("{:?} is not a value of {}", s, $qname)));
                    }
                }
                Ok(v)
            }
            fn nil(
                r: &$crate::xml::XmlReader<'_>,
                el: &$crate::xml::Elem<'_>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                $crate::encoding::nil_as_default(r, el)
            }
        }
    };
    (@first) => {
        Self::Unknown(::std::string::String::new())
    };
    (@first $first:ident $($rest:ident)*) => {
        Self::$first
    };
}
