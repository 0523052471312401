//! Golden tests of the loader and the emitter. Every case is a folder in `tests/cases`:
//!
//! - `input.wsdl` (or `main.wsdl` with the files it imports): the input;
//! - `expected.rs`: the emitted code, as one file;
//! - `model.json`: the loaded model (`ttsoap-codegen ir`);
//! - `request.xml` and `response.xml`: a request and a response of the case's first
//!   operation, checked by the compile tests (see `case_examples/mod.rs`).
//!
//! One loop checks `expected.rs` and `model.json` of every case. Run with `UPDATE_GOLDEN=1`
//! to rewrite all of them (and, in the compile tests, the examples) after an intended
//! change, then review the diff. `golden_compile.rs` (and its siblings `golden_compile_*.rs`)
//! compile every expected file and exercise it, so a golden cannot silently stop compiling.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// (case name, case folder, WSDL path), sorted by name.
fn cases() -> Vec<(String, PathBuf, PathBuf)> {
    let dir = root().join("tests/cases");
    let mut out: Vec<(String, PathBuf, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .map(|d| {
            let wsdl = ["input.wsdl", "main.wsdl"]
                .iter()
                .map(|f| d.join(f))
                .find(|p| p.is_file())
                .unwrap_or_else(|| panic!("{}: no input.wsdl or main.wsdl", d.display()));
            (d.file_name().unwrap_or_default().to_string_lossy().into_owned(), d, wsdl)
        })
        .collect();
    out.sort();
    out
}

fn emit(path: &Path) -> String {
    ttsoap_codegen::Builder::new()
        .wsdl(path)
        .rerun_if_changed(false)
        .emit()
        .unwrap_or_else(|e| panic!("{} does not emit: {e}", path.display()))
        .single_file()
}

fn updating() -> bool {
    std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1")
}

/// The first differing line with a few lines of context, or `None` when equal.
fn diff_summary(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let first = (0..e.len().max(a.len())).find(|&i| e.get(i) != a.get(i)).unwrap_or(e.len().min(a.len()));
    let from = first.saturating_sub(3);
    let mut s = format!(
        "first difference at line {} (expected {} lines, got {}; {} byte(s) vs {})\n",
        first + 1,
        e.len(),
        a.len(),
        expected.len(),
        actual.len()
    );
    for (label, lines) in [("expected", &e), ("actual", &a)] {
        s.push_str(&format!("  --- {label}:\n"));
        for (i, line) in lines.iter().enumerate().take(first + 4).skip(from) {
            let mark = if i == first { '>' } else { ' ' };
            s.push_str(&format!("  {mark}{:5} | {line}\n", i + 1));
        }
        if first >= lines.len() {
            s.push_str("  >      | (end of file)\n");
        }
    }
    if e.len() == a.len() && first == e.len() {
        s.push_str("  (the lines are equal: the difference is in line endings or the final newline)\n");
    }
    Some(s)
}

fn model_json(path: &Path) -> String {
    let model = ttsoap_codegen::Builder::new()
        .wsdl(path)
        .rerun_if_changed(false)
        .model()
        .unwrap_or_else(|e| panic!("{} does not load: {e}", path.display()));
    format!("{}\n", model.to_json())
}

#[test]
fn emitted_code_and_model_match_each_cases_files() {
    let update = updating();
    let mut failures = Vec::new();
    for (name, dir, wsdl) in cases() {
        for (file, actual) in [("expected.rs", emit(&wsdl)), ("model.json", model_json(&wsdl))] {
            let file = dir.join(file);
            if update {
                if std::fs::read_to_string(&file).ok().as_deref() != Some(actual.as_str()) {
                    std::fs::write(&file, &actual).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                    println!("updated {}", file.display());
                }
                continue;
            }
            match std::fs::read_to_string(&file) {
                Ok(expected) => {
                    if let Some(d) = diff_summary(&expected, &actual) {
                        failures.push(format!("{name} ({}):\n{d}", file.display()));
                    }
                }
                Err(e) => failures.push(format!("{name}: cannot read {}: {e}", file.display())),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "emitted code or model differs from the case files (rerun with UPDATE_GOLDEN=1 to accept \
         the new output, then review the diff):\n\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_case_folder_has_every_file() {
    let mut missing = Vec::new();
    for (name, dir, _) in cases() {
        for f in ["expected.rs", "model.json", "request.xml", "response.xml"] {
            if !dir.join(f).is_file() {
                missing.push(format!("{name}/{f}"));
            }
        }
    }
    assert!(
        missing.is_empty() || updating(),
        "case files missing (run with UPDATE_GOLDEN=1 to create them): {missing:?}"
    );
}

#[test]
fn no_stale_files_outside_case_folders() {
    // A folder without a WSDL makes `cases()` panic; a loose file belongs to no case.
    let stale: Vec<String> = std::fs::read_dir(root().join("tests/cases"))
        .expect("tests/cases")
        .flatten()
        .map(|e| e.path())
        .filter(|p| !p.is_dir())
        .map(|p| p.display().to_string())
        .collect();
    assert!(stale.is_empty(), "files outside a case folder (move or delete them): {stale:?}");
    assert!(!root().join("tests/golden").exists(), "tests/golden is replaced by tests/cases/<case>/expected.rs");
}

#[test]
fn emission_is_deterministic() {
    for (name, _, wsdl) in cases() {
        let a = emit(&wsdl);
        let b = emit(&wsdl);
        if let Some(d) = diff_summary(&a, &b) {
            panic!("{name}: emitting twice gives different text:\n{d}");
        }
        // The crate layout must be deterministic too.
        let fa = ttsoap_codegen::Builder::new().wsdl(&wsdl).emit().expect("emit").files();
        let fb = ttsoap_codegen::Builder::new().wsdl(&wsdl).emit().expect("emit").files();
        assert_eq!(fa, fb, "{name}: files() differs between two emissions");
    }
}

#[test]
fn every_case_is_compiled_by_golden_compile() {
    // `golden_compile.rs` and its siblings `golden_compile_*.rs` (one file per topic).
    let mut src = String::new();
    for e in std::fs::read_dir(root().join("tests")).expect("read tests/").flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("golden_compile") && name.ends_with(".rs") {
            src.push_str(&std::fs::read_to_string(e.path()).unwrap_or_else(|err| panic!("{name}: {err}")));
        }
    }
    let mut missing = Vec::new();
    for (name, _, _) in cases() {
        let module = format!("mod {name} {{");
        let include = format!("include!(\"cases/{name}/expected.rs\")");
        let examples = format!("case_examples::check::<{name}::");
        if !src.contains(&module) || !src.contains(&include) || !src.contains(&examples) {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "no tests/golden_compile*.rs has a `mod <case> {{ include!(\"cases/<case>/expected.rs\"); }}`, \
         a `case_examples::check::<case::ops::Op>(\"<case>\")` and a behavioural test for: {missing:?}"
    );
}

#[test]
fn diff_summary_points_at_the_first_difference() {
    assert_eq!(diff_summary("a\nb\n", "a\nb\n"), None);
    let d = diff_summary("1\n2\n3\n4\n5\n6\n", "1\n2\n3\n4\nX\n6\n").expect("differs");
    assert!(d.contains("line 5"), "{d}");
    assert!(d.contains(">    5 | 5") && d.contains(">    5 | X"), "{d}");
    let d = diff_summary("a\nb", "a\nb\n").expect("differs");
    assert!(d.contains("final newline"), "{d}");
    let d = diff_summary("a\n", "a\nb\n").expect("differs");
    assert!(d.contains("line 2") && d.contains("(end of file)"), "{d}");
}
