//! Scale: a seed with many records loads in time linear in its size (lookups by number are
//! indexed), and the emulator answers on it. The load time is printed (`--nocapture`), not
//! asserted; `TT_SCALE_DEFECTS=100000` measures another size.

mod common;

use std::time::Instant;

use common::*;

#[test]
fn ten_thousand_defects_load_and_serve() {
    // TT_SCALE_DEFECTS=100000 measures a larger seed.
    let n_env = std::env::var("TT_SCALE_DEFECTS").ok().and_then(|v| v.parse().ok());
    let n: usize = n_env.unwrap_or(10_000);
    let seed = big_seed(n);
    let t = Instant::now();
    let h = builder().seed(seed).start().unwrap();
    let took = t.elapsed();
    println!("scale: {n} defects loaded in {:.2} s", took.as_secs_f64());
    let s = ada(&h);
    let last = s.get_defect(n as i64 + 4, "", false).unwrap();
    assert_eq!(last.summary.as_deref(), Some(format!("Generated defect {}", n - 1).as_str()));
    let cols = vec![testtrack::types::CTableColumn { name: Some("Number".into()) }];
    let list = s.get_record_list_for_table("Defect", "", cols).unwrap();
    assert_eq!(list.records.len(), n + 4);
    let added = s.add_defect(testtrack::types::CDefect { summary: Some("new".into()), ..Default::default() }).unwrap();
    assert_eq!(s.get_defect(n as i64 + 5, "", false).unwrap().recordid, added);
    s.logoff().unwrap();
}
