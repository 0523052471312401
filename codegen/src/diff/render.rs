//! A [`ModelDiff`] as readable text, Markdown or JSON.

use std::fmt::Write;

use super::{Change, ModelDiff};

/// Output formats of a diff report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text for a terminal, one line per change, grouped by section.
    Text,
    /// Markdown: one table per section, for a pull request or an upgrade note.
    Markdown,
    /// JSON: the [`ModelDiff`] as serde serialises it.
    Json,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "text" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            other => Err(format!("unknown format {other:?} (text, markdown or json)")),
        }
    }
}

pub(super) fn render(d: &ModelDiff, format: Format) -> String {
    match format {
        Format::Text => text(d),
        Format::Markdown => markdown(d),
        Format::Json => serde_json::to_string_pretty(d).unwrap_or_default() + "\n",
    }
}

fn summary(d: &ModelDiff) -> String {
    let count = |f: fn(&Change) -> bool| d.changes.iter().filter(|c| f(c)).count();
    format!(
        "{} -> {}: {} changes, {} break source, {} break the wire",
        d.old,
        d.new,
        d.changes.len(),
        count(|c| c.breaks_source),
        count(|c| c.breaks_wire)
    )
}

/// The changes grouped by section, in report order.
fn sections(d: &ModelDiff) -> Vec<(&'static str, Vec<&Change>)> {
    let mut out: Vec<(&'static str, Vec<&Change>)> = Vec::new();
    for c in &d.changes {
        match out.last_mut() {
            Some((s, list)) if *s == c.kind.section() => list.push(c),
            _ => out.push((c.kind.section(), vec![c])),
        }
    }
    out
}

fn text(d: &ModelDiff) -> String {
    let mut s = summary(d) + "\n";
    for (section, list) in sections(d) {
        let _ = writeln!(s, "\n{section} ({})", list.len());
        let width = list.iter().map(|c| c.subject.len()).max().unwrap_or(0);
        for c in list {
            let _ = writeln!(s, "  {} {:width$}  {}  [{}]", c.kind.sign(), c.subject, c.detail, c.impact());
        }
    }
    s
}

fn markdown(d: &ModelDiff) -> String {
    let mut s = format!("**{}**\n", summary(d));
    let cell = |t: &str| t.replace('|', "\\|");
    for (section, list) in sections(d) {
        let _ = writeln!(s, "\n### {section} ({})\n", list.len());
        s.push_str("| | subject | change | source | wire |\n|---|---|---|---|---|\n");
        for c in list {
            let mark = |b: bool| if b { "breaks" } else { "" };
            let _ = writeln!(
                s,
                "| {} | `{}` | {} | {} | {} |",
                c.kind.sign(),
                cell(&c.subject),
                cell(&c.detail),
                mark(c.breaks_source),
                mark(c.breaks_wire)
            );
        }
    }
    s
}
