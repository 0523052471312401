//! Attachments on found-by reports, records and events; `bDownloadAttachments`;
//! `getAttachment` and `getDefectAttachment`.

mod common;

use common::*;
use testtrack::types::{AnyCEvent, CDefect, CEvent, CFileAttachment, CReportedByRecord};
use ttsoap::Bytes;

fn file(name: &str, data: &[u8]) -> CFileAttachment {
    CFileAttachment {
        m_p_file_data: Some(Bytes(data.to_vec())),
        m_str_file_name: Some(name.into()),
        ..Default::default()
    }
}

#[test]
fn seeded_attachment_and_download_flag() {
    let h = start();
    let s = ada(&h);
    let with = s.get_defect(1, "", true).unwrap();
    let a = &with.reportedbylist[0].attachmentlist[0];
    assert_eq!(a.m_str_file_name.as_deref(), Some("crash.log"));
    assert_eq!(a.m_p_file_data.as_ref().unwrap().0, b"Segmentation fault at 0xdeadbeef\n");
    assert_eq!(a.m_str_type.as_deref(), Some("Standard"));
    let archive = a.m_str_archive_name.clone().unwrap();
    assert!(archive.starts_with('A') && archive.ends_with(".att"));
    let without = s.get_defect(1, "", false).unwrap();
    let b = &without.reportedbylist[0].attachmentlist[0];
    assert!(b.m_p_file_data.is_none(), "bDownloadAttachments=false leaves the data out");
    assert_eq!(b.m_str_archive_name.as_deref(), Some(archive.as_str()));
    let got = s.get_attachment("Defect", with.recordid, 0, &archive).unwrap();
    assert_eq!(got.m_p_file_data.unwrap().0, b"Segmentation fault at 0xdeadbeef\n");
    assert_eq!(s.get_attachment("Defect", with.recordid, 0, "crash.log").unwrap().m_recordid, a.m_recordid);
    assert_eq!(s.get_defect_attachment(&archive).unwrap().m_recordid, a.m_recordid);
    assert_eq!(fault_code(s.get_attachment("Defect", with.recordid, 0, "nope.att")), 6);
    assert_eq!(fault_code(s.get_attachment("Defect", 424242, 0, &archive)), 6);
    assert_eq!(fault_code(s.get_attachment("Bug", with.recordid, 0, &archive)), 77);
    assert_eq!(fault_code(s.get_defect_attachment("nope.att")), 6);
}

#[test]
fn attachments_added_on_save_cisco_and_csharp_style() {
    let h = start();
    let s = ada(&h);
    // Edited without downloading: the stored data must survive the echo.
    let mut d = s.edit_defect(1, "", false).unwrap();
    d.reportedbylist[0].attachmentlist.push(file("commit_abc.txt", b"diff --git a b"));
    d.save().unwrap();
    let got = s.get_defect(1, "", true).unwrap();
    let list = &got.reportedbylist[0].attachmentlist;
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].m_p_file_data.as_ref().unwrap().0, b"Segmentation fault at 0xdeadbeef\n");
    assert_eq!(list[1].m_p_file_data.as_ref().unwrap().0, b"diff --git a b");
    assert!(list[1].m_recordid > 0);
    assert_eq!(list[1].m_date_time_created.as_ref().unwrap().to_unix(), T0);

    // A new defect with a report and a file, and an event carrying a file.
    let id = s
        .add_defect(CDefect {
            summary: Some("With files".into()),
            reportedbylist: vec![CReportedByRecord {
                foundby: Some("Lovelace, Ada".into()),
                attachmentlist: vec![file("shot.png", &[0x89, b'P', b'N', b'G', 0, 255])],
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
    let mut d = s.edit_defect_by_record_id(id, false).unwrap();
    d.eventlist.push(AnyCEvent::CEvent(CEvent {
        name: Some("Comment".into()),
        attachmentlist: vec![file("notes.txt", b"see attached")],
        ..Default::default()
    }));
    d.save().unwrap();
    let got = s.get_defect_by_record_id(id, true).unwrap();
    assert_eq!(
        got.reportedbylist[0].attachmentlist[0].m_p_file_data.as_ref().unwrap().0,
        [0x89, b'P', b'N', b'G', 0, 255]
    );
    let AnyCEvent::CEvent(ev) = &got.eventlist[0] else { panic!() };
    let archive = ev.attachmentlist[0].m_str_archive_name.clone().unwrap();
    let by_event = s.get_attachment("Defect", id, ev.recordid, &archive).unwrap();
    assert_eq!(by_event.m_p_file_data.unwrap().0, b"see attached");
    assert_eq!(fault_code(s.get_attachment("Defect", id, ev.recordid, "shot.png")), 6, "not on that event");
    let stripped = s.get_defect_by_record_id(id, false).unwrap();
    let AnyCEvent::CEvent(ev) = &stripped.eventlist[0] else { panic!() };
    assert!(ev.attachmentlist[0].m_p_file_data.is_none());
}

#[test]
fn record_level_attachments() {
    let h = start();
    let s = ada(&h);
    let mut tc = s.edit_test_case(1, "", true).unwrap();
    tc.attachmentlist.push(file("script.py", b"print('hi')"));
    tc.save().unwrap();
    let got = s.get_test_case(1, "", false).unwrap();
    let a = &got.attachmentlist[0];
    assert!(a.m_p_file_data.is_none());
    let full = s.get_attachment("Test Case", got.recordid, 0, a.m_str_archive_name.as_deref().unwrap()).unwrap();
    assert_eq!(full.m_p_file_data.unwrap().0, b"print('hi')");
    let mut r = s.edit_requirement(1, "", true).unwrap();
    r.attachment_list.push(file("spec.pdf", b"%PDF"));
    r.save().unwrap();
    let got = s.get_requirement(1, "", true).unwrap();
    assert_eq!(got.attachment_list[0].m_p_file_data.as_ref().unwrap().0, b"%PDF");
    assert_eq!(s.get_attachment_types().unwrap(), ["Standard", "Script", "Run Result"]);
}
