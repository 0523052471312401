//! A real gSOAP server built from our copy of the 2013 WSDL (`wsdl/ttsoapcgi-2013.wsdl`):
//! TestTrack's own SOAP stack, so what it accepts and what it writes is what a 2013 server
//! accepts and writes, type checks included.
//!
//! One binary, two modes:
//! - CGI (`fault_string`): one request on stdin, the answer on stdout; every operation answers
//!   the fault "reached `<operation>`" once gSOAP has validated and deserialised the request.
//! - Listening (`listen`): an HTTP server on 127.0.0.1 whose operations all succeed with the
//!   default answer (empty values; null objects written as `xsi:nil`, `SOAP_XML_NIL`, since a
//!   part left out entirely is not an answer a real server gives), so clients can read what
//!   gSOAP writes.
//!
//! Building needs `wsdl2h`/`soapcpp2` (package `gsoap`), `stdsoap2.h` and `libgsoap++`
//! (package `libgsoap-dev`) and `g++`; without them [`GsoapServer2013::build`] prints why it
//! skips, except under `CI=true`, where it fails. The build is kept under the directory the
//! caller gives (a test's `CARGO_TARGET_TMPDIR`) and reused while the WSDL and the server's
//! source (this file) are unchanged.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::{on_path, run};

/// The built server binary.
pub struct GsoapServer2013 {
    binary: PathBuf,
}

/// Operations in the 2013 WSDL.
pub const OPERATIONS_2013: usize = 155;

impl GsoapServer2013 {
    /// Builds the server under `cache` (or reuses the last build), or `None` (after printing
    /// why) when the tools are missing outside CI.
    pub fn build(cache: &Path) -> Option<GsoapServer2013> {
        let missing: Vec<&str> = ["wsdl2h", "soapcpp2", "g++"].into_iter().filter(|t| on_path(t).is_none()).collect();
        let header = Path::new("/usr/include/stdsoap2.h").is_file();
        if !missing.is_empty() || !header {
            let why = format!(
                "missing {missing:?}{} (install the Debian packages `gsoap`, `libgsoap-dev` and `g++`)",
                if header { "" } else { " and stdsoap2.h" }
            );
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("gSOAP 2013 server: {why}; it is required in CI");
            }
            println!("skipping the gSOAP 2013 server: {why}");
            return None;
        }
        let wsdl = Path::new(env!("CARGO_MANIFEST_DIR")).join("../wsdl/ttsoapcgi-2013.wsdl");
        let wsdl_text = std::fs::read_to_string(&wsdl).unwrap_or_else(|e| panic!("{}: {e}", wsdl.display()));
        let dir = cache.join("gsoap-2013-server");
        let binary = dir.join("server");
        let stamp = dir.join("inputs.copy");
        // This file writes the server's source, so it is part of what the build depends on.
        let inputs = format!("{wsdl_text}\n{}", include_str!("gsoap_2013.rs"));
        if binary.is_file() && std::fs::read_to_string(&stamp).is_ok_and(|s| s == inputs) {
            return Some(GsoapServer2013 { binary });
        }
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("tt.wsdl"), &wsdl_text).unwrap();
        run(&dir, "wsdl2h", &["-o", "tt.h", "tt.wsdl"]);
        run(&dir, "soapcpp2", &["-S", "-L", "-x", "-I/usr/share/gsoap/import", "tt.h"]);
        let stub = std::fs::read_to_string(dir.join("soapStub.h")).unwrap();
        std::fs::write(dir.join("main.cpp"), main_cpp(&stub)).unwrap();
        run(&dir, "g++", &["-O0", "-w", "-o", "server", "main.cpp", "soapC.cpp", "soapServer.cpp", "-lgsoap++"]);
        // Written last: a build cut short is never taken for a finished one.
        std::fs::write(&stamp, &inputs).unwrap();
        Some(GsoapServer2013 { binary })
    }

    /// Posts `envelope` to the CGI mode and returns the fault string of the answer.
    pub fn fault_string(&self, envelope: &str) -> String {
        let mut child = Command::new(&self.binary)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let request = format!(
            "POST /ttsoapcgi.exe HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: {}\r\nSOAPAction: \"\"\r\n\r\n{envelope}",
            envelope.len()
        );
        child.stdin.take().unwrap().write_all(request.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        let answer = String::from_utf8_lossy(&out.stdout);
        answer
            .split("<faultstring>")
            .nth(1)
            .and_then(|f| f.split('<').next())
            .unwrap_or_else(|| panic!("no fault in the answer:\n{answer}"))
            .to_string()
    }

    /// Starts the listening mode on 127.0.0.1 (a port the system picks); stopped on drop.
    pub fn listen(&self) -> GsoapListener {
        let mut child =
            Command::new(&self.binary).arg("listen").stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let port: u16 = line.trim().parse().unwrap_or_else(|_| {
            let _ = child.kill();
            panic!("the gSOAP server did not print its port: {line:?}")
        });
        GsoapListener { child, port }
    }
}

/// A running gSOAP server; killed on drop.
pub struct GsoapListener {
    child: Child,
    port: u16,
}

impl GsoapListener {
    /// The server's base URL (`http://127.0.0.1:PORT/`).
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }
}

impl Drop for GsoapListener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One handler per operation declared in `soapStub.h`, and a `main` for both modes.
fn main_cpp(stub: &str) -> String {
    let mut main = String::from(
        "#include \"soapH.h\"\n#include \"ttsoapcgi.nsmap\"\n#include <arpa/inet.h>\n#include <cstring>\n\
         static bool fault_mode = true;\n",
    );
    let mut seen = Vec::new();
    for line in stub.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("SOAP_FMAC5 int SOAP_FMAC6 ") else { continue };
        let Some((name, params)) = rest.strip_suffix(';').and_then(|r| r.split_once('(')) else { continue };
        let Some(params) = params.strip_prefix("struct soap*") else { continue };
        if !name.starts_with("ns1__") || seen.iter().any(|s| s == name) {
            continue;
        }
        seen.push(name.to_string());
        main.push_str(&format!(
            "SOAP_FMAC5 int SOAP_FMAC6 {name}(struct soap *soap{params} {{ \
             return fault_mode ? soap_sender_fault(soap, \"reached {name}\", NULL) : SOAP_OK; }}\n"
        ));
    }
    assert_eq!(seen.len(), OPERATIONS_2013, "one handler per operation of the 2013 WSDL");
    main.push_str(
        r#"int main(int argc, char **argv) {
  struct soap *soap = soap_new();
  if (argc > 1 && !strcmp(argv[1], "listen")) {
    fault_mode = false;
    soap_set_omode(soap, SOAP_XML_NIL);
    SOAP_SOCKET m = soap_bind(soap, "127.0.0.1", 0, 100);
    if (!soap_valid_socket(m)) { soap_print_fault(soap, stderr); return 1; }
    struct sockaddr_in a; socklen_t n = sizeof a;
    getsockname(m, (struct sockaddr *)&a, &n);
    printf("%d\n", ntohs(a.sin_port));
    fflush(stdout);
    for (;;) {
      if (!soap_valid_socket(soap_accept(soap))) break;
      soap_serve(soap);
      soap_destroy(soap);
      soap_end(soap);
    }
  } else {
    soap_serve(soap);
  }
  soap_destroy(soap); soap_end(soap); soap_free(soap);
  return 0;
}
"#,
    );
    main
}
