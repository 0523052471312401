//! The SOAP-encoding attributes of an element as the reader sees them: `xsi:type` (with its
//! prefix resolved against the declarations in scope), `xsi:nil`, `href`,
//! `SOAP-ENC:position` and `SOAP-ENC:arrayType`.

use std::borrow::Cow;

use super::super::elem::{attr, AttrHit};
use super::super::refs::Scope;
use super::super::XSI_NS;
use super::{Elem, TypeName, XmlReader};
use crate::error::DecodeError;

impl<'a> XmlReader<'a> {
    /// The value of `el`'s attribute whose local name is `local` (any prefix), if present.
    pub fn attribute(&self, el: &Elem<'a>, local: &[u8]) -> Option<String> {
        el.find_attr(local).map(|(_, v)| String::from_utf8_lossy(&v).into_owned())
    }

    pub(super) fn attr_value<'e>(&self, el: &'e Elem<'a>, local: &[u8]) -> Option<AttrHit<'e>> {
        el.attr_by_local(local)
    }

    fn prefix_is(&self, prefix: &[u8], ns: &str, conventional: &[u8]) -> bool {
        // The conventional prefix is taken as meant; rebinding `xsi` elsewhere is not a thing
        // real peers do, and resolving it on every element costs.
        if prefix == conventional {
            return true;
        }
        match self.resolve_prefix(prefix) {
            Some(uri) => uri == ns.as_bytes(),
            None => prefix == conventional,
        }
    }

    fn resolve_prefix(&self, prefix: &[u8]) -> Option<Vec<u8>> {
        // The innermost declaration wins: the empty element's own, then the open elements'
        // from the inside out (the last of a tag's declarations of one prefix, as before).
        let declared = |el: &Elem<'a>| self.declarations(el).filter(|(p, _)| *p == prefix).last().map(|(_, u)| u);
        let uri = match self.empty_scope.as_ref().and_then(declared) {
            Some(u) => Some(u),
            None => self.scopes.iter().rev().find_map(|(_, el)| declared(el)),
        };
        match uri {
            Some(u) => Some(u.into_owned()),
            None => Scope::resolve(self.inherited.as_ref(), prefix).map(<[u8]>::to_vec),
        }
        .filter(|u| !u.is_empty())
    }

    /// The `xsi:type` of `el`, if it has one, with its prefix resolved against the namespaces
    /// in scope. An undeclared prefix leaves `namespace` empty instead of failing.
    pub fn xsi_type(&self, el: &Elem<'a>) -> Option<TypeName> {
        let (prefix, value) = self.attr_value(el, b"type")?;
        let prefix = prefix?;
        if !self.prefix_is(prefix, XSI_NS, b"xsi") {
            return None;
        }
        let value = String::from_utf8_lossy(&value).trim().to_string();
        let (p, local) = match value.find(':') {
            Some(i) => (Some(&value[..i]), value[i + 1..].to_string()),
            None => (None, value.clone()),
        };
        let namespace = self
            .resolve_prefix(p.map(str::as_bytes).unwrap_or_default())
            .map(|u| String::from_utf8_lossy(&u).into_owned());
        Some(TypeName { namespace, local })
    }

    /// The local name of `el`'s `xsi:type` (`CStringField` for `ttns:CStringField`), without
    /// resolving its prefix and without allocating in the usual case: what polymorphic
    /// decoding needs to pick a variant.
    pub fn xsi_type_local<'e>(&self, el: &'e Elem<'a>) -> Option<Cow<'e, str>> {
        if !el.has(attr::TYPE) {
            return None;
        }
        if el.only_xsi_type > 0 {
            // The usual `xsi:type="prefix:Name"`: the part after the last colon, when the
            // value has no surrounding whitespace.
            let raw = el.attributes_raw();
            let value = &raw[attr::ONLY_XSI_TYPE.len()..usize::from(el.only_xsi_type)];
            if let (Some(&first), Some(&last)) = (value.first(), value.last()) {
                if !first.is_ascii_whitespace() && !last.is_ascii_whitespace() {
                    let start = value.iter().rposition(|&b| b == b':').map_or(0, |i| i + 1);
                    return self.doc_str(&value[start..]).map(Cow::Borrowed);
                }
            }
        }
        let (prefix, value) = if el.only_xsi_type > 0 {
            let raw = el.attributes_raw();
            (Some(&b"xsi"[..]), Cow::Borrowed(&raw[attr::ONLY_XSI_TYPE.len()..usize::from(el.only_xsi_type)]))
        } else {
            self.attr_value(el, b"type")?
        };
        if !self.prefix_is(prefix?, XSI_NS, b"xsi") {
            return None;
        }
        let local = |s: &str| -> (usize, usize) {
            let t = s.trim();
            let start = t.rfind(':').map(|i| i + 1).unwrap_or(0);
            let off = s.len() - s.trim_start().len();
            (off + start, off + t.len())
        };
        match value {
            Cow::Borrowed(b) => {
                let s = self.doc_str(b)?;
                let (a, z) = local(s);
                Some(Cow::Borrowed(&s[a..z]))
            }
            Cow::Owned(v) => {
                let s = String::from_utf8(v).ok()?;
                let (a, z) = local(&s);
                Some(Cow::Owned(s[a..z].to_string()))
            }
        }
    }

