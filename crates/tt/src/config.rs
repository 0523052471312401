//! Where the connection comes from: flags, then the environment (`TT_URL`, `TT_PROJECT`,
//! `TT_USER`, `TT_PASSWORD`; clap reads the ones that are options), then a profile of the
//! config file. The password never comes from the command line: `TT_PASSWORD`,
//! `--password-file` or `--password-command` (`TT_PASSWORD_COMMAND`), the profile's
//! `password_file` or `password_command`, or a prompt when standard input is a terminal.
//!
//! A password command reads a secret store: `secret-tool lookup service testtrack user ci-bot`
//! (GNOME keyring, KWallet), `security find-generic-password -s testtrack -w` (macOS
//! Keychain), `pass show testtrack/ci-bot`, a vault's CLI. Running the store's own command,
//! rather than linking a keyring library, keeps D-Bus and platform APIs out of `tt` and serves
//! every store alike.
//!
//! The config file (`--config`, `$TT_CONFIG`, or `~/.config/tt/config.toml`) is TOML with
//! `[profiles.NAME]` sections and an optional top-level `default = "NAME"`; unknown keys and
//! sections are refused by name:
//!
//! ```toml
//! default = "work"
//!
//! [profiles.work]
//! url = "https://tt.example.com/"
//! project = "My Project"
//! user = "ci-bot"
//! password_file = "~/.config/tt/work.password"  # or password_command = "pass show tt/work"
//! workflow = "~/.config/tt/workflow.json"   # optional state rules, see `tt --help`
//! ca_bundle = "~/.config/tt/company-ca.pem" # optional
//! proxy = "http://proxy.example.com:3128"   # optional; "none" connects directly
//! insecure = false                           # optional; true skips TLS certificate checks
//! timeout = 60                               # optional; seconds per call
//! connect_timeout = 10                       # optional; seconds to connect
//! retries = 2                                # optional; repeats of a call that failed for a passing reason
//! ```

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use serde::Deserialize;
use ttsoap::transport::{ProxyConfig, TransportConfig};
use ttsoap::RetryPolicy;

/// `tt`'s default time allowed for one call: a hung server costs a minute, not the
/// runtime's two.
pub const DEFAULT_TIMEOUT_SECS: u64 = 60;
/// `tt`'s default time allowed for connecting.
pub const DEFAULT_CONNECT_TIMEOUT_SECS: u64 = 10;
/// `tt`'s default number of repeats of a call (the runtime's default policy: 3 attempts).
pub const DEFAULT_RETRIES: u32 = 2;

/// A usage or configuration problem (exit code 2).
#[derive(Debug)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

fn usage(msg: impl Into<String>) -> anyhow::Error {
    Usage(msg.into()).into()
}

/// One profile of the config file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Server URL.
    pub url: Option<String>,
    /// Project name.
    pub project: Option<String>,
    /// User name.
    pub user: Option<String>,
    /// File whose first line is the password.
    pub password_file: Option<String>,
    /// Command whose first line of output is the password.
    pub password_command: Option<String>,
    /// Workflow rules file.
    pub workflow: Option<String>,
    /// PEM file of extra certificate authorities.
    pub ca_bundle: Option<String>,
    /// Proxy URL, or "none".
    pub proxy: Option<String>,
    /// Skip TLS certificate checks.
    pub insecure: Option<bool>,
    /// Seconds allowed for each call.
    pub timeout: Option<u64>,
    /// Seconds allowed for connecting.
    pub connect_timeout: Option<u64>,
    /// Repeats of a call that failed for a passing reason.
    pub retries: Option<u32>,
    /// Refused with a clear message (only here to be recognised).
    password: Option<toml::Value>,
}

/// The parsed config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The profile used when none is named.
    pub default: Option<String>,
    /// The profiles by name.
    #[serde(default, alias = "profile")]
    pub profiles: BTreeMap<String, Profile>,
}

