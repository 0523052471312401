//! Emission: [`Model`] -> Rust source for the `ttsoap` runtime.
//!
//! The output is a set of modules (`types`, `ops`, `client`, `server`, plus a hidden `ti`
//! module of type descriptors) that refer to each other through `super::`, so they work both
//! as files of a crate ([`Emitted::files`]) and inlined into one file for `include!`
//! ([`Emitted::single_file`]). Output is deterministic: the same model gives the same bytes.

mod api;
mod attrs;
mod bindings;
mod call_methods;
mod conventions;
mod cycles;
mod direct;
mod edits;
mod headers;
mod inspect;
mod layout;
pub mod names;
mod ops;
mod plan;
mod rust_type;
mod server;
mod service_methods;
mod session_parts;
pub mod subset;
mod types;

pub(crate) use headers::header_element;
pub use inspect::plan_json;
use proc_macro2::TokenStream;
use quote::quote;

use crate::error::{CodegenError, Result};
use crate::model::Model;
use plan::{ident, Plan};

/// Options for emission.
#[derive(Debug, Clone, Default)]
pub struct EmitOptions {
    /// A line written at the top of every file (e.g. the command that regenerates it).
    pub header: Option<String>,
    /// The WSDL the model came from; with it, the root gets a `WSDL` constant
    /// (`ttsoap::WsdlInfo`) that a program can compare with the server's version.
    pub source: Option<WsdlSource>,
    /// The parts a generated `Session` fills in, named by the build script; `None` finds them
    /// by rule (see `session_parts`).
    pub session_parts: Option<Vec<String>>,
    /// Only these operations (by WSDL name) and the types they reach; `None`: all of them.
    pub operations: Option<Vec<String>>,
}

/// Where a model came from, recorded in the generated `WSDL` constant.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WsdlSource {
    /// The WSDL's file name.
    pub name: String,
    /// SHA-256 of its bytes, lower-case hex.
    pub sha256: String,
    /// A version label (`Helix ALM 2017`), or "".
    pub label: String,
}

/// Generated source, one entry per module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emitted {
    /// Module name -> formatted source. `lib` is the root.
    pub modules: Vec<(String, String)>,
    root_items: String,
    header: String,
}

