//! Files a test names in its output, as the Jenkins JUnit Attachments plugin reads them: a
//! `[[ATTACHMENT|path]]` in `system-out` or `system-err`. Relative paths are taken from the
//! upload's base directory ([`super::Upload::files_dir`], default the current directory).

use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;

use regex::Regex;

use super::model::TestResult;

/// The largest file attached (16 MiB); a larger one is reported instead.
pub const MAX_FILE: u64 = 16 << 20;

fn pattern() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| Regex::new(r"\[\[ATTACHMENT\|([^\]\r\n]+)\]\]").unwrap_or_else(|_| unreachable!()))
}

/// The paths a result names with `[[ATTACHMENT|path]]`, each once, in order.
pub fn named_files(r: &TestResult) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in [&r.system_out, &r.system_err].into_iter().flatten() {
        for c in pattern().captures_iter(text) {
            let p = c[1].trim().to_string();
            if !p.is_empty() && !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Reads the files a result names: (file name, contents) for each readable one, and a
/// warning for each that is missing, unreadable or larger than [`MAX_FILE`].
pub(crate) fn read_named(base: &Path, r: &TestResult) -> (Vec<(String, Vec<u8>)>, Vec<String>) {
    let (mut files, mut warnings) = (Vec::new(), Vec::new());
    for p in named_files(r) {
        let path = base.join(&p);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| p.clone());
        let read = std::fs::File::open(&path).and_then(|f| {
            let mut data = Vec::new();
            f.take(MAX_FILE + 1).read_to_end(&mut data)?;
            Ok(data)
        });
        match read {
            Ok(data) if data.len() as u64 > MAX_FILE => {
                warnings.push(format!("'{}': {p} is larger than {MAX_FILE} bytes, not attached", r.key()))
            }
            Ok(data) => files.push((name, data)),
            Err(e) => warnings.push(format!("'{}': {p} not attached: {e}", r.key())),
        }
    }
    (files, warnings)
}
