//! The build.rs way of using the generator, exercised on WSDLs we do not own: a site's own
//! TestTrack 2013 WSDL and four third-party services. They live in `../shared` (test input
//! only, never copied here); when it is absent the bindings are skipped and the tests say so.

use std::path::Path;

const WSDLS: &[(&str, &str)] = &[
    ("tt2013", "testtrack/wsdl/ttsoapcgi-2013.wsdl"),
    ("mantis", "wsdl-corpus/mantisbt/mantisconnect.wsdl"),
    ("jira", "wsdl-corpus/jira-v2/jirasoapservice-v2.wsdl"),
    ("noaa", "wsdl-corpus/noaa-ndfd/ndfdXML.wsdl"),
    ("calculator", "wsdl-corpus/dneonline-calculator/calculator.wsdl"),
];

fn main() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    println!("cargo:rerun-if-changed={}", shared.display());
    for (name, rel) in WSDLS {
        println!("cargo::rustc-check-cfg=cfg(has_{name})");
        let path = shared.join(rel);
        if !path.exists() {
            println!("cargo:warning=skipping {name} bindings: {} not found", path.display());
            continue;
        }
        ttsoap_codegen::Builder::new()
            .wsdl(&path)
            .file_name(format!("{name}.rs"))
            .generate_to_out_dir()
            .unwrap_or_else(|e| panic!("generating {name} bindings from {}: {e}", path.display()));
        println!("cargo:rustc-cfg=has_{name}");
    }
}
