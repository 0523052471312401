//! Where the tests find the workspace and the `../shared` peer directory.

use std::path::{Path, PathBuf};

/// The workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `../shared` (next to the workspace), or `None` (and a note) when it is absent outside CI;
/// with CI=true an absent peer directory is a failure.
pub fn shared() -> Option<PathBuf> {
    let dir = workspace().join("../shared");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{} not found: the shared peer directory is required in CI", dir.display());
    }
    println!("skipping: ../shared not found");
    None
}
