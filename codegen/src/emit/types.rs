//! Emission of the `types` module: a struct per complex type, an enum per enumeration and
//! per polymorphic family, each with its `Encode`/`Decode` implementation.

use proc_macro2::TokenStream;
use quote::quote;

use super::direct::{self, Entry, FieldText, Piece};
use super::doc_attr;
use super::names::{camel, snake, Scope};
use super::plan::{ident, Plan, Qualify, Shape};
use super::rust_type::RustType;
use crate::error::Result;
use crate::model::{Field, QName, TypeDef, TypeKind};

/// A struct field as it will be emitted.
pub struct FieldPlan {
    /// Rust field name.
    pub rust: String,
    /// Local element name on the wire (what decoding matches, whatever the prefix).
    pub wire: String,
    /// The name written when encoding.
    pub write: WriteName,
    /// The Rust type.
    pub ty: RustType,
    /// The type inside the `Option` for `Optional`/`Nillable` fields, else the same as `ty`.
    pub value_ty: RustType,
    /// The `TypeInfo` constant's name in the `ti` module.
    pub ti: String,
    /// How it is written and read.
    pub mode: Mode,
    /// Documentation.
    pub doc: Option<String>,
}

/// The element name a field is written with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteName {
    /// The local name (`intA`).
    Local,
    /// Always this qualified name (`tns:intA`).
    Qualified(String),
    /// This qualified name in literal mode, the local name in SOAP-encoded mode.
    ByMode(String),
}

impl FieldPlan {
    /// Tokens for `&ti::CONST`.
    pub fn ti_tokens(&self) -> TokenStream {
        let c = ident(&self.ti);
        quote!(&ti::#c)
    }

    /// The name as shown in documentation (the qualified one when there is one).
    pub fn shown(&self) -> &str {
        match &self.write {
            WriteName::Local => &self.wire,
            WriteName::Qualified(q) | WriteName::ByMode(q) => q,
        }
    }
}

/// How a field is written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Always written.
    Required,
    /// `Option`: written when `Some`.
    Optional,
    /// `Option`, written as `xsi:nil` when `None` (minOccurs 1, nillable).
    Nillable,
    /// A SOAP-ENC array, always written.
    Array,
    /// A SOAP-ENC array, written when not empty.
    OptionalArray,
    /// A repeated element (maxOccurs > 1): one element per value.
    Repeated,
}

impl Mode {
    /// The mode's word in the part syntax of the declaration macros.
    pub fn keyword(self) -> &'static str {
        match self {
            Mode::Required => "req",
            Mode::Optional => "opt",
            Mode::Nillable => "nil",
            Mode::Array => "arr",
            Mode::OptionalArray => "optarr",
            Mode::Repeated => "rep",
        }
    }
}

/// The runtime type used for a secret-looking name (`cookie`, `password`).
pub fn secret_type(name: &str, ty: &RustType) -> Option<RustType> {
    match ty {
        RustType::Prim("i64") if name.eq_ignore_ascii_case("cookie") => Some(RustType::Runtime("Cookie")),
        RustType::Prim("String") if name.eq_ignore_ascii_case("password") => Some(RustType::Runtime("Password")),
        _ => None,
    }
}

/// Plans the fields of `owner` (base fields first).
pub fn plan_fields(plan: &Plan<'_>, owner: &QName, fields: &[&Field], from_types: bool) -> Result<Vec<FieldPlan>> {
    let mut scope = Scope::default();
    let mut out = Vec::with_capacity(fields.len());
    let boxed_here = plan.boxed_fields_of(owner);
    for f in fields {
        let shape = plan.shape(&f.type_)?;
        let mut ty = plan.rust_type(&shape, from_types);
        if let Some(secret) = secret_type(&f.name, &ty) {
            ty = secret;
        }
        let repeated = f.max_occurs != Some(1) && f.max_occurs != Some(0);
        let is_array = matches!(shape, Shape::Array(_));
        let boxed = boxed_here.contains(&f.name);
        if boxed {
            ty = ty.in_box();
        }
        let mut doc = f.documentation.clone();
        let mode = if repeated {
            ty = ty.in_vec();
            Mode::Repeated
        } else if is_array {
            if f.min_occurs == 0 {
                Mode::OptionalArray
            } else {
                Mode::Array
            }
        } else if f.min_occurs == 0 {
            Mode::Optional
        } else if f.nillable {
            Mode::Nillable
        } else if boxed {
            // A required field on a cycle of required fields has no finite value: a plain
            // `Box` would make `Default` (and decoding, which starts from it) recurse forever.
            doc = Some(with_note(doc, RECURSIVE_NOTE));
            Mode::Optional
        } else {
            Mode::Required
        };
        let value_ty = ty.clone();
        if matches!(mode, Mode::Optional | Mode::Nillable) {
            ty = ty.in_option();
        }
        let write = match plan.qualify {
            Qualify::Never => WriteName::Local,
            _ if !f.qualified => WriteName::Local,
            q => {
                let text = plan.element_text(&f.namespace, &f.name);
                if text == f.name {
                    WriteName::Local
                } else if q == Qualify::Always {
                    WriteName::Qualified(text)
                } else {
                    WriteName::ByMode(text)
                }
            }
        };
        out.push(FieldPlan {
            rust: scope.claim(&snake(&f.name)),
            wire: f.name.clone(),
            write,
            ty,
            value_ty,
            ti: plan.ti_name(&f.type_).to_string(),
            mode,
            doc,
        });
    }
    Ok(out)
}

