//! Sessions: project lists, logon and its faults, cookies, idle timeout, session limit, busy
//! sessions, logoff.

mod common;

use std::time::Duration;

use common::*;
use testtrack::client::{project_by_name, Credentials, LogonMethod};
use ttsoap::{FaultKind, Password};

#[test]
fn project_list_needs_credentials_and_filters_projects() {
    let h = start();
    let c = client(&h);
    let names = |v: Vec<testtrack::types::CProject>| -> Vec<String> {
        v.into_iter().map(|p| p.database.and_then(|d| d.name).unwrap_or_default()).collect()
    };
    assert_eq!(names(c.get_project_list("ada", &Password::new("ada-secret")).unwrap()), ["Demo", "Sandbox"]);
    assert_eq!(names(c.get_project_list("sam", &Password::new("sam-secret")).unwrap()), ["Sandbox"]);
    let demo = c.get_project_list("ada", &Password::new("ada-secret")).unwrap().remove(0);
    let opts: Vec<_> = demo.options.iter().filter_map(|o| o.name.clone()).collect();
    assert_eq!(opts, ["TestTrack Pro", "TestTrack TCM", "TestTrack RM"]);
    assert_eq!(fault_code(c.get_project_list("ada", &Password::new("wrong"))), 5);
    assert_eq!(fault_code(c.get_project_list("nobody", &Password::new("x"))), 5);
    assert_eq!(fault_code(c.get_project_list("", &Password::new("x"))), 2);
    // No credentials needed for these two.
    assert_eq!(c.get_database_list().unwrap().len(), 2);
    assert_eq!(c.get_project_data_option_list().unwrap().len(), 3);
}

#[test]
fn logon_faults() {
    let h = start();
    let c = client(&h);
    let pw = |p: &str| Password::new(p);
    assert_eq!(fault_code(c.project_logon(project_by_name("Demo"), "ada", &pw("nope"))), 5);
    assert_eq!(fault_code(c.project_logon(project_by_name("Demo"), "viewer", &pw("viewer"))), 5);
    assert_eq!(fault_code(c.project_logon(project_by_name("Demo"), "ivy", &pw("ivy-secret"))), 108);
    assert_eq!(fault_code(c.project_logon(project_by_name("Nope"), "ada", &pw("ada-secret"))), 1);
    assert_eq!(fault_code(c.project_logon(project_by_name("Demo"), "sam", &pw("sam-secret"))), 1);
    assert_eq!(fault_code(c.database_logon("Demo", "", &pw("x"))), 2);
    assert_eq!(fault_code(c.project_logon(project_by_name(""), "ada", &pw("ada-secret"))), 2);
    let err = c.login("Demo", "viewer", "viewer").unwrap_err();
    assert!(err.fault().unwrap().string.contains("Allow Login Via SOAP"), "{err}");
    // Login names ignore case.
    assert!(c.project_logon(project_by_name("demo"), "ADA", &pw("ada-secret")).unwrap().is_valid());
}

#[test]
fn project_and_database_logon_give_positive_cookies_and_logoff_ends_them() {
    let h = start();
    let c = client(&h);
    let a = c.project_logon(project_by_name("Demo"), "ada", &Password::new("ada-secret")).unwrap();
    let b = c.database_logon("Sandbox", "sam", &Password::new("sam-secret")).unwrap();
    assert!(a.expose() > 0 && b.expose() > 0 && a != b);
    let sessions = h.sessions();
    assert_eq!(sessions.len(), 2);
    assert_eq!((sessions[0].login.as_str(), sessions[0].project.as_str()), ("ada", "Demo"));
    assert_eq!((sessions[1].user.as_str(), sessions[1].project.as_str()), ("Sandbox, Sam", "Sandbox"));
    assert_eq!(c.raw().database_logoff(a).unwrap(), 0);
    assert_eq!(fault_code(c.raw().database_logoff(a)), 17, "logging off twice: Session Dropped.");
    let err = c.session_from_cookie(a).get_table_list().unwrap_err();
    assert!(err.is_session_dropped());
    assert_eq!(err.fault().unwrap().string, "Session Dropped.");
    assert_eq!(h.sessions().len(), 1);
    // The generated Session logs off on drop.
    {
        let _s = c.session_from_cookie(b);
    }
    assert!(h.sessions().is_empty());
}

