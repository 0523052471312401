//! `-v` logging on stderr (env_logger): records of the `ttsoap` and `tt*` targets, with
//! secrets cut out and control characters escaped.

use std::io::Write;

use crate::output;

/// Turns logging on for `-v` (debug) or `-vv` (trace, the SOAP exchanges).
pub fn init(verbose: u8) {
    let level = match verbose {
        0 => return,
        1 => log::LevelFilter::Debug,
        _ => log::LevelFilter::Trace,
    };
    let _ = env_logger::Builder::new()
        .filter_level(log::LevelFilter::Off)
        .filter_module("ttsoap", level)
        .filter_module("tt", level)
        .target(env_logger::Target::Stderr)
        .format(|buf, r| {
            // Records quote server text: secrets cut out, control characters escaped.
            let text = output::redact(&r.args().to_string());
            writeln!(buf, "[{} {}] {}", r.level().as_str().to_lowercase(), r.target(), output::clean_lines(&text))
        })
        .try_init();
}