    /// In strict mode or with [`ReadOptions::check_declared_types`](super::ReadOptions::check_declared_types), an `xsi:type` whose local
    /// name is not in `accepted` is an error (gSOAP refuses a declared-type mismatch the same
    /// way). A missing `xsi:type` is fine.
    #[inline]
    pub fn check_type(&self, el: &Elem<'a>, accepted: &[&str]) -> Result<(), DecodeError> {
        if !(self.opts.strict || self.opts.check_declared_types) || !el.has(attr::TYPE) {
            return Ok(());
        }
        self.check_type_now(el, accepted)
    }

    /// [`Self::check_type`] once a check is due (kept out of line: generated code inlines the
    /// test above for every simple value).
    #[inline(never)]
    fn check_type_now(&self, el: &Elem<'a>, accepted: &[&str]) -> Result<(), DecodeError> {
        match self.xsi_type(el) {
            // A type outside XML Schema is a derived simple type (a restriction of a built-in):
            // only a mismatching built-in can be judged here.
            Some(t)
                if t.namespace.as_deref().is_some_and(|n| n != crate::xml::XSD_NS && n != crate::xml::SOAP_ENC_NS) =>
            {
                Ok(())
            }
            Some(t) if !accepted.contains(&t.local.as_str()) => Err(DecodeError::TypeMismatch {
                path: self.path_of(el),
                declared: accepted.first().copied().unwrap_or("?").to_string(),
                sent: t.local,
            }),
            _ => Ok(()),
        }
    }

    /// True when `el` has `xsi:nil="true"` (or `1`).
    pub fn is_nil(&self, el: &Elem<'a>) -> bool {
        if !el.has(attr::NIL) {
            return false;
        }
        match self.attr_value(el, b"nil") {
            Some((Some(prefix), v)) => self.prefix_is(prefix, XSI_NS, b"xsi") && matches!(v.as_ref(), b"true" | b"1"),
            _ => false,
        }
    }

    /// The zero-based `SOAP-ENC:position="[n]"` of an array item, if given.
    #[inline]
    pub fn array_position(&self, el: &Elem<'a>) -> Option<usize> {
        if !el.has(attr::POSITION) {
            return None;
        }
        self.array_position_now(el)
    }

    #[inline(never)]
    fn array_position_now(&self, el: &Elem<'a>) -> Option<usize> {
        let (_, v) = self.attr_value(el, b"position")?;
        let s = std::str::from_utf8(&v).ok()?.trim();
        let inner = s.strip_prefix('[')?.strip_suffix(']')?;
        inner.split(',').next()?.trim().parse().ok()
    }

    /// How many items to reserve room for in the array `el`: the length its
    /// `SOAP-ENC:arrayType="ttns:X[n]"` (or SOAP 1.2 `enc:arraySize="n"`) declares, but never more than the rest of the document
    /// could hold as items of `item_size` bytes each (at least 7 bytes, `<item/>`), so that a
    /// false length cannot make the reader allocate more than the document's size.
    pub fn array_capacity(&self, el: &Elem<'a>, item_size: usize) -> usize {
        if !el.has(attr::ARRAY_TYPE) || el.empty {
            return 0;
        }
        let length = |v: &[u8]| {
            v.strip_suffix(b"]")
                .and_then(|v| v.iter().rposition(|&b| b == b'[').map(|i| &v[i + 1..]))
                .and_then(|n| std::str::from_utf8(n).ok())
                .and_then(|n| n.trim().parse::<usize>().ok())
                .unwrap_or(0)
        };
        let declared = if let Some(v) = el.array_type() {
            length(v)
        } else if let Some((_, v)) = self.attr_value(el, b"arrayType") {
            length(&v)
        } else if let Some((_, v)) = self.attr_value(el, b"arraySize") {
            // `"3"`, `"2 3"` (two dimensions) or `"*"` (not said).
            std::str::from_utf8(&v)
                .ok()
                .and_then(|s| s.split_whitespace().try_fold(1usize, |acc, n| acc.checked_mul(n.parse().ok()?)))
                .unwrap_or(0)
        } else {
            0
        };
        let rest = self.doc.len().saturating_sub(self.position());
        declared.min(rest / item_size.max(7))
    }

    pub(super) fn href(&self, el: &Elem<'a>) -> Option<Vec<u8>> {
        if !el.has(attr::HREF) {
            return None;
        }
        let (prefix, v) = self.attr_value(el, b"href")?;
        if prefix.is_some() {
            return None;
        }
        Some(v.strip_prefix(b"#").unwrap_or(&v).to_vec())
    }
}
