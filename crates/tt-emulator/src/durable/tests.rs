//! A reopened state file holds the world it was written from, part for part.

use std::path::PathBuf;

use testtrack::types::{CDefect, CFieldValue, CFileAttachment, CFolder, CLink, CLinkedItem, CReportedByRecord, CUser};
use ttsoap::Bytes;

use crate::{Clock, Emulator, EmulatorBuilder, EmulatorError, StateError};

const T0: i64 = 1_496_318_400;

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let d = std::env::temp_dir().join(format!("tt-emulator-durable-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        TempDir(d)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn builder(file: &std::path::Path) -> EmulatorBuilder {
    Emulator::builder().clock(Clock::fixed_unix(T0)).rng_seed(7).state_file(file)
}

#[test]
fn a_new_file_reopens_as_the_seeded_world() {
    let dir = TempDir::new("new");
    let file = dir.0.join("state.db");
    let in_memory = Emulator::builder().clock(Clock::fixed_unix(T0)).rng_seed(7).start().unwrap();
    let h = builder(&file).start().unwrap();
    assert_eq!(h.world_digest(), in_memory.world_digest(), "a state file starts from the same world");
    let first = h.world_digest();
    h.stop();
    let again = builder(&file).start().unwrap();
    assert_eq!(again.world_digest(), first);
}

#[test]
fn every_kind_of_change_survives_a_restart() {
    let dir = TempDir::new("changes");
    let file = dir.0.join("state.db");
    let h = builder(&file).start().unwrap();
    let s = testtrack::Client::new(&h.url()).unwrap().login("Demo", "ada", "ada-secret").unwrap();
    // Records with attachments, a save, a delete.
    let id = s
        .add_defect(CDefect {
            summary: Some("kept".into()),
            reportedbylist: vec![CReportedByRecord {
                foundby: Some("Lovelace, Ada".into()),
                attachmentlist: vec![CFileAttachment {
                    m_str_file_name: Some("dump.bin".into()),
                    m_p_file_data: Some(Bytes(vec![0, 159, 255, 10])),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
    let mut g = s.edit_defect(1, "", false).unwrap();
    g.workaround = Some("restart it".into());
    g.save().unwrap();
    assert_eq!(s.delete_defect(2, "").unwrap(), 0);
    // Users and their passwords, dropdowns (standard and custom), folders and their items,
    // requirement document trees, links, test runs.
    s.add_user(CUser {
        firstname: Some("Katherine".into()),
        lastname: Some("Johnson".into()),
        loginname: Some("kj".into()),
        password: Some(ttsoap::Password::new("orbit")),
        ..Default::default()
    })
    .unwrap();
    let values = vec![CFieldValue { value: Some("Quantum".into()) }];
    s.add_dropdown_field_values_for_table("Defect", "Product", values.clone()).unwrap();
    s.add_dropdown_field_values_for_table(
        "Defect",
        "Severity Level",
        vec![CFieldValue { value: Some("Cosmic".into()) }],
    )
    .unwrap();
    let folder = s.add_folder(CFolder { path: Some("/Public/Kept".into()), ..Default::default() }).unwrap();
    s.add_entity_to_folder_by_record_id(folder, true, id, "Defect").unwrap();
    let doc = s.get_requirement_document(1, "", false).unwrap();
    let r1 = s.get_requirement(1, "", false).unwrap();
    s.append_to_requirement_document(r1.recordid, doc.recordid, 0).unwrap();
    let item = |t: &str, id| CLinkedItem { tablename: Some(t.into()), entity_id: id, ..Default::default() };
    let d3 = s.get_defect(3, "", false).unwrap();
    s.add_link(CLink {
        link_definition_name: Some("duplicate".into()),
        linkparent: Some(item("Defect", id)),
        child_list: vec![item("Defect", d3.recordid)],
        ..Default::default()
    })
    .unwrap();
    let case = s.get_test_case(1, "", false).unwrap();
    s.generate_test_runs(case.recordid, vec![], "").unwrap();
    // A lock left held.
    let _kept = s.edit_defect(3, "", false).unwrap().leak_lock();
    let before = h.world_digest();
    h.stop();

    let h = builder(&file).start().unwrap();
    assert_eq!(h.world_digest(), before);
    let s = testtrack::Client::new(&h.url()).unwrap().login("Demo", "kj", "orbit").expect("the added user logs on");
    let got = s.get_defect_by_record_id(id, true).unwrap();
    let file = &got.reportedbylist[0].attachmentlist[0];
    assert_eq!(file.m_p_file_data.as_ref().map(|b| b.0.clone()), Some(vec![0, 159, 255, 10]));
}

#[test]
fn a_failed_write_refuses_every_request() {
    let dir = TempDir::new("failed");
    let file = dir.0.join("state.db");
    let h = builder(&file).start().unwrap();
    let s = testtrack::Client::new(&h.url()).unwrap().login("Demo", "ada", "ada-secret").unwrap();
    // The file turns read-only under the emulator: the next commit fails.
    h.with_state_file(|f| lock(&f.conn).pragma_update(None, "query_only", true).unwrap());
    let e = s.add_defect(CDefect { summary: Some("lost".into()), ..Default::default() }).unwrap_err();
    let text = e.fault().map(|f| f.string.clone()).unwrap_or_default();
    assert!(text.contains("cannot keep its state") && text.contains("state.db"), "{e}");
    let e = s.get_defect(1, "", false).unwrap_err();
    assert!(e.fault().is_some_and(|f| f.string.contains("cannot keep its state")), "reads are refused too: {e}");
    h.stop();
    // What was acknowledged before is there; the refused add is not.
    let h = builder(&file).start().unwrap();
    let s = testtrack::Client::new(&h.url()).unwrap().login("Demo", "ada", "ada-secret").unwrap();
    assert!(s.get_defect(0, "lost", false).is_err());
}

#[test]
fn two_emulators_cannot_share_a_file() {
    let dir = TempDir::new("shared");
    let file = dir.0.join("state.db");
    let h = builder(&file).start().unwrap();
    match builder(&file).start() {
        Err(EmulatorError::State(StateError::InUse { path })) => assert_eq!(path, file),
        other => panic!("{other:?}"),
    }
    h.stop();
    builder(&file).start().expect("free again once the first one stopped").stop();
}

use crate::service::lock;

#[test]
fn reads_write_nothing() {
    let dir = TempDir::new("reads");
    let file = dir.0.join("state.db");
    let h = builder(&file).start().unwrap();
    let s = testtrack::Client::new(&h.url()).unwrap().login("Demo", "ada", "ada-secret").unwrap();
    let before = h.with_state_file(|f| lock(&f.conn).total_changes()).unwrap();
    for _ in 0..10 {
        s.get_defect(1, "", false).unwrap();
        let cols: Vec<testtrack::types::CTableColumn> =
            ["Number"].iter().map(|c| testtrack::types::CTableColumn { name: Some((*c).into()) }).collect();
        s.get_record_list_for_table("Defect", "", cols).unwrap();
    }
    let after = h.with_state_file(|f| lock(&f.conn).total_changes()).unwrap();
    assert_eq!(before, after, "a read marks nothing as changed");
}

/// A read that finds nothing changed returns without the connection, even while another
/// request holds it; while a batch taken from the world is not yet committed, a read waits
/// for that commit (it may have seen those changes).
#[test]
fn a_read_waits_only_for_a_write_under_way() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;
    let dir = TempDir::new("read-wait");
    let file = dir.0.join("state.db");
    let h = builder(&file).start().unwrap();
    let s = testtrack::Client::new(&h.url()).unwrap().login("Demo", "ada", "ada-secret").unwrap();
    h.with_state_file(|f| {
        let conn = lock(&f.conn);
        // Nothing taken: the read answers although the connection is held.
        assert_eq!(s.get_defect(1, "", false).unwrap().defectnumber, Some(1));
        f.writing.store(true, Ordering::SeqCst);
        let answered = AtomicBool::new(false);
        std::thread::scope(|scope| {
            let reader = scope.spawn(|| {
                let d = s.get_defect(1, "", false);
                answered.store(true, Ordering::SeqCst);
                d
            });
            std::thread::sleep(Duration::from_millis(300));
            assert!(!answered.load(Ordering::SeqCst), "a read answered while a write was under way");
            f.writing.store(false, Ordering::SeqCst);
            drop(conn);
            assert_eq!(reader.join().unwrap().unwrap().defectnumber, Some(1));
        });
    });
}