/// A `#[doc = "..."]` attribute.
pub(crate) fn doc_attr(text: &str) -> TokenStream {
    let text = doc_text(text);
    quote!(#[doc = #text])
}

/// The value of a doc attribute for `text`: each line trimmed and after one space.
pub(crate) fn doc_text(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(|l| format!(" {}", l.trim())).collect();
    if lines.is_empty() {
        " ".to_string()
    } else {
        lines.join("\n")
    }
}

/// Formats a module piece by piece as the emitter produces them: each piece is parsed on its
/// own and printed in small batches, and dropped before the next one is built, so only a few
/// token streams and syntax trees exist at once and the time stays linear in the module's
/// size. prettyplease prints a file's items one after the other, so the text is the same as
/// for one big file.
pub(crate) struct Formatter {
    out: String,
    file: syn::File,
    timed: Option<(std::time::Duration, std::time::Duration, usize)>,
}

impl Formatter {
    pub(crate) const BATCH: usize = 64;

    pub(crate) fn new() -> Self {
        let timed = std::env::var_os("TTSOAP_CODEGEN_TIMES").map(|_| Default::default());
        Formatter { out: String::new(), file: syn::File { shebang: None, attrs: Vec::new(), items: Vec::new() }, timed }
    }

    /// Adds one piece (any number of items).
    pub(crate) fn push(&mut self, piece: TokenStream) -> Result<()> {
        let t = std::time::Instant::now();
        let part: syn::File = syn::parse2(piece).map_err(|e| CodegenError::Emit(e.to_string()))?;
        if let Some((parse, _, n)) = &mut self.timed {
            *parse += t.elapsed();
            *n += 1;
        }
        self.push_file(part);
        Ok(())
    }

    /// Adds items parsed (or built) already.
    pub(crate) fn push_file(&mut self, part: syn::File) {
        self.file.items.extend(part.items);
        if self.file.items.len() >= Self::BATCH {
            self.print();
        }
    }

    /// Adds a piece: tokens to format, or text printed already (see [`direct`]).
    pub(crate) fn push_piece(&mut self, piece: direct::Piece) -> Result<()> {
        match piece {
            direct::Piece::Tokens(t) => self.push(t),
            direct::Piece::Text(text) => {
                if !self.file.items.is_empty() {
                    self.print();
                }
                self.out.push_str(&text);
                Ok(())
            }
        }
    }

    /// Prints the batch: the runtime's declaration macros one entry per line (see
    /// [`layout`]), runs of other items through prettyplease.
    fn print(&mut self) {
        let t = std::time::Instant::now();
        let mut run = syn::File { shebang: None, attrs: Vec::new(), items: Vec::new() };
        for item in self.file.items.drain(..) {
            match layout::macro_item(&item) {
                Some(text) => {
                    if !run.items.is_empty() {
                        self.out.push_str(&prettyplease::unparse(&run));
                        run.items.clear();
                    }
                    self.out.push_str(&text);
                }
                None => run.items.push(item),
            }
        }
        if !run.items.is_empty() || self.out.is_empty() {
            self.out.push_str(&prettyplease::unparse(&run));
        }
        if let Some((_, print, _)) = &mut self.timed {
            *print += t.elapsed();
        }
    }

    /// The formatted text.
    pub(crate) fn finish(mut self) -> String {
        if !self.file.items.is_empty() || self.out.is_empty() {
            self.print();
        }
        if let Some((parse, print, n)) = self.timed {
            eprintln!("  format {n} pieces: parse {parse:?}, print {print:?}");
        }
        self.out
    }
}

/// Formats whole pieces at once (see [`Formatter`]).
fn format(pieces: Vec<TokenStream>) -> Result<String> {
    let mut f = Formatter::new();
    for p in pieces {
        f.push(p)?;
    }
    Ok(f.finish())
}

/// Where generated files point readers for the declaration macros' grammar.
const MACROS_NOTE: &str =
    "The `ttsoap::__struct!`, `__message!` and `__operation!` calls (one entry per line) are documented in `ttsoap::macros`.";

const LINTS: &str =
    "#[allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case, unused_imports, dead_code)]";

/// The Rust type of every struct's own fields and of every operation's parts, exactly as
/// emission writes them (after `Option`, `Vec`, `Box` and secret types are applied). Keys are
/// `(owner, name)`: a type's `{namespace}name` text, or `op NAME in`/`op NAME out` for parts.
/// The model diff uses it to tell which changes break source that uses the bindings.
pub(crate) fn rust_types(model: &Model) -> Result<std::collections::BTreeMap<(String, String), String>> {
    let plan = Plan::new(model)?;
    let mut out = std::collections::BTreeMap::new();
    for t in &model.types {
        if let crate::model::TypeKind::Struct(s) = &t.kind {
            let own: Vec<&crate::model::Field> = s.fields.iter().collect();
            for f in types::plan_fields(&plan, &t.name, &own, true)? {
                out.insert((t.name.to_string(), f.wire), f.ty.to_string());
            }
        }
    }
    for op in ops::plan_ops(&plan)? {
        let declared = [("in", Some(&op.op.input), &op.inputs), ("out", op.op.output.as_ref(), &op.outputs)];
        for (dir, body, plans) in declared {
            let names = body.into_iter().flat_map(|b| &b.parts).map(|p| p.name.clone());
            for (name, f) in names.zip(plans) {
                out.insert((format!("op {} {dir}", op.op.name), name), f.ty.to_string());
            }
        }
    }
    Ok(out)
}

/// Types per chunk of the `types` module (see [`emit`]).
const TYPES_CHUNK: usize = 1000;

/// One formatting job of [`emit`].
#[derive(Debug)]
enum Job {
    /// The types from this index on (at most [`TYPES_CHUNK`]).
    Types(usize),
    /// `for_each_type`, the last item of `types`.
    TypeVisits,
    Client,
    Ops,
    Ti,
    Server,
}

/// Emits the code for `model`. The modules are generated and formatted on separate threads
/// (token streams are not `Send`, so each thread builds its own).
pub fn emit(model: &Model, opts: &EmitOptions) -> Result<Emitted> {
    let kept;
    let model = match &opts.operations {
        Some(ops) => {
            let path = opts.source.as_ref().map(|s| std::path::PathBuf::from(&s.name)).unwrap_or_default();
            kept = subset::subset(model, ops, &path)?;
            &kept
        }
        None => model,
    };
    let plan = Plan::new(model)?;
    let prelude = || {
        quote!(
            use super::ti;
            use ttsoap::{Decode as _, Encode as _};
        )
    };
    let plan = &plan;
    // The types module is cut into chunks of types, formatted on their own and joined in
    // order (the same text as one piece: prettyplease prints items one after the other); the
    // chunks and the other modules are pulled by two workers (the machines have two cores).
    let n_types = plan.model.types.len();
    let mut jobs: Vec<Job> = (0..n_types.div_ceil(TYPES_CHUNK)).map(|c| Job::Types(c * TYPES_CHUNK)).collect();
    jobs.extend([Job::TypeVisits, Job::Client, Job::Ops, Job::Ti, Job::Server]);
    // The operations are planned once and shared (the plans hold no token streams).
    let (primary_ops, extras) = ops::plan_all(plan)?;
    let (ops, extras) = (&primary_ops, &extras);
    let run_job = |job: &Job| -> Result<String> {
        let mut f = Formatter::new();
        match job {
            Job::Types(start) => {
                if *start == 0 {
                    f.push(prelude())?;
                }
                let end = (start + TYPES_CHUNK).min(n_types);
                types::emit_types(plan, &plan.model.types[*start..end], &mut f)?;
            }
            Job::TypeVisits => {
                if n_types == 0 {
                    f.push(prelude())?;
                }
                f.push_piece(types::emit_type_visits(plan))?;
            }
            Job::Ti => emit_ti(plan, &mut f)?,
            other => {
                let all = all_ops(ops, extras);
                let headers = ops::plan_headers(plan, &all)?;
                let names = bindings::binding_names(extras);
                f.push(prelude())?;
                match other {
                    Job::Client => {
                        let conventions = conventions::find(plan, ops, opts.session_parts.as_deref());
                        let address = plan.binding.and_then(|b| plan.model.address_of(&b.name));
                        f.push_file(api::emit_api(ops, &conventions, !headers.is_empty(), address)?);
                        if !extras.is_empty() {
                            f.push(bindings::emit_clients(plan, extras, &names, !headers.is_empty()))?;
                        }
                    }
                    Job::Ops => {
                        for item in ops::emit_ops(plan, &all, ops.len(), &headers) {
                            f.push_piece(item)?;
                        }
                    }
                    _ => {
                        f.push_file(server::emit_server(ops)?);
                        if !headers.is_empty() {
                            f.push(headers::emit_understood(&headers))?;
                        }
                        if !extras.is_empty() {
                            for file in bindings::emit_services(plan, extras, &names)? {
                                f.push_file(file);
                            }
                        }
                    }
                }
            }
        }
        Ok(f.finish())
    };
    let run = |job: &Job| -> Result<String> {
        let t = std::time::Instant::now();
        let r = run_job(job);
        if std::env::var_os("TTSOAP_CODEGEN_TIMES").is_some() {
            eprintln!("emit {job:?}: {:?}", t.elapsed());
        }
        r
    };
    // The longest jobs start first, so that the two workers finish at about the same time.
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| match jobs[i] {
        Job::Client => 0,
        Job::Types(_) => 1,
        Job::Server => 2,
        Job::Ti => 3,
        Job::Ops => 4,
        Job::TypeVisits => 5,
    });
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Result<String>>>> = jobs.iter().map(|_| Default::default()).collect();
    std::thread::scope(|s| {
        let work = || loop {
            let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(&i) = order.get(n) else { break };
            let job = &jobs[i];
            let out = run(job);
            if let Ok(mut slot) = results[i].lock() {
                *slot = Some(out);
            }
        };
        s.spawn(work);
        work();
    });
    let mut done = results.into_iter().map(|m| {
        m.into_inner().ok().flatten().unwrap_or_else(|| Err(CodegenError::Emit("an emitter thread panicked".into())))
    });
    let mut take = || done.next().unwrap_or_else(|| Err(CodegenError::Emit("missing module".into())));
    let mut types = String::new();
    for _ in 0..=n_types.div_ceil(TYPES_CHUNK) {
        types.push_str(&take()?);
    }
    let (client, ops_src, ti, server) = (take()?, take()?, take()?, take()?);
    let namespaces = plan.model.prefixes.iter().map(|p| {
        let (px, ns) = (&p.prefix, &p.namespace);
        quote!((#px, #ns),)
    });
    let source = opts.source.as_ref().map(|w| {
        let (name, sha256, label) = (&w.name, &w.sha256, &w.label);
        let operations = proc_macro2::Literal::usize_unsuffixed(plan.binding.map_or(0, |b| b.operations.len()));
        quote! {
            /// The WSDL these bindings were generated from (compare it with
            /// `Session::server_version()`; `ttsoap-codegen diff` says what differs).
            pub const WSDL: ttsoap::WsdlInfo =
                ttsoap::WsdlInfo { name: #name, sha256: #sha256, label: #label, operations: #operations };
        }
    });
    let headers = ops::plan_headers(plan, &all_ops(ops, extras))?;
    let header_items = {
        let newtypes: Vec<TokenStream> =
            headers.iter().filter(|h| h.newtype.is_some()).map(|h| h.rust.clone()).collect();
        match (headers.is_empty(), newtypes.is_empty()) {
            (true, _) => quote!(),
            (false, true) => quote!(
                pub use ttsoap::headers::{Header, Headers, ReceivedHeaders, Reply};
            ),
            (false, false) => quote! {
                pub use ttsoap::headers::{Header, Headers, ReceivedHeaders, Reply};
                pub use ops::{#(#newtypes),*};
            },
        }
    };
    let extra_items = if extras.is_empty() {
        quote!()
    } else {
        let names = bindings::binding_names(extras);
        let clients = names.iter().map(|n| ident(&n.client));
        let services = names.iter().map(|n| ident(&n.service));
        quote! {
            pub use client::{#(#clients),*};
            pub use server::{#(#services),*};
        }
    };
    let addresses = bindings::emit_addresses(plan.model);
    let has_session = conventions::Conventions::has_cookie_session(ops)
        || !session_parts::find(ops, opts.session_parts.as_deref()).is_empty();
    let (client_items, prelude_items) = if has_session {
        (quote!({Client, Session}), quote!({Client, Cookie, EditOutcome, Error, FaultKind, Password, Session}))
    } else {
        (quote!(Client), quote!({Client, Cookie, EditOutcome, Error, FaultKind, Password}))
    };
    let root = quote! {
        /// Prefixes used in `xsi:type` values, declared on every envelope.
        pub const NAMESPACES: &[(&str, &str)] = &[#(#namespaces)*];
        #source
        pub use client::#client_items;
        pub use server::Service;
        /// The runtime these bindings use (`ttsoap`): a program needs no other dependency.
        pub use ttsoap as runtime;
        pub use ttsoap::{Bytes, Cookie, Date, DateParts, DateTime, Decimal};
        pub use ttsoap::{EditAttempt, EditGuard, EditOutcome, Error, Fault, FaultKind};
        pub use ttsoap::{Password, ServerVersion, WsdlInfo};
        pub use types::*;
        #header_items
        #extra_items
        #addresses

        /// The names most programs use: `use testtrack::prelude::*;`.
        pub mod prelude {
            pub use super::#prelude_items;
        }
    };
    let header = match &opts.header {
        Some(h) => format!("// {h}\n"),
        None => String::new(),
    };
    let modules = vec![
        ("types".to_string(), types),
        ("ops".to_string(), ops_src),
        ("client".to_string(), client),
        ("server".to_string(), server),
        ("ti".to_string(), ti),
    ];
    Ok(Emitted { modules, root_items: format(vec![root])?, header })
}

/// The operations of every binding, the primary one's first.
fn all_ops<'a, 'm>(primary: &'a [ops::OpPlan<'m>], extras: &'a [ops::BindingOps<'m>]) -> Vec<&'a ops::OpPlan<'m>> {
    primary.iter().chain(extras.iter().flat_map(|b| &b.ops)).collect()
}

/// The `ti` module: one type descriptor per named type, printed as text (see [`direct`]);
/// a descriptor whose line is too long for that goes through prettyplease.
fn emit_ti(plan: &Plan<'_>, out: &mut Formatter) -> Result<()> {
    let mut text = String::new();
    text.push_str("pub const ANY_TYPE: ttsoap::TypeInfo = ttsoap::TypeInfo::named(\"xsd:anyType\");\n");
    for (c, (xml, item)) in &plan.type_infos {
        let item_c = item.as_ref().and_then(|q| plan.ti_by_qname.get(q));
        if let Some(t) = direct::type_info_text(c, xml, item_c.map(String::as_str)) {
            text.push_str(&t);
            continue;
        }
        out.push_piece(direct::Piece::Text(std::mem::take(&mut text)))?;
        let id = ident(c);
        out.push(match item_c {
            Some(item_c) => {
                let item_id = ident(item_c);
                quote!(pub const #id: ttsoap::TypeInfo = ttsoap::TypeInfo::array(#xml, &#item_id);)
            }
            None => quote!(pub const #id: ttsoap::TypeInfo = ttsoap::TypeInfo::named(#xml);),
        })?;
    }
    out.push_piece(direct::Piece::Text(text))
}

fn module_doc(name: &str) -> &'static str {
    match name {
        "types" => "Structs, enumerations and polymorphic families of the WSDL's schemas.",
        "ops" => "Request and response messages of every operation.",
        "client" => "The typed client (one method per operation) and the session API.",
        "server" => "The server-side trait and request dispatch.",
        _ => "Type descriptors used by the encoder.",
    }
}

impl Emitted {
    /// One file per module plus `lib.rs`, for a checked-in crate. Paths are relative to the
    /// crate's `src/`.
    pub fn files(&self) -> Vec<(String, String)> {
        let mut lib = self.header.clone();
        lib.push_str("//! Generated by ttsoap-codegen. Do not edit by hand.\n");
        lib.push_str(&format!("//!\n//! {MACROS_NOTE}\n\n"));
        let mut out = Vec::new();
        for (name, src) in &self.modules {
            lib.push_str(&format!("/// {}\n", module_doc(name)));
            if name == "ti" {
                lib.push_str("#[doc(hidden)]\n");
            }
            lib.push_str(LINTS);
            lib.push_str(&format!("\n#[rustfmt::skip]\npub mod {name};\n"));
            let note =
                if matches!(name.as_str(), "types" | "ops") { format!("// {MACROS_NOTE}\n") } else { String::new() };
            out.push((format!("{name}.rs"), format!("{}{note}{}", self.header, src)));
        }
        lib.push('\n');
        lib.push_str(&self.root_items);
        out.insert(0, ("lib.rs".to_string(), lib));
        out
    }

    /// Everything in one file, for `include!` from `build.rs` output.
    pub fn single_file(&self) -> String {
        let mut s = self.header.clone();
        s.push_str("// Generated by ttsoap-codegen. Do not edit by hand.\n");
        s.push_str(&format!("// {MACROS_NOTE}\n\n"));
        for (name, src) in &self.modules {
            s.push_str(&format!("/// {}\n", module_doc(name)));
            if name == "ti" {
                s.push_str("#[doc(hidden)]\n");
            }
            s.push_str(LINTS);
            s.push_str(&format!("\npub mod {name} {{\n"));
            for line in src.lines() {
                if line.is_empty() {
                    s.push('\n');
                } else {
                    s.push_str("    ");
                    s.push_str(line);
                    s.push('\n');
                }
            }
            s.push_str("}\n\n");
        }
        s.push_str(&self.root_items);
        s
    }
}
