//! The generated *server* of a document/literal service with a SOAP 1.1 and a SOAP 1.2
//! binding (the .asmx calculator's WSDL in `../shared`), answering real clients we did not
//! write: Python zeep (`peers/calculator_zeep_client.py`) and PHP's SoapClient
//! (`peers/calculator_php_client.php`) call every operation over both SOAP versions on one
//! loopback URL, as .asmx serves them; the handler picks the binding's dispatcher by the
//! request's `Content-Type` (`application/soap+xml` is SOAP 1.2). A SOAP 1.1 call to a URL
//! that serves SOAP 1.2 only gets a SOAP 1.1 `VersionMismatch` fault both clients read.
//!
//! Needs `python3` with zeep and `php` with the soap extension; without one, its test says so
//! on standard error and passes, except in CI (`CI` set), where it fails.

#![cfg_attr(not(has_calculator), allow(unused_imports, dead_code))]

#[path = "../../crates/ttsoap/tests/support/mod.rs"]
mod support;

mod peer_clients;

#[cfg(not(has_calculator))]
#[test]
fn calculator_bindings_are_generated() {
    if ttsoap_tests::shared_available("calculator server peers") {
        panic!("../shared is present but build.rs did not generate the calculator bindings");
    }
}

#[cfg(has_calculator)]
mod served {
    use std::sync::Mutex;

    use serde_json::{json, Value};

    use super::peer_clients::{corpus_wsdl, php_soap_available, run_client, zeep_available};
    use super::support::{lock, HttpReply, TestServer};
    use ttsoap_tests::calculator::ops::*;
    use ttsoap_tests::calculator::types;
    use ttsoap_tests::calculator::{self, Fault};

    /// What .asmx answers for a division by zero (a `Server` fault, `Receiver` in SOAP 1.2).
    const DIVIDE_BY_ZERO: &str = "Server was unable to process request. ---> Attempted to divide by zero.";

    /// Integer arithmetic as .NET does it (wrapping, division rounding towards zero),
    /// recording which SOAP version carried each call.
    #[derive(Default)]
    struct Calculator {
        calls: Mutex<Vec<(&'static str, &'static str, i32, i32)>>,
    }

    impl Calculator {
        fn record(&self, version: &'static str, op: &'static str, a: i32, b: i32) {
            lock(&self.calls).push((version, op, a, b));
        }

        fn divide(&self, version: &'static str, a: i32, b: i32) -> Result<i32, Fault> {
            self.record(version, "Divide", a, b);
            a.checked_div(b).ok_or_else(|| Fault::new("SOAP-ENV:Server", DIVIDE_BY_ZERO, None))
        }
    }

    impl calculator::Service for Calculator {
        fn add(&self, r: Add) -> Result<AddResponse, Fault> {
            let types::Add { int_a, int_b } = r.parameters;
            self.record("1.1", "Add", int_a, int_b);
            Ok(AddResponse { parameters: types::AddResponse { add_result: int_a.wrapping_add(int_b) } })
        }
        fn subtract(&self, r: Subtract) -> Result<SubtractResponse, Fault> {
            let types::Subtract { int_a, int_b } = r.parameters;
            self.record("1.1", "Subtract", int_a, int_b);
            let subtract_result = int_a.wrapping_sub(int_b);
            Ok(SubtractResponse { parameters: types::SubtractResponse { subtract_result } })
        }
        fn multiply(&self, r: Multiply) -> Result<MultiplyResponse, Fault> {
            let types::Multiply { int_a, int_b } = r.parameters;
            self.record("1.1", "Multiply", int_a, int_b);
            let multiply_result = int_a.wrapping_mul(int_b);
            Ok(MultiplyResponse { parameters: types::MultiplyResponse { multiply_result } })
        }
        fn divide(&self, r: Divide) -> Result<DivideResponse, Fault> {
            let divide_result = self.divide("1.1", r.parameters.int_a, r.parameters.int_b)?;
            Ok(DivideResponse { parameters: types::DivideResponse { divide_result } })
        }
    }

    impl calculator::CalculatorSoap12Service for Calculator {
        fn add(&self, r: CalculatorSoap12Add) -> Result<CalculatorSoap12AddResponse, Fault> {
            let types::Add { int_a, int_b } = r.parameters;
            self.record("1.2", "Add", int_a, int_b);
            let add_result = int_a.wrapping_add(int_b);
            Ok(CalculatorSoap12AddResponse { parameters: types::AddResponse { add_result } })
        }
        fn subtract(&self, r: CalculatorSoap12Subtract) -> Result<CalculatorSoap12SubtractResponse, Fault> {
            let types::Subtract { int_a, int_b } = r.parameters;
            self.record("1.2", "Subtract", int_a, int_b);
            let subtract_result = int_a.wrapping_sub(int_b);
            Ok(CalculatorSoap12SubtractResponse { parameters: types::SubtractResponse { subtract_result } })
        }
        fn multiply(&self, r: CalculatorSoap12Multiply) -> Result<CalculatorSoap12MultiplyResponse, Fault> {
            let types::Multiply { int_a, int_b } = r.parameters;
            self.record("1.2", "Multiply", int_a, int_b);
            let multiply_result = int_a.wrapping_mul(int_b);
            Ok(CalculatorSoap12MultiplyResponse { parameters: types::MultiplyResponse { multiply_result } })
        }
        fn divide(&self, r: CalculatorSoap12Divide) -> Result<CalculatorSoap12DivideResponse, Fault> {
            let divide_result = self.divide("1.2", r.parameters.int_a, r.parameters.int_b)?;
            Ok(CalculatorSoap12DivideResponse { parameters: types::DivideResponse { divide_result } })
        }
    }

