//! `tt-emulator`: runs the TestTrack SOAP emulator until SIGINT/SIGTERM.
//!
//! ```text
//! tt-emulator --listen 127.0.0.1:8080 [--seed FILE] [--profile 2013|2017] [--rng-seed N]
//!             [--max-sessions N] [--state FILE]
//! ```
//!
//! The first line printed is the SOAP endpoint URL; the WSDL is at `/ttsoapcgi.wsdl`.
//! SIGINT or SIGTERM stops it at any time: while serving it stops the server cleanly and
//! exits 0; while the seed is still loading it exits at once with status 130.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use clap::Parser;
use tt_emulator::{Emulator, Profile, Seed};

/// A faithful TestTrack / Helix ALM SOAP server for tests.
#[derive(Debug, Parser)]
#[command(name = "tt-emulator", version, about)]
struct Args {
    /// Address to listen on; port 0 picks a free port. Loopback unless told otherwise.
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
    /// Seed file (JSON); the built-in demo seed by default.
    #[arg(long)]
    seed: Option<PathBuf>,
    /// Server version to reproduce: 2013 or 2017.
    #[arg(long, default_value = "2017")]
    profile: Profile,
    /// Fixed seed for session cookies (reproducible runs).
    #[arg(long)]
    rng_seed: Option<u64>,
    /// Maximum number of concurrent SOAP sessions.
    #[arg(long, default_value_t = 32)]
    max_sessions: usize,
    /// Keep the world in this SQLite file: every acknowledged change is on disk before its
    /// answer, and a restart with the same file continues where it stopped. A new file is
    /// created from the seed; an existing one is used as it is (the seed is not read).
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
}

/// Set once the server runs; before that a signal ends the process at once.
static SERVING: AtomicBool = AtomicBool::new(false);

fn main() -> ExitCode {
    let args = Args::parse();
    let (tx, rx) = mpsc::channel();
    if let Err(e) = ctrlc::set_handler(move || {
        if SERVING.load(Ordering::SeqCst) {
            let _ = tx.send(());
        } else {
            // Loading a seed holds no resource worth a clean-up: leave now.
            eprintln!("tt-emulator: interrupted while loading");
            std::process::exit(130);
        }
    }) {
        eprintln!("tt-emulator: cannot install the signal handler: {e}");
        return ExitCode::FAILURE;
    }
    let reopening = args.state.as_deref().is_some_and(tt_emulator::state_file_exists);
    if reopening {
        eprintln!("tt-emulator: opening the state file (the seed is not read)");
    } else {
        eprintln!("tt-emulator: loading the seed");
    }
    let seed = match &args.seed {
        Some(_) if reopening => Seed::demo(),
        Some(path) => match Seed::from_file(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("tt-emulator: {e}");
                return ExitCode::from(2);
            }
        },
        None => Seed::demo(),
    };
    let mut builder =
        Emulator::builder().listen(args.listen).seed(seed).profile(args.profile).max_sessions(args.max_sessions);
    if let Some(n) = args.rng_seed {
        builder = builder.rng_seed(n);
    }
    if let Some(path) = &args.state {
        builder = builder.state_file(path);
    }
    let handle = match builder.start() {
        Ok(h) => h,
        Err(e) => {
            eprintln!("tt-emulator: {e}");
            return ExitCode::FAILURE;
        }
    };
    SERVING.store(true, Ordering::SeqCst);
    println!("{}", handle.url());
    eprintln!("WSDL at {} (Ctrl-C to stop)", handle.wsdl_url());
    let _ = rx.recv();
    handle.stop();
    eprintln!("tt-emulator: stopped");
    ExitCode::SUCCESS
}
