//! The everyday API of the generated bindings against the emulator: the short edit forms,
//! `EditOutcome::has_errored`, `call(op)`/`call(&op)` on both `Client` and `Session`, the
//! pass-throughs of `Session`, `Client::raw`, and the runtime's logon fallback. Everything
//! is imported from `testtrack` alone.

use testtrack::client::{Credentials, LogonMethod};
use testtrack::ops::{GetDefect, GetProjectList, GetRecordListForTable};
use testtrack::prelude::*;
use testtrack::types::{CRecordRowSoap, CTableColumn};
use tt_emulator::{Emulator, EmulatorHandle};

fn start() -> EmulatorHandle {
    Emulator::builder().rng_seed(7).start().expect("emulator starts")
}

fn login(h: &EmulatorHandle, user: &str, password: &str) -> Session {
    Client::new(&h.url()).expect("client").login("Demo", user, password).expect("logs on")
}

#[test]
fn update_defect_leaves_out_the_summary_and_the_attachment_flag() {
    let h = start();
    let s = login(&h, "ada", "ada-secret");
    let number = s.update_defect(1, |d| {
        d.priority = Some("Immediate".into());
        d.defectnumber
    });
    assert_eq!(number.expect("saved"), Some(1));
    assert!(h.locks().is_empty(), "the save released the lock");
    assert_eq!(s.get_defect(1, "", false).expect("read back").priority.as_deref(), Some("Immediate"));
}

#[test]
fn a_panic_in_the_short_form_cancels_the_lock() {
    let h = start();
    let s = login(&h, "ada", "ada-secret");
    let before = s.get_defect(1, "", false).expect("defect 1").priority;
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = s.update_defect(1, |d| {
            d.priority = Some("Never saved".into());
            panic!("changed my mind");
        });
    }));
    assert!(r.is_err());
    assert!(h.locks().is_empty(), "the panic cancelled the lock");
    assert_eq!(s.get_defect(1, "", false).expect("defect 1").priority, before);
}

#[test]
fn a_lock_held_elsewhere_is_lock_failed_not_has_errored() {
    let h = start();
    let ada = login(&h, "ada", "ada-secret");
    let alan = login(&h, "alan", "alan-secret");
    let _held = ada.edit_defect(1, "", false).expect("ada locks");
    let outcome = alan.try_update_defect(1, |d| d.priority = Some("High".into()));
    assert!(outcome.lock_failed(), "{outcome:?}");
    assert!(!outcome.has_errored(), "{outcome:?}");
    assert!(!outcome.was_saved());
}

#[test]
fn a_failed_edit_has_errored() {
    let h = start();
    let s = login(&h, "ada", "ada-secret");
    let missing = s.try_update_defect(987_654, |d| d.priority = Some("High".into()));
    assert!(missing.has_errored() && !missing.lock_failed(), "{missing:?}");
    let saved = s.try_update_defect(1, |d| d.priority = Some("Low".into()));
    assert!(saved.was_saved() && !saved.has_errored(), "{saved:?}");
    let refused = s.try_with_defect(1, "", false, |_| Err::<(), _>(Error::Config("the closure refused".into())));
    assert!(refused.has_errored() && refused.has_lock(), "{refused:?}");
    assert!(h.locks().is_empty());
}

#[test]
fn client_and_session_call_take_the_operation_by_value_or_by_reference() {
    let h = start();
    let client = Client::new(&h.url()).expect("client");
    let list = GetProjectList { username: "ada".into(), password: Password::new("ada-secret") };
    let by_ref = client.call(&list).expect("by reference");
    let by_value = client.call(list).expect("by value");
    assert_eq!(by_ref, by_value);
    assert!(!by_ref.p_proj_list.is_empty());

    let s = client.login("Demo", "ada", "ada-secret").expect("logs on");
    let get = GetDefect { defect_number: 1, ..Default::default() };
    let by_ref = s.call(&get).expect("by reference");
    let by_value = s.call(get.clone()).expect("by value");
    assert_eq!(by_ref, by_value);
    assert_eq!(by_ref.p_defect.defectnumber, Some(1));
    assert_eq!(get.cookie, Cookie::default(), "the caller's request is not changed");
}

#[test]
fn the_session_passes_call_deferred_and_server_version_through() {
    let h = start();
    let s = login(&h, "ada", "ada-secret");
    let columns = ["Number", "Summary"].map(|c| CTableColumn { name: Some(c.into()) });
    let op = GetRecordListForTable { tablename: "Defect".into(), columnlist: columns.to_vec(), ..Default::default() };
    let raw = s.call_deferred(&op).expect("deferred");
    let rows: Vec<CRecordRowSoap> =
        raw.items(&["recordlist", "records"]).expect("items").collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), s.call(&op).expect("decoded").recordlist.records.len());
    assert!(!rows.is_empty());
    assert_eq!(s.server_version().expect("version"), s.runtime().server_version().expect("version"));
}

#[test]
fn raw_takes_the_cookie_as_its_first_argument() {
    let h = start();
    let client = Client::new(&h.url()).expect("client");
    let s = client.login("Demo", "ada", "ada-secret").expect("logs on");
    let via_raw = client.raw().get_defect(s.cookie(), 1, "", false).expect("raw call");
    assert_eq!(via_raw, s.get_defect(1, "", false).expect("session call"));
}

#[test]
fn the_runtime_logs_on_with_each_method_and_refuses_a_bad_password() {
    let h = start();
    let client = Client::new(&h.url()).expect("client");
    for method in [LogonMethod::Auto, LogonMethod::Project, LogonMethod::Database] {
        let c = Credentials {
            project: "Demo".into(),
            user: "ada".into(),
            password: "ada-secret".into(),
            method,
            options: None,
        };
        let s = client.login_with(c).unwrap_or_else(|e| panic!("{method:?}: {e}"));
        assert!(s.get_defect(1, "", false).is_ok(), "{method:?}");
    }
    let bad = client.login("Demo", "ada", "wrong").expect_err("refused");
    assert!(bad.fault().is_some(), "{bad:?}");
}
