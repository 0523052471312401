//! Request input never makes the emulator panic: truncated and mangled envelopes and queries
//! get faults (a panic would surface as the "Internal error" fault the handler's safety net
//! answers), and the emulator keeps serving.

mod common;

use common::*;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn mangled_requests_get_faults_not_panics() {
    let h = start();
    let s = ada(&h);
    let c = s.cookie().expose();
    let bodies = [
        envelope(
            "getRecordListForTableWithQuery",
            &format!(
                "<cookie>{c}</cookie><tablename>Defect</tablename><filtername></filtername><query>{{'&lt;and&gt;': [{{'Product':'Expert'}},{{'Date Entered':{{'&lt;from&gt;':'2017-05-26'}}}}]}}</query><columnlist><item><name>Number</name></item><item><name>Date Entered</name></item></columnlist>"
            ),
        ),
        envelope(
            "addDefect",
            &format!(
                "<cookie>{c}</cookie><pDefect><recordid>0</recordid><summary>S</summary><dateentered>2017-01-02</dateentered><reportedbylist><item><foundby>Lovelace, Ada</foundby><attachmentlist><item><m-pFileData>aGVsbG8=</m-pFileData><m-strFileName>a.txt</m-strFileName></item></attachmentlist></item></reportedbylist><customFieldList><item xsi:type=\"urn:CIntegerField\"><name>Affected Users</name><value>3</value></item></customFieldList></pDefect>"
            ),
        ),
        envelope("getFolderTree", &format!("<cookie>{c}</cookie><treeRootFolderPath>/Public</treeRootFolderPath>")),
    ];
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut requests = 0;
    for body in &bodies {
        let bytes = body.as_bytes();
        let mut variants: Vec<Vec<u8>> = (0..bytes.len()).step_by(23).map(|i| bytes[..i].to_vec()).collect();
        for _ in 0..60 {
            let mut v = bytes.to_vec();
            for _ in 0..3 {
                let i = (rng.next() as usize) % v.len();
                v[i] = b"<>/&'\"{}[]:,x0 \xff"[(rng.next() as usize) % 16];
            }
            variants.push(v);
        }
        for v in variants {
            let text = String::from_utf8_lossy(&v).into_owned();
            let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &text);
            requests += 1;
            assert!(status == 200 || status == 500, "HTTP {status}");
            assert!(!xml.contains("Internal error in the TestTrack emulator"), "a panic for {text}");
        }
    }
    assert!(requests > 100);
    // Still serving, and no lock or extra session left by the noise.
    assert_eq!(s.get_defect(1, "", false).unwrap().defectnumber, Some(1));
    assert!(h.locks().is_empty());
}

#[test]
fn random_queries_never_panic() {
    let h = start();
    let s = ada(&h);
    let mut rng = Rng(0xfeed_beef_cafe_f00d);
    let alphabet: Vec<char> =
        "{}[]:,'\"<>andortfrom through numbers bool named matches 0123456789-. Number Date Entered Status"
            .chars()
            .collect();
    let cols = vec![testtrack::types::CTableColumn { name: Some("Number".into()) }];
    for _ in 0..150 {
        let len = (rng.next() % 40) as usize;
        let q: String = (0..len).map(|_| alphabet[(rng.next() as usize) % alphabet.len()]).collect();
        match s.get_record_list_for_table_with_query("Defect", "", &q, cols.clone()) {
            Ok(_) => {}
            Err(e) => assert_eq!(code(&e), 11, "{q}: {e}"),
        }
    }
}
