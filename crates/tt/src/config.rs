//! Where the connection comes from: flags, then the environment (`TT_URL`, `TT_PROJECT`,
//! `TT_USER`, `TT_PASSWORD`), then a profile of the config file. The password never comes
//! from the command line: `TT_PASSWORD`, `--password-file`, the profile's `password_file`,
//! or a prompt when standard input is a terminal.
//!
//! The config file (`--config`, `$TT_CONFIG`, or `~/.config/tt/config.toml`) is a small
//! TOML subset: `key = "value"` lines under `[profiles.NAME]` sections, and an optional
//! top-level `default = "NAME"`:
//!
//! ```toml
//! default = "work"
//!
//! [profiles.work]
//! url = "https://tt.example.com/"
//! project = "My Project"
//! user = "ci-bot"
//! password_file = "~/.config/tt/work.password"
//! workflow = "~/.config/tt/workflow.json"   # optional state rules, see `tt --help`
//! ```

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context};

/// A usage problem (exit code 2).
#[derive(Debug)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// One profile: string settings by key.
pub type Profile = BTreeMap<String, String>;

/// The parsed config file.
#[derive(Debug, Default)]
pub struct ConfigFile {
    pub default: Option<String>,
    pub profiles: BTreeMap<String, Profile>,
}

fn unquote(v: &str, line: usize) -> anyhow::Result<String> {
    let v = v.trim();
    for q in ['"', '\''] {
        if let Some(rest) = v.strip_prefix(q) {
            let end = rest.find(q).ok_or_else(|| anyhow!("line {line}: unterminated string"))?;
            let tail = rest[end + 1..].trim();
            if !tail.is_empty() && !tail.starts_with('#') {
                bail!("line {line}: unexpected text after the value");
            }
            let s = &rest[..end];
            return Ok(if q == '"' { s.replace("\\\\", "\\").replace("\\\"", "\"") } else { s.to_string() });
        }
    }
    Ok(v.split('#').next().unwrap_or("").trim().to_string())
}

/// Parses the TOML subset described in the module docs.
pub fn parse(text: &str) -> anyhow::Result<ConfigFile> {
    let mut cfg = ConfigFile::default();
    let mut section: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(h) = line.strip_prefix('[') {
            let h = h.split(']').next().unwrap_or("").trim();
            let name = h
                .strip_prefix("profiles.")
                .or_else(|| h.strip_prefix("profile."))
                .ok_or_else(|| anyhow!("line {n}: only [profiles.NAME] sections are known"))?;
            let name = unquote(name, n)?;
            cfg.profiles.entry(name.clone()).or_default();
            section = Some(name);
            continue;
        }
        let (k, v) = line.split_once('=').ok_or_else(|| anyhow!("line {n}: expected key = \"value\""))?;
        let key = k.trim().to_string();
        let value = unquote(v, n)?;
        match &section {
            Some(s) => {
                if key == "password" {
                    bail!("line {n}: passwords are not kept in the config file; use password_file or TT_PASSWORD");
                }
                cfg.profiles.entry(s.clone()).or_default().insert(key, value);
            }
            None if key == "default" => cfg.default = Some(value),
            None => bail!("line {n}: '{key}' must be inside a [profiles.NAME] section"),
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

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The selected profile (empty when there is none).
pub fn load_profile(config: Option<&Path>, profile: Option<&str>) -> anyhow::Result<Profile> {
    let explicit = config.map(Path::to_path_buf).or_else(|| env("TT_CONFIG").map(|p| expand(&p)));
    let path = match (&explicit, default_path()) {
        (Some(p), _) => p.clone(),
        (None, Some(p)) if p.exists() => p,
        _ => {
            return match profile {
                Some(p) => Err(Usage(format!("profile '{p}' requested but there is no config file")).into()),
                None => Ok(Profile::new()),
            }
        }
    };
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("cannot read the config file {}", path.display()))?;
    let cfg = parse(&text).with_context(|| format!("in {}", path.display()))?;
    let name = profile.map(str::to_string).or_else(|| env("TT_PROFILE")).or(cfg.default.clone());
    match name {
        None => Ok(Profile::new()),
        Some(n) => cfg.profiles.get(&n).cloned().ok_or_else(|| {
            let known: Vec<&String> = cfg.profiles.keys().collect();
            Usage(format!("no profile '{n}' in {} (profiles: {known:?})", path.display())).into()
        }),
    }
}

/// Connection settings after resolution.
#[derive(Debug, Clone)]
pub struct Connection {
    pub url: String,
    pub project: Option<String>,
    pub user: String,
    pub password_file: Option<PathBuf>,
    pub workflow: Option<PathBuf>,
}

/// Resolves flags > environment > profile.
pub fn resolve(
    url: Option<String>,
    project: Option<String>,
    user: Option<String>,
    password_file: Option<PathBuf>,
    workflow: Option<PathBuf>,
    profile: &Profile,
) -> anyhow::Result<Connection> {
    let pick =
        |flag: Option<String>, var: &str, key: &str| flag.or_else(|| env(var)).or_else(|| profile.get(key).cloned());
    let url = pick(url, "TT_URL", "url")
        .ok_or_else(|| Usage("no server URL: pass --url, set TT_URL, or use a config profile".into()))?;
    let user = pick(user, "TT_USER", "user")
        .ok_or_else(|| Usage("no user name: pass --user, set TT_USER, or use a config profile".into()))?;
    Ok(Connection {
        url,
        project: pick(project, "TT_PROJECT", "project"),
        user,
        password_file: password_file.or_else(|| profile.get("password_file").map(|p| expand(p))),
        workflow: workflow
            .or_else(|| env("TT_WORKFLOW").map(|p| expand(&p)))
            .or_else(|| profile.get("workflow").map(|p| expand(p))),
    })
}

/// The password: `TT_PASSWORD`, the password file (first line), or a prompt on a terminal.
pub fn password(c: &Connection) -> anyhow::Result<ttsoap::Password> {
    if let Ok(p) = std::env::var("TT_PASSWORD") {
        return Ok(ttsoap::Password::new(p));
    }
    if let Some(f) = &c.password_file {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("cannot read the password file {}", f.display()))?;
        return Ok(ttsoap::Password::new(text.lines().next().unwrap_or("").to_string()));
    }
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        let p = rpassword::prompt_password(format!("Password for {} at {}: ", c.user, c.url))
            .context("cannot read the password")?;
        return Ok(ttsoap::Password::new(p));
    }
    Err(Usage("no password: set TT_PASSWORD, pass --password-file, or run on a terminal to be asked".into()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_profiles() {
        let c = parse(
            "# comment\ndefault = \"work\"\n\n[profiles.work]\nurl = \"http://h/\" # trailing\nproject = 'My Project'\n\n[profiles.\"other one\"]\nuser = bob\n",
        )
        .unwrap();
        assert_eq!(c.default.as_deref(), Some("work"));
        assert_eq!(c.profiles["work"]["url"], "http://h/");
        assert_eq!(c.profiles["work"]["project"], "My Project");
        assert_eq!(c.profiles["other one"]["user"], "bob");
        assert!(parse("[profiles.x]\npassword = \"no\"\n").is_err());
        assert!(parse("url = \"x\"\n").is_err());
        assert!(parse("[other]\n").is_err());
    }
}