/// Documentation added to a required field made optional because its type contains itself.
const RECURSIVE_NOTE: &str = "Required by the schema, but an `Option` here: its type contains this \
     struct again, so a required value would have no end (`Default` and decoding would recurse \
     forever). `None` is not written.";

fn with_note(doc: Option<String>, note: &str) -> String {
    match doc {
        Some(d) => format!("{d}\n\n{note}"),
        None => note.to_string(),
    }
}

/// One field in the part syntax of the runtime's `__message!`/`__struct!` macros:
/// `field: mode(write name) b"local" &ti::TYPE_INFO`.
pub fn part_text(f: &FieldPlan) -> String {
    let mut s = String::with_capacity(f.rust.len() + 3 * f.wire.len() + f.ti.len() + 24);
    s.push_str(&f.rust);
    s.push_str(": ");
    s.push_str(f.mode.keyword());
    s.push('(');
    match &f.write {
        WriteName::Local => direct::push_str_lit(&mut s, &f.wire),
        WriteName::Qualified(q) => direct::push_str_lit(&mut s, q),
        WriteName::ByMode(q) => {
            direct::push_str_lit(&mut s, q);
            s.push_str(" | ");
            direct::push_str_lit(&mut s, &f.wire);
        }
    }
    s.push_str(") ");
    direct::push_byte_lit(&mut s, &f.wire);
    s.push_str(" &ti::");
    s.push_str(&f.ti);
    s
}

