//! Loading: WSDL 1.1 and XSD documents -> [`Model`].

use std::path::Path;

use crate::error::Result;
use crate::model::Model;

/// Fetches a document that is not a local file (only when the caller allows it).
pub type Resolver = dyn Fn(&str) -> std::result::Result<String, String> + Send + Sync;

/// Options for [`load`].
#[derive(Default)]
pub struct LoadOptions {
    /// Called for imports that are URLs; without it, such an import is an error (no network).
    pub resolver: Option<Box<Resolver>>,
}

/// Loads `path` and every local file it imports or includes, and builds the model.
pub fn load(path: &Path, opts: &LoadOptions) -> Result<Model> {
    let _ = (path, opts);
    todo!("loader")
}
