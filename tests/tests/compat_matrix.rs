//! The compatibility matrix: bindings generated from the real 2013 WSDL (`ttsoap_tests::tt2013`)
//! and our 2017 bindings (`testtrack`), each against the emulator in both profiles. Every
//! operation of the bindings is called once with a default request (the cookie of a fresh
//! session filled in) and read in lenient mode: no call may fail with a decode error (faults
//! about bad arguments are fine and counted), and an operation the server lacks must come back
//! as a SOAP Client fault naming the operation.
//!
//! `cargo test -p ttsoap-tests --test compat_matrix -- --nocapture` prints the matrix.

use std::fmt::Debug;

use testtrack::client::Session;
use tt_emulator::{Clock, Emulator, EmulatorHandle, Profile};
use ttsoap::envelope::{read_response, write_request};
use ttsoap::operation::{Operation, OperationVisitor};
use ttsoap::xml::ReadOptions;
use ttsoap::Error;

/// What one binding × profile run saw.
#[derive(Debug, Default)]
struct Tally {
    tried: usize,
    passed: usize,
    faults: usize,
    missing: Vec<String>,
    /// Fault strings seen, with how often (for the printed matrix).
    fault_strings: std::collections::BTreeMap<String, usize>,
    failures: Vec<String>,
}

struct Run<'a> {
    h: &'a EmulatorHandle,
    /// Operations the server lacks (those newer than 2013, for the 2013 profile).
    lacks: &'a [&'a str],
    tally: Tally,
}

fn logon(h: &EmulatorHandle) -> Session {
    testtrack::client::Client::new(&h.url()).unwrap().login("Demo", "ada", "ada-secret").unwrap()
}

impl Run<'_> {
    fn call<O: Operation>(&self) -> Result<O::Response, Error> {
        // A fresh session per operation, so logoffs and lock-taking calls do not disturb the
        // others; dropping it logs off.
        let s = logon(self.h);
        let cookie = s.cookie().expose();
        let request = String::from_utf8(write_request(&O::default()).unwrap()).unwrap();
        let request = request.replace(
            r#"<cookie xsi:type="xsd:long">0</cookie>"#,
            &format!(r#"<cookie xsi:type="xsd:long">{cookie}</cookie>"#),
        );
        let client = s.runtime().client();
        let body = client.call_raw(O::NAME, O::SOAP_ACTION, request.as_bytes())?;
        read_response::<O::Response>(&body, O::STYLE, O::RESPONSE_NAME, ReadOptions::default())
    }
}

impl OperationVisitor for Run<'_> {
    fn visit<O: Operation + Debug + PartialEq + Clone + 'static>(&mut self)
    where
        O::Response: Debug + PartialEq + Clone + 'static,
    {
        self.tally.tried += 1;
        let lacking = self.lacks.contains(&O::NAME);
        match (self.call::<O>(), lacking) {
            (Ok(_), false) => self.tally.passed += 1,
            (Err(Error::Fault(f)), true) => {
                if f.code == "SOAP-ENV:Client" && f.string.contains(O::NAME) {
                    self.tally.missing.push(O::NAME.to_string());
                } else {
                    self.tally.failures.push(format!("{}: unclear fault for a missing operation: {f:?}", O::NAME));
                }
            }
            (Err(Error::Fault(f)), false) => {
                self.tally.faults += 1;
                *self.tally.fault_strings.entry(f.string.chars().take(60).collect()).or_default() += 1;
            }
            (Ok(r), true) => self.tally.failures.push(format!("{}: the server lacks it but answered {r:?}", O::NAME)),
            (Err(e), _) => self.tally.failures.push(format!("{}: {e}", O::NAME)),
        }
    }
}

fn run(profile: Profile, visit: impl FnOnce(&mut Run<'_>)) -> Tally {
    let h = Emulator::builder().profile(profile).clock(Clock::fixed_unix(1_496_318_400)).rng_seed(7).start().unwrap();
    let lacks: &[&str] = if profile == Profile::V2013 { tt_emulator::NEWER_THAN_2013 } else { &[] };
    let mut r = Run { h: &h, lacks, tally: Tally::default() };
    visit(&mut r);
    let tally = r.tally;
    h.stop();
    tally
}

fn report(name: &str, t: &Tally) {
    println!(
        "{name}: {} tried, {} passed, {} faults, {} missing on the server {:?}, {} failures",
        t.tried,
        t.passed,
        t.faults,
        t.missing.len(),
        t.missing,
        t.failures.len()
    );
    for (fault, n) in &t.fault_strings {
        println!("    {n:4} x {fault}");
    }
    assert!(t.failures.is_empty(), "{name}:\n{}", t.failures.join("\n"));
    assert_eq!(t.tried, t.passed + t.faults + t.missing.len(), "{name}");
}

#[test]
fn bindings_2017_against_both_profiles() {
    let t2017 = run(Profile::V2017, |r| testtrack::ops::for_each_operation(r));
    report("testtrack (2017 WSDL) x 2017 profile", &t2017);
    assert!(t2017.missing.is_empty());
    let t2013 = run(Profile::V2013, |r| testtrack::ops::for_each_operation(r));
    report("testtrack (2017 WSDL) x 2013 profile", &t2013);
    let mut missing = t2013.missing.clone();
    missing.sort();
    let mut newer: Vec<String> = tt_emulator::NEWER_THAN_2013.iter().map(|s| s.to_string()).collect();
    newer.sort();
    assert_eq!(missing, newer, "exactly the operations newer than 2013 are missing");
    assert_eq!(t2017.tried, 161);
}

#[cfg(has_tt2013)]
#[test]
fn bindings_2013_against_both_profiles() {
    use ttsoap_tests::tt2013;
    for profile in [Profile::V2017, Profile::V2013] {
        let t = run(profile, |r| tt2013::ops::for_each_operation(r));
        report(&format!("tt2013 (2013 WSDL) x {profile:?} profile"), &t);
        assert_eq!(t.tried, 155);
        assert!(t.missing.is_empty(), "the 2013 operations all exist on both profiles");
    }
}

#[cfg(not(has_tt2013))]
#[test]
fn bindings_2013_against_both_profiles() {
    if ttsoap_tests::shared_available("compatibility matrix (2013 bindings)") {
        panic!("../shared is present but build.rs did not generate the tt2013 bindings");
    }
}
