//! `tt wsdl fetch -o DIR`: the server's WSDL and its imports, with tt's URL, TLS and proxy
//! settings (the generator's fetcher, `ttsoap_codegen::fetch`).

use std::io::Write;
use std::path::Path;

use ttsoap::transport::TransportConfig;

use crate::exit::code;
use crate::output::{self, Format};

/// `tt wsdl fetch`. JSON is the lock file's shape.
pub fn fetch(
    out: &mut impl Write,
    format: Format,
    url: &str,
    dir: &Path,
    transport: TransportConfig,
) -> anyhow::Result<u8> {
    let lock = ttsoap_codegen::fetch::fetch(url, dir, transport)?;
    match format {
        Format::Json => output::json(out, &lock)?,
        _ => {
            let rows: Vec<Vec<String>> =
                lock.documents.iter().map(|d| vec![d.path.clone(), d.url.clone(), d.sha256.clone()]).collect();
            output::rows(out, format, &["Path".into(), "URL".into(), "SHA-256".into()], &rows)?;
            if format == Format::Table {
                let note = format!("wrote {} ({} documents; generate from {})", dir.display(), rows.len(), lock.root);
                eprintln!("{}", output::clean(&note));
            }
        }
    }
    Ok(code::OK)
}
