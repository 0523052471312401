//! Mutation fuzzing of the generator's inputs: the project's own WSDL (`wsdl/ttsoapcgi.wsdl`)
//! and every test case in `tests/cases` (the `import_include` case with its imported and
//! included schemas) are mutated, and each mutant goes through load, model and emit. Every
//! mutant must give `Ok` or a `CodegenError`: no panic, no hang, no unbounded memory.
//!
//! Mutations are both blind (byte deletions, insertions of markup-breaking bytes, line
//! duplications and swaps) and schema-aware (a field's type replaced by another declared
//! type, so types contain themselves or each other; `base` pointing anywhere, so bases
//! cycle; odd `minOccurs`/`maxOccurs`; duplicate names; elements nested hundreds deep;
//! imports of `/etc/passwd`, `../..`, URLs and the file itself). A hang would show as a test
//! that never ends: the generator's own guards (nesting depth, reference chain depth, the
//! import-once rule) are what keep each input bounded, not a timer here. Mutants are at
//! most twice their source's size plus a little, which bounds memory.
//!
//! By default a few rounds run (quick enough for every `cargo test`). To fuzz longer:
//!
//! ```text
//! FUZZ_ROUNDS=2000 cargo test --release -p ttsoap-codegen --test fuzz_inputs -- --nocapture
//! ```
//!
//! `FUZZ_SEED=N` picks another sequence (the default is fixed, so runs are reproducible).
//! A failing mutant is written to `target/tmp/fuzz_inputs/failures/` with its seed and round.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use ttsoap_codegen::emit::{emit, EmitOptions};
use ttsoap_codegen::{load, LoadOptions};

/// SplitMix64: a seeded, reproducible sequence for a test (no need for a crate's thread-local
/// or OS-seeded generator, and the workspace's lock file stays untouched).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

/// One input: a folder of files (copied for each mutant) and the file that is loaded.
struct Input {
    name: String,
    files: Vec<(PathBuf, String)>,
    main: PathBuf,
}

fn inputs() -> Vec<Input> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases = manifest.join("tests/cases");
    let mut out = Vec::new();
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let own = manifest.join("../wsdl/ttsoapcgi.wsdl");
    out.push(Input {
        name: "ttsoapcgi".into(),
        files: vec![(PathBuf::from("ttsoapcgi.wsdl"), read(&own))],
        main: "ttsoapcgi.wsdl".into(),
    });
    // Each case folder with a single `input.wsdl` (import_include, with several files, follows).
    let mut wsdls: Vec<PathBuf> = std::fs::read_dir(&cases)
        .expect("tests/cases")
        .flatten()
        .map(|e| e.path().join("input.wsdl"))
        .filter(|p| p.is_file())
        .collect();
    wsdls.sort();
    for p in wsdls {
        let name = p.parent().and_then(|d| d.file_name()).expect("case folder").to_string_lossy().into_owned();
        let file = PathBuf::from("input.wsdl");
        out.push(Input { name, files: vec![(file.clone(), read(&p))], main: file });
    }
    let dir = cases.join("import_include");
    let files = ["main.wsdl", "types.xsd", "common.xsd", "shared/audit.xsd"]
        .iter()
        .map(|f| (PathBuf::from(f), read(&dir.join(f))))
        .collect();
    out.push(Input { name: "import_include".into(), files, main: "main.wsdl".into() });
    out
}

/// Values of `attr="..."` in `text`, with the byte range of each value.
fn attr_values<'t>(text: &'t str, attr: &str) -> Vec<(std::ops::Range<usize>, &'t str)> {
    let pat = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(&pat) {
        let start = from + i + pat.len();
        let Some(len) = text[start..].find('"') else { break };
        out.push((start..start + len, &text[start..start + len]));
        from = start + len;
    }
    out
}

/// Replaces the value of a random `attr="..."` with `value`.
fn set_attr(text: &mut String, rng: &mut Rng, attr: &str, value: &str) -> bool {
    let values = attr_values(text, attr);
    if values.is_empty() {
        return false;
    }
    let (range, _) = values[rng.below(values.len())].clone();
    text.replace_range(range, value);
    true
}

