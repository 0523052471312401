//! `tt emulator`: the TestTrack emulator in the foreground until Ctrl-C.

use std::io::{self, IsTerminal, Write};
use std::net::SocketAddr;
use std::path::Path;

use anyhow::{anyhow, Context};

use crate::cli::EmulatorProfile;
use crate::config::Usage;
use crate::exit::code;

/// The demo seed's logins (project "Demo"), printed on a terminal.
pub const DEMO_LOGINS: &str = "ada / ada-secret, alan / alan-secret, grace / grace-secret";

/// Runs the emulator: prints its URL on `out`, serves until Ctrl-C.
pub fn run(
    out: &mut impl Write,
    listen: SocketAddr,
    seed: Option<&Path>,
    profile: EmulatorProfile,
) -> anyhow::Result<u8> {
    let custom_seed = seed.is_some();
    let seed = match seed {
        Some(p) => tt_emulator::Seed::from_file(p).map_err(|e| Usage(format!("seed {}: {e}", p.display())))?,
        None => tt_emulator::Seed::demo(),
    };
    let (tx, rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = tx.send(());
    })
    .context("cannot install the Ctrl-C handler")?;
    let profile = match profile {
        EmulatorProfile::V2013 => tt_emulator::Profile::V2013,
        EmulatorProfile::V2017 => tt_emulator::Profile::V2017,
    };
    let handle = tt_emulator::Emulator::builder()
        .listen(listen)
        .seed(seed)
        .profile(profile)
        .start()
        .map_err(|e| anyhow!("{e}"))?;
    // The reader may be gone already; the emulator serves on regardless.
    let _ = writeln!(out, "{}", handle.url()).and_then(|()| out.flush());
    if io::stderr().is_terminal() {
        eprintln!("TestTrack emulator at {} (WSDL {}); Ctrl-C stops it", handle.url(), handle.wsdl_url());
        if !custom_seed {
            eprintln!("project Demo; logins: {DEMO_LOGINS}");
        }
        eprintln!("try: TT_URL={} TT_PROJECT=Demo TT_USER=ada TT_PASSWORD=ada-secret tt list Defect", handle.url());
    }
    let _ = rx.recv();
    handle.stop();
    eprintln!("tt: emulator stopped");
    Ok(code::OK)
}
