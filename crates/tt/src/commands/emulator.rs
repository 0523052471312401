//! `tt emulator`: the TestTrack emulator in the foreground until Ctrl-C.

use std::io::{self, IsTerminal, Write};

use anyhow::{anyhow, Context};

use crate::cli::{EmulatorArgs, EmulatorProfile};
use crate::config::Usage;
use crate::exit::code;

/// The logins of a seed, one line each: `login / password (projects)`, for users who may log
/// on through SOAP.
pub fn logins(seed: &tt_emulator::Seed) -> Vec<String> {
    let all: Vec<&str> = seed.projects.iter().map(|p| p.name.as_str()).collect();
    seed.users
        .iter()
        .filter(|u| u.soap_access && u.active && !u.customer)
        .filter_map(|u| {
            let login = u.login.as_deref()?;
            let projects = u.projects.as_ref().map_or(all.join(", "), |p| p.join(", "));
            Some(format!("{login} / {} ({projects})", u.password))
        })
        .collect()
}

/// Runs the emulator: prints its URL on `out` (then, for the demo seed, its logins), serves
/// until Ctrl-C.
pub fn run(out: &mut impl Write, args: &EmulatorArgs) -> anyhow::Result<u8> {
    let custom_seed = args.seed.is_some();
    let reopening = args.state.as_deref().is_some_and(tt_emulator::state_file_exists);
    if reopening && custom_seed {
        eprintln!("tt: the state file exists; the seed is not read");
    }
    let seed = match &args.seed {
        Some(_) if reopening => tt_emulator::Seed::demo(),
        Some(p) => tt_emulator::Seed::from_file(p).map_err(|e| Usage(format!("seed {}: {e}", p.display())))?,
        None => tt_emulator::Seed::demo(),
    };
    // A reopened state file may have other users and passwords than the seed.
    let demo_logins = if custom_seed || reopening { Vec::new() } else { logins(&seed) };
    let (tx, rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = tx.send(());
    })
    .context("cannot install the Ctrl-C handler")?;
    let profile = match args.server_profile {
        EmulatorProfile::V2013 => tt_emulator::Profile::V2013,
        EmulatorProfile::V2017 => tt_emulator::Profile::V2017,
    };
    let mut builder = tt_emulator::Emulator::builder()
        .listen(args.listen)
        .seed(seed)
        .profile(profile)
        .max_sessions(args.max_sessions);
    if let Some(n) = args.rng_seed {
        builder = builder.rng_seed(n);
    }
    if let Some(path) = &args.state {
        builder = builder.state_file(path);
    }
    let handle = builder.start().map_err(|e| anyhow!("{e}"))?;
    // The URL first (scripts read one line), then the demo seed's logins. The reader may be
    // gone already; the emulator serves on regardless.
    let _ = writeln!(out, "{}", handle.url())
        .and_then(|()| demo_logins.iter().try_for_each(|l| writeln!(out, "login {l}")))
        .and_then(|()| out.flush());
    if io::stderr().is_terminal() {
        eprintln!("TestTrack emulator at {} (WSDL {}); Ctrl-C stops it", handle.url(), handle.wsdl_url());
        eprintln!("try: TT_URL={} TT_PROJECT=Demo TT_USER=ada TT_PASSWORD=ada-secret tt list Defect", handle.url());
    }
    let _ = rx.recv();
    handle.stop();
    eprintln!("tt: emulator stopped");
    Ok(code::OK)
}
