//! Salesforce's partner WSDL (when ../shared/wsdl-corpus has it): every `soap:header` of the
//! file is in the model, and the generated code implements `ttsoap::Header` for
//! `SessionHeader` and names it in the docs of the operations that take it. The file is
//! third-party and not in the repository; without it the test prints that it skipped
//! (`TTSOAP_PARTNER_WSDL=FILE` names a copy elsewhere).

use std::path::{Path, PathBuf};

/// The partner WSDL: `$TTSOAP_PARTNER_WSDL`, or `../shared/wsdl-corpus/<dir>/<file>` with
/// "partner" in the file name.
fn partner_wsdl() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("TTSOAP_PARTNER_WSDL") {
        return Some(PathBuf::from(p));
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/wsdl-corpus");
    let dirs = std::fs::read_dir(&corpus).ok()?;
    let mut found: Vec<PathBuf> = dirs
        .flatten()
        .filter(|d| d.path().is_dir())
        .flat_map(|d| std::fs::read_dir(d.path()).into_iter().flatten().flatten())
        .map(|f| f.path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
            name.contains("partner") && name.ends_with(".wsdl")
        })
        .collect();
    found.sort();
    found.into_iter().next()
}

#[test]
fn salesforce_partner_headers() {
    let Some(path) = partner_wsdl() else {
        println!("skipping: no Salesforce partner WSDL (*partner*.wsdl) in ../shared/wsdl-corpus");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("readable");
    // Counted independently of the loader: the `soap:header` start tags in the file.
    let declared = text.matches("<soap:header ").count() + text.matches("<soap:header>").count();
    let m = ttsoap_codegen::load(&path, &Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let modelled: usize = m
        .bindings
        .iter()
        .flat_map(|b| &b.operations)
        .map(|op| op.input.headers.len() + op.output.as_ref().map_or(0, |o| o.headers.len()))
        .sum();
    assert_eq!(modelled, declared, "{}: every soap:header is modelled", path.display());
    let src = ttsoap_codegen::Builder::new()
        .wsdl(&path)
        .rerun_if_changed(false)
        .emit()
        .unwrap_or_else(|e| panic!("{e}"))
        .single_file();
    assert!(src.contains("ttsoap::__header!(\n        super::types::SessionHeader,"), "SessionHeader is a Header");
    assert!(src.contains("Headers: `SessionHeader`"), "operations name the headers they take");
    assert!(src.contains("pub fn with_header<H: ttsoap::Header>"), "Client::with_header");
}