/// A char boundary at or before `i`.
fn boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Applies one random mutation; returns what it did.
fn mutate(text: &mut String, rng: &mut Rng) -> &'static str {
    // Declared type names with the prefix the document most likely uses for them.
    let names: Vec<String> = attr_values(text, "name").into_iter().map(|(_, v)| v.to_string()).collect();
    let prefixes: Vec<String> = attr_values(text, "type")
        .into_iter()
        .filter_map(|(_, v)| v.split_once(':').map(|(p, _)| p.to_string()))
        .collect();
    let some_type = |rng: &mut Rng| match (names.is_empty(), prefixes.is_empty()) {
        (false, false) => format!("{}:{}", prefixes[rng.below(prefixes.len())], names[rng.below(names.len())]),
        (false, true) => names[rng.below(names.len())].clone(),
        _ => "xsd:anyType".to_string(),
    };
    match rng.below(12) {
        0 => {
            let at = boundary(text, rng.below(text.len()));
            let end = boundary(text, at + 1 + rng.below(64));
            text.replace_range(at..end.max(at), "");
            "delete bytes"
        }
        1 => {
            let at = boundary(text, rng.below(text.len()));
            let junk =
                rng.pick(&["<", ">", "&", "\"", "<!--", "]]>", "<![CDATA[", "\u{0}", "&#0;", "&x;", "\u{FFFD}", "</"]);
            text.insert_str(at, junk);
            "insert markup bytes"
        }
        2 | 3 => {
            let t = some_type(rng);
            if set_attr(text, rng, "type", &t) {
                "retype a field (cycles, wrong kinds)"
            } else {
                "no type attribute"
            }
        }
        4 => {
            let t = some_type(rng);
            if set_attr(text, rng, "base", &t) {
                "rebase a type (base cycles)"
            } else {
                "no base attribute"
            }
        }
        5 => {
            let attr = rng.pick(&["minOccurs", "maxOccurs"]);
            let v = rng.pick(&["0", "1", "2", "unbounded", "4294967296", "-1", "x", "", " 1 "]);
            set_attr(text, rng, attr, v);
            "odd occurrence bounds"
        }
        6 => {
            let n = names.get(rng.below(names.len().max(1))).cloned().unwrap_or_default();
            set_attr(text, rng, "name", &n);
            "duplicate a name"
        }
        7 => {
            let lines: Vec<&str> = text.lines().collect();
            let at = rng.below(lines.len());
            let depth = 150 + rng.below(150);
            let mut out = lines[..at].join("\n");
            out.push_str(&"<x>".repeat(depth));
            out.push_str(&"</x>".repeat(depth));
            out.push('\n');
            out.push_str(&lines[at..].join("\n"));
            *text = out;
            "deep nesting"
        }
        8 => {
            let loc = rng.pick(&[
                "/etc/passwd",
                "../../../../../../etc/passwd",
                "file:///etc/hostname",
                "http://example.invalid/x.xsd",
                "ttsoapcgi.wsdl",
                "main.wsdl",
                "types.xsd",
                "",
                "sub/../../x.xsd",
            ]);
            let attr = rng.pick(&["schemaLocation", "location"]);
            if !set_attr(text, rng, attr, loc) {
                // Add an import where there was none.
                if let Some(i) = text.find("<xsd:complexType").or_else(|| text.find("<complexType")) {
                    text.insert_str(i, &format!("<xsd:import namespace=\"urn:fuzz\" schemaLocation=\"{loc}\"/>"));
                }
            }
            "hostile import location"
        }
        9 => {
            let lines: Vec<String> = text.lines().map(str::to_string).collect();
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            let mut lines = lines;
            if a < lines.len() && b < lines.len() {
                lines.swap(a, b);
            }
            *text = lines.join("\n");
            "swap lines"
        }
        _ => {
            let lines: Vec<&str> = text.lines().collect();
            let at = rng.below(lines.len());
            let n = 1 + rng.below(8);
            let end = (at + n).min(lines.len());
            let mut out: Vec<&str> = lines[..end].to_vec();
            out.extend_from_slice(&lines[at..]);
            *text = out.join("\n");
            "duplicate lines"
        }
    }
}

/// Loads and (when it loads) emits `main`. `Err` carries a panic's message.
fn run(main: &Path) -> Result<bool, String> {
    catch_unwind(AssertUnwindSafe(|| match load(main, &LoadOptions::default()) {
        Ok(model) => {
            let _ = emit(&model, &EmitOptions::default());
            true
        }
        Err(e) => {
            // Every error names something; an empty message would be a bug too.
            assert!(!e.to_string().trim().is_empty(), "empty error text");
            false
        }
    }))
    .map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

#[test]
fn mutated_inputs_never_panic() {
    let rounds = env_number("FUZZ_ROUNDS", 6);
    let seed = env_number("FUZZ_SEED", 0x7E57_7AC4);
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz_inputs");
    let inputs = inputs();
    let (mut runs, mut loaded, mut failures) = (0u64, 0u64, Vec::new());
    for round in 0..rounds {
        for (n, input) in inputs.iter().enumerate() {
            // The big WSDL takes longest: mutate it every fourth round.
            if n == 0 && round % 4 != 0 {
                continue;
            }
            let mut rng = Rng(seed ^ (round << 16) ^ n as u64);
            let dir = scratch.join("work").join(&input.name);
            let _ = std::fs::remove_dir_all(&dir);
            let which = rng.below(input.files.len());
            let mut did = Vec::new();
            for (i, (rel, text)) in input.files.iter().enumerate() {
                let mut text = text.clone();
                if i == which {
                    for _ in 0..1 + rng.below(3) {
                        did.push(mutate(&mut text, &mut rng));
                    }
                }
                assert!(text.len() <= 2 * input.files[i].1.len() + 4096, "mutants stay small");
                let p = dir.join(rel);
                std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
                std::fs::write(&p, &text).expect("write mutant");
            }
            runs += 1;
            match run(&dir.join(&input.main)) {
                Ok(ok) => loaded += u64::from(ok),
                Err(panic) => {
                    let keep = scratch.join("failures").join(format!("{}-seed{seed}-round{round}", input.name));
                    let _ = std::fs::create_dir_all(&keep);
                    for (rel, _) in &input.files {
                        let _ = std::fs::create_dir_all(keep.join(rel).parent().expect("parent"));
                        let _ = std::fs::copy(dir.join(rel), keep.join(rel));
                    }
                    failures.push(format!(
                        "{} round {round} ({did:?}): {panic} (kept in {})",
                        input.name,
                        keep.display()
                    ));
                }
            }
        }
    }
    println!("fuzz_inputs: {rounds} rounds, {runs} mutants, {loaded} loaded and emitted, seed {seed}");
    assert!(failures.is_empty(), "{} mutant(s) panicked:\n{}", failures.len(), failures.join("\n"));
    assert!(runs >= rounds * (inputs.len() as u64 - 1), "every input was mutated");
}