#[test]
fn unknown_cookie_is_session_dropped() {
    let h = start();
    let s = client(&h).session_from_cookie(ttsoap::Cookie::new(12345));
    let e = s.get_table_list().unwrap_err();
    assert_eq!(code(&e), 17);
    assert_eq!(e.fault().unwrap().code, "SOAP-ENV:Server");
    let _ = s.into_cookie();
}

#[test]
fn cookies_are_deterministic_with_a_seed() {
    let cookies = |seed| {
        let h = builder().rng_seed(seed).start().unwrap();
        let c = client(&h);
        (0..3)
            .map(|_| c.database_logon("Demo", "ada", &Password::new("ada-secret")).unwrap().expose())
            .collect::<Vec<_>>()
    };
    assert_eq!(cookies(42), cookies(42));
    assert_ne!(cookies(42), cookies(43));
}

#[test]
fn idle_timeout_drops_sessions_on_emulator_time() {
    let h = start();
    let s = ada(&h);
    h.advance_clock(Duration::from_secs(29 * 60));
    s.get_table_list().unwrap();
    h.advance_clock(Duration::from_secs(29 * 60));
    s.get_table_list().expect("activity restarts the idle time");
    h.advance_clock(Duration::from_secs(30 * 60 + 1));
    let e = s.get_table_list().unwrap_err();
    assert_eq!(e.fault_kind(), Some(FaultKind::SessionDropped));
    assert!(h.sessions().is_empty());
    // Logging off an expired session is not an error for our client.
    s.logoff().unwrap();

    h.set_idle_timeout(Duration::from_secs(60));
    let s = ada(&h);
    h.advance_clock(Duration::from_secs(61));
    assert_eq!(fault_code(s.get_table_list()), 17);
}

#[test]
fn session_limit_faults_72_and_expired_sessions_do_not_count() {
    let h = builder().max_sessions(2).start().unwrap();
    let c = client(&h);
    let a = ada(&h);
    let _b = alan(&h);
    let e = c.database_logon("Demo", "grace", &Password::new("grace-secret")).unwrap_err();
    assert_eq!(code(&e), 72);
    assert_eq!(e.fault_kind(), Some(FaultKind::TooManySoapUsers));
    a.logoff().unwrap();
    let g = c.login("Demo", "grace", "grace-secret").unwrap();
    h.set_max_sessions(3);
    let _x = c.login("Demo", "ada", "ada-secret").unwrap();
    assert_eq!(fault_code(c.database_logon("Demo", "ada", &Password::new("ada-secret"))), 72);
    h.advance_clock(Duration::from_secs(31 * 60));
    // All three are idle too long now: they are purged at the next logon.
    assert!(c.login("Demo", "ada", "ada-secret").is_ok());
    let _ = g.into_cookie();
}

