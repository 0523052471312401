//! `cargo xtask compile-bench WSDL [--root DIR] [--label L] [--operations A,B]`: what a user pays to build the
//! bindings of a WSDL. Generates them with the generator of the checkout at `--root` (default:
//! this one), puts them in a scratch crate that depends on that checkout's runtime, builds the
//! runtime first (not counted), then builds the bindings alone and reports the generated lines,
//! the wall time, the CPU time and the peak memory of the compiler.
//!
//! Pointing `--root` at a checkout of an older commit measures "before" with the same WSDL.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

/// Runs `cmd` to its end and returns the CPU seconds (user + system) and the peak resident
/// kilobytes of it and every process it waited for (cargo waits for each rustc).
fn measured(cmd: &mut Command, what: &str) -> Result<(f64, i64)> {
    let child = cmd.spawn().with_context(|| format!("{what}: cannot start"))?;
    let pid = child.id() as libc::pid_t;
    // Reaped with wait4 rather than `Child::wait`, because only wait4 returns the child's
    // resource use (std does not expose it).
    let mut status = 0;
    // SAFETY: both pointers are to live locals; wait4 only writes them.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut u) };
    if r != pid {
        bail!("{what}: wait4 failed: {}", std::io::Error::last_os_error());
    }
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        bail!("{what} failed (wait status {status})");
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok((secs(u.ru_utime) + secs(u.ru_stime), u.ru_maxrss))
}

fn run(cmd: &mut Command, what: &str) -> Result<()> {
    let status = cmd.status().with_context(|| format!("{what}: cannot start"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

/// Runs the command.
pub fn main(args: &[String], this_root: &Path) -> Result<()> {
    let mut wsdl: Option<PathBuf> = None;
    let mut root = this_root.to_path_buf();
    let mut label = String::from("this checkout");
    let mut operations: Option<String> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--root" => root = it.next().context("--root needs a directory")?.into(),
            "--label" => label = it.next().context("--label needs text")?.clone(),
            "--operations" => operations = Some(it.next().context("--operations needs a list")?.clone()),
            other if wsdl.is_none() && !other.starts_with('-') => wsdl = Some(other.into()),
            other => bail!("compile-bench: unknown argument {other}"),
        }
    }
    let wsdl = std::fs::canonicalize(wsdl.context("compile-bench needs a WSDL file")?)?;
    let root = std::fs::canonicalize(&root)?;
    let stem = wsdl.file_stem().and_then(|s| s.to_str()).context("WSDL file name")?.to_string();
    // One scratch crate and target per checkout, so that "before" and "after" share nothing.
    let key =
        format!("{:x}", root.to_string_lossy().bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b.into())));
    let work =
        this_root.join("target/compile-bench").join(&key).join(if operations.is_some() { "subset" } else { "all" });
    let gen = work.join("gen");
    std::fs::create_dir_all(&gen)?;
    let env = [("CARGO_INCREMENTAL", "0")];

    run(
        Command::new("cargo")
            .args(["run", "--release", "-q", "-p", "ttsoap-codegen", "--manifest-path"])
            .arg(root.join("Cargo.toml"))
            .arg("--")
            .arg("generate")
            .arg(&wsdl)
            .arg("-o")
            .arg(&gen)
            .args(operations.iter().flat_map(|o| ["--operations", o.as_str()]))
            .envs(env),
        "the generator",
    )?;
    let file = gen.join(format!("{stem}.rs"));
    let lines = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?.lines().count();

    let krate = work.join("crate");
    std::fs::create_dir_all(krate.join("src"))?;
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            "[package]\nname = \"compile-bench\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nttsoap = {{ path = {:?} }}\n\n[workspace]\n",
            root.join("crates/ttsoap")
        ),
    )?;
    let manifest = krate.join("Cargo.toml");
    let target = work.join("target");
    let cargo = |args: &[&str]| {
        let mut c = Command::new("cargo");
        c.args(args).arg("--manifest-path").arg(&manifest).env("CARGO_TARGET_DIR", &target).envs(env);
        c
    };
    std::fs::write(krate.join("src/lib.rs"), "")?;
    run(&mut cargo(&["build", "-q"]), "building the runtime")?;
    std::fs::write(
        krate.join("src/lib.rs"),
        format!("#![allow(clippy::all)]\npub mod bindings {{\n    include!({:?});\n}}\n", file),
    )?;

    let t = Instant::now();
    let (cpu, peak_kb) = measured(&mut cargo(&["build", "-q"]), "building the bindings")?;
    let wall = t.elapsed().as_secs_f64();
    println!(
        "{label}: {} -> {lines} lines; build (dev profile) {wall:.1} s wall, {cpu:.1} s CPU, compiler peak {:.2} GB",
        wsdl.display(),
        peak_kb as f64 / 1024.0 / 1024.0
    );
    Ok(())
}
