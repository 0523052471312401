//! Records as the SOAP XML the runtime writes and reads: one `<r>` document per record, with
//! the namespaces a SOAP envelope declares, so every field the generated types carry survives
//! (custom fields, events, attachments with their data, found-by reports).
//!
//! A character XML 1.0 forbids cannot be written; such characters (which no SOAP answer can
//! carry either) are left out of the stored copy.

use testtrack::types::{
    CDefect, CFolder, CLink, CRequirement, CRequirementDocument, CSystem, CTask, CTestCase, CTestRun, CUser,
};
use ttsoap::xml::{ReadOptions, XmlReader, XmlWriter, SOAP_ENC_NS, XSD_NS, XSI_NS};
use ttsoap::{Decode, Encode, TypeInfo};

use crate::store::Keyed;

/// A record type kept in a state file.
pub(crate) trait Stored: Keyed + Encode + Decode {
    /// The `kind` column of its rows.
    const KIND: &'static str;
    /// Its SOAP type.
    const TYPE: TypeInfo;
}

macro_rules! stored {
    ($($t:ty => $kind:literal, $qname:literal;)*) => {
        $(impl Stored for $t {
            const KIND: &'static str = $kind;
            const TYPE: TypeInfo = TypeInfo::named($qname);
        })*
    };
}

stored! {
    CDefect => "defect", "ttns:CDefect";
    CTestCase => "test_case", "ttns:CTestCase";
    CTestRun => "test_run", "ttns:CTestRun";
    CRequirement => "requirement", "ttns:CRequirement";
    CRequirementDocument => "requirement_document", "ttns:CRequirementDocument";
    CTask => "task", "ttns:CTask";
    CFolder => "folder", "ttns:CFolder";
    CSystem => "test_config", "ttns:CSystem";
    CLink => "link", "ttns:CLink";
    CUser => "user", "ttns:CUser";
}

/// The SOAP type of a folder type (kept as a list per project).
pub(crate) const FOLDER_TYPE: TypeInfo = TypeInfo::named("ttns:CFolderType");

fn open(w: &mut XmlWriter) {
    w.start("r");
    w.attr("xmlns:xsi", XSI_NS);
    w.attr("xmlns:xsd", XSD_NS);
    w.attr("xmlns:SOAP-ENC", SOAP_ENC_NS);
    for (prefix, uri) in testtrack::NAMESPACES {
        w.attr(&format!("xmlns:{prefix}"), uri);
    }
}

fn finish(mut w: XmlWriter) -> String {
    w.end("r");
    // The writer escapes everything and leaves out forbidden characters, so its output is
    // UTF-8 text; `into_bytes` keeps what was written when one was left out.
    String::from_utf8_lossy(&w.into_bytes()).into_owned()
}

/// One value as a document.
pub(crate) fn encode<T: Encode>(v: &T, ty: &TypeInfo) -> String {
    let mut w = XmlWriter::with_capacity(1024);
    open(&mut w);
    v.encode("v", ty, &mut w);
    finish(w)
}

/// A list of values as one document.
pub(crate) fn encode_list<T: Encode>(items: &[T], ty: &TypeInfo) -> String {
    let mut w = XmlWriter::with_capacity(256 * (items.len() + 1));
    open(&mut w);
    for item in items {
        item.encode("v", ty, &mut w);
    }
    finish(w)
}

/// Reads the values of a document written by [`encode`] or [`encode_list`].
pub(crate) fn decode_list<T: Decode>(doc: &str) -> Result<Vec<T>, String> {
    let mut r = XmlReader::new(doc.as_bytes(), ReadOptions::default());
    let root = r.root().map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    while let Some(el) = r.next_child(&root).map_err(|e| e.to_string())? {
        out.push(r.decode::<T>(el).map_err(|e| e.to_string())?);
    }
    Ok(out)
}

/// Reads the one value of a document written by [`encode`].
pub(crate) fn decode<T: Decode>(doc: &str) -> Result<T, String> {
    let mut v = decode_list::<T>(doc)?;
    match (v.pop(), v.is_empty()) {
        (Some(one), true) => Ok(one),
        _ => Err("expected exactly one value".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use testtrack::types::{AnyCField, CDropdownField, CFileAttachment, CReportedByRecord};
    use ttsoap::Bytes;

    #[test]
    fn a_defect_round_trips() {
        let d = CDefect {
            recordid: 1042,
            defectnumber: Some(7),
            summary: Some("a <summary> & \"quotes\" \u{e9}".into()),
            reportedbylist: vec![CReportedByRecord {
                recordid: 1043,
                attachmentlist: vec![CFileAttachment {
                    m_str_file_name: Some("log.bin".into()),
                    m_p_file_data: Some(Bytes(vec![0, 1, 2, 255])),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            custom_field_list: vec![AnyCField::CDropdownField(CDropdownField {
                recordid: 9,
                name: Some("Severity".into()),
                value: Some("High".into()),
                ..Default::default()
            })],
            ..Default::default()
        };
        let doc = encode(&d, &CDefect::TYPE);
        assert_eq!(decode::<CDefect>(&doc).unwrap(), d);
        let list = encode_list(&[d.clone(), d.clone()], &CDefect::TYPE);
        assert_eq!(decode_list::<CDefect>(&list).unwrap(), vec![d.clone(), d]);
        assert!(decode::<CDefect>(&list).is_err(), "two values are not one");
        assert!(decode::<CDefect>("<r><v>").is_err());
        assert!(decode::<CDefect>("not xml").is_err());
    }
}
