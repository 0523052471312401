//! Test configs.

use super::*;
use crate::service::{column, stored_in};

/// Test configs (`CSystem`), identified by name.
pub(crate) struct TestConfigs;

fn check_config(cx: &CallContext<'_>, r: &CSystem) -> Result<(), Fault> {
    require(&r.systemname, "The test config name")?;
    let name = or_empty(&r.systemname).trim();
    if cx
        .proj()
        .test_configs
        .iter()
        .any(|c| c.recordid != r.recordid && or_empty(&c.systemname).trim().eq_ignore_ascii_case(name))
    {
        return Err(faults::fault(faults::codes::DUPLICATE_NAME, format!("A test config named '{name}' exists.")));
    }
    Ok(())
}

impl Kind for TestConfigs {
    type Record = CSystem;
    const TABLE: Table = Table::TestConfig;

    stored_in!(projects.test_configs, text systemname);
    fn on_add(cx: &mut CallContext<'_>, r: &mut CSystem) -> Result<(), Fault> {
        check_config(cx, r)
    }
    fn on_save(cx: &mut CallContext<'_>, old: &CSystem, r: &mut CSystem) -> Result<(), Fault> {
        keep!(r, old; systemname, computermodel, computerbrand, cputype, cpuspeed, harddisktype, harddisksize, ramsize,
            romsize, osname, osversion, videoname, hascdrom, cdrommodel, hasscanner, scannermodel, hasmodem,
            modemmodel, hasprinter, printermodel, otherhardware, hasmultiplemonitors);
        check_config(cx, r)
    }
    fn outgoing(_cx: &CallContext<'_>, _r: &mut CSystem, _download: bool) {}

    const COLUMNS: &'static [Column<CSystem>] = &[
        column!("Name", Text, |r| Value::opt_text(&r.systemname), |r, v| r.systemname = text(v)),
        column!("OS Name", Text, |r| Value::opt_text(&r.osname), |r, v| r.osname = text(v)),
        column!("OS Version", Text, |r| Value::opt_text(&r.osversion), |r, v| r.osversion = text(v)),
        column!("Computer Brand", Text, |r| Value::opt_text(&r.computerbrand), |r, v| r.computerbrand = text(v)),
        column!("CPU Type", Text, |r| Value::opt_text(&r.cputype), |r, v| r.cputype = text(v)),
        column!("RAM Size", Text, |r| Value::opt_text(&r.ramsize), |r, v| r.ramsize = text(v)),
    ];
}
