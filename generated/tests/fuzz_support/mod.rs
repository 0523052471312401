//! Shared by the fuzz targets (`fuzz.rs`, `fuzz_bounds.rs`, and the emulator's
//! `fuzz_dispatch.rs`): a small PRNG, seed documents and the mutator.
#![allow(dead_code)]

use testtrack::ops::{GetDefect, GetRecordListForTable, SaveDefect};
use testtrack::{AnyCEvent, AnyCField, CDefect, CEvent, CIntegerField, CStringField};

pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

pub fn seeds() -> Vec<Vec<u8>> {
    let defect = CDefect {
        recordid: 9,
        defectnumber: Some(12),
        summary: Some("a < b & c".into()),
        eventlist: vec![AnyCEvent::CEvent(CEvent {
            recordid: 1,
            name: Some("Fix".into()),
            date: ttsoap::DateTime::parse("2017-05-26T10:00:00Z").ok(),
            fieldlist: vec![
                AnyCField::CStringField(CStringField {
                    name: Some("OS".into()),
                    value: Some("Linux".into()),
                    ..Default::default()
                }),
                AnyCField::CIntegerField(CIntegerField { name: Some("Count".into()), value: 3, ..Default::default() }),
            ],
            ..Default::default()
        })],
        ..Default::default()
    };
    let mut out = vec![
        ttsoap::envelope::write_response::<GetDefect>(&testtrack::ops::GetDefectResponse { p_defect: defect.clone() }).unwrap(),
        ttsoap::envelope::write_request(&SaveDefect { p_defect: defect, ..Default::default() }).unwrap(),
        ttsoap::envelope::write_fault(&ttsoap::Fault::server("Session Dropped.", 17)),
        br#"<?xml version="1.0"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:ttns="urn:testtrack-interface"><SOAP-ENV:Body><ttns:getRecordListForTableResponse><recordlist><columnlist SOAP-ENC:arrayType="ttns:CTableColumn[2]"><item><name>Number</name></item><item><name>Summary</name></item></columnlist><records SOAP-ENC:arrayType="ttns:CRecordRowSoap[1]"><item><row SOAP-ENC:arrayType="ttns:CRecordData[2]"><item><value>1</value></item><item SOAP-ENC:position="[1]"><value>x</value></item></row></item></records></recordlist></ttns:getRecordListForTableResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#.to_vec(),
        br##"<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><ns1:generateTestRunsResponse xmlns:ns1="urn:testtrack-interface"><pResults href="#id0"/></ns1:generateTestRunsResponse><multiRef id="id0" xsi:type="soapenc:Array" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"><item href="#id1"/></multiRef><multiRef id="id1" xsi:type="ns2:CTestRun" xmlns:ns2="urn:testtrack-interface"><recordid>5</recordid></multiRef></soapenv:Body></soapenv:Envelope>"##.to_vec(),
        br#"<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:testtrack-interface" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><SOAP-ENV:Body><ns1:getProjectListResponse><pProjList xsi:type="ns1:ArrayOfCProject"><item xsi:type="ns1:CProject"><database xsi:type="ns1:CDatabase"><name xsi:type="xsd:string">Demo</name></database><servernumber xsi:type="xsd:int">0</servernumber></item></pProjList></ns1:getProjectListResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#.to_vec(),
    ];
    out.push(ttsoap::envelope::write_request(&GetRecordListForTable::default()).unwrap());
    out
}

pub const SNIPPETS: &[&[u8]] = &[
    b"<",
    b">",
    b"</",
    b"/>",
    b"&",
    b"&amp;",
    b"&#0;",
    b"&#x110000;",
    b"&bogus;",
    b"<![CDATA[",
    b"]]>",
    b"<!DOCTYPE x>",
    b"<!--",
    b"-->",
    b" xsi:nil=\"true\"",
    b" href=\"#id0\"",
    b" href=\"#\"",
    b" id=\"id0\"",
    b" SOAP-ENC:position=\"[99999999999]\"",
    b" SOAP-ENC:position=\"[3]\"",
    b" xsi:type=\"ttns:CNope\"",
    b" xsi:type=\"bad\"",
    b" xmlns:ttns=\"\"",
    b"99999999999999999999999",
    b"-0",
    b"NaN",
    b"1e999",
    b"\xff\xfe",
    b"<item>",
    b"</item>",
    b"<x><x><x>",
    b"\0",
];

pub fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        if v.is_empty() {
            v.extend_from_slice(SNIPPETS[rng.below(SNIPPETS.len())]);
            continue;
        }
        let at = rng.below(v.len());
        match rng.below(7) {
            0 => v[at] ^= 1 << rng.below(8),
            1 => v.truncate(at),
            2 => {
                let end = (at + rng.below(64)).min(v.len());
                v.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(200)).min(v.len());
                let span = v[at..end].to_vec();
                let to = rng.below(v.len());
                v.splice(to..to, span);
            }
            4 | 5 => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())];
                v.splice(at..at, s.iter().copied());
            }
            _ => {
                // Replace a text run with a long number.
                let s = format!("{}", rng.next());
                v.splice(at..at, s.bytes());
            }
        }
    }
    v
}