    /// Both bindings' dispatchers on one URL, chosen by the request's media type; under
    /// `/soap12-only.asmx` the SOAP 1.2 dispatcher whatever the request.
    fn serve(service: std::sync::Arc<Calculator>) -> TestServer {
        TestServer::start(move |req| {
            let soap12 = req.header("content-type").is_some_and(|t| t.starts_with("application/soap+xml"));
            let opts = ttsoap::xml::ReadOptions::default();
            let reply = if soap12 || req.path == "/soap12-only.asmx" {
                calculator::server::calculator_soap12_dispatch(&*service, &req.body, opts)
            } else {
                calculator::server::dispatch(&*service, &req.body, opts)
            };
            HttpReply::new(reply.status, reply.content_type(), reply.body)
        })
    }

    fn run(program: &str, script: &str) -> (Value, std::sync::Arc<Calculator>, TestServer) {
        let service = std::sync::Arc::new(Calculator::default());
        let http = serve(service.clone());
        let url = format!("{}calculator.asmx", http.url());
        let wsdl = corpus_wsdl("dneonline-calculator/calculator.wsdl");
        let soap12_only = format!("{}soap12-only.asmx", http.url());
        let v = run_client(program, script, &[&wsdl.to_string_lossy(), &url, &soap12_only], &[]);
        (v, service, http)
    }

    /// The results both clients must have decoded, per SOAP version, with the fault codes
    /// each client reports for the version.
    fn check(v: &Value, soap11_code: &str, soap12_code: &str) {
        for (version, code) in [("soap11", soap11_code), ("soap12", soap12_code)] {
            let r = &v[version];
            assert_eq!(r["add"], 5, "{version}: {r}");
            assert_eq!(r["subtract"], -12, "{version}: {r}");
            assert_eq!(r["multiply"], i32::MAX, "{version}: {r}");
            assert_eq!(r["divide"], -4, "{version}: {r}");
            assert_eq!(r["divide_by_zero"], json!([code, DIVIDE_BY_ZERO]), "{version}: {r}");
        }
        // A SOAP 1.1 request to a SOAP 1.2 operation: a SOAP 1.1 `VersionMismatch` fault,
        // which the SOAP 1.1 client reads as one (not a SOAP 1.2 answer it cannot read).
        let mismatch = &v["version_mismatch"];
        assert_eq!(mismatch[0], "SOAP-ENV:VersionMismatch", "{mismatch}");
        assert!(mismatch[1].as_str().is_some_and(|t| t.contains("SOAP 1.2") && t.contains("SOAP 1.1")), "{mismatch}");
    }

    /// What the server decoded: every call, over the SOAP version the client chose.
    fn check_calls(service: &Calculator) {
        let calls = lock(&service.calls).clone();
        let mut expected = Vec::new();
        for version in ["1.1", "1.2"] {
            expected.extend([
                (version, "Add", 2, 3),
                (version, "Subtract", -7, 5),
                (version, "Multiply", i32::MAX, 1),
                (version, "Divide", -9, 2),
                (version, "Divide", 1, 0),
            ]);
        }
        assert_eq!(calls, expected);
    }

    /// Every call went to the URL given, the last one to the SOAP 1.2 only URL.
    fn check_paths(http: &TestServer) {
        let paths: Vec<_> = http.requests().into_iter().map(|r| r.path).collect();
        let (last, rest) = paths.split_last().expect("requests");
        assert_eq!(last, "/soap12-only.asmx");
        assert!(rest.len() == 10 && rest.iter().all(|p| p == "/calculator.asmx"), "{paths:?}");
    }

    #[test]
    fn zeep_calls_the_generated_calculator_server_over_soap_1_1_and_1_2() {
        if !zeep_available("calculator server: zeep") {
            return;
        }
        let (v, service, http) = run("python3", "calculator_zeep_client.py");
        check(&v, "SOAP-ENV:Server", "SOAP-ENV:Receiver");
        check_calls(&service);
        check_paths(&http);
    }

    #[test]
    fn php_soapclient_calls_the_generated_calculator_server_over_soap_1_1_and_1_2() {
        if !php_soap_available("calculator server: php") {
            return;
        }
        let (v, service, http) = run("php", "calculator_php_client.php");
        check(&v, "SOAP-ENV:Server", "SOAP-ENV:Receiver");
        check_calls(&service);
        check_paths(&http);
    }
}
