//! [`Builder`]: the generator as a library, for `build.rs` scripts and tools.
//!
//! In `build.rs`:
//!
//! ```no_run
//! ttsoap_codegen::Builder::new()
//!     .wsdl("wsdl/ttsoapcgi.wsdl")
//!     .generate_to_out_dir()
//!     .expect("generate TestTrack bindings");
//! ```
//!
//! and in `src/lib.rs`: `include!(concat!(env!("OUT_DIR"), "/ttsoapcgi.rs"));`

use std::path::{Path, PathBuf};

use crate::emit::{emit, EmitOptions, Emitted};
use crate::error::{CodegenError, Result};
use crate::load::{load, LoadOptions};
use crate::model::Model;

/// Configures and runs the generator.
#[derive(Default)]
pub struct Builder {
    wsdl: Option<PathBuf>,
    file_name: Option<String>,
    header: Option<String>,
    load: LoadOptions,
    rerun: Option<bool>,
    lock: Option<PathBuf>,
    label: Option<String>,
    /// `allow_network(true)` in a build without the `fetch` feature: an error when loading.
    network_unavailable: bool,
    session_parts: Option<Vec<String>>,
    operations: Option<Vec<String>>,
}

impl Builder {
    /// A builder with defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// The WSDL to read.
    pub fn wsdl(mut self, path: impl AsRef<Path>) -> Self {
        self.wsdl = Some(path.as_ref().to_path_buf());
        self
    }

    /// Name of the single output file (default: the WSDL's stem plus `.rs`).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The parts (by name, in order) that a generated `Session` fills in on every operation
    /// that starts with them, e.g. `["username", "password"]`. Without it they are found by
    /// rule: the leading parts with the same name and type in at least 80% of the operations.
    pub fn session_parts<S: Into<String>>(mut self, parts: impl IntoIterator<Item = S>) -> Self {
        self.session_parts = Some(parts.into_iter().map(Into::into).collect());
        self
    }

    /// Generates only these operations (by their WSDL names, in every binding) and the types
    /// they reach: the types of their parts, of those types' fields and array items, their
    /// bases, and every type derived from a reached one (a response may name any of them in
    /// `xsi:type`). A name the WSDL does not declare is an error. For a build script that calls
    /// a few operations of a large service:
    ///
    /// ```no_run
    /// ttsoap_codegen::Builder::new()
    ///     .wsdl("wsdl/ttsoapcgi.wsdl")
    ///     .operations(["ProjectLogon", "DatabaseLogoff", "getDefect"])
    ///     .generate_to_out_dir()
    ///     .expect("generate the bindings");
    /// ```
    pub fn operations<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.operations = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// A comment line put at the top of every generated file.
    pub fn header(mut self, line: impl Into<String>) -> Self {
        self.header = Some(line.into());
        self
    }

    /// Lets imports of URLs be fetched by `resolver` (there is no network access otherwise).
    pub fn resolver(mut self, resolver: Box<crate::load::Resolver>) -> Self {
        self.load.resolver = Some(resolver);
        self
    }

    /// Local copies of imports that are URLs, looked up before any download: a folder laid
    /// out as `DIR/host/path` (`http://schemas.example.com/a/t.xsd` is
    /// `DIR/schemas.example.com/a/t.xsd`), or a JSON file mapping each URL to a file (relative
    /// to the JSON file's folder). The copies' own relative imports resolve against their URL,
    /// so they are looked up in the catalog too.
    pub fn catalog(mut self, path: impl AsRef<Path>) -> Self {
        self.load.catalog = Some(path.as_ref().to_path_buf());
        self
    }

    /// Lets imports of URLs that the [`catalog`](Self::catalog) does not hold be downloaded
    /// (with the runtime's transport, as `ttsoap-codegen fetch` does; proxy variables apply).
    /// Off by default: generation is offline unless asked. Needs the `fetch` feature.
    pub fn allow_network(mut self, on: bool) -> Self {
        #[cfg(feature = "fetch")]
        {
            self.load.resolver =
                on.then(|| crate::fetch::network_resolver(ttsoap::transport::TransportConfig::default()));
        }
        #[cfg(not(feature = "fetch"))]
        {
            self.network_unavailable = on;
        }
        self
    }

    /// Lets local imports read files under `dir` too (by default only the WSDL's own folder
    /// and its sub-folders may be read). May be called more than once.
    pub fn allow_root(mut self, dir: impl AsRef<Path>) -> Self {
        self.load.allowed_roots.push(dir.as_ref().to_path_buf());
        self
    }

    /// Whether to print `cargo:rerun-if-changed` lines (default: when `OUT_DIR` is set, i.e.
    /// inside a build script).
    pub fn rerun_if_changed(mut self, on: bool) -> Self {
        self.rerun = Some(on);
        self
    }

    /// A version label recorded in the generated `WSDL` constant (`Helix ALM 2017`), so a
    /// program can say which interface its bindings speak.
    pub fn version_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Checks the WSDL and its imports against a lock file written by `ttsoap-codegen fetch`
    /// before loading: a document changed on disk since it was fetched is an error, not a
    /// silent regeneration.
    ///
    /// ```no_run
    /// ttsoap_codegen::Builder::new()
    ///     .wsdl("wsdl/site/ttsoapcgi.wsdl")
    ///     .lock_file("wsdl/site/wsdl.lock.json")
    ///     .generate_to_out_dir()
    ///     .expect("generate the site's bindings");
    /// ```
    pub fn lock_file(mut self, path: impl AsRef<Path>) -> Self {
        self.lock = Some(path.as_ref().to_path_buf());
        self
    }