#[test]
fn overlapping_calls_on_one_cookie_are_busy() {
    let h = start();
    // One attempt: the default retry policy would repeat the refused call.
    let c = testtrack::Client::from_runtime(client(&h).runtime().with_retry(ttsoap::RetryPolicy::none()));
    let cookie = c.database_logon("Demo", "ada", &Password::new("ada-secret")).unwrap();
    h.inject_delay("getRecordListForTable", Duration::from_millis(400), 1);
    let url = h.url();
    let slow = std::thread::spawn(move || {
        let c = testtrack::Client::new(&url).unwrap();
        let s = c.session_from_cookie(cookie);
        let cols = vec![testtrack::types::CTableColumn { name: Some("Number".into()) }];
        let r = s.get_record_list_for_table("Defect", "", cols).map(|l| l.records.len());
        let _ = s.into_cookie();
        r
    });
    std::thread::sleep(Duration::from_millis(150));
    assert!(h.sessions()[0].busy);
    let s = c.session_from_cookie(cookie);
    let e = s.get_table_list().unwrap_err();
    assert_eq!(e.fault().unwrap().string, "Session busy with prior request");
    assert_eq!(code(&e), 16);
    assert_eq!(e.fault_kind(), Some(FaultKind::SessionBusy));
    assert_eq!(slow.join().unwrap().unwrap(), 4);
    assert!(!h.sessions()[0].busy);
    s.get_table_list().expect("free again");
    s.logoff().unwrap();
}

#[test]
fn session_information_calls() {
    let h = start();
    let s = alan(&h);
    let me = s.get_user_for_current_session().unwrap();
    assert_eq!((me.firstname.as_deref(), me.lastname.as_deref()), (Some("Alan"), Some("Turing")));
    assert!(me.password.is_none(), "passwords never leave the server");
    assert!(s.formatted_text_support(true).unwrap());
    assert!(h.sessions()[0].formatted_text);
    assert!(!s.formatted_text_support(false).unwrap());
    let v = s.get_tt_version_info().unwrap();
    assert!(v.server_version.unwrap().starts_with("2017"));
    let creds = Credentials {
        project: "Demo".into(),
        user: "grace".into(),
        password: Password::new("grace-secret"),
        method: LogonMethod::Database,
        options: None,
    };
    let g = client(&h).login_with(creds).unwrap();
    assert_eq!(g.get_user_for_current_session().unwrap().lastname.as_deref(), Some("Hopper"));
}

#[test]
fn project_logon_checks_the_requested_data_options() {
    let h = start();
    let c = client(&h);
    let pw = Password::new("ada-secret");
    let with = |project: &str, opts: &[&str]| {
        let mut p = project_by_name(project);
        p.options = opts.iter().map(|o| testtrack::types::CProjectDataOption { name: Some(o.to_string()) }).collect();
        p
    };
    let e = c.project_logon(with("Demo", &["TestTrack Pro", "Bogus"]), "ada", &pw).unwrap_err();
    assert_eq!(code(&e), 11);
    assert!(e.fault().unwrap().string.contains("'Bogus'"), "{e}");
    // Sandbox has issues only.
    assert_eq!(fault_code(c.project_logon(with("Sandbox", &["TestTrack RM"]), "ada", &pw)), 11);
    assert!(c.project_logon(with("Sandbox", &["TestTrack Pro"]), "ada", &pw).unwrap().is_valid());
    assert!(c.project_logon(with("Demo", &["testtrack tcm"]), "ada", &pw).unwrap().is_valid());
    assert!(c.project_logon(project_by_name("Demo"), "ada", &pw).unwrap().is_valid());
}

#[test]
fn login_asks_for_the_chosen_data_options() {
    let h = start();
    let c = client(&h);
    let creds = |opts: &[&str]| {
        Credentials::new("Demo", "ada", "ada-secret").with_options(opts).with_method(LogonMethod::Project)
    };
    let s = c.login_with(creds(&["TestTrack Pro"])).unwrap();
    assert!(s.get_defect(1, "", false).is_ok());
    // The options reach the server: one it does not offer is refused.
    assert_eq!(code(&c.login_with(creds(&["TestTrack Pro", "Bogus"])).unwrap_err()), 11);
    let sandbox = Credentials::new("Sandbox", "sam", "sam-secret").with_method(LogonMethod::Project);
    assert!(c.login_with(sandbox.clone()).is_ok(), "the project's own options by default");
    assert_eq!(code(&c.login_with(sandbox.with_options(&["TestTrack RM"])).unwrap_err()), 11);
}
