//! `ttsoap-codegen`: the generator's command line.
//!
//! ```text
//! ttsoap-codegen generate FILE.wsdl -o OUT_DIR [--crate] [--header TEXT] [--allow-root DIR]...
//! ttsoap-codegen ir FILE.wsdl [--allow-root DIR]...
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  ttsoap-codegen generate FILE.wsdl -o OUT_DIR [--crate] [--header TEXT] [--allow-root DIR]...
      write Rust bindings: one file OUT_DIR/<stem>.rs for include!(), or with --crate
      one file per module plus lib.rs (OUT_DIR is then the crate's src/)
  ttsoap-codegen ir FILE.wsdl [--allow-root DIR]...
      print the model the generator builds from FILE.wsdl, as JSON

  Imports may read files under FILE.wsdl's folder only; --allow-root DIR lets them read
  files under DIR too.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("ttsoap-codegen: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some(cmd) = args.first() else { return Err(USAGE.into()) };
    let mut file: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut as_crate = false;
    let mut header = None;
    let mut roots: Vec<PathBuf> = Vec::new();
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--out" => out = Some(it.next().ok_or("-o needs a directory")?.into()),
            "--crate" => as_crate = true,
            "--allow-root" => roots.push(it.next().ok_or("--allow-root needs a directory")?.into()),
            "--header" => header = Some(it.next().ok_or("--header needs text")?.clone()),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            s => {
                if file.replace(s.into()).is_some() {
                    return Err(format!("more than one input file\n{USAGE}"));
                }
            }
        }
    }
    let file = file.ok_or_else(|| format!("no WSDL file given\n{USAGE}"))?;
    let mut b = ttsoap_codegen::Builder::new().wsdl(&file).rerun_if_changed(false);
    if let Some(h) = header {
        b = b.header(h);
    }
    for r in roots {
        b = b.allow_root(r);
    }
    match cmd.as_str() {
        "ir" => {
            let model = b.model().map_err(|e| e.to_string())?;
            println!("{}", model.to_json());
            Ok(())
        }
        "generate" => {
            let out = out.ok_or_else(|| format!("generate needs -o OUT_DIR\n{USAGE}"))?;
            let model = b.model().map_err(|e| e.to_string())?;
            println!("{}", summary(&file, &model));
            let files = if as_crate {
                b.generate_crate(&out).map_err(|e| e.to_string())?
            } else {
                std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
                vec![b.generate(&out).map_err(|e| e.to_string())?]
            };
            for f in files {
                let lines = std::fs::read_to_string(&f).map(|t| t.lines().count()).unwrap_or(0);
                println!("  wrote {} ({lines} lines)", f.display());
            }
            Ok(())
        }
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other}\n{USAGE}")),
    }
}

/// One paragraph saying what the generator understood.
fn summary(file: &std::path::Path, m: &ttsoap_codegen::Model) -> String {
    use ttsoap_codegen::model::TypeKind;
    let count = |f: fn(&TypeKind) -> bool| m.types.iter().filter(|t| f(&t.kind)).count();
    let structs = count(|k| matches!(k, TypeKind::Struct(_)));
    let arrays = count(|k| matches!(k, TypeKind::Array(_)));
    let enums = count(|k| matches!(k, TypeKind::Enum(_)));
    let mut bases: Vec<&ttsoap_codegen::model::QName> = m
        .types
        .iter()
        .filter_map(|t| match &t.kind {
            TypeKind::Struct(s) => s.base.as_ref(),
            _ => None,
        })
        .collect();
    bases.sort();
    bases.dedup();
    let mut s = format!("{}:", file.display());
    match m.primary_binding() {
        Some(b) => {
            let ops = &b.operations;
            let empty = ops.iter().filter(|o| o.soap_action.is_empty()).count();
            let cookie = ops
                .iter()
                .filter(|o| o.input.parts.first().is_some_and(|p| p.name.eq_ignore_ascii_case("cookie")))
                .count();
            let edits = ops
                .iter()
                .filter_map(|o| o.name.strip_prefix("edit"))
                .map(|e| e.strip_suffix("ByRecordID").unwrap_or(e))
                .filter(|e| {
                    ops.iter().any(|o| o.name == format!("save{e}"))
                        && ops.iter().any(|o| o.name == format!("cancelSave{e}"))
                })
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            s.push_str(&format!(
                "\n  binding {} ({:?}, {:?}): {} operations, {} with an empty SOAPAction, {} taking the session cookie, {} edit/save/cancelSave families",
                b.name.name,
                b.soap_version,
                b.style,
                ops.len(),
                empty,
                cookie,
                edits
            ));
        }
        None => s.push_str("\n  no SOAP binding"),
    }
    s.push_str(&format!(
        "\n  types: {structs} structs ({} polymorphic families), {arrays} SOAP-ENC arrays, {enums} enumerations",
        bases.len()
    ));
    s
}