/// Emits a struct type: its declaration and its `ttsoap::__struct!` call, printed directly
/// (see [`direct`]); a struct with XML attributes or simple content gets hand-shaped impls
/// from [`super::attrs`].
pub fn emit_struct(plan: &Plan<'_>, t: &TypeDef, out: &mut super::Formatter) -> Result<()> {
    if super::attrs::needs_custom(plan, t) {
        return out.push(super::attrs::emit_custom_struct(plan, t)?);
    }
    let name = &plan.type_names[&t.name];
    let fields = plan_fields(plan, &t.name, &plan.all_fields(&t.name), true)?;
    let qname = plan.qname_text(&t.name);
    let local = &t.name.name;
    let doc = t.documentation.clone().unwrap_or_else(|| format!("`{qname}`."));
    // Say the XML name only where the Rust name does not already show it.
    let field_docs = fields.iter().map(|f| match (&f.doc, f.shown() == f.rust) {
        (Some(d), _) => Some(format!("`{}`: {d}", f.shown())),
        (None, false) => Some(format!("`{}`", f.shown())),
        (None, true) => None,
    });
    let texts: Vec<FieldText<'_>> =
        fields.iter().zip(field_docs).map(|(f, doc)| FieldText { doc, name: &f.rust, ty: &f.ty }).collect();
    // In literal XML a family member still says which type it is when it is not the declared
    // one (encoded XML always does; `plain` is kept for encoded-only bindings).
    let start = if plan.qualify != Qualify::Never && plan.in_family(&t.name) { "derived" } else { "plain" };
    let call = direct::macro_entries(
        "ttsoap::__struct",
        &[
            Entry::Line(name.clone()),
            Entry::Line(direct::str_lit(&qname)),
            Entry::Line(direct::str_lit(local)),
            Entry::Block(start.to_string(), fields.iter().map(|f| Entry::Line(part_text(f))).collect()),
        ],
    );
    match direct::struct_text(&doc, name, &texts) {
        Some(mut text) => {
            text.push_str(&call);
            out.push_piece(Piece::Text(text))
        }
        None => {
            let doc = doc_attr(&doc);
            let id = ident(name);
            let decls = texts.iter().map(|f| {
                let id = ident(f.name);
                let ty = f.ty;
                let d = f.doc.as_deref().map(doc_attr);
                quote!(#d pub #id: #ty,)
            });
            out.push(quote! {
                #doc
                #[derive(Debug, Clone, Default, PartialEq)]
                pub struct #id { #(#decls)* }
            })?;
            out.push_piece(Piece::Text(call))
        }
    }
}

/// Emits an enumeration with an `Unknown(String)` fallback: one `ttsoap::__enum!` call.
pub fn emit_enum(plan: &Plan<'_>, t: &TypeDef, values: &[String]) -> Piece {
    let name = plan.type_names[&t.name].clone();
    let qname = plan.qname_text(&t.name);
    let doc = super::doc_text(t.documentation.as_deref().unwrap_or(&format!("`{qname}` enumeration.")));
    let mut scope = Scope::with_reserved(&["Unknown"]);
    let variants = values.iter().map(|v| Entry::Line(format!("{} {}", scope.claim(&camel(v)), direct::str_lit(v))));
    let args = [
        Entry::Line(name),
        Entry::Line(direct::str_lit(&qname)),
        Entry::Line(direct::str_lit(&doc)),
        Entry::Block("values".into(), variants.collect()),
    ];
    Piece::Text(direct::macro_entries("ttsoap::__enum", &args))
}

/// Emits the `AnyX` enum over the family rooted at `base`: one `ttsoap::__family!` call
/// listing each member once (the macro writes the enum, its accessors and its impls).
pub fn emit_any(plan: &Plan<'_>, base: &QName) -> Result<Piece> {
    let any = plan.any_names[base].clone();
    let members = plan.family(base);
    let base_text = plan.qname_text(base);
    let doc = super::doc_text(&format!(
        "Any value of the `{base_text}` family: the `xsi:type` of the element picks the variant; \
         an unknown subtype is kept as raw XML."
    ));
    let mut scope = Scope::with_reserved(&["Unknown"]);
    let variants: Vec<(String, &str, &str)> = members
        .iter()
        .map(|q| (scope.claim(&plan.type_names[q]), plan.type_names[q].as_str(), q.name.as_str()))
        .collect();
    let entries = variants.iter().map(|(v, t, local)| Entry::Line(format!("{v}({t}) {}", direct::str_lit(local))));
    let default = variants.first().map_or("Unknown", |(v, _, _)| v.as_str());
    let untyped = if members.first() == Some(base) { variants[0].0.as_str() } else { "Unknown" };
    let (accessors, base_copy) = shared_accessors(plan, base, &members, &variants)?;
    let mut args = vec![
        Entry::Line(any),
        Entry::Line(direct::str_lit(&doc)),
        Entry::Line(format!("default {default}")),
        Entry::Line(format!("untyped {untyped}")),
        Entry::Block("members".into(), entries.collect()),
        Entry::Block("accessors".into(), accessors),
    ];
    args.extend(base_copy);
    Ok(Piece::Text(direct::macro_entries("ttsoap::__family", &args)))
}

/// Method names an accessor must not take: the enum's own methods and the trait methods an
/// inherent method of that name would shadow (`AnyX::default()` must stay `Default`'s).
const TAKEN_METHODS: &[&str] =
    &["type_name", "default", "from", "into", "clone", "eq", "ne", "fmt", "encode", "decode", "nil"];

/// Accessors for the fields every member of the family shares (the base type's fields), as
/// `__family!` entries: `f f_mut "shown": val|opt T => F` gives `fn f(&self) -> Option<&T>`
/// and `fn f_mut(&mut self) -> Option<&mut F>`; and `base Base { fields }` when every base
/// field is shared, for `fn base(&self) -> Option<Base>` copying them all into the base struct.
///
/// They return `Option` because the `Unknown` variant (a subtype this code does not know,
/// kept as raw XML) has no fields; a static default could serve `&T` but never `&mut T`, and
/// `None` tells the caller the value was not decoded rather than pretending it was empty.
/// For a field that is itself an `Option<T>` (`opt`) the reader flattens both (`None` when
/// the variant is `Unknown` or the field absent) and the `_mut` form gives the `Option` itself
/// (`F`), so a caller can also set or clear it.
/// A field is left out when a member names or types it differently (never the case for a base
/// field, which every member flattens first) or when its name would clash with a method.
fn shared_accessors(
    plan: &Plan<'_>,
    base: &QName,
    members: &[QName],
    variants: &[(String, &str, &str)],
) -> Result<(Vec<Entry>, Option<Entry>)> {
    let Some(TypeKind::Struct(_)) = plan.type_def(base).map(|t| &t.kind) else {
        return Ok((Vec::new(), None));
    };
    if variants.is_empty() {
        return Ok((Vec::new(), None));
    }
    let base_refs = plan.all_fields(base);
    let base_fields = plan_fields(plan, base, &base_refs, true)?;
    let mut shared = vec![true; base_fields.len()];
    for q in members {
        let refs = plan.all_fields(q);
        let prefix = refs.get(..base_refs.len());
        if prefix.is_some_and(|p| p.iter().zip(&base_refs).all(|(a, b)| std::ptr::eq(*a, *b))) {
            // The member flattens the base's very fields first, so their Rust names, wire
            // names and types are the base's; only a `Box` that breaks a cycle through the
            // member (`boxed` is per owner) can change a type.
            let (in_member, in_base) = (plan.boxed_fields_of(q), plan.boxed_fields_of(base));
            if !in_member.is_empty() || !in_base.is_empty() {
                for (i, f) in base_refs.iter().enumerate() {
                    shared[i] &= in_member.contains(&f.name) == in_base.contains(&f.name);
                }
            }
        } else {
            let m = plan_fields(plan, q, &refs, true)?;
            for (i, f) in base_fields.iter().enumerate() {
                shared[i] &= m.get(i).is_some_and(|g| g.rust == f.rust && g.wire == f.wire && g.ty == f.ty);
            }
        }
    }
    let mut out = Vec::new();
    for (f, shared) in base_fields.iter().zip(&shared) {
        let mut_name = format!("{}_mut", f.rust);
        if !shared || TAKEN_METHODS.contains(&f.rust.as_str()) || TAKEN_METHODS.contains(&mut_name.as_str()) {
            continue;
        }
        let get = if matches!(f.mode, Mode::Optional | Mode::Nillable) { "opt" } else { "val" };
        out.push(Entry::Line(format!(
            "{} {mut_name} {}: {get} {} => {}",
            f.rust,
            direct::str_lit(f.shown()),
            direct::type_text(&f.value_ty),
            direct::type_text(&f.ty)
        )));
    }
    let all_shared = shared.iter().all(|s| *s);
    let clash = base_fields.iter().any(|f| f.rust == "base" || f.rust == "base_mut");
    let mut base_copy = None;
    if all_shared && !clash && !base_fields.is_empty() {
        let head = format!("base {} {}", plan.type_names[base], direct::str_lit(&plan.qname_text(base)));
        base_copy = Some(Entry::Block(head, base_fields.iter().map(|f| Entry::Line(f.rust.clone())).collect()));
    }
    Ok((out, base_copy))
}

/// The items of the `types` module for `types` (a run of the model's types), in order.
pub fn emit_types(plan: &Plan<'_>, types: &[TypeDef], out: &mut super::Formatter) -> Result<()> {
    for t in types {
        match &t.kind {
            TypeKind::Struct(_) => emit_struct(plan, t, out)?,
            TypeKind::Enum(e) => out.push_piece(emit_enum(plan, t, &e.values))?,
            TypeKind::Array(_) | TypeKind::Simple(_) => {}
        }
        if plan.any_names.contains_key(&t.name) {
            out.push_piece(emit_any(plan, &t.name)?)?;
        }
    }
    Ok(())
}

/// `for_each_type`, the last item of the `types` module.
pub fn emit_type_visits(plan: &Plan<'_>) -> Piece {
    let mut visits: Vec<(&str, String)> = Vec::new();
    for t in &plan.model.types {
        if let Some(n) = plan.type_names.get(&t.name) {
            visits.push((n, t.name.name.clone()));
        }
        if let Some(n) = plan.any_names.get(&t.name) {
            visits.push((n, format!("{}(any)", t.name.name)));
        }
    }
    const DOC: &str = "Calls `v.visit::<T>(xml_name)` for every struct, enumeration and polymorphic family.";
    let statements: Vec<String> = std::iter::once("let _ = &v;".to_string())
        .chain(visits.iter().map(|(n, xml)| format!("v.visit::<{n}>({});", direct::str_lit(xml))))
        .collect();
    let signature = "pub fn for_each_type(v: &mut impl ttsoap::encoding::TypeVisitor)";
    if let Some(text) = direct::visit_fn_text(DOC, signature, &statements) {
        return Piece::Text(text);
    }
    let visits = visits.iter().map(|(n, xml)| {
        let id = ident(n);
        quote!(v.visit::<#id>(#xml);)
    });
    let doc = doc_attr(DOC);
    Piece::Tokens(quote! {
        #doc
        pub fn for_each_type(v: &mut impl ttsoap::encoding::TypeVisitor) {
            let _ = &v;
            #(#visits)*
        }
    })
}
