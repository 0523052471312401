//! Copies the README's Rust examples that claim to need only the bindings (every ```rust block
//! that names none of `tt_records`, `tt_emulator` and `ttsoap_codegen`) into `OUT_DIR/examples.md`, for
//! `src/lib.rs` to compile as doctests, and counts them.

use std::fmt::Write as _;

fn main() {
    let readme = concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md");
    println!("cargo:rerun-if-changed={readme}");
    let text = std::fs::read_to_string(readme).expect("read README.md");
    let mut out = String::new();
    let mut count = 0;
    let mut block: Option<(String, String)> = None;
    for line in text.lines() {
        match &mut block {
            None if line.starts_with("```rust") => block = Some((line.to_owned(), String::new())),
            None => {}
            Some((fence, body)) if line.starts_with("```") => {
                let needs_more = ["tt_records", "tt_emulator", "ttsoap_codegen"].iter().any(|c| body.contains(c));
                if !needs_more && !fence.contains("ignore") {
                    writeln!(out, "{fence}\n{body}```\n").unwrap();
                    count += 1;
                }
                block = None;
            }
            Some((_, body)) => {
                body.push_str(line);
                body.push('\n');
            }
        }
    }
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{dir}/examples.md"), out).expect("write examples.md");
    std::fs::write(format!("{dir}/count.rs"), count.to_string()).expect("write count.rs");
}
