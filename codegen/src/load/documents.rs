//! Reading the WSDL and everything it pulls in: `wsdl:import`, `xsd:import` and
//! `xsd:include` of local files (relative to the importing file), of URLs through the
//! caller's resolver, and of the well-known namespaces (SOAP-ENC, WSDL, XSD), which need no
//! file at all.
//!
//! The result is a flat list of WSDL documents (the main one first) and of schemas (inline
//! `types/schema` elements and imported `.xsd` files), each with the file it came from.

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};

use crate::error::{CodegenError, Result};
use crate::model::XSD_NS;

use super::catalog::Catalog;
use super::dom::{attr, attr_nonempty, children_in, is, ns, WSDL_NS};
use super::location::{is_well_known_location, is_well_known_namespace, Location};
use super::roots::Roots;
use super::tree::{Element, Node};
use super::{xmlfile, LoadOptions};

/// A WSDL document with its `types/schema` children moved out into [`SchemaDoc`]s.
pub(crate) struct WsdlDoc {
    /// The file (or URL) it came from.
    pub path: PathBuf,
    /// The `wsdl:definitions` element.
    pub root: Element,
    /// `definitions/@targetNamespace` ("" when absent).
    pub target_namespace: String,
}

/// One `xsd:schema`.
pub(crate) struct SchemaDoc {
    /// The file (or URL) it came from.
    pub path: PathBuf,
    /// The `xsd:schema` element.
    pub root: Element,
    /// Its target namespace (a chameleon include takes the includer's).
    pub target_namespace: String,
}

/// Everything that was read.
pub(crate) struct Documents {
    /// WSDL documents; index 0 is the file the caller named.
    pub wsdl: Vec<WsdlDoc>,
    /// Schemas in the order they were found.
    pub schemas: Vec<SchemaDoc>,
    /// The main document's root `xmlns:p="uri"` declarations, in document order.
    pub root_declarations: Vec<(String, String)>,
}

/// What an import may bring in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// `wsdl:import`: a WSDL document or a schema.
    WsdlOrSchema,
    /// `xsd:import` / `xsd:include`: a schema.
    Schema,
}

/// An import waiting to be read.
struct Pending {
    location: Location,
    importer: PathBuf,
    construct: String,
    expect: Expect,
    /// For `xsd:include`: the includer's target namespace.
    include_namespace: Option<String>,
    /// The line of the import element in the importing file.
    line: u64,
}

/// Reads `path` and every document it imports, transitively.
pub(crate) fn read_all(path: &Path, opts: &LoadOptions) -> Result<Documents> {
    let bytes = std::fs::read(path).map_err(|source| CodegenError::Io { path: path.to_path_buf(), source })?;
    let root = xmlfile::parse(path, &bytes)?;
    if !is(&root, WSDL_NS, "definitions") {
        return Err(not_definitions(path, &root));
    }
    let mut reader = Reader {
        opts,
        docs: Documents { wsdl: Vec::new(), schemas: Vec::new(), root_declarations: root.scope.declared.clone() },
        seen: HashSet::new(),
        queue: VecDeque::new(),
        roots: Roots::new(path, &opts.allowed_roots),
        catalog: opts.catalog.as_deref().map(Catalog::open).transpose()?,
    };
    let main = Location::File(path.to_path_buf());
    reader.seen.insert(main.key());
    reader.add_wsdl(&main, root)?;
    while let Some(p) = reader.queue.pop_front() {
        reader.fetch(p)?;
    }
    Ok(reader.docs)
}

fn not_definitions(path: &Path, root: &Element) -> CodegenError {
    let found = if ns(root).is_empty() { root.name.clone() } else { format!("{{{}}}{}", ns(root), root.name) };
    let hint = if root.name == "description" { " (WSDL 2.0 is not supported)" } else { "" };
    CodegenError::Invalid {
        line: Some(root.line),
        path: path.to_path_buf(),
        message: format!("the root element is <{found}>, expected wsdl:definitions in {WSDL_NS}{hint}"),
    }
}

struct Reader<'o> {
    opts: &'o LoadOptions,
    docs: Documents,
    seen: HashSet<String>,
    queue: VecDeque<Pending>,
    /// The folders local imports may read.
    roots: Roots,
    /// Local copies of URL imports.
    catalog: Option<Catalog>,
}