/// Parses a config file; errors name the line and the offending key.
pub fn parse(text: &str) -> Result<ConfigFile, Usage> {
    let cfg: ConfigFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let msg = e.message().trim().replace('`', "'");
        Usage(match line {
            Some(n) => format!("line {n}: {msg}"),
            None => msg,
        })
    })?;
    for (name, p) in &cfg.profiles {
        if p.timeout == Some(0) || p.connect_timeout == Some(0) {
            return Err(Usage(format!("[profiles.{name}]: timeouts must be at least 1 second")));
        }
        if p.retries.is_some_and(|r| r > 20) {
            return Err(Usage(format!("[profiles.{name}]: retries must be between 0 and 20")));
        }
        if p.password.is_some() {
            return Err(Usage(format!(
                "[profiles.{name}]: passwords are not kept in the config file; use password_file, password_command or TT_PASSWORD"
            )));
        }
        if p.password_file.is_some() && p.password_command.is_some() {
            return Err(Usage(format!("[profiles.{name}]: password_file and password_command: keep one")));
        }
    }
    Ok(cfg)
}

/// Expands a leading `~/`.
pub fn expand(p: &str) -> PathBuf {
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(p),
    }
}

fn default_path() -> Option<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|x| !x.is_empty()) {
        return Some(Path::new(&x).join("tt/config.toml"));
    }
    std::env::var_os("HOME").map(|h| Path::new(&h).join(".config/tt/config.toml"))
}

/// The selected profile (empty when there is none). `config` and `profile` come from the
/// flags or their variables (`TT_CONFIG`, `TT_PROFILE`).
pub fn load_profile(config: Option<&Path>, profile: Option<&str>) -> anyhow::Result<Profile> {
    let explicit = config.filter(|p| !p.as_os_str().is_empty()).map(|p| expand(&p.to_string_lossy()));
    let path = match (&explicit, default_path()) {
        (Some(p), _) => p.clone(),
        (None, Some(p)) if p.exists() => p,
        _ => {
            return match profile {
                Some(p) => Err(usage(format!("profile '{p}' requested but there is no config file"))),
                None => Ok(Profile::default()),
            }
        }
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| usage(format!("cannot read the config file {}: {e}", path.display())))?;
    let cfg = parse(&text).map_err(|e| usage(format!("in {}: {e}", path.display())))?;
    match profile.map(str::to_string).or(cfg.default.clone()) {
        None => Ok(Profile::default()),
        Some(n) => cfg.profiles.get(&n).cloned().ok_or_else(|| {
            let known: Vec<&String> = cfg.profiles.keys().collect();
            usage(format!("no profile '{n}' in {} (profiles: {known:?})", path.display()))
        }),
    }
}

/// Connection settings after resolution.
#[derive(Debug, Clone)]
pub struct Connection {
    /// Server URL.
    pub url: String,
    /// Project name.
    pub project: Option<String>,
    /// User name.
    pub user: String,
    /// Password file.
    pub password_file: Option<PathBuf>,
    /// Password command.
    pub password_command: Option<String>,
    /// Workflow rules file.
    pub workflow: Option<PathBuf>,
    /// TLS, proxy and timeout settings.
    pub transport: TransportConfig,
    /// Which failed calls are repeated.
    pub retry: RetryPolicy,
}

/// The flags (and their variables) that say how to connect.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    /// `--url` / `TT_URL`.
    pub url: Option<String>,
    /// `--project` / `TT_PROJECT`.
    pub project: Option<String>,
    /// `--user` / `TT_USER`.
    pub user: Option<String>,
    /// `--password-file`.
    pub password_file: Option<PathBuf>,
    /// `--password-command` / `TT_PASSWORD_COMMAND`.
    pub password_command: Option<String>,
    /// `--workflow` / `TT_WORKFLOW`.
    pub workflow: Option<PathBuf>,
    /// `--ca-bundle` / `TT_CA_BUNDLE`.
    pub ca_bundle: Option<PathBuf>,
    /// `--proxy` / `TT_PROXY`.
    pub proxy: Option<String>,
    /// `--no-proxy`.
    pub no_proxy: bool,
    /// `--insecure`.
    pub insecure: bool,
    /// `--timeout` / `TT_TIMEOUT`, seconds.
    pub timeout: Option<u64>,
    /// `--connect-timeout` / `TT_CONNECT_TIMEOUT`, seconds.
    pub connect_timeout: Option<u64>,
    /// `--retries` / `TT_RETRIES`.
    pub retries: Option<u32>,
}

