//! `src/upgrade-2013-2017.json` (what `tt server` lists for a pre-2017 server) is the
//! generator's current diff of the two WSDLs in `wsdl/`.

use std::path::Path;

#[test]
fn the_embedded_upgrade_diff_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let model = |name: &str| {
        ttsoap_codegen::Builder::new().wsdl(root.join("wsdl").join(name)).rerun_if_changed(false).model().unwrap()
    };
    let d = ttsoap_codegen::diff::diff(
        &model("ttsoapcgi-2013.wsdl"),
        &model("ttsoapcgi.wsdl"),
        "ttsoapcgi-2013.wsdl",
        "ttsoapcgi.wsdl",
    )
    .unwrap();
    let fresh = d.render(ttsoap_codegen::diff::Format::Json);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/upgrade-2013-2017.json");
    let stored = std::fs::read_to_string(&path).unwrap();
    assert!(
        stored == fresh,
        "{} is stale: run `cargo run -p ttsoap-codegen -- diff wsdl/ttsoapcgi-2013.wsdl wsdl/ttsoapcgi.wsdl --format json > crates/tt/src/upgrade-2013-2017.json`",
        path.display()
    );
    assert!(d.changes.iter().any(|c| c.subject == "getTTVersionInfo"), "the diff names getTTVersionInfo");
}