impl Reader<'_> {
    /// A URL import: its copy in the catalog, else what the resolver fetches; without either,
    /// an error that says how to provide one.
    fn remote(&self, url: &str) -> std::result::Result<Vec<u8>, String> {
        if let Some(file) = self.catalog.as_ref().and_then(|c| c.file_for(url)).filter(|f| f.is_file()) {
            return std::fs::read(&file).map_err(|e| format!("catalog file {}: {e}", file.display()));
        }
        if let Some(resolve) = &self.opts.resolver {
            return resolve(url).map(String::into_bytes);
        }
        let missing = match &self.catalog {
            Some(c) => format!("{}, and network access is off", c.describe(url)),
            None => "network access is off".to_string(),
        };
        Err(format!(
            "{missing}: give local copies with --catalog DIR (files laid out as DIR/host/path) or \
             --catalog FILE.json (a JSON object mapping each URL to a file), Builder::catalog(..) in a build \
             script; or allow downloads with --allow-network, Builder::allow_network(true)"
        ))
    }

    /// Registers a WSDL document: queues its imports and moves its schemas out.
    fn add_wsdl(&mut self, at: &Location, mut root: Element) -> Result<()> {
        let path = at.display_path();
        let target_namespace = attr(&root, "targetNamespace").unwrap_or("").trim().to_string();
        for imp in children_in(&root, WSDL_NS).filter(|c| c.name == "import") {
            let namespace = attr(imp, "namespace").unwrap_or("");
            let construct = format!("wsdl:import namespace=\"{namespace}\"");
            let Some(location) = attr_nonempty(imp, "location") else {
                return Err(CodegenError::Invalid {
                    line: Some(imp.line),
                    path,
                    message: format!("{construct} has no location attribute"),
                });
            };
            if is_well_known_namespace(namespace) || is_well_known_location(location) {
                continue;
            }
            let construct = format!("{construct} location=\"{location}\"");
            self.queue.push_back(Pending {
                location: at.join(location),
                importer: path.clone(),
                construct,
                expect: Expect::WsdlOrSchema,
                include_namespace: None,
                line: imp.line,
            });
        }
        let mut schemas = Vec::new();
        for node in root.children.iter_mut() {
            let Node::Element(types) = node else { continue };
            if !is(types, WSDL_NS, "types") {
                continue;
            }
            for inner in std::mem::take(&mut types.children) {
                if let Node::Element(schema) = inner {
                    if is(&schema, XSD_NS, "schema") {
                        schemas.push(schema);
                    }
                }
            }
        }
        self.docs.wsdl.push(WsdlDoc { path, root, target_namespace });
        for schema in schemas {
            self.add_schema(at, schema, None)?;
        }
        Ok(())
    }

    /// Registers a schema and queues its imports and includes.
    fn add_schema(&mut self, at: &Location, root: Element, include_namespace: Option<String>) -> Result<()> {
        let path = at.display_path();
        let own = attr(&root, "targetNamespace").map(|s| s.trim().to_string());
        let target_namespace = match (own, include_namespace) {
            (Some(own), Some(outer)) if own != outer => {
                return Err(CodegenError::Invalid {
                    line: Some(root.line),
                    path,
                    message: format!(
                        "an included schema must have the includer's targetNamespace \"{outer}\", not \"{own}\""
                    ),
                })
            }
            (Some(own), _) => own,
            (None, Some(outer)) => outer,
            (None, None) => String::new(),
        };
        for c in children_in(&root, XSD_NS) {
            match c.name.as_str() {
                "import" => {
                    let namespace = attr(c, "namespace").unwrap_or("").trim();
                    let location = attr_nonempty(c, "schemaLocation");
                    if is_well_known_namespace(namespace) || location.is_some_and(is_well_known_location) {
                        continue;
                    }
                    // No location: the namespace is another inline schema, or unknown (an
                    // error only if one of its names is used).
                    let Some(location) = location else { continue };
                    self.queue.push_back(Pending {
                        location: at.join(location),
                        importer: path.clone(),
                        construct: format!("xsd:import namespace=\"{namespace}\" schemaLocation=\"{location}\""),
                        expect: Expect::Schema,
                        include_namespace: None,
                        line: c.line,
                    });
                }
                "include" => {
                    let Some(location) = attr_nonempty(c, "schemaLocation") else {
                        return Err(CodegenError::Invalid {
                            line: Some(c.line),
                            path,
                            message: "xsd:include without a schemaLocation".into(),
                        });
                    };
                    self.queue.push_back(Pending {
                        location: at.join(location),
                        importer: path.clone(),
                        construct: format!("xsd:include schemaLocation=\"{location}\""),
                        expect: Expect::Schema,
                        include_namespace: Some(target_namespace.clone()),
                        line: c.line,
                    });
                }
                "redefine" | "override" => {
                    return Err(CodegenError::Unsupported {
                        line: Some(c.line),
                        path,
                        construct: format!(
                            "xsd:{} schemaLocation=\"{}\" in schema \"{target_namespace}\"",
                            c.name,
                            attr(c, "schemaLocation").unwrap_or("")
                        ),
                    })
                }
                _ => {}
            }
        }
        self.docs.schemas.push(SchemaDoc { path, root, target_namespace });
        Ok(())
    }

    /// Reads a queued import (once per document) and registers what it holds.
    fn fetch(&mut self, p: Pending) -> Result<()> {
        if let Location::File(file) = &p.location {
            if !self.roots.contain(file) {
                return Err(CodegenError::OutsideRoot {
                    line: Some(p.line),
                    path: p.importer.clone(),
                    construct: p.construct.clone(),
                    location: file.display().to_string(),
                    roots: self.roots.describe(),
                });
            }
        }
        let key = match &p.include_namespace {
            Some(ns) => format!("{}#include:{ns}", p.location.key()),
            None => p.location.key(),
        };
        if !self.seen.insert(key) {
            return Ok(());
        }
        let import_error = |reason: String| CodegenError::Import {
            line: Some(p.line),
            path: p.importer.clone(),
            construct: p.construct.clone(),
            location: p.location.display_path().to_string_lossy().into_owned(),
            reason,
        };
        let bytes = match &p.location {
            Location::File(file) => std::fs::read(file).map_err(|e| import_error(e.to_string()))?,
            Location::Url(url) => self.remote(url).map_err(import_error)?,
        };
        let path = p.location.display_path();
        let root = xmlfile::parse(&path, &bytes)?;
        if is(&root, XSD_NS, "schema") {
            self.add_schema(&p.location, root, p.include_namespace)
        } else if p.expect == Expect::WsdlOrSchema && is(&root, WSDL_NS, "definitions") {
            self.add_wsdl(&p.location, root)
        } else {
            let wanted = if p.expect == Expect::Schema { "xsd:schema" } else { "wsdl:definitions or xsd:schema" };
            Err(CodegenError::Invalid {
                line: Some(root.line),
                path,
                message: format!(
                    "imported by {} ({}) but its root element is <{}>, expected {wanted}",
                    p.importer.display(),
                    p.construct,
                    root.name
                ),
            })
        }
    }
}
