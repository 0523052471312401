//! `ttsoap-codegen`: the generator's command line.
//!
//! ```text
//! ttsoap-codegen generate FILE.wsdl -o OUT_DIR [--crate] [--header TEXT] [--operations A,B] [IMPORT OPTIONS]
//! ttsoap-codegen ir FILE.wsdl [IMPORT OPTIONS]
//! ttsoap-codegen plan FILE.wsdl [IMPORT OPTIONS]
//! ttsoap-codegen diff OLD.wsdl NEW.wsdl [--format text|markdown|json]
//! ttsoap-codegen fetch URL -o DIR [--ca-bundle FILE] [--proxy URL] [--timeout SECS] [--insecure]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  ttsoap-codegen generate FILE.wsdl -o OUT_DIR [--crate] [--header TEXT] [--operations A,B] [IMPORT OPTIONS]
      write Rust bindings: one file OUT_DIR/<stem>.rs for include!(), or with --crate
      one file per module plus lib.rs (OUT_DIR is then the crate's src/); --operations
      (comma-separated WSDL names, may be repeated) generates only those operations and
      the types they reach
  ttsoap-codegen ir FILE.wsdl [IMPORT OPTIONS]
      print the model the generator builds from FILE.wsdl, as JSON
  ttsoap-codegen plan FILE.wsdl [IMPORT OPTIONS]
      print the emission plan as JSON: Rust names of types and families, boxed fields, and
      the mode and Rust type of every struct field and operation part
  ttsoap-codegen diff OLD.wsdl NEW.wsdl [--format text|markdown|json]
      what changed between two versions of a WSDL, each change marked by whether it breaks
      Rust source that uses the bindings or the wire with a server of the other version;
      exit code 0 when nothing breaks source, 1 when something does, 2 on error
  ttsoap-codegen fetch URL -o DIR [--ca-bundle FILE] [--proxy URL] [--timeout SECS] [--insecure]
      download a server's WSDL and every document it imports into DIR (layout kept, nothing
      rewritten) and write DIR/wsdl.lock.json with each document's URL and SHA-256; URL is the
      WSDL's URL or any endpoint form the client accepts (base URL, CGI URL, host:port)

  IMPORT OPTIONS:
  --allow-root DIR   imports may read files under FILE.wsdl's folder only; this lets them
                     read files under DIR too (may be repeated)
  --catalog PATH     local copies of imports that are URLs: a folder laid out as
                     PATH/host/path, or a JSON file mapping each URL to a file
  --allow-network    download URL imports the catalog does not hold (off by default)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("diff") => diff(&args[1..]),
        Some("fetch") => fetch(&args[1..]).map(|()| ExitCode::SUCCESS),
        _ => run(&args).map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("ttsoap-codegen: {msg}");
            ExitCode::from(2)
        }
    }
}

