//! `tt demo`: a real session against the emulator, started in-process on a free loopback port.

use std::io::Write;

use anyhow::{anyhow, Context};
use tt_records::{Error, EventInput, StateRules, Tracker};

use crate::output;

const URL_PLACEHOLDER: &str = "the emulator";

/// The demo seed's workflow rules, so refusals name the allowed events exactly.
fn rules_from_seed(tracker: &Tracker, seed: &tt_emulator::Seed, project: &str) {
    for p in seed.projects.iter().filter(|p| p.name == project) {
        for (table, wf) in &p.workflows {
            let mut r = StateRules::new();
            for e in &wf.events {
                r = r.event(&e.name, e.from.clone());
            }
            tracker.set_state_rules(table, r);
        }
    }
}

/// Runs the demo, printing each step to `out`.
pub fn run(out: &mut impl Write) -> anyhow::Result<()> {
    let seed = tt_emulator::Seed::demo();
    let emu = tt_emulator::Emulator::builder()
        .seed(seed.clone())
        .start()
        .map_err(|e| anyhow!("starting the emulator: {e}"))?;
    let url = emu.url();
    let mut step = 0;
    let mut say = |out: &mut dyn Write, text: String| -> std::io::Result<()> {
        step += 1;
        writeln!(out, "\n[{step}] {text}")
    };
    writeln!(out, "tt demo: a TestTrack session against {URL_PLACEHOLDER}, step by step")?;
    say(out, format!("Started the TestTrack emulator at {url}"))?;

    let client = testtrack::Client::new(&url)?;
    let password = ttsoap::Password::new("ada-secret");
    let projects = tt_records::projects(&client, "ada", &password)?;
    say(out, "getProjectList for ada:".into())?;
    let rows: Vec<Vec<String>> = projects.iter().map(|p| vec![p.name.clone(), p.options.join(", ")]).collect();
    output::table(out, &["Project".into(), "Options".into()], &rows)?;

    let ada = Tracker::new(client.login("Demo", "ada", password).context("logging on as ada")?);
    rules_from_seed(&ada, &seed, "Demo");
    let me = ada.current_user()?.unwrap_or_else(|| "ada".into());
    say(out, format!("ProjectLogon to Demo as ada: the session's user is \"{me}\""))?;

    say(out, format!("getTableList: {}", ada.tables()?.join(", ")))?;

    let mut new = ada.new_record("Defect")?;
    new.set("Summary", "Export fails for files over 2 GB")?;
    new.set("Type", "Bug")?;
    new.set("Priority", "High")?;
    new.set("Product", "Expert")?;
    new.set("Found By", me.as_str())?;
    new.set("Description", "Exporting a 3 GB project stops at 2 GB with no message.")?;
    new.set("Severity Level", "S2")?; // a custom dropdown
    new.set("Platforms", "Windows, Linux")?; // a custom multi-select
    let defect = new.add()?;
    let n = defect.number().ok_or_else(|| anyhow!("the new defect has no number"))?;
    say(
        out,
        format!(
            "addDefect: Defect {n} \"{}\" (record id {}, state {})",
            defect.get("Summary")?,
            defect.record_id(),
            defect.state().unwrap_or("?")
        ),
    )?;

    say(out, format!("ada takes the edit lock on Defect {n} (editDefect)"))?;
    let mut edit = ada.edit("Defect", n)?;
    match edit.set("Priority", "Urgent") {
        Err(e @ Error::NotAllowedValue { .. }) => {
            writeln!(out, "    setting Priority = Urgent is refused locally: {e}")?
        }
        other => return Err(anyhow!("expected a refused dropdown value, got {other:?}")),
    }
    edit.set("Priority", "Immediate")?;
    edit.set("Affected Users", 250)?; // a custom integer
    let alan = Tracker::login(&url, "Demo", "alan", "alan-secret").context("logging on as alan")?;
    match alan.edit("Defect", n) {
        Err(e @ Error::Locked { .. }) => writeln!(out, "    alan (a second session) tries to edit it: refused: {e}")?,
        Ok(_) => return Err(anyhow!("alan got a lock ada holds")),
        Err(e) => return Err(e.into()),
    }
    edit.save()?;
    writeln!(
        out,
        "    ada sets Priority = Immediate, Affected Users = 250 and saves (saveDefect); the lock is released"
    )?;
    let again = alan.edit("Defect", n)?;
    writeln!(out, "    alan tries again: he gets the lock, and cancels it (cancelSaveDefect)")?;
    again.cancel()?;

    let fix = ada.apply_event(
        "Defect",
        n,
        "Fix",
        EventInput::new().field("Resolution", "Code Change").notes("Use 64-bit offsets.").hours(1.5),
    )?;
    say(
        out,
        format!(
            "Fix event (Resolution = Code Change): {} -> {}",
            fix.from_state.as_deref().unwrap_or("?"),
            fix.state.as_deref().unwrap_or("?")
        ),
    )?;
    match ada.apply_event("Defect", n, "Fix", EventInput::new()) {
        Err(e @ Error::EventNotAllowed { .. }) => writeln!(out, "    Fix again: refused: {e}")?,
        other => return Err(anyhow!("expected Fix to be refused in Fixed, got {other:?}")),
    }
    let verify = alan.apply_event("Defect", n, "Verify", EventInput::new().notes("Exported 3 GB fine."))?;
    writeln!(
        out,
        "    Verify event (by alan): {} -> {}",
        verify.from_state.as_deref().unwrap_or("?"),
        verify.state.as_deref().unwrap_or("?")
    )?;

    say(out, "getRecordListForTable Defect:".into())?;
    let rows =
        ada.records("Defect").columns(["Number", "Summary", "Status", "Priority", "Currently Assigned To"]).rows()?;
    let headers = rows.columns().to_vec();
    let all: Vec<Vec<String>> = rows.map(|r| r.map(|r| r.values().to_vec())).collect::<Result<_, _>>()?;
    output::table(out, &headers, &all)?;

    let shown = ada.get("Defect", n)?;
    say(out, format!("Defect {n}'s history:"))?;
    let rows: Vec<Vec<String>> = shown
        .events()
        .iter()
        .map(|e| {
            vec![
                e.name.clone(),
                e.user.clone().unwrap_or_default(),
                e.resulting_state.clone().unwrap_or_default(),
                e.fields
                    .iter()
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            ]
        })
        .collect();
    output::table(out, &["Event".into(), "User".into(), "Resulting state".into(), "Fields".into()], &rows)?;

    alan.logoff()?;
    ada.logoff()?;
    let left = emu.sessions().len();
    say(out, format!("DatabaseLogoff for both sessions ({left} sessions left on the server)"))?;
    emu.stop();
    writeln!(out, "\nThe emulator has stopped. Against a real server, the same with tt:")?;
    writeln!(
        out,
        "  export TT_URL=https://tt.example.com/ TT_PROJECT='My Project' TT_USER=me  # password: prompt or TT_PASSWORD"
    )?;
    writeln!(out, "  tt add Defect --set Summary='Export fails' --set Type=Bug --set Priority=High")?;
    writeln!(
        out,
        "  tt edit Defect {n} --set Priority=Immediate && tt event Defect {n} Fix --field Resolution='Code Change'"
    )?;
    writeln!(out, "  tt list Defect --columns Number,Summary,Status")?;
    Ok(())
}
