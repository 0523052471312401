//! Test configs.

use super::*;
use crate::service::stored_in;

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

    const COLUMNS: &'static [Field<CSystem>] = tt_domain::fields::TEST_CONFIG;
}