/// `diff OLD NEW [--format F]`: prints the report; exit 1 when a change breaks source.
fn diff(args: &[String]) -> Result<ExitCode, String> {
    use ttsoap_codegen::diff::{self, Format};
    let mut files: Vec<PathBuf> = Vec::new();
    let mut format = Format::Text;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => format = it.next().ok_or("--format needs text, markdown or json")?.parse()?,
            "--markdown" => format = Format::Markdown,
            "--json" => format = Format::Json,
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            s => files.push(s.into()),
        }
    }
    let [old, new] = files.as_slice() else {
        return Err(format!("diff needs two WSDL files, OLD and NEW\n{USAGE}"));
    };
    let model =
        |f: &PathBuf| ttsoap_codegen::Builder::new().wsdl(f).rerun_if_changed(false).model().map_err(|e| e.to_string());
    let label = |f: &PathBuf| f.file_name().map_or_else(|| f.display().to_string(), |n| n.to_string_lossy().into());
    let d = diff::diff(&model(old)?, &model(new)?, &label(old), &label(new)).map_err(|e| e.to_string())?;
    print!("{}", d.render(format));
    Ok(if d.breaks_source() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `fetch URL -o DIR`: downloads the WSDL and its imports and writes the lock.
#[cfg(feature = "fetch")]
fn fetch(args: &[String]) -> Result<(), String> {
    use ttsoap::transport::{ProxyConfig, TransportConfig};
    let mut url: Option<&str> = None;
    let mut out: Option<PathBuf> = None;
    let mut config = TransportConfig::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |what: &str| it.next().ok_or_else(|| format!("{a} needs {what}"));
        match a.as_str() {
            "-o" | "--out" => out = Some(value("a directory")?.into()),
            "--ca-bundle" => config.ca_bundle = Some(value("a PEM file")?.into()),
            "--proxy" => config.proxy = ProxyConfig::Url(value("a URL")?.clone()),
            "--no-proxy" => config.proxy = ProxyConfig::None,
            "--timeout" => {
                let secs: u64 = value("seconds")?.parse().map_err(|_| "--timeout needs whole seconds".to_string())?;
                config.timeout = std::time::Duration::from_secs(secs);
            }
            "--insecure" => {
                eprintln!("ttsoap-codegen: WARNING: --insecure: the server's TLS certificate is NOT checked");
                config.danger_accept_invalid_certs = true;
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            s if url.replace(s).is_some() => return Err(format!("more than one URL\n{USAGE}")),
            _ => {}
        }
    }
    let url = url.ok_or_else(|| format!("fetch needs the server's URL\n{USAGE}"))?;
    let out = out.ok_or_else(|| format!("fetch needs -o DIR\n{USAGE}"))?;
    let lock = ttsoap_codegen::fetch::fetch(url, &out, config).map_err(|e| e.to_string())?;
    for d in &lock.documents {
        println!("  {}  {}  <- {}", &d.sha256[..12], out.join(&d.path).display(), d.url);
    }
    println!(
        "wrote {}; generate with: ttsoap-codegen generate {} -o OUT_DIR",
        out.join(ttsoap_codegen::lock::LOCK_FILE).display(),
        out.join(&lock.root).display()
    );
    Ok(())
}

#[cfg(not(feature = "fetch"))]
fn fetch(_: &[String]) -> Result<(), String> {
    Err("this ttsoap-codegen was built without the `fetch` feature".into())
}

fn run(args: &[String]) -> Result<(), String> {
    let Some(cmd) = args.first() else { return Err(USAGE.into()) };
    let mut file: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut as_crate = false;
    let mut header = None;
    let mut roots: Vec<PathBuf> = Vec::new();
    let mut catalog: Option<PathBuf> = None;
    let mut network = false;
    let mut operations: Option<Vec<String>> = None;
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--out" => out = Some(it.next().ok_or("-o needs a directory")?.into()),
            "--crate" => as_crate = true,
            "--allow-root" => roots.push(it.next().ok_or("--allow-root needs a directory")?.into()),
            "--header" => header = Some(it.next().ok_or("--header needs text")?.clone()),
            "--catalog" => catalog = Some(it.next().ok_or("--catalog needs a folder or a JSON file")?.into()),
            "--allow-network" => network = true,
            "--operations" => {
                let list = it.next().ok_or("--operations needs a comma-separated list of operation names")?;
                let names = list.split(',').map(str::trim).filter(|n| !n.is_empty()).map(String::from);
                operations.get_or_insert_with(Vec::new).extend(names);
            }
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
    let given = file.to_string_lossy();
    if given.starts_with("http://") || given.starts_with("https://") {
        return Err(format!(
            "{given} is a URL; the generator reads local files only. Fetch it first:\n  \
             ttsoap-codegen fetch {given} -o wsdl/site\nthen generate from wsdl/site (the lock file names the WSDL)"
        ));
    }
    let mut b = ttsoap_codegen::Builder::new().wsdl(&file).rerun_if_changed(false);
    if let Some(h) = header {
        b = b.header(h);
    }
    for r in roots {
        b = b.allow_root(r);
    }
    if let Some(c) = catalog {
        b = b.catalog(c);
    }
    if network {
        b = b.allow_network(true);
    }
    if let Some(ops) = operations {
        b = b.operations(ops);
    }
    let warn = |m: &ttsoap_codegen::Model| {
        for w in &m.warnings {
            eprintln!("ttsoap-codegen: warning: {w}");
        }
    };
    match cmd.as_str() {
        "ir" => {
            let model = b.model().map_err(|e| e.to_string())?;
            warn(&model);
            println!("{}", model.to_json());
            Ok(())
        }
        "plan" => {
            let model = b.model().map_err(|e| e.to_string())?;
            warn(&model);
            let plan = ttsoap_codegen::emit::plan_json(&model).map_err(|e| e.to_string())?;
            println!("{}", serde_json::to_string_pretty(&plan).map_err(|e| e.to_string())?);
            Ok(())
        }
        "generate" => {
            let out = out.ok_or_else(|| format!("generate needs -o OUT_DIR\n{USAGE}"))?;
            let t = std::time::Instant::now();
            let model = b.model().map_err(|e| e.to_string())?;
            if std::env::var_os("TTSOAP_CODEGEN_TIMES").is_some() {
                eprintln!("load + model: {:?}", t.elapsed());
            }
            warn(&model);
            println!("{}", summary(&file, &model));
            // The model is loaded once, for the summary and for emission.
            let emitted = b.emit_model(&model).map_err(|e| e.to_string())?;
            drop(model);
            let files = if as_crate {
                ttsoap_codegen::builder::write_crate(&emitted, &out).map_err(|e| e.to_string())?
            } else {
                std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
                vec![b.write_file(&emitted, &out).map_err(|e| e.to_string())?]
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
    let primary = m.primary_binding().map(|b| &b.name);
    for b in m.bindings.iter().filter(|b| Some(&b.name) != primary) {
        s.push_str(&format!(
            "\n  binding {} ({:?}, {:?}): {} operations, its own client and service",
            b.name.name,
            b.soap_version,
            b.style,
            b.operations.len()
        ));
    }
    let headers: usize = m
        .bindings
        .iter()
        .flat_map(|b| &b.operations)
        .map(|o| o.input.headers.len() + o.output.as_ref().map_or(0, |out| out.headers.len()))
        .sum();
    if headers > 0 {
        s.push_str(&format!("\n  {headers} soap:header declarations"));
    }
    s.push_str(&format!(
        "\n  types: {structs} structs ({} polymorphic families), {arrays} SOAP-ENC arrays, {enums} enumerations",
        bases.len()
    ));
    s
}
