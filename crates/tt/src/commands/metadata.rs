//! `projects`, `fields` and `events` (`tables`, `columns` and `filters` are plain name lists).

use std::io::Write;

use serde::Serialize;
use tt_records::Tracker;

use crate::exit::LogonFailed;
use crate::output::{self, Format};

/// One project in `tt projects --format json`.
#[derive(Serialize)]
struct ProjectOut<'a> {
    name: &'a str,
    options: &'a [String],
}

/// `tt projects`.
pub fn projects(
    out: &mut impl Write,
    format: Format,
    client: &testtrack::Client,
    user: &str,
    password: &ttsoap::Password,
) -> anyhow::Result<()> {
    let list = tt_records::projects(client, user, password).map_err(|e| match e {
        tt_records::Error::Soap(s) => anyhow::Error::new(LogonFailed(s)),
        other => other.into(),
    })?;
    match format {
        Format::Json => {
            let v: Vec<ProjectOut<'_>> =
                list.iter().map(|p| ProjectOut { name: &p.name, options: &p.options }).collect();
            output::json(out, &v)?
        }
        _ => {
            let rows: Vec<Vec<String>> = list.iter().map(|p| vec![p.name.clone(), p.options.join(", ")]).collect();
            output::rows(out, format, &["Project".into(), "Options".into()], &rows)?;
        }
    }
    Ok(())
}

/// One field in `tt fields --format json`.
#[derive(Serialize)]
struct FieldOut {
    name: String,
    xml_name: Option<String>,
    #[serde(rename = "type")]
    ty: String,
    writable: bool,
    allowed_values: Option<Vec<String>>,
}

/// `tt fields TABLE`.
pub fn fields(out: &mut impl Write, format: Format, t: &Tracker, table: &str) -> anyhow::Result<()> {
    let schema = t.schema(table)?;
    let mut list = Vec::new();
    for f in schema.fields() {
        let allowed = if f.writable { t.allowed_values(table, &f.name)? } else { None };
        list.push(FieldOut {
            name: f.name.clone(),
            xml_name: f.xml_name.clone(),
            ty: f.ty.to_string(),
            writable: f.writable,
            allowed_values: allowed,
        });
    }
    if format == Format::Json {
        return Ok(output::json(out, &list)?);
    }
    let rows: Vec<Vec<String>> = list
        .into_iter()
        .map(|f| {
            vec![
                f.name,
                f.xml_name.unwrap_or_else(|| "(custom)".into()),
                f.ty,
                if f.writable { "yes" } else { "no" }.to_string(),
                f.allowed_values.map(|a| a.join(", ")).unwrap_or_default(),
            ]
        })
        .collect();
    let h = ["Field", "XML name", "Type", "Writable", "Allowed values"].map(String::from);
    Ok(output::rows(out, format, &h, &rows)?)
}

/// One event field in `tt events --format json`.
#[derive(Serialize)]
struct EventFieldOut {
    name: String,
    #[serde(rename = "type")]
    ty: String,
}

/// One event in `tt events --format json`.
#[derive(Serialize)]
struct EventOut {
    name: String,
    resulting_states: Vec<String>,
    fields: Vec<EventFieldOut>,
}

/// `tt events TABLE`.
pub fn events(out: &mut impl Write, format: Format, t: &Tracker, table: &str) -> anyhow::Result<()> {
    let defs = t.event_definitions(table)?;
    let list: Vec<EventOut> = defs
        .iter()
        .map(|d| EventOut {
            name: d.name.clone(),
            resulting_states: d.resulting_states.clone(),
            fields: d.fields.iter().map(|f| EventFieldOut { name: f.name.clone(), ty: f.ty.to_string() }).collect(),
        })
        .collect();
    if format == Format::Json {
        return Ok(output::json(out, &list)?);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|d| {
            vec![
                d.name.clone(),
                d.resulting_states.join(", "),
                d.fields.iter().map(|f| format!("{} ({})", f.name, f.ty)).collect::<Vec<_>>().join(", "),
            ]
        })
        .collect();
    Ok(output::rows(out, format, &["Event".into(), "Resulting states".into(), "Fields".into()], &rows)?)
}
