//! `Builder::operations`: bindings for a few operations of the TestTrack WSDL and the types
//! they reach. The emitted file is kept in `tests/subset/testtrack.rs` (rewritten with
//! `UPDATE_GOLDEN=1`), compiled here, and called against the emulator on 127.0.0.1; the
//! operations left out are absent from it.

use std::path::Path;

#[allow(unused_imports, dead_code)] // the root re-exports (`pub use types::*`, ...)
mod subset {
    include!("subset/testtrack.rs");
}

/// The operations the subset keeps.
const KEPT: &[&str] = &["getProjectList", "ProjectLogon", "DatabaseLogon", "DatabaseLogoff", "getDefect"];

fn emit() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    ttsoap_codegen::Builder::new()
        .wsdl(root.join("../wsdl/ttsoapcgi.wsdl"))
        .operations(KEPT.iter().copied())
        .rerun_if_changed(false)
        .emit()
        .expect("the subset emits")
        .single_file()
}

#[test]
fn the_subset_file_is_what_the_generator_emits() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/subset/testtrack.rs");
    let fresh = emit();
    if std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let kept = std::fs::read_to_string(&path).unwrap();
    assert!(kept == fresh, "{} is stale: run with UPDATE_GOLDEN=1 and review the diff", path.display());
}

#[test]
fn only_the_named_operations_and_their_types_are_generated() {
    struct Names(Vec<&'static str>);
    impl ttsoap::operation::OperationVisitor for Names {
        fn visit<O: ttsoap::Operation + std::fmt::Debug + PartialEq + Clone + 'static>(&mut self)
        where
            O::Response: std::fmt::Debug + PartialEq + Clone + 'static,
        {
            self.0.push(O::NAME);
        }
    }
    let mut seen = Names(Vec::new());
    subset::ops::for_each_operation(&mut seen);
    let mut want = KEPT.to_vec();
    want.sort_unstable();
    seen.0.sort_unstable();
    assert_eq!(seen.0, want);
    let text = emit();
    // Dropped: other operations, and the types only they use.
    for absent in ["pub struct AddDefect ", "fn add_defect(", "pub struct CTestCase ", "pub struct CUser "] {
        assert!(!text.contains(absent), "{absent:?} is generated");
    }
    // Kept: a family a kept type's field declares, with every member an xsi:type may name.
    for present in ["pub struct CDefect ", "AnyCField,", "pub struct CBooleanField ", "pub struct CDefectEvent "] {
        assert!(text.contains(present), "{present:?} is missing");
    }
}

#[test]
fn calls_of_the_subset_work_against_the_emulator() {
    let emu = tt_emulator::Emulator::builder().start().expect("emulator starts");
    let client = subset::Client::new(&emu.url()).unwrap();
    let projects = client.get_project_list("ada", &"ada-secret".into()).unwrap();
    let names: Vec<&str> = projects.iter().filter_map(|p| p.database.as_ref()?.name.as_deref()).collect();
    assert!(names.contains(&"Demo"), "{projects:?}");
    let session = client.login("Demo", "ada", "ada-secret").unwrap();
    let defect = session.get_defect(1, "", false).unwrap();
    assert_eq!(defect.defectnumber, Some(1));
    assert!(defect.summary.as_deref().is_some_and(|s| !s.is_empty()), "{defect:?}");
    session.logoff().unwrap();
    emu.stop();
}