fn nonempty(s: Option<String>) -> Option<String> {
    s.filter(|v| !v.trim().is_empty())
}

/// TLS, proxy and timeout settings: flags over the profile over the defaults.
pub fn transport(flags: &Flags, profile: &Profile) -> TransportConfig {
    let proxy = match (flags.no_proxy, nonempty(flags.proxy.clone()).or_else(|| profile.proxy.clone())) {
        (true, _) => ProxyConfig::None,
        (false, Some(p)) if p.eq_ignore_ascii_case("none") => ProxyConfig::None,
        (false, Some(p)) => ProxyConfig::Url(p),
        (false, None) => ProxyConfig::FromEnv,
    };
    TransportConfig {
        ca_bundle: flags.ca_bundle.clone().or_else(|| profile.ca_bundle.as_deref().map(expand)),
        danger_accept_invalid_certs: flags.insecure || profile.insecure.unwrap_or(false),
        proxy,
        timeout: Duration::from_secs(flags.timeout.or(profile.timeout).unwrap_or(DEFAULT_TIMEOUT_SECS)),
        connect_timeout: Duration::from_secs(
            flags.connect_timeout.or(profile.connect_timeout).unwrap_or(DEFAULT_CONNECT_TIMEOUT_SECS),
        ),
        ..TransportConfig::default()
    }
}

/// The retry policy: `--retries` over the profile over [`DEFAULT_RETRIES`], with the
/// runtime's backoff and 30 s deadline.
pub fn retry(flags: &Flags, profile: &Profile) -> RetryPolicy {
    RetryPolicy::retries(flags.retries.or(profile.retries).unwrap_or(DEFAULT_RETRIES))
}

/// The server URL alone (for commands that do not log on).
pub fn url(flags: &Flags, profile: &Profile) -> anyhow::Result<String> {
    nonempty(flags.url.clone())
        .or_else(|| profile.url.clone())
        .ok_or_else(|| usage("no server URL: pass --url, set TT_URL, or use a config profile"))
}

/// Resolves flags (and their variables) > profile.
pub fn resolve(flags: &Flags, profile: &Profile) -> anyhow::Result<Connection> {
    let url = url(flags, profile)?;
    let user = nonempty(flags.user.clone())
        .or_else(|| profile.user.clone())
        .ok_or_else(|| usage("no user name: pass --user, set TT_USER, or use a config profile"))?;
    Ok(Connection {
        url,
        project: nonempty(flags.project.clone()).or_else(|| profile.project.clone()),
        user,
        // A source named by a flag replaces the profile's, whichever kind that is.
        password_file: match (&flags.password_file, nonempty(flags.password_command.clone())) {
            (Some(f), _) => Some(f.clone()),
            (None, Some(_)) => None,
            (None, None) => profile.password_file.as_deref().map(expand),
        },
        password_command: match (&flags.password_file, nonempty(flags.password_command.clone())) {
            (Some(_), _) => None,
            (None, Some(c)) => Some(c),
            (None, None) => profile.password_command.clone(),
        },
        workflow: flags
            .workflow
            .clone()
            .filter(|p| !p.as_os_str().is_empty())
            .map(|p| expand(&p.to_string_lossy()))
            .or_else(|| profile.workflow.as_deref().map(expand)),
        transport: transport(flags, profile),
        retry: retry(flags, profile),
    })
}

/// The password: `TT_PASSWORD`, the password file (first line), the password command (first
/// line of its output), or a prompt on a terminal.
pub fn password(c: &Connection) -> anyhow::Result<ttsoap::Password> {
    if let Ok(p) = std::env::var("TT_PASSWORD") {
        return Ok(ttsoap::Password::new(p));
    }
    if let Some(f) = &c.password_file {
        let text = std::fs::read_to_string(f)
            .map_err(|e| usage(format!("cannot read the password file {}: {e}", f.display())))?;
        return Ok(ttsoap::Password::new(text.lines().next().unwrap_or("").to_string()));
    }
    if let Some(cmd) = &c.password_command {
        return password_from_command(cmd);
    }
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        // The URL as shown everywhere else: its query values (an API key) masked.
        let at = ttsoap::Endpoint::exact(&c.url).map_or_else(|_| "the server".to_string(), |e| e.to_string());
        let p = rpassword::prompt_password(format!("Password for {} at {at}: ", c.user))
            .context("cannot read the password")?;
        return Ok(ttsoap::Password::new(p));
    }
    Err(usage(
        "no password: set TT_PASSWORD, pass --password-file or --password-command, or run on a terminal to be asked",
    ))
}

