//! Interop with gSOAP, TestTrack's own SOAP stack. `wsdl2h` + `soapcpp2` turn the site's
//! 2013 WSDL into gSOAP's C++ bindings and, as a side effect, write a sample request and
//! response for every operation (`ttsoapcgi.<op>.req.xml` / `.res.xml`) exactly as a gSOAP
//! peer serialises them. With the bindings build.rs generated from the same WSDL
//! (`ttsoap_tests::tt2013`), every sample must decode in strict mode (unknown elements,
//! missing required elements and bad values are errors), and every decoded message must
//! survive our own encode -> decode unchanged.
//!
//! Needs `wsdl2h` and `soapcpp2` on PATH (Debian package `gsoap`); without them the test
//! prints why it skips, except under `CI=true`, where it fails.
//!
//! A gSOAP *server* compiled from the 2013 WSDL (with `libgsoap-dev`) checks the requests we
//! write in `dates_2013.rs`.

use std::path::{Path, PathBuf};
use std::process::Command;

use ttsoap_tests::{on_path, run, TempDir};

/// gSOAP's import directory (`stlvector.h`, `soap12.h`, ...), for `soapcpp2 -I`.
fn gsoap_import_dir() -> Option<PathBuf> {
    let known = Path::new("/usr/share/gsoap/import");
    if known.is_dir() {
        return Some(known.to_path_buf());
    }
    let out = Command::new("dpkg").args(["-L", "gsoap"]).output().ok()?;
    String::from_utf8_lossy(&out.stdout).lines().map(PathBuf::from).find(|p| p.ends_with("import") && p.is_dir())
}

/// The two gSOAP tools, or `None` (after printing why) when they are not installed.
fn gsoap_tools() -> Option<(PathBuf, PathBuf)> {
    match (on_path("wsdl2h"), on_path("soapcpp2")) {
        (Some(a), Some(b)) => Some((a, b)),
        _ => {
            let why = "wsdl2h/soapcpp2 not on PATH (install the Debian package `gsoap`)";
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("gsoap interop: {why}; it is required in CI");
            }
            println!("skipping gsoap interop: {why}");
            None
        }
    }
}

#[cfg(not(has_tt2013))]
#[test]
fn gsoap_samples_decode_and_round_trip() {
    if ttsoap_tests::shared_available("gsoap interop") {
        panic!("../shared is present but build.rs did not generate the tt2013 bindings");
    }
}