    fn path(&self) -> Result<&Path> {
        self.wsdl.as_deref().ok_or_else(|| CodegenError::Invalid {
            line: None,
            path: PathBuf::new(),
            message: "no WSDL given: call Builder::wsdl(path) first".into(),
        })
    }

    /// Loads the WSDL into the model.
    pub fn model(&self) -> Result<Model> {
        if self.network_unavailable {
            return Err(CodegenError::Invalid {
                line: None,
                path: self.path()?.to_path_buf(),
                message: "Builder::allow_network needs the `fetch` feature of ttsoap-codegen".into(),
            });
        }
        if let Some(lock) = &self.lock {
            crate::lock::Lock::verify(lock, self.path()?)?;
        }
        load(self.path()?, &self.load)
    }

    /// Loads and emits. In a build script, each of the model's warnings (a construct read
    /// only in part) is passed to cargo as a `cargo:warning` line.
    pub fn emit(&self) -> Result<Emitted> {
        let t = std::time::Instant::now();
        let model = self.model()?;
        if std::env::var_os("OUT_DIR").is_some() {
            for w in &model.warnings {
                println!("cargo:warning=ttsoap-codegen: {w}");
            }
        }
        if std::env::var_os("TTSOAP_CODEGEN_TIMES").is_some() {
            eprintln!("load + model: {:?}", t.elapsed());
        }
        self.emit_model(&model)
    }

    /// Emits `model`, loaded from this builder's WSDL (for callers that already hold the model).
    pub fn emit_model(&self, model: &Model) -> Result<Emitted> {
        let path = self.path()?;
        let bytes = std::fs::read(path).map_err(|e| io_err(path, e))?;
        let source = crate::emit::WsdlSource {
            name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            sha256: crate::lock::sha256_hex(&bytes),
            label: self.label.clone().unwrap_or_default(),
        };
        let t = std::time::Instant::now();
        let out = emit(
            model,
            &EmitOptions {
                header: self.header.clone(),
                source: Some(source),
                session_parts: self.session_parts.clone(),
                operations: self.operations.clone(),
            },
        );
        if std::env::var_os("TTSOAP_CODEGEN_TIMES").is_some() {
            eprintln!("emit + format: {:?}", t.elapsed());
        }
        out
    }

    fn announce(&self) {
        let on = self.rerun.unwrap_or_else(|| std::env::var_os("OUT_DIR").is_some());
        if let (true, Some(p)) = (on, &self.wsdl) {
            println!("cargo:rerun-if-changed={}", p.display());
            if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                println!("cargo:rerun-if-changed={}", dir.display());
            }
            if let Some(lock) = &self.lock {
                println!("cargo:rerun-if-changed={}", lock.display());
            }
        }
    }

    /// Writes everything as one file into `out_dir` and returns its path.
    pub fn generate(self, out_dir: impl AsRef<Path>) -> Result<PathBuf> {
        self.announce();
        let emitted = self.emit()?;
        self.write_file(&emitted, out_dir)
    }

    /// Writes `emitted` as one file into `out_dir` (named as [`generate`](Self::generate)
    /// names it) and returns its path.
    pub fn write_file(&self, emitted: &Emitted, out_dir: impl AsRef<Path>) -> Result<PathBuf> {
        let name = match &self.file_name {
            Some(n) => n.clone(),
            None => format!(
                "{}.rs",
                self.path()?.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "bindings".into())
            ),
        };
        let out = out_dir.as_ref().join(name);
        write_if_changed(&out, &emitted.single_file())?;
        Ok(out)
    }

    /// [`generate`](Self::generate) into `$OUT_DIR` (for build scripts).
    pub fn generate_to_out_dir(self) -> Result<PathBuf> {
        let dir = std::env::var_os("OUT_DIR").ok_or_else(|| CodegenError::Invalid {
            line: None,
            path: PathBuf::new(),
            message: "OUT_DIR is not set: generate_to_out_dir is for build scripts; use generate(dir)".into(),
        })?;
        self.generate(PathBuf::from(dir))
    }

    /// Writes one file per module (plus `lib.rs`) into `src_dir`, for a checked-in crate.
    /// Returns the files written.
    pub fn generate_crate(self, src_dir: impl AsRef<Path>) -> Result<Vec<PathBuf>> {
        let emitted = self.emit()?;
        write_crate(&emitted, src_dir)
    }
}

/// Writes `emitted` as one file per module (plus `lib.rs`) into `src_dir`; returns the files.
pub fn write_crate(emitted: &Emitted, src_dir: impl AsRef<Path>) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    std::fs::create_dir_all(src_dir.as_ref()).map_err(|e| io_err(src_dir.as_ref(), e))?;
    for (name, src) in emitted.files() {
        let p = src_dir.as_ref().join(name);
        write_if_changed(&p, &src)?;
        written.push(p);
    }
    Ok(written)
}

fn io_err(path: &Path, source: std::io::Error) -> CodegenError {
    CodegenError::Io { path: path.to_path_buf(), source }
}

fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| io_err(path, e))
}