/// Runs a password command through the shell, with the terminal for its own prompts (a store
/// that asks to be unlocked), and takes the first line it prints. What it printed never
/// appears in an error.
fn password_from_command(cmd: &str) -> anyhow::Result<ttsoap::Password> {
    let mut shell = if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.arg("/C");
        c
    } else {
        let mut c = std::process::Command::new("sh");
        c.arg("-c");
        c
    };
    let out = shell
        .arg(cmd)
        .stdin(std::process::Stdio::inherit())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| usage(format!("cannot run the password command: {e}")))?;
    if !out.status.success() {
        let how =
            out.status.code().map_or_else(|| "was stopped by a signal".to_string(), |c| format!("exited with {c}"));
        return Err(usage(format!("the password command {how}")));
    }
    let first = String::from_utf8(out.stdout).ok().and_then(|t| t.lines().next().map(str::to_string));
    match first.filter(|p| !p.is_empty()) {
        Some(p) => Ok(ttsoap::Password::new(p)),
        None => Err(usage("the password command printed no password (or not as UTF-8 text)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_profiles() {
        let c = parse(
            "# comment\ndefault = \"work\"\n\n[profiles.work]\nurl = \"http://h/\" # trailing\nproject = 'My Project'\n\n[profiles.\"other one\"]\nuser = \"bob\"\ninsecure = true\n",
        )
        .unwrap();
        assert_eq!(c.default.as_deref(), Some("work"));
        assert_eq!(c.profiles["work"].url.as_deref(), Some("http://h/"));
        assert_eq!(c.profiles["work"].project.as_deref(), Some("My Project"));
        assert_eq!(c.profiles["other one"].user.as_deref(), Some("bob"));
        assert_eq!(c.profiles["other one"].insecure, Some(true));
        assert!(parse("[profiles.x]\npassword = \"no\"\n").unwrap_err().0.contains("passwords are not kept"));
        assert!(parse("url = \"x\"\n").is_err());
        assert!(parse("[other]\n").is_err());
    }

    #[test]
    fn network_keys_flags_over_profile_over_defaults() {
        let c = parse("[profiles.w]\ntimeout = 5\nconnect_timeout = 2\nretries = 0\n").unwrap();
        let p = &c.profiles["w"];
        let t = transport(&Flags::default(), p);
        assert_eq!((t.timeout, t.connect_timeout), (Duration::from_secs(5), Duration::from_secs(2)));
        assert_eq!(retry(&Flags::default(), p).attempts(), 1);
        let flags = Flags { timeout: Some(7), retries: Some(4), ..Flags::default() };
        assert_eq!(transport(&flags, p).timeout, Duration::from_secs(7));
        assert_eq!(retry(&flags, p).attempts(), 5);
        let d = transport(&Flags::default(), &Profile::default());
        assert_eq!(d.timeout, Duration::from_secs(DEFAULT_TIMEOUT_SECS));
        assert_eq!(d.connect_timeout, Duration::from_secs(DEFAULT_CONNECT_TIMEOUT_SECS));
        assert_eq!(retry(&Flags::default(), &Profile::default()).attempts(), DEFAULT_RETRIES + 1);
        assert!(parse("[profiles.w]\ntimeout = 0\n").unwrap_err().0.contains("at least 1 second"));
        assert!(parse("[profiles.w]\nretries = 99\n").unwrap_err().0.contains("between 0 and 20"));
    }

    #[test]
    fn unknown_keys_and_sections_are_named() {
        let e = parse("[profiles.work]\nurl = \"http://h/\"\nusr = \"ada\"\n").unwrap_err().0;
        assert!(e.contains("line 3") && e.contains("unknown field 'usr'"), "{e}");
        let e = parse("[profils.work]\n").unwrap_err().0;
        assert!(e.contains("unknown field 'profils'"), "{e}");
    }
}