#[cfg(has_tt2013)]
#[test]
fn gsoap_samples_decode_and_round_trip() {
    use std::fmt::Debug;

    use ttsoap::envelope::{first_in_body, open_body, read_response, write_request, write_response};
    use ttsoap::operation::{Operation, OperationVisitor, Style};
    use ttsoap::xml::ReadOptions;
    use ttsoap_tests::tt2013;

    if !ttsoap_tests::shared_available("gsoap interop") {
        return;
    }
    let Some((wsdl2h, soapcpp2)) = gsoap_tools() else { return };
    let wsdl = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/testtrack/wsdl/ttsoapcgi-2013.wsdl");
    let wsdl = wsdl.canonicalize().unwrap_or_else(|e| panic!("{}: {e}", wsdl.display()));
    let tmp = TempDir::new("gsoap");
    run(&tmp.0, &wsdl2h, &["-o", "tt.h", wsdl.to_str().expect("UTF-8 path")]);
    let mut args = vec!["-C".to_string(), "-L".to_string()];
    if let Some(import) = gsoap_import_dir() {
        args.push(format!("-I{}", import.display()));
    }
    args.push("tt.h".to_string());
    run(&tmp.0, &soapcpp2, &args.iter().map(String::as_str).collect::<Vec<_>>());

    let samples = std::fs::read_dir(&tmp.0)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".xml"))
        .count();
    assert_eq!(samples, 310, "soapcpp2 writes a request and a response sample per operation");

    /// Decodes a request the way a server does (strict).
    fn read_request<O: Operation>(doc: &[u8]) -> Result<O, ttsoap::DecodeError> {
        let (mut r, body) = open_body(doc, ReadOptions::strict())?;
        let wrapper = first_in_body(&mut r, &body)?.ok_or_else(|| r.unexpected("empty Body"))?;
        if wrapper.local_name() != O::NAME.as_bytes() {
            return Err(r.unexpected(format!("expected <{}>, found <{}>", O::NAME, wrapper.name_lossy())));
        }
        O::read_parts(&mut r, &wrapper)
    }

    struct NotImplemented;
    impl tt2013::Service for NotImplemented {}

    struct Check<'a> {
        dir: &'a Path,
        ops: usize,
        passed: usize,
        failures: Vec<String>,
    }

    impl Check<'_> {
        fn sample(&self, name: &str, kind: &str) -> Vec<u8> {
            let p = self.dir.join(format!("ttsoapcgi.{name}.{kind}.xml"));
            std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        }

        fn check<O: Operation + Debug + PartialEq + Clone>(&self) -> Result<(), String>
        where
            O::Response: Debug + PartialEq + Clone,
        {
            assert_eq!(O::STYLE, Style::Rpc);
            let strict = ReadOptions::strict();
            // The response, as a gSOAP server writes it.
            let res = self.sample(O::NAME, "res");
            let resp: O::Response = read_response(&res, O::STYLE, O::RESPONSE_NAME, strict)
                .map_err(|e| format!("{}: gSOAP response does not decode: {e}", O::NAME))?;
            let ours = write_response::<O>(&resp).unwrap();
            let again: O::Response = read_response(&ours, O::STYLE, O::RESPONSE_NAME, strict)
                .map_err(|e| format!("{}: re-encoded response does not decode: {e}", O::NAME))?;
            if again != resp {
                return Err(format!("{}: response changed in our round trip:\n{resp:?}\n{again:?}", O::NAME));
            }
            // The request, as a gSOAP client writes it: decoded directly...
            let req = self.sample(O::NAME, "req");
            let op: O = read_request(&req).map_err(|e| format!("{}: gSOAP request does not decode: {e}", O::NAME))?;
            let ours = write_request(&op).unwrap();
            let again: O =
                read_request(&ours).map_err(|e| format!("{}: re-encoded request does not decode: {e}", O::NAME))?;
            if again != op {
                return Err(format!("{}: request changed in our round trip:\n{op:?}\n{again:?}", O::NAME));
            }
            // ...and through the generated server, which routes it and answers "not implemented"
            // (a request that does not decode gets "Validation constraint violation" instead).
            let reply = tt2013::server::dispatch(&NotImplemented, &req, strict);
            let body = String::from_utf8_lossy(&reply.body);
            if reply.status != 500
                || reply.operation != Some(O::NAME)
                || !body.contains("is not implemented by this server")
            {
                return Err(format!("{}: the server did not route the gSOAP request: {body}", O::NAME));
            }
            Ok(())
        }
    }

    impl OperationVisitor for Check<'_> {
        fn visit<O: Operation + Debug + PartialEq + Clone + 'static>(&mut self)
        where
            O::Response: Debug + PartialEq + Clone + 'static,
        {
            self.ops += 1;
            match self.check::<O>() {
                Ok(()) => self.passed += 1,
                Err(e) => self.failures.push(e),
            }
        }
    }

    let mut c = Check { dir: &tmp.0, ops: 0, passed: 0, failures: Vec::new() };
    tt2013::ops::for_each_operation(&mut c);
    assert!(c.failures.is_empty(), "{} of {} operations failed:\n{}", c.failures.len(), c.ops, c.failures.join("\n\n"));
    // `grep -c '<operation name=' ttsoapcgi-2013.wsdl` is 310: 155 in the portType, 155 in
    // the binding.
    assert_eq!((c.ops, c.passed), (155, 155));
}
