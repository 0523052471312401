//! Loading: WSDL 1.1 and XSD documents -> [`Model`].
//!
//! The stages, one module each:
//!
//! - `documents`: read the main file and every local (or resolver-fetched) import and include;
//!   `xmlfile` parses one file into a `tree`, `location` resolves import locations, `catalog`
//!   finds local copies of URL imports, `roots` keeps local imports inside the allowed folders;
//! - `schema`: every schema's types and global elements (`index` finds the declarations,
//!   `convert`, `complex`, `particles` and `simple` turn them into [`crate::model::TypeDef`]s,
//!   `check` verifies the references);
//! - `wsdl` and `binding`: messages, portTypes, SOAP bindings and services;
//! - `prefixes`: the prefix to write for each namespace.
//!
//! Names are always resolved by namespace URI, never by prefix text. Nothing here panics on
//! bad input: every problem is a [`crate::CodegenError`] naming the file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::model::{Model, Style, TypeKind, SOAP_ENC_NS, XSD_NS};

mod binding;
mod catalog;
mod check;
mod complex;
mod convert;
mod documents;
pub(crate) mod dom;
mod index;
pub(crate) mod location;
mod particles;
mod prefixes;
mod roots;
mod schema;
mod simple;
pub(crate) mod tree;
mod wsdl;
pub(crate) mod xmlfile;

/// Fetches a document that is not a local file (only when the caller allows it).
pub type Resolver = dyn Fn(&str) -> std::result::Result<String, String> + Send + Sync;

/// Options for [`load`].
#[derive(Default)]
pub struct LoadOptions {
    /// Called for imports that are URLs and not in the [`catalog`](Self::catalog); without
    /// it, such an import is an error (no network).
    pub resolver: Option<Box<Resolver>>,
    /// Local copies of URL imports, looked up before the resolver: a folder laid out as
    /// `DIR/host/path`, or a JSON file mapping each URL to a file (relative to the JSON file).
    pub catalog: Option<PathBuf>,
    /// Folders (besides the main WSDL's own) that local imports may read. A `location` or
    /// `schemaLocation` that leads anywhere else is a [`crate::CodegenError::OutsideRoot`].
    pub allowed_roots: Vec<PathBuf>,
}

/// Loads `path` and every local file it imports or includes, and builds the model.
pub fn load(path: &Path, opts: &LoadOptions) -> Result<Model> {
    let docs = documents::read_all(path, opts)?;
    let schemas = schema::build(&docs.schemas)?;
    let wsdl = wsdl::build(&docs.wsdl, &schemas)?;

    let mut used: BTreeSet<String> = schemas
        .types
        .iter()
        .map(|t| &t.name.namespace)
        .chain(schemas.elements.iter().map(|e| &e.name.namespace))
        .cloned()
        .collect();
    // Qualified element names need a prefix for their namespace too (usually one of the above).
    for t in &schemas.types {
        if let TypeKind::Struct(st) = &t.kind {
            used.extend(st.fields.iter().filter(|f| f.qualified).map(|f| f.namespace.clone()));
        }
    }
    for op in wsdl.bindings.iter().flat_map(|b| &b.operations).filter(|op| op.style == Style::Rpc) {
        used.extend(op.input.namespace.iter().chain(op.output.iter().flat_map(|o| &o.namespace)).cloned());
    }
    // A header with a type part is an element in its `soap:header/@namespace`.
    for b in
        wsdl.bindings.iter().flat_map(|b| &b.operations).flat_map(|op| std::iter::once(&op.input).chain(&op.output))
    {
        let typed = b.headers.iter().filter(|h| matches!(h.part.kind, crate::model::PartKind::Type(_)));
        used.extend(typed.filter_map(|h| h.namespace.clone()));
    }
    used.retain(|n| !n.is_empty() && n != XSD_NS && n != SOAP_ENC_NS && n != dom::XML_NS);
    let schema_declarations: Vec<(String, String)> =
        docs.schemas.iter().flat_map(|s| s.root.scope.in_scope()).collect();
    let prefixes = prefixes::choose(
        &used,
        &prefixes::PrefixSources {
            binding_hints: &wsdl.binding_hints,
            root_declarations: &docs.root_declarations,
            schema_declarations: &schema_declarations,
        },
    );

    let main = docs.wsdl.first();
    Ok(Model {
        name: main.and_then(|d| dom::attr_nonempty(&d.root, "name")).map(str::to_string),
        target_namespace: main.map(|d| d.target_namespace.clone()).unwrap_or_default(),
        prefixes,
        services: wsdl.services,
        bindings: wsdl.bindings,
        types: schemas.types,
        elements: schemas.elements,
        warnings: schemas.warnings,
    })
}
