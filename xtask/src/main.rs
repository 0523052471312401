//! Maintenance commands: `cargo xtask codegen [--check]`, `cargo xtask synth-wsdl --types N [--ops M] [-o FILE]`,
//! `cargo xtask compile-bench WSDL [--root DIR] [--label L] [--operations A,B]`.

mod compile_bench;
mod synth;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};

const HEADER: &str = "Generated from wsdl/ttsoapcgi.wsdl by `cargo xtask codegen`. Do not edit.";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("codegen") => codegen(args.iter().any(|a| a == "--check")),
        Some("synth-wsdl") => synth(&args[1..]),
        Some("compile-bench") => compile_bench::main(&args[1..], &root()),
        _ => {
            eprintln!(
                "usage: cargo xtask codegen [--check]\n       cargo xtask synth-wsdl --types N [--ops M] [-o FILE]\n       \
                 cargo xtask compile-bench WSDL [--root DIR] [--label L] [--operations A,B]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a synthetic WSDL (default `target/synth/synth-N.wsdl`, outside git).
fn synth(args: &[String]) -> Result<()> {
    let mut types: Option<usize> = None;
    let mut ops: Option<usize> = None;
    let mut out: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--types" => types = Some(it.next().context("--types needs a number")?.parse().context("--types")?),
            "--ops" => ops = Some(it.next().context("--ops needs a number")?.parse().context("--ops")?),
            "-o" | "--out" => out = Some(it.next().context("-o needs a file")?.into()),
            other => bail!("synth-wsdl: unknown argument {other}"),
        }
    }
    let types = types.context("synth-wsdl needs --types N")?;
    let out = out.unwrap_or_else(|| root().join(format!("target/synth/synth-{types}.wsdl")));
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = synth::synth_wsdl(types, ops);
    std::fs::write(&out, &text).with_context(|| format!("writing {}", out.display()))?;
    let groups = types.div_ceil(10).max(1);
    println!(
        "wrote {} ({} bytes, {} types, {} operations)",
        out.display(),
        text.len(),
        groups * 10 + 1,
        ops.unwrap_or(groups * 3)
    );
    Ok(())
}

/// Regenerates `generated/src` from `wsdl/ttsoapcgi.wsdl`, or with `check` reports whether it
/// is stale without writing.
fn codegen(check: bool) -> Result<()> {
    let root = root();
    let wsdl = root.join("wsdl/ttsoapcgi.wsdl");
    let src = root.join("generated/src");
    let emitted = ttsoap_codegen::Builder::new()
        .wsdl(&wsdl)
        .header(HEADER)
        .version_label("Helix ALM 2017")
        .rerun_if_changed(false)
        .emit()
        .with_context(|| format!("generating from {}", wsdl.display()))?;
    let files = emitted.files();
    let expected: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    let mut stale = Vec::new();
    for (name, text) in &files {
        let path = src.join(name);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() != Some(text.as_str()) {
            let why = match &current {
                None => "missing".to_string(),
                Some(cur) => first_difference(cur, text),
            };
            stale.push(format!("generated/src/{name}: {why}"));
            if !check {
                std::fs::create_dir_all(&src)?;
                std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            }
        }
    }
    // Files that the generator no longer writes.
    if let Ok(dir) = std::fs::read_dir(&src) {
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.ends_with(".rs") && !expected.contains(&name) {
                stale.push(format!("generated/src/{name}: not produced by the generator"));
                if !check {
                    std::fs::remove_file(e.path())?;
                }
            }
        }
    }
    let lines: usize = files.iter().map(|(_, t)| t.lines().count()).sum();
    if check {
        if !stale.is_empty() {
            bail!(
                "generated/ is stale ({} file(s)); run `cargo xtask codegen`:\n  {}",
                stale.len(),
                stale.join("\n  ")
            );
        }
        println!("generated/ is up to date ({} files, {lines} lines)", files.len());
    } else if stale.is_empty() {
        println!("generated/ already up to date ({} files, {lines} lines)", files.len());
    } else {
        println!("regenerated {} file(s) ({lines} lines in all):\n  {}", stale.len(), stale.join("\n  "));
    }
    Ok(())
}

fn first_difference(old: &str, new: &str) -> String {
    let (ol, nl) = (old.lines().count(), new.lines().count());
    for (i, (a, b)) in old.lines().zip(new.lines()).enumerate() {
        if a != b {
            return format!("differs from line {} ({ol} lines now, {nl} generated)", i + 1);
        }
    }
    format!("differs at the end ({ol} lines now, {nl} generated)")
}
