//! `tt`: TestTrack / Helix ALM from the command line, on the `tt-records` layer.
//!
//! ```text
//! tt [--url URL] [--project NAME] [--user NAME] [--password-file FILE | --password-command CMD]
//!    [--profile NAME] [--format table|json|csv] [-v] COMMAND
//! ```
//!
//! Layout: [`cli`] (the clap model), [`config`] (config file and connection settings),
//! [`exit`] (exit codes), [`interrupt`] (Ctrl-C), [`output`] (tables, CSV, JSON, the error
//! line), [`logging`] (`-v`), [`workflow`] (state rules files), and one module per command
//! under [`commands`]. `tt --help` documents the JSON shapes and the exit codes.

mod cli;
mod cli_results;
mod commands;
mod config;
mod demo;
mod exit;
mod interrupt;
mod logging;
mod output;
mod workflow;

use std::process::ExitCode;

use clap::Parser;

use crate::interrupt::Interrupt;

use crate::exit::code;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) if e.use_stderr() => {
            // One line, like every other error, with all of clap's message ("did you mean",
            // the missing argument's name) up to its usage section.
            let rendered = e.render().to_string();
            let message: Vec<&str> = rendered
                .lines()
                .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let line = if message.is_empty() { "error: bad arguments".to_string() } else { message.join(" ") };
            eprintln!("tt: {} (see tt --help)", output::clean(&line));
            return ExitCode::from(code::USAGE);
        }
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(code::OK);
        }
    };
    logging::init(cli.verbose);
    let verbose = cli.verbose > 0;
    let result = commands::run(cli);
    Interrupt::get().yield_to_interrupt();
    match result {
        Ok(c) => ExitCode::from(c),
        // The reader of our output went away (`tt list Defect | head`): nothing to report.
        Err(e) if exit::is_broken_pipe(&e) => ExitCode::from(code::OK),
        Err(e) => {
            // One line, secrets cut out, control characters escaped; cut short unless -v.
            eprintln!("tt: error: {}", output::error_line(&format!("{e:#}"), verbose));
            ExitCode::from(exit::exit_code(&e))
        }
    }
}
