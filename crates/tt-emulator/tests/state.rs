//! `EmulatorBuilder::state_file`: a restart continues with the same records, numbers, record
//! ids, attachments and edit locks (locks expire by the emulator's clock); an existing file is
//! used as it is; files that are not state files are refused with a typed error.
#![cfg(feature = "state")]

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{fault_code, T0};
use testtrack::types::{CDefect, CFileAttachment, CReportedByRecord};
use tt_emulator::{Clock, Emulator, EmulatorBuilder, EmulatorError, EmulatorHandle, Seed, StateError};

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let d = std::env::temp_dir().join(format!("tt-emulator-state-{name}-{}", std::process::id()));
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

fn at(file: &Path, secs: i64) -> EmulatorBuilder {
    Emulator::builder().clock(Clock::fixed_unix(secs)).state_file(file)
}

fn login(h: &EmulatorHandle, user: &str) -> testtrack::Session {
    testtrack::Client::new(&h.url()).unwrap().login("Demo", user, format!("{user}-secret")).unwrap()
}

fn state_error(r: Result<EmulatorHandle, EmulatorError>) -> StateError {
    match r {
        Err(EmulatorError::State(e)) => e,
        other => panic!("expected a state file error, got {other:?}"),
    }
}

#[test]
fn a_restart_keeps_records_numbers_attachments_and_locks() {
    let dir = TempDir::new("restart");
    let file = dir.0.join("state.db");
    let h = at(&file, T0).start().unwrap();
    let ada = login(&h, "ada");
    let first = ada
        .add_defect(CDefect {
            summary: Some("before the restart".into()),
            reportedbylist: vec![CReportedByRecord {
                foundby: Some("Lovelace, Ada".into()),
                attachmentlist: vec![CFileAttachment {
                    m_str_file_name: Some("trace.txt".into()),
                    m_p_file_data: Some(ttsoap::Bytes(b"stack".to_vec())),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
    let number = ada.get_defect_by_record_id(first, false).unwrap().defectnumber.unwrap();
    let locked = ada.edit_defect(1, "", false).unwrap().leak_lock();
    let addr = h.addr();
    h.stop();

    // A minute later, by the emulator's clock, on the same port.
    let h = at(&file, T0 + 60).listen(addr).start().unwrap();
    let alan = login(&h, "alan");
    assert_eq!(fault_code(alan.edit_defect(1, "", false).map(|_| ())), 22, "the lock survived");
    let locks = h.locks();
    assert_eq!(locks.len(), 1);
    assert_eq!((locks[0].record_id, locks[0].expires_ms), (locked.recordid, (T0 + 15 * 60) * 1000));
    let got = alan.get_defect_by_record_id(first, true).unwrap();
    assert_eq!(got.summary.as_deref(), Some("before the restart"));
    let file_data = got.reportedbylist[0].attachmentlist[0].m_p_file_data.clone().unwrap();
    assert_eq!(file_data.0, b"stack");
    // Numbers and record ids continue.
    let second = alan.add_defect(CDefect { summary: Some("after".into()), ..Default::default() }).unwrap();
    assert!(second > got.reportedbylist[0].attachmentlist[0].m_recordid && second > first, "{second} {first}");
    assert_eq!(alan.get_defect_by_record_id(second, false).unwrap().defectnumber, Some(number + 1));
    // The lock ends 15 minutes after it was taken, restart or not.
    h.advance_clock(Duration::from_secs(14 * 60 - 1));
    assert_eq!(fault_code(alan.edit_defect(1, "", false).map(|_| ())), 22);
    h.advance_clock(Duration::from_secs(1));
    alan.edit_defect(1, "", false).unwrap().cancel().unwrap();
    // Sessions end with the server (a call on an old cookie would also release its locks,
    // as for a session that timed out).
    assert_eq!(fault_code(ada.get_defect(1, "", false)), 17);
    h.stop();
}

#[test]
fn an_existing_file_is_used_as_it_is_and_the_seed_is_not_read() {
    let dir = TempDir::new("existing");
    let file = dir.0.join("state.db");
    at(&file, T0).start().unwrap().stop();
    assert!(tt_emulator::state_file_exists(&file));
    let other = Seed::from_json(r#"{"users": [], "projects": [{"name": "Other"}]}"#).unwrap();
    let h = at(&file, T0).seed(other).start().unwrap();
    let projects = testtrack::Client::new(&h.url())
        .unwrap()
        .get_project_list("ada", &ttsoap::Password::new("ada-secret"))
        .unwrap();
    let names: Vec<String> = projects.iter().filter_map(|p| p.database.as_ref()?.name.clone()).collect();
    assert!(names.contains(&"Demo".to_string()) && !names.contains(&"Other".to_string()), "{names:?}");
    h.stop();
    // An empty file holds no state: it is created from the seed.
    let empty = dir.0.join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    assert!(!tt_emulator::state_file_exists(&empty));
    let h = at(&empty, T0).start().unwrap();
    login(&h, "ada").get_defect(1, "", false).unwrap();
    h.stop();
}

#[test]
fn files_that_are_not_state_files_are_refused() {
    let dir = TempDir::new("foreign");
    // Not SQLite at all.
    let junk = dir.0.join("junk.db");
    std::fs::write(&junk, vec![0xA5u8; 8192]).unwrap();
    let e = state_error(at(&junk, T0).start());
    assert!(matches!(e, StateError::NotAState { .. }), "{e:?}");
    assert_eq!(e.path(), junk);
    assert!(e.to_string().contains("is not a tt-emulator state file"), "{e}");
    // Another program's database.
    let other = dir.0.join("other.db");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE t (x INTEGER);").unwrap();
    assert!(matches!(state_error(at(&other, T0).start()), StateError::NotAState { .. }));
    let meta = dir.0.join("meta.db");
    rusqlite::Connection::open(&meta)
        .unwrap()
        .execute_batch("CREATE TABLE meta (k TEXT); INSERT INTO meta VALUES ('x');")
        .unwrap();
    assert!(matches!(state_error(at(&meta, T0).start()), StateError::NotAState { .. }));
    // A state file of another format version.
    let newer = dir.0.join("newer.db");
    at(&newer, T0).start().unwrap().stop();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .execute("UPDATE meta SET value = '99' WHERE key = 'version'", [])
        .unwrap();
    match state_error(at(&newer, T0).start()) {
        StateError::Version { found, expected, .. } => assert_eq!((found.as_str(), expected), ("99", 1)),
        e => panic!("{e:?}"),
    }
    // A directory that does not exist.
    let nowhere = dir.0.join("missing").join("state.db");
    assert!(matches!(state_error(at(&nowhere, T0).start()), StateError::Open { .. }));
}

#[test]
fn a_damaged_state_file_is_a_typed_error() {
    let dir = TempDir::new("damaged");
    let file = dir.0.join("state.db");
    at(&file, T0).start().unwrap().stop();
    let mut bytes = std::fs::read(&file).unwrap();
    assert!(bytes.len() > 3 * 4096, "{}", bytes.len());
    // Keep the header page, wreck the rest.
    for (i, b) in bytes.iter_mut().enumerate().skip(4096) {
        *b = (i as u8).wrapping_mul(31) ^ 0x5C;
    }
    std::fs::write(&file, &bytes).unwrap();
    let e = state_error(at(&file, T0).start());
    assert!(matches!(e, StateError::Corrupt { .. } | StateError::NotAState { .. }), "{e:?}");
    // A record the emulator cannot read back.
    let file = dir.0.join("record.db");
    at(&file, T0).start().unwrap().stop();
    rusqlite::Connection::open(&file)
        .unwrap()
        .execute("UPDATE records SET body = '<r><v>' WHERE kind = 'defect'", [])
        .unwrap();
    match state_error(at(&file, T0).start()) {
        StateError::Corrupt { reason, .. } => assert!(reason.contains("defect record"), "{reason}"),
        e => panic!("{e:?}"),
    }
}

#[test]
fn a_seed_that_does_not_build_leaves_no_state_file() {
    let dir = TempDir::new("badseed");
    let file = dir.0.join("state.db");
    let bad = Seed::from_json(r#"{"users": [], "projects": [{"name": "Twin"}, {"name": "twin"}]}"#).unwrap();
    match at(&file, T0).seed(bad).start() {
        Err(EmulatorError::Seed(e)) => assert!(e.contains("two projects"), "{e}"),
        other => panic!("{other:?}"),
    }
    assert!(!file.exists(), "a later start must not take it for a state file");
    at(&file, T0).start().unwrap().stop();
    assert!(tt_emulator::state_file_exists(&file));
}
