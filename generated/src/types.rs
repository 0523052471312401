// Generated from wsdl/ttsoapcgi.wsdl by `cargo xtask codegen`. Do not edit.
// The `ttsoap::__struct!`, `__message!` and `__operation!` calls (one entry per line) are documented in `ttsoap::macros`.
use super::ti;
use ttsoap::{Decode as _, Encode as _};
/// `ttns:CBooleanField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CBooleanField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: bool,
}
ttsoap::__struct!(
    CBooleanField,
    "ttns:CBooleanField",
    "CBooleanField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        value: req("value") b"value" &ti::XSD_BOOLEAN
    }
);
/// `ttns:CDatabase`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDatabase {
    pub name: Option<String>,
}
ttsoap::__struct!(
    CDatabase,
    "ttns:CDatabase",
    "CDatabase",
    plain {
        name: nil("name") b"name" &ti::XSD_STRING
    }
);
/// `ttns:CDatabaseTable`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDatabaseTable {
    pub name: Option<String>,
}
ttsoap::__struct!(
    CDatabaseTable,
    "ttns:CDatabaseTable",
    "CDatabaseTable",
    plain {
        name: nil("name") b"name" &ti::XSD_STRING
    }
);
/// `ttns:CDateField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDateField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: Option<ttsoap::Date>,
}
ttsoap::__struct!(
    CDateField,
    "ttns:CDateField",
    "CDateField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        value: opt("value") b"value" &ti::XSD_DATE
    }
);
/// `ttns:CDateTimeField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDateTimeField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: Option<ttsoap::DateTime>,
}
ttsoap::__struct!(
    CDateTimeField,
    "ttns:CDateTimeField",
    "CDateTimeField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        value: opt("value") b"value" &ti::XSD_DATE_TIME
    }
);
/// `ttns:CDecimalField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDecimalField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: f64,
}
ttsoap::__struct!(
    CDecimalField,
    "ttns:CDecimalField",
    "CDecimalField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        value: req("value") b"value" &ti::XSD_DOUBLE
    }
);
/// `ttns:CDefect`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDefect {
    pub recordid: i64,
    pub defectnumber: Option<i64>,
    pub summary: Option<String>,
    pub state: Option<String>,
    pub disposition: Option<String>,
    /// `type`
    pub type_: Option<String>,
    pub priority: Option<String>,
    pub product: Option<String>,
    pub component: Option<String>,
    pub reference: Option<String>,
    pub severity: Option<String>,
    pub enteredby: Option<String>,
    pub workaround: Option<String>,
    /// `workaroundInlineAttachList`
    pub workaround_inline_attach_list: Vec<CFileAttachment>,
    pub dateentered: Option<ttsoap::Date>,
    pub locationaddedfrom: Option<String>,
    pub datetimecreated: Option<ttsoap::DateTime>,
    pub datetimemodified: Option<ttsoap::DateTime>,
    pub createdbyuser: Option<String>,
    pub modifiedbyuser: Option<String>,
    pub actualhourstofix: Option<f64>,
    pub estimatedhours: Option<f64>,
    pub remaininghours: Option<f64>,
    pub variance: Option<f64>,
    pub storypoints: Option<i64>,
    pub percentdone: Option<i64>,
    pub reportedbylist: Vec<CReportedByRecord>,
    pub eventlist: Vec<AnyCEvent>,
    /// `pSCCFileList`
    pub p_scc_file_list: Vec<CSCCFileRecord>,
    /// `customFieldList`
    pub custom_field_list: Vec<AnyCField>,
}
ttsoap::__struct!(
    CDefect,
    "ttns:CDefect",
    "CDefect",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        defectnumber: opt("defectnumber") b"defectnumber" &ti::XSD_LONG,
        summary: opt("summary") b"summary" &ti::XSD_STRING,
        state: opt("state") b"state" &ti::XSD_STRING,
        disposition: opt("disposition") b"disposition" &ti::XSD_STRING,
        type_: opt("type") b"type" &ti::XSD_STRING,
        priority: opt("priority") b"priority" &ti::XSD_STRING,
        product: opt("product") b"product" &ti::XSD_STRING,
        component: opt("component") b"component" &ti::XSD_STRING,
        reference: opt("reference") b"reference" &ti::XSD_STRING,
        severity: opt("severity") b"severity" &ti::XSD_STRING,
        enteredby: opt("enteredby") b"enteredby" &ti::XSD_STRING,
        workaround: opt("workaround") b"workaround" &ti::XSD_STRING,
        workaround_inline_attach_list: optarr("workaroundInlineAttachList") b"workaroundInlineAttachList" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        dateentered: opt("dateentered") b"dateentered" &ti::XSD_DATE,
        locationaddedfrom: opt("locationaddedfrom") b"locationaddedfrom" &ti::XSD_STRING,
        datetimecreated: opt("datetimecreated") b"datetimecreated" &ti::XSD_DATE_TIME,
        datetimemodified: opt("datetimemodified") b"datetimemodified" &ti::XSD_DATE_TIME,
        createdbyuser: opt("createdbyuser") b"createdbyuser" &ti::XSD_STRING,
        modifiedbyuser: opt("modifiedbyuser") b"modifiedbyuser" &ti::XSD_STRING,
        actualhourstofix: opt("actualhourstofix") b"actualhourstofix" &ti::XSD_DOUBLE,
        estimatedhours: opt("estimatedhours") b"estimatedhours" &ti::XSD_DOUBLE,
        remaininghours: opt("remaininghours") b"remaininghours" &ti::XSD_DOUBLE,
        variance: opt("variance") b"variance" &ti::XSD_DOUBLE,
        storypoints: opt("storypoints") b"storypoints" &ti::XSD_LONG,
        percentdone: opt("percentdone") b"percentdone" &ti::XSD_LONG,
        reportedbylist: optarr("reportedbylist") b"reportedbylist" &ti::ARRAY_OF_C_REPORTED_BY_RECORD,
        eventlist: optarr("eventlist") b"eventlist" &ti::ARRAY_OF_C_EVENT,
        p_scc_file_list: optarr("pSCCFileList") b"pSCCFileList" &ti::ARRAY_OF_CSCC_FILE_RECORD,
        custom_field_list: optarr("customFieldList") b"customFieldList" &ti::ARRAY_OF_C_FIELD
    }
);
/// Deprecated; use CEvent
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDefectEvent {
    pub recordid: i64,
    pub user: Option<String>,
    pub date: Option<ttsoap::DateTime>,
    pub notes: Option<String>,
    pub eventaddorder: i16,
    pub name: Option<String>,
    pub parenteventid: Option<i64>,
    pub attachmentlist: Vec<CFileAttachment>,
    pub fieldlist: Vec<AnyCField>,
    pub resultingstate: Option<String>,
    pub hours: Option<f64>,
    pub assigntolist: Vec<String>,
    pub releasenotesversion: Option<String>,
    pub generatedeventtype: Option<String>,
    pub generatedbyname: Option<String>,
    pub totaltimespent: Option<f64>,
    pub overrideuser: Option<String>,
    pub marksuspect: Option<bool>,
}
ttsoap::__struct!(
    CDefectEvent,
    "ttns:CDefectEvent",
    "CDefectEvent",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        user: opt("user") b"user" &ti::XSD_STRING,
        date: nil("date") b"date" &ti::XSD_DATE_TIME,
        notes: opt("notes") b"notes" &ti::XSD_STRING,
        eventaddorder: req("eventaddorder") b"eventaddorder" &ti::XSD_SHORT,
        name: opt("name") b"name" &ti::XSD_STRING,
        parenteventid: opt("parenteventid") b"parenteventid" &ti::XSD_LONG,
        attachmentlist: optarr("attachmentlist") b"attachmentlist" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        fieldlist: optarr("fieldlist") b"fieldlist" &ti::ARRAY_OF_C_FIELD,
        resultingstate: opt("resultingstate") b"resultingstate" &ti::XSD_STRING,
        hours: opt("hours") b"hours" &ti::XSD_DOUBLE,
        assigntolist: optarr("assigntolist") b"assigntolist" &ti::ARRAY_OFSTRING,
        releasenotesversion: opt("releasenotesversion") b"releasenotesversion" &ti::XSD_STRING,
        generatedeventtype: opt("generatedeventtype") b"generatedeventtype" &ti::XSD_STRING,
        generatedbyname: opt("generatedbyname") b"generatedbyname" &ti::XSD_STRING,
        totaltimespent: opt("totaltimespent") b"totaltimespent" &ti::XSD_DOUBLE,
        overrideuser: opt("overrideuser") b"overrideuser" &ti::XSD_STRING,
        marksuspect: opt("marksuspect") b"marksuspect" &ti::XSD_BOOLEAN
    }
);
/// Deprecated; use CEventDefinition
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDefectEventDefinition {
    pub name: Option<String>,
    pub user: Option<bool>,
    pub datetime: Option<bool>,
    pub notes: Option<bool>,
    /// `resultingState`
    pub resulting_state: Option<bool>,
    /// `resultingStateValues`
    pub resulting_state_values: Vec<CFieldValue>,
    pub fileattachments: Option<bool>,
    /// `timeTracking`
    pub time_tracking: Option<bool>,
    /// `timeSumOfAll`
    pub time_sum_of_all: Option<bool>,
    /// `timeHoursSinceLast`
    pub time_hours_since_last: Option<bool>,
    /// `newAssignment`
    pub new_assignment: Option<bool>,
    /// `releaseNotes`
    pub release_notes: Option<bool>,
    pub marksuspect: Option<bool>,
    pub reviewnote: Option<bool>,
    /// `customFields`
    pub custom_fields: Vec<AnyCField>,
}
ttsoap::__struct!(
    CDefectEventDefinition,
    "ttns:CDefectEventDefinition",
    "CDefectEventDefinition",
    plain {
        name: opt("name") b"name" &ti::XSD_STRING,
        user: opt("user") b"user" &ti::XSD_BOOLEAN,
        datetime: opt("datetime") b"datetime" &ti::XSD_BOOLEAN,
        notes: opt("notes") b"notes" &ti::XSD_BOOLEAN,
        resulting_state: opt("resultingState") b"resultingState" &ti::XSD_BOOLEAN,
        resulting_state_values: optarr("resultingStateValues") b"resultingStateValues" &ti::ARRAY_OF_C_FIELD_VALUE,
        fileattachments: opt("fileattachments") b"fileattachments" &ti::XSD_BOOLEAN,
        time_tracking: opt("timeTracking") b"timeTracking" &ti::XSD_BOOLEAN,
        time_sum_of_all: opt("timeSumOfAll") b"timeSumOfAll" &ti::XSD_BOOLEAN,
        time_hours_since_last: opt("timeHoursSinceLast") b"timeHoursSinceLast" &ti::XSD_BOOLEAN,
        new_assignment: opt("newAssignment") b"newAssignment" &ti::XSD_BOOLEAN,
        release_notes: opt("releaseNotes") b"releaseNotes" &ti::XSD_BOOLEAN,
        marksuspect: opt("marksuspect") b"marksuspect" &ti::XSD_BOOLEAN,
        reviewnote: opt("reviewnote") b"reviewnote" &ti::XSD_BOOLEAN,
        custom_fields: optarr("customFields") b"customFields" &ti::ARRAY_OF_C_FIELD
    }
);
/// `ttns:CDocumentTreeNode`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDocumentTreeNode {
    /// `entityTableName`
    pub entity_table_name: Option<String>,
    /// `entityRecordID`
    pub entity_record_id: i64,
    /// `childList`
    pub child_list: Vec<AnyCTreeNodeSoap>,
    pub summary: Option<String>,
    /// `outlineNumber`
    pub outline_number: Option<String>,
    pub tag: Option<String>,
}
ttsoap::__struct!(
    CDocumentTreeNode,
    "ttns:CDocumentTreeNode",
    "CDocumentTreeNode",
    plain {
        entity_table_name: opt("entityTableName") b"entityTableName" &ti::XSD_STRING,
        entity_record_id: req("entityRecordID") b"entityRecordID" &ti::XSD_LONG,
        child_list: optarr("childList") b"childList" &ti::ARRAY_OF_C_TREE_NODE_SOAP,
        summary: opt("summary") b"summary" &ti::XSD_STRING,
        outline_number: opt("outlineNumber") b"outlineNumber" &ti::XSD_STRING,
        tag: opt("tag") b"tag" &ti::XSD_STRING
    }
);
/// `ttns:CDropdownField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDropdownField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: Option<String>,
    /// `dropdownValues`
    pub dropdown_values: Vec<CFieldValue>,
}
ttsoap::__struct!(
    CDropdownField,
    "ttns:CDropdownField",
    "CDropdownField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        value: opt("value") b"value" &ti::XSD_STRING,
        dropdown_values: optarr("dropdownValues") b"dropdownValues" &ti::ARRAY_OF_C_FIELD_VALUE
    }
);
/// The base used for all events. All events extend this structure.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CEvent {
    pub recordid: i64,
    pub user: Option<String>,
    pub date: Option<ttsoap::DateTime>,
    pub notes: Option<String>,
    pub eventaddorder: i16,
    pub name: Option<String>,
    pub parenteventid: Option<i64>,
    pub attachmentlist: Vec<CFileAttachment>,
    pub fieldlist: Vec<AnyCField>,
    pub resultingstate: Option<String>,
    pub hours: Option<f64>,
    pub assigntolist: Vec<String>,
    pub releasenotesversion: Option<String>,
    pub generatedeventtype: Option<String>,
    pub generatedbyname: Option<String>,
    pub totaltimespent: Option<f64>,
    pub overrideuser: Option<String>,
    pub marksuspect: Option<bool>,
}
ttsoap::__struct!(
    CEvent,
    "ttns:CEvent",
    "CEvent",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        user: opt("user") b"user" &ti::XSD_STRING,
        date: nil("date") b"date" &ti::XSD_DATE_TIME,
        notes: opt("notes") b"notes" &ti::XSD_STRING,
        eventaddorder: req("eventaddorder") b"eventaddorder" &ti::XSD_SHORT,
        name: opt("name") b"name" &ti::XSD_STRING,
        parenteventid: opt("parenteventid") b"parenteventid" &ti::XSD_LONG,
        attachmentlist: optarr("attachmentlist") b"attachmentlist" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        fieldlist: optarr("fieldlist") b"fieldlist" &ti::ARRAY_OF_C_FIELD,
        resultingstate: opt("resultingstate") b"resultingstate" &ti::XSD_STRING,
        hours: opt("hours") b"hours" &ti::XSD_DOUBLE,
        assigntolist: optarr("assigntolist") b"assigntolist" &ti::ARRAY_OFSTRING,
        releasenotesversion: opt("releasenotesversion") b"releasenotesversion" &ti::XSD_STRING,
        generatedeventtype: opt("generatedeventtype") b"generatedeventtype" &ti::XSD_STRING,
        generatedbyname: opt("generatedbyname") b"generatedbyname" &ti::XSD_STRING,
        totaltimespent: opt("totaltimespent") b"totaltimespent" &ti::XSD_DOUBLE,
        overrideuser: opt("overrideuser") b"overrideuser" &ti::XSD_STRING,
        marksuspect: opt("marksuspect") b"marksuspect" &ti::XSD_BOOLEAN
    }
);
/// Any value of the `ttns:CEvent` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCEvent {
    /// `CEvent`
    CEvent(CEvent),
    /// `CDefectEvent`
    CDefectEvent(CDefectEvent),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCEvent {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CEvent(_) => "CEvent",
            Self::CDefectEvent(_) => "CDefectEvent",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `recordid` of any member; `None` for `Unknown`.
    pub fn recordid(&self) -> Option<&i64> {
        match self {
            Self::CEvent(x) => Some(&x.recordid),
            Self::CDefectEvent(x) => Some(&x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `recordid` of any member, to change; `None` for `Unknown`.
    pub fn recordid_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::CEvent(x) => Some(&mut x.recordid),
            Self::CDefectEvent(x) => Some(&mut x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `user` of any member; `None` for `Unknown`.
    pub fn user(&self) -> Option<&String> {
        match self {
            Self::CEvent(x) => x.user.as_ref(),
            Self::CDefectEvent(x) => x.user.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `user` of any member, to change; `None` for `Unknown`.
    pub fn user_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CEvent(x) => Some(&mut x.user),
            Self::CDefectEvent(x) => Some(&mut x.user),
            Self::Unknown(_) => None,
        }
    }
    /// `date` of any member; `None` for `Unknown`.
    pub fn date(&self) -> Option<&ttsoap::DateTime> {
        match self {
            Self::CEvent(x) => x.date.as_ref(),
            Self::CDefectEvent(x) => x.date.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `date` of any member, to change; `None` for `Unknown`.
    pub fn date_mut(&mut self) -> Option<&mut Option<ttsoap::DateTime>> {
        match self {
            Self::CEvent(x) => Some(&mut x.date),
            Self::CDefectEvent(x) => Some(&mut x.date),
            Self::Unknown(_) => None,
        }
    }
    /// `notes` of any member; `None` for `Unknown`.
    pub fn notes(&self) -> Option<&String> {
        match self {
            Self::CEvent(x) => x.notes.as_ref(),
            Self::CDefectEvent(x) => x.notes.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `notes` of any member, to change; `None` for `Unknown`.
    pub fn notes_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CEvent(x) => Some(&mut x.notes),
            Self::CDefectEvent(x) => Some(&mut x.notes),
            Self::Unknown(_) => None,
        }
    }
    /// `eventaddorder` of any member; `None` for `Unknown`.
    pub fn eventaddorder(&self) -> Option<&i16> {
        match self {
            Self::CEvent(x) => Some(&x.eventaddorder),
            Self::CDefectEvent(x) => Some(&x.eventaddorder),
            Self::Unknown(_) => None,
        }
    }
    /// `eventaddorder` of any member, to change; `None` for `Unknown`.
    pub fn eventaddorder_mut(&mut self) -> Option<&mut i16> {
        match self {
            Self::CEvent(x) => Some(&mut x.eventaddorder),
            Self::CDefectEvent(x) => Some(&mut x.eventaddorder),
            Self::Unknown(_) => None,
        }
    }
    /// `name` of any member; `None` for `Unknown`.
    pub fn name(&self) -> Option<&String> {
        match self {
            Self::CEvent(x) => x.name.as_ref(),
            Self::CDefectEvent(x) => x.name.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `name` of any member, to change; `None` for `Unknown`.
    pub fn name_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CEvent(x) => Some(&mut x.name),
            Self::CDefectEvent(x) => Some(&mut x.name),
            Self::Unknown(_) => None,
        }
    }
    /// `parenteventid` of any member; `None` for `Unknown`.
    pub fn parenteventid(&self) -> Option<&i64> {
        match self {
            Self::CEvent(x) => x.parenteventid.as_ref(),
            Self::CDefectEvent(x) => x.parenteventid.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `parenteventid` of any member, to change; `None` for `Unknown`.
    pub fn parenteventid_mut(&mut self) -> Option<&mut Option<i64>> {
        match self {
            Self::CEvent(x) => Some(&mut x.parenteventid),
            Self::CDefectEvent(x) => Some(&mut x.parenteventid),
            Self::Unknown(_) => None,
        }
    }
    /// `attachmentlist` of any member; `None` for `Unknown`.
    pub fn attachmentlist(&self) -> Option<&Vec<CFileAttachment>> {
        match self {
            Self::CEvent(x) => Some(&x.attachmentlist),
            Self::CDefectEvent(x) => Some(&x.attachmentlist),
            Self::Unknown(_) => None,
        }
    }
    /// `attachmentlist` of any member, to change; `None` for `Unknown`.
    pub fn attachmentlist_mut(&mut self) -> Option<&mut Vec<CFileAttachment>> {
        match self {
            Self::CEvent(x) => Some(&mut x.attachmentlist),
            Self::CDefectEvent(x) => Some(&mut x.attachmentlist),
            Self::Unknown(_) => None,
        }
    }
    /// `fieldlist` of any member; `None` for `Unknown`.
    pub fn fieldlist(&self) -> Option<&Vec<AnyCField>> {
        match self {
            Self::CEvent(x) => Some(&x.fieldlist),
            Self::CDefectEvent(x) => Some(&x.fieldlist),
            Self::Unknown(_) => None,
        }
    }
    /// `fieldlist` of any member, to change; `None` for `Unknown`.
    pub fn fieldlist_mut(&mut self) -> Option<&mut Vec<AnyCField>> {
        match self {
            Self::CEvent(x) => Some(&mut x.fieldlist),
            Self::CDefectEvent(x) => Some(&mut x.fieldlist),
            Self::Unknown(_) => None,
        }
    }
    /// `resultingstate` of any member; `None` for `Unknown`.
    pub fn resultingstate(&self) -> Option<&String> {
        match self {
            Self::CEvent(x) => x.resultingstate.as_ref(),
            Self::CDefectEvent(x) => x.resultingstate.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `resultingstate` of any member, to change; `None` for `Unknown`.
    pub fn resultingstate_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CEvent(x) => Some(&mut x.resultingstate),
            Self::CDefectEvent(x) => Some(&mut x.resultingstate),
            Self::Unknown(_) => None,
        }
    }
    /// `hours` of any member; `None` for `Unknown`.
    pub fn hours(&self) -> Option<&f64> {
        match self {
            Self::CEvent(x) => x.hours.as_ref(),
            Self::CDefectEvent(x) => x.hours.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `hours` of any member, to change; `None` for `Unknown`.
    pub fn hours_mut(&mut self) -> Option<&mut Option<f64>> {
        match self {
            Self::CEvent(x) => Some(&mut x.hours),
            Self::CDefectEvent(x) => Some(&mut x.hours),
            Self::Unknown(_) => None,
        }
    }
    /// `assigntolist` of any member; `None` for `Unknown`.
    pub fn assigntolist(&self) -> Option<&Vec<String>> {
        match self {
            Self::CEvent(x) => Some(&x.assigntolist),
            Self::CDefectEvent(x) => Some(&x.assigntolist),
            Self::Unknown(_) => None,
        }
    }
    /// `assigntolist` of any member, to change; `None` for `Unknown`.
    pub fn assigntolist_mut(&mut self) -> Option<&mut Vec<String>> {
        match self {
            Self::CEvent(x) => Some(&mut x.assigntolist),
            Self::CDefectEvent(x) => Some(&mut x.assigntolist),
            Self::Unknown(_) => None,
        }
    }
    /// `releasenotesversion` of any member; `None` for `Unknown`.
    pub fn releasenotesversion(&self) -> Option<&String> {
        match self {
            Self::CEvent(x) => x.releasenotesversion.as_ref(),
            Self::CDefectEvent(x) => x.releasenotesversion.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `releasenotesversion` of any member, to change; `None` for `Unknown`.
    pub fn releasenotesversion_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CEvent(x) => Some(&mut x.releasenotesversion),
            Self::CDefectEvent(x) => Some(&mut x.releasenotesversion),
            Self::Unknown(_) => None,
        }
    }
    /// `generatedeventtype` of any member; `None` for `Unknown`.
    pub fn generatedeventtype(&self) -> Option<&String> {
        match self {
            Self::CEvent(x) => x.generatedeventtype.as_ref(),
            Self::CDefectEvent(x) => x.generatedeventtype.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `generatedeventtype` of any member, to change; `None` for `Unknown`.
    pub fn generatedeventtype_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CEvent(x) => Some(&mut x.generatedeventtype),
            Self::CDefectEvent(x) => Some(&mut x.generatedeventtype),
            Self::Unknown(_) => None,
        }
    }
    /// `generatedbyname` of any member; `None` for `Unknown`.
    pub fn generatedbyname(&self) -> Option<&String> {
        match self {
            Self::CEvent(x) => x.generatedbyname.as_ref(),
            Self::CDefectEvent(x) => x.generatedbyname.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `generatedbyname` of any member, to change; `None` for `Unknown`.
    pub fn generatedbyname_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CEvent(x) => Some(&mut x.generatedbyname),
            Self::CDefectEvent(x) => Some(&mut x.generatedbyname),
            Self::Unknown(_) => None,
        }
    }
    /// `totaltimespent` of any member; `None` for `Unknown`.
    pub fn totaltimespent(&self) -> Option<&f64> {
        match self {
            Self::CEvent(x) => x.totaltimespent.as_ref(),
            Self::CDefectEvent(x) => x.totaltimespent.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `totaltimespent` of any member, to change; `None` for `Unknown`.
    pub fn totaltimespent_mut(&mut self) -> Option<&mut Option<f64>> {
        match self {
            Self::CEvent(x) => Some(&mut x.totaltimespent),
            Self::CDefectEvent(x) => Some(&mut x.totaltimespent),
            Self::Unknown(_) => None,
        }
    }
    /// `overrideuser` of any member; `None` for `Unknown`.
    pub fn overrideuser(&self) -> Option<&String> {
        match self {
            Self::CEvent(x) => x.overrideuser.as_ref(),
            Self::CDefectEvent(x) => x.overrideuser.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `overrideuser` of any member, to change; `None` for `Unknown`.
    pub fn overrideuser_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CEvent(x) => Some(&mut x.overrideuser),
            Self::CDefectEvent(x) => Some(&mut x.overrideuser),
            Self::Unknown(_) => None,
        }
    }
    /// `marksuspect` of any member; `None` for `Unknown`.
    pub fn marksuspect(&self) -> Option<&bool> {
        match self {
            Self::CEvent(x) => x.marksuspect.as_ref(),
            Self::CDefectEvent(x) => x.marksuspect.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `marksuspect` of any member, to change; `None` for `Unknown`.
    pub fn marksuspect_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEvent(x) => Some(&mut x.marksuspect),
            Self::CDefectEvent(x) => Some(&mut x.marksuspect),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CEvent` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CEvent> {
        match self {
            Self::CEvent(x) => {
                Some(CEvent {
                    recordid: x.recordid.clone(),
                    user: x.user.clone(),
                    date: x.date.clone(),
                    notes: x.notes.clone(),
                    eventaddorder: x.eventaddorder.clone(),
                    name: x.name.clone(),
                    parenteventid: x.parenteventid.clone(),
                    attachmentlist: x.attachmentlist.clone(),
                    fieldlist: x.fieldlist.clone(),
                    resultingstate: x.resultingstate.clone(),
                    hours: x.hours.clone(),
                    assigntolist: x.assigntolist.clone(),
                    releasenotesversion: x.releasenotesversion.clone(),
                    generatedeventtype: x.generatedeventtype.clone(),
                    generatedbyname: x.generatedbyname.clone(),
                    totaltimespent: x.totaltimespent.clone(),
                    overrideuser: x.overrideuser.clone(),
                    marksuspect: x.marksuspect.clone(),
                })
            }
            Self::CDefectEvent(x) => {
                Some(CEvent {
                    recordid: x.recordid.clone(),
                    user: x.user.clone(),
                    date: x.date.clone(),
                    notes: x.notes.clone(),
                    eventaddorder: x.eventaddorder.clone(),
                    name: x.name.clone(),
                    parenteventid: x.parenteventid.clone(),
                    attachmentlist: x.attachmentlist.clone(),
                    fieldlist: x.fieldlist.clone(),
                    resultingstate: x.resultingstate.clone(),
                    hours: x.hours.clone(),
                    assigntolist: x.assigntolist.clone(),
                    releasenotesversion: x.releasenotesversion.clone(),
                    generatedeventtype: x.generatedeventtype.clone(),
                    generatedbyname: x.generatedbyname.clone(),
                    totaltimespent: x.totaltimespent.clone(),
                    overrideuser: x.overrideuser.clone(),
                    marksuspect: x.marksuspect.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCEvent {
    fn default() -> Self {
        Self::CEvent(Default::default())
    }
}
impl From<CEvent> for AnyCEvent {
    fn from(x: CEvent) -> Self {
        Self::CEvent(x)
    }
}
impl From<CDefectEvent> for AnyCEvent {
    fn from(x: CDefectEvent) -> Self {
        Self::CDefectEvent(x)
    }
}
impl ttsoap::Encode for AnyCEvent {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CEvent(x) => x.encode(name, ty, w),
            Self::CDefectEvent(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCEvent {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CEvent") => 1usize,
            Some("CDefectEvent") => 2usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => Ok(Self::CEvent(<CEvent as ttsoap::Decode>::decode(r, el)?)),
            1usize => Ok(Self::CEvent(<CEvent as ttsoap::Decode>::decode(r, el)?)),
            2usize => {
                Ok(Self::CDefectEvent(<CDefectEvent as ttsoap::Decode>::decode(r, el)?))
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// Contains all information needed to define a CEvent object. It contains a list of xsd:boolean members that indicate which event fields are present for this particular event. This is a read-only object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CEventDefinition {
    pub name: Option<String>,
    pub user: Option<bool>,
    pub datetime: Option<bool>,
    pub notes: Option<bool>,
    /// `resultingState`
    pub resulting_state: Option<bool>,
    /// `resultingStateValues`
    pub resulting_state_values: Vec<CFieldValue>,
    pub fileattachments: Option<bool>,
    /// `timeTracking`
    pub time_tracking: Option<bool>,
    /// `timeSumOfAll`
    pub time_sum_of_all: Option<bool>,
    /// `timeHoursSinceLast`
    pub time_hours_since_last: Option<bool>,
    /// `newAssignment`
    pub new_assignment: Option<bool>,
    /// `releaseNotes`
    pub release_notes: Option<bool>,
    pub marksuspect: Option<bool>,
    pub reviewnote: Option<bool>,
    /// `customFields`
    pub custom_fields: Vec<AnyCField>,
}
ttsoap::__struct!(
    CEventDefinition,
    "ttns:CEventDefinition",
    "CEventDefinition",
    plain {
        name: opt("name") b"name" &ti::XSD_STRING,
        user: opt("user") b"user" &ti::XSD_BOOLEAN,
        datetime: opt("datetime") b"datetime" &ti::XSD_BOOLEAN,
        notes: opt("notes") b"notes" &ti::XSD_BOOLEAN,
        resulting_state: opt("resultingState") b"resultingState" &ti::XSD_BOOLEAN,
        resulting_state_values: optarr("resultingStateValues") b"resultingStateValues" &ti::ARRAY_OF_C_FIELD_VALUE,
        fileattachments: opt("fileattachments") b"fileattachments" &ti::XSD_BOOLEAN,
        time_tracking: opt("timeTracking") b"timeTracking" &ti::XSD_BOOLEAN,
        time_sum_of_all: opt("timeSumOfAll") b"timeSumOfAll" &ti::XSD_BOOLEAN,
        time_hours_since_last: opt("timeHoursSinceLast") b"timeHoursSinceLast" &ti::XSD_BOOLEAN,
        new_assignment: opt("newAssignment") b"newAssignment" &ti::XSD_BOOLEAN,
        release_notes: opt("releaseNotes") b"releaseNotes" &ti::XSD_BOOLEAN,
        marksuspect: opt("marksuspect") b"marksuspect" &ti::XSD_BOOLEAN,
        reviewnote: opt("reviewnote") b"reviewnote" &ti::XSD_BOOLEAN,
        custom_fields: optarr("customFields") b"customFields" &ti::ARRAY_OF_C_FIELD
    }
);
/// Any value of the `ttns:CEventDefinition` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCEventDefinition {
    /// `CEventDefinition`
    CEventDefinition(CEventDefinition),
    /// `CDefectEventDefinition`
    CDefectEventDefinition(CDefectEventDefinition),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCEventDefinition {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CEventDefinition(_) => "CEventDefinition",
            Self::CDefectEventDefinition(_) => "CDefectEventDefinition",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `name` of any member; `None` for `Unknown`.
    pub fn name(&self) -> Option<&String> {
        match self {
            Self::CEventDefinition(x) => x.name.as_ref(),
            Self::CDefectEventDefinition(x) => x.name.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `name` of any member, to change; `None` for `Unknown`.
    pub fn name_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.name),
            Self::CDefectEventDefinition(x) => Some(&mut x.name),
            Self::Unknown(_) => None,
        }
    }
    /// `user` of any member; `None` for `Unknown`.
    pub fn user(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.user.as_ref(),
            Self::CDefectEventDefinition(x) => x.user.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `user` of any member, to change; `None` for `Unknown`.
    pub fn user_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.user),
            Self::CDefectEventDefinition(x) => Some(&mut x.user),
            Self::Unknown(_) => None,
        }
    }
    /// `datetime` of any member; `None` for `Unknown`.
    pub fn datetime(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.datetime.as_ref(),
            Self::CDefectEventDefinition(x) => x.datetime.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `datetime` of any member, to change; `None` for `Unknown`.
    pub fn datetime_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.datetime),
            Self::CDefectEventDefinition(x) => Some(&mut x.datetime),
            Self::Unknown(_) => None,
        }
    }
    /// `notes` of any member; `None` for `Unknown`.
    pub fn notes(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.notes.as_ref(),
            Self::CDefectEventDefinition(x) => x.notes.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `notes` of any member, to change; `None` for `Unknown`.
    pub fn notes_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.notes),
            Self::CDefectEventDefinition(x) => Some(&mut x.notes),
            Self::Unknown(_) => None,
        }
    }
    /// `resultingState` of any member; `None` for `Unknown`.
    pub fn resulting_state(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.resulting_state.as_ref(),
            Self::CDefectEventDefinition(x) => x.resulting_state.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `resultingState` of any member, to change; `None` for `Unknown`.
    pub fn resulting_state_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.resulting_state),
            Self::CDefectEventDefinition(x) => Some(&mut x.resulting_state),
            Self::Unknown(_) => None,
        }
    }
    /// `resultingStateValues` of any member; `None` for `Unknown`.
    pub fn resulting_state_values(&self) -> Option<&Vec<CFieldValue>> {
        match self {
            Self::CEventDefinition(x) => Some(&x.resulting_state_values),
            Self::CDefectEventDefinition(x) => Some(&x.resulting_state_values),
            Self::Unknown(_) => None,
        }
    }
    /// `resultingStateValues` of any member, to change; `None` for `Unknown`.
    pub fn resulting_state_values_mut(&mut self) -> Option<&mut Vec<CFieldValue>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.resulting_state_values),
            Self::CDefectEventDefinition(x) => Some(&mut x.resulting_state_values),
            Self::Unknown(_) => None,
        }
    }
    /// `fileattachments` of any member; `None` for `Unknown`.
    pub fn fileattachments(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.fileattachments.as_ref(),
            Self::CDefectEventDefinition(x) => x.fileattachments.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `fileattachments` of any member, to change; `None` for `Unknown`.
    pub fn fileattachments_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.fileattachments),
            Self::CDefectEventDefinition(x) => Some(&mut x.fileattachments),
            Self::Unknown(_) => None,
        }
    }
    /// `timeTracking` of any member; `None` for `Unknown`.
    pub fn time_tracking(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.time_tracking.as_ref(),
            Self::CDefectEventDefinition(x) => x.time_tracking.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `timeTracking` of any member, to change; `None` for `Unknown`.
    pub fn time_tracking_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.time_tracking),
            Self::CDefectEventDefinition(x) => Some(&mut x.time_tracking),
            Self::Unknown(_) => None,
        }
    }
    /// `timeSumOfAll` of any member; `None` for `Unknown`.
    pub fn time_sum_of_all(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.time_sum_of_all.as_ref(),
            Self::CDefectEventDefinition(x) => x.time_sum_of_all.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `timeSumOfAll` of any member, to change; `None` for `Unknown`.
    pub fn time_sum_of_all_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.time_sum_of_all),
            Self::CDefectEventDefinition(x) => Some(&mut x.time_sum_of_all),
            Self::Unknown(_) => None,
        }
    }
    /// `timeHoursSinceLast` of any member; `None` for `Unknown`.
    pub fn time_hours_since_last(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.time_hours_since_last.as_ref(),
            Self::CDefectEventDefinition(x) => x.time_hours_since_last.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `timeHoursSinceLast` of any member, to change; `None` for `Unknown`.
    pub fn time_hours_since_last_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.time_hours_since_last),
            Self::CDefectEventDefinition(x) => Some(&mut x.time_hours_since_last),
            Self::Unknown(_) => None,
        }
    }
    /// `newAssignment` of any member; `None` for `Unknown`.
    pub fn new_assignment(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.new_assignment.as_ref(),
            Self::CDefectEventDefinition(x) => x.new_assignment.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `newAssignment` of any member, to change; `None` for `Unknown`.
    pub fn new_assignment_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.new_assignment),
            Self::CDefectEventDefinition(x) => Some(&mut x.new_assignment),
            Self::Unknown(_) => None,
        }
    }
    /// `releaseNotes` of any member; `None` for `Unknown`.
    pub fn release_notes(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.release_notes.as_ref(),
            Self::CDefectEventDefinition(x) => x.release_notes.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `releaseNotes` of any member, to change; `None` for `Unknown`.
    pub fn release_notes_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.release_notes),
            Self::CDefectEventDefinition(x) => Some(&mut x.release_notes),
            Self::Unknown(_) => None,
        }
    }
    /// `marksuspect` of any member; `None` for `Unknown`.
    pub fn marksuspect(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.marksuspect.as_ref(),
            Self::CDefectEventDefinition(x) => x.marksuspect.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `marksuspect` of any member, to change; `None` for `Unknown`.
    pub fn marksuspect_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.marksuspect),
            Self::CDefectEventDefinition(x) => Some(&mut x.marksuspect),
            Self::Unknown(_) => None,
        }
    }
    /// `reviewnote` of any member; `None` for `Unknown`.
    pub fn reviewnote(&self) -> Option<&bool> {
        match self {
            Self::CEventDefinition(x) => x.reviewnote.as_ref(),
            Self::CDefectEventDefinition(x) => x.reviewnote.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `reviewnote` of any member, to change; `None` for `Unknown`.
    pub fn reviewnote_mut(&mut self) -> Option<&mut Option<bool>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.reviewnote),
            Self::CDefectEventDefinition(x) => Some(&mut x.reviewnote),
            Self::Unknown(_) => None,
        }
    }
    /// `customFields` of any member; `None` for `Unknown`.
    pub fn custom_fields(&self) -> Option<&Vec<AnyCField>> {
        match self {
            Self::CEventDefinition(x) => Some(&x.custom_fields),
            Self::CDefectEventDefinition(x) => Some(&x.custom_fields),
            Self::Unknown(_) => None,
        }
    }
    /// `customFields` of any member, to change; `None` for `Unknown`.
    pub fn custom_fields_mut(&mut self) -> Option<&mut Vec<AnyCField>> {
        match self {
            Self::CEventDefinition(x) => Some(&mut x.custom_fields),
            Self::CDefectEventDefinition(x) => Some(&mut x.custom_fields),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CEventDefinition` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CEventDefinition> {
        match self {
            Self::CEventDefinition(x) => {
                Some(CEventDefinition {
                    name: x.name.clone(),
                    user: x.user.clone(),
                    datetime: x.datetime.clone(),
                    notes: x.notes.clone(),
                    resulting_state: x.resulting_state.clone(),
                    resulting_state_values: x.resulting_state_values.clone(),
                    fileattachments: x.fileattachments.clone(),
                    time_tracking: x.time_tracking.clone(),
                    time_sum_of_all: x.time_sum_of_all.clone(),
                    time_hours_since_last: x.time_hours_since_last.clone(),
                    new_assignment: x.new_assignment.clone(),
                    release_notes: x.release_notes.clone(),
                    marksuspect: x.marksuspect.clone(),
                    reviewnote: x.reviewnote.clone(),
                    custom_fields: x.custom_fields.clone(),
                })
            }
            Self::CDefectEventDefinition(x) => {
                Some(CEventDefinition {
                    name: x.name.clone(),
                    user: x.user.clone(),
                    datetime: x.datetime.clone(),
                    notes: x.notes.clone(),
                    resulting_state: x.resulting_state.clone(),
                    resulting_state_values: x.resulting_state_values.clone(),
                    fileattachments: x.fileattachments.clone(),
                    time_tracking: x.time_tracking.clone(),
                    time_sum_of_all: x.time_sum_of_all.clone(),
                    time_hours_since_last: x.time_hours_since_last.clone(),
                    new_assignment: x.new_assignment.clone(),
                    release_notes: x.release_notes.clone(),
                    marksuspect: x.marksuspect.clone(),
                    reviewnote: x.reviewnote.clone(),
                    custom_fields: x.custom_fields.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCEventDefinition {
    fn default() -> Self {
        Self::CEventDefinition(Default::default())
    }
}
impl From<CEventDefinition> for AnyCEventDefinition {
    fn from(x: CEventDefinition) -> Self {
        Self::CEventDefinition(x)
    }
}
impl From<CDefectEventDefinition> for AnyCEventDefinition {
    fn from(x: CDefectEventDefinition) -> Self {
        Self::CDefectEventDefinition(x)
    }
}
impl ttsoap::Encode for AnyCEventDefinition {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CEventDefinition(x) => x.encode(name, ty, w),
            Self::CDefectEventDefinition(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCEventDefinition {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CEventDefinition") => 1usize,
            Some("CDefectEventDefinition") => 2usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => {
                Ok(
                    Self::CEventDefinition(
                        <CEventDefinition as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            1usize => {
                Ok(
                    Self::CEventDefinition(
                        <CEventDefinition as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            2usize => {
                Ok(
                    Self::CDefectEventDefinition(
                        <CDefectEventDefinition as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// Inherits from CItemWithDBRecordID. Superclass for all field classes (e.g., CStringField, CIntegerField). This class is necessary so the ArrayOfCField polymorphic array can have a mixed collection of field objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CField {
    pub recordid: i64,
    pub name: Option<String>,
}
ttsoap::__struct!(
    CField,
    "ttns:CField",
    "CField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING
    }
);
/// Any value of the `ttns:CField` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCField {
    /// `CField`
    CField(CField),
    /// `CBooleanField`
    CBooleanField(CBooleanField),
    /// `CDateField`
    CDateField(CDateField),
    /// `CDateTimeField`
    CDateTimeField(CDateTimeField),
    /// `CDecimalField`
    CDecimalField(CDecimalField),
    /// `CDropdownField`
    CDropdownField(CDropdownField),
    /// `CIntegerField`
    CIntegerField(CIntegerField),
    /// `CMultiSelectDropdownField`
    CMultiSelectDropdownField(CMultiSelectDropdownField),
    /// `CStringField`
    CStringField(CStringField),
    /// `CTestCaseVariantField`
    CTestCaseVariantField(CTestCaseVariantField),
    /// `CTestRunVariantField`
    CTestRunVariantField(CTestRunVariantField),
    /// `CTimespanField`
    CTimespanField(CTimespanField),
    /// `CVersionField`
    CVersionField(CVersionField),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCField {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CField(_) => "CField",
            Self::CBooleanField(_) => "CBooleanField",
            Self::CDateField(_) => "CDateField",
            Self::CDateTimeField(_) => "CDateTimeField",
            Self::CDecimalField(_) => "CDecimalField",
            Self::CDropdownField(_) => "CDropdownField",
            Self::CIntegerField(_) => "CIntegerField",
            Self::CMultiSelectDropdownField(_) => "CMultiSelectDropdownField",
            Self::CStringField(_) => "CStringField",
            Self::CTestCaseVariantField(_) => "CTestCaseVariantField",
            Self::CTestRunVariantField(_) => "CTestRunVariantField",
            Self::CTimespanField(_) => "CTimespanField",
            Self::CVersionField(_) => "CVersionField",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `recordid` of any member; `None` for `Unknown`.
    pub fn recordid(&self) -> Option<&i64> {
        match self {
            Self::CField(x) => Some(&x.recordid),
            Self::CBooleanField(x) => Some(&x.recordid),
            Self::CDateField(x) => Some(&x.recordid),
            Self::CDateTimeField(x) => Some(&x.recordid),
            Self::CDecimalField(x) => Some(&x.recordid),
            Self::CDropdownField(x) => Some(&x.recordid),
            Self::CIntegerField(x) => Some(&x.recordid),
            Self::CMultiSelectDropdownField(x) => Some(&x.recordid),
            Self::CStringField(x) => Some(&x.recordid),
            Self::CTestCaseVariantField(x) => Some(&x.recordid),
            Self::CTestRunVariantField(x) => Some(&x.recordid),
            Self::CTimespanField(x) => Some(&x.recordid),
            Self::CVersionField(x) => Some(&x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `recordid` of any member, to change; `None` for `Unknown`.
    pub fn recordid_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::CField(x) => Some(&mut x.recordid),
            Self::CBooleanField(x) => Some(&mut x.recordid),
            Self::CDateField(x) => Some(&mut x.recordid),
            Self::CDateTimeField(x) => Some(&mut x.recordid),
            Self::CDecimalField(x) => Some(&mut x.recordid),
            Self::CDropdownField(x) => Some(&mut x.recordid),
            Self::CIntegerField(x) => Some(&mut x.recordid),
            Self::CMultiSelectDropdownField(x) => Some(&mut x.recordid),
            Self::CStringField(x) => Some(&mut x.recordid),
            Self::CTestCaseVariantField(x) => Some(&mut x.recordid),
            Self::CTestRunVariantField(x) => Some(&mut x.recordid),
            Self::CTimespanField(x) => Some(&mut x.recordid),
            Self::CVersionField(x) => Some(&mut x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `name` of any member; `None` for `Unknown`.
    pub fn name(&self) -> Option<&String> {
        match self {
            Self::CField(x) => x.name.as_ref(),
            Self::CBooleanField(x) => x.name.as_ref(),
            Self::CDateField(x) => x.name.as_ref(),
            Self::CDateTimeField(x) => x.name.as_ref(),
            Self::CDecimalField(x) => x.name.as_ref(),
            Self::CDropdownField(x) => x.name.as_ref(),
            Self::CIntegerField(x) => x.name.as_ref(),
            Self::CMultiSelectDropdownField(x) => x.name.as_ref(),
            Self::CStringField(x) => x.name.as_ref(),
            Self::CTestCaseVariantField(x) => x.name.as_ref(),
            Self::CTestRunVariantField(x) => x.name.as_ref(),
            Self::CTimespanField(x) => x.name.as_ref(),
            Self::CVersionField(x) => x.name.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `name` of any member, to change; `None` for `Unknown`.
    pub fn name_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CField(x) => Some(&mut x.name),
            Self::CBooleanField(x) => Some(&mut x.name),
            Self::CDateField(x) => Some(&mut x.name),
            Self::CDateTimeField(x) => Some(&mut x.name),
            Self::CDecimalField(x) => Some(&mut x.name),
            Self::CDropdownField(x) => Some(&mut x.name),
            Self::CIntegerField(x) => Some(&mut x.name),
            Self::CMultiSelectDropdownField(x) => Some(&mut x.name),
            Self::CStringField(x) => Some(&mut x.name),
            Self::CTestCaseVariantField(x) => Some(&mut x.name),
            Self::CTestRunVariantField(x) => Some(&mut x.name),
            Self::CTimespanField(x) => Some(&mut x.name),
            Self::CVersionField(x) => Some(&mut x.name),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CField` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CField> {
        match self {
            Self::CField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CBooleanField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CDateField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CDateTimeField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CDecimalField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CDropdownField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CIntegerField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CMultiSelectDropdownField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CStringField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CTestCaseVariantField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CTestRunVariantField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CTimespanField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::CVersionField(x) => {
                Some(CField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCField {
    fn default() -> Self {
        Self::CField(Default::default())
    }
}
impl From<CField> for AnyCField {
    fn from(x: CField) -> Self {
        Self::CField(x)
    }
}
impl From<CBooleanField> for AnyCField {
    fn from(x: CBooleanField) -> Self {
        Self::CBooleanField(x)
    }
}
impl From<CDateField> for AnyCField {
    fn from(x: CDateField) -> Self {
        Self::CDateField(x)
    }
}
impl From<CDateTimeField> for AnyCField {
    fn from(x: CDateTimeField) -> Self {
        Self::CDateTimeField(x)
    }
}
impl From<CDecimalField> for AnyCField {
    fn from(x: CDecimalField) -> Self {
        Self::CDecimalField(x)
    }
}
impl From<CDropdownField> for AnyCField {
    fn from(x: CDropdownField) -> Self {
        Self::CDropdownField(x)
    }
}
impl From<CIntegerField> for AnyCField {
    fn from(x: CIntegerField) -> Self {
        Self::CIntegerField(x)
    }
}
impl From<CMultiSelectDropdownField> for AnyCField {
    fn from(x: CMultiSelectDropdownField) -> Self {
        Self::CMultiSelectDropdownField(x)
    }
}
impl From<CStringField> for AnyCField {
    fn from(x: CStringField) -> Self {
        Self::CStringField(x)
    }
}
impl From<CTestCaseVariantField> for AnyCField {
    fn from(x: CTestCaseVariantField) -> Self {
        Self::CTestCaseVariantField(x)
    }
}
impl From<CTestRunVariantField> for AnyCField {
    fn from(x: CTestRunVariantField) -> Self {
        Self::CTestRunVariantField(x)
    }
}
impl From<CTimespanField> for AnyCField {
    fn from(x: CTimespanField) -> Self {
        Self::CTimespanField(x)
    }
}
impl From<CVersionField> for AnyCField {
    fn from(x: CVersionField) -> Self {
        Self::CVersionField(x)
    }
}
impl ttsoap::Encode for AnyCField {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CField(x) => x.encode(name, ty, w),
            Self::CBooleanField(x) => x.encode(name, ty, w),
            Self::CDateField(x) => x.encode(name, ty, w),
            Self::CDateTimeField(x) => x.encode(name, ty, w),
            Self::CDecimalField(x) => x.encode(name, ty, w),
            Self::CDropdownField(x) => x.encode(name, ty, w),
            Self::CIntegerField(x) => x.encode(name, ty, w),
            Self::CMultiSelectDropdownField(x) => x.encode(name, ty, w),
            Self::CStringField(x) => x.encode(name, ty, w),
            Self::CTestCaseVariantField(x) => x.encode(name, ty, w),
            Self::CTestRunVariantField(x) => x.encode(name, ty, w),
            Self::CTimespanField(x) => x.encode(name, ty, w),
            Self::CVersionField(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CField") => 1usize,
            Some("CBooleanField") => 2usize,
            Some("CDateField") => 3usize,
            Some("CDateTimeField") => 4usize,
            Some("CDecimalField") => 5usize,
            Some("CDropdownField") => 6usize,
            Some("CIntegerField") => 7usize,
            Some("CMultiSelectDropdownField") => 8usize,
            Some("CStringField") => 9usize,
            Some("CTestCaseVariantField") => 10usize,
            Some("CTestRunVariantField") => 11usize,
            Some("CTimespanField") => 12usize,
            Some("CVersionField") => 13usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => Ok(Self::CField(<CField as ttsoap::Decode>::decode(r, el)?)),
            1usize => Ok(Self::CField(<CField as ttsoap::Decode>::decode(r, el)?)),
            2usize => {
                Ok(
                    Self::CBooleanField(
                        <CBooleanField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            3usize => {
                Ok(Self::CDateField(<CDateField as ttsoap::Decode>::decode(r, el)?))
            }
            4usize => {
                Ok(
                    Self::CDateTimeField(
                        <CDateTimeField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            5usize => {
                Ok(
                    Self::CDecimalField(
                        <CDecimalField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            6usize => {
                Ok(
                    Self::CDropdownField(
                        <CDropdownField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            7usize => {
                Ok(
                    Self::CIntegerField(
                        <CIntegerField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            8usize => {
                Ok(
                    Self::CMultiSelectDropdownField(
                        <CMultiSelectDropdownField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            9usize => {
                Ok(Self::CStringField(<CStringField as ttsoap::Decode>::decode(r, el)?))
            }
            10usize => {
                Ok(
                    Self::CTestCaseVariantField(
                        <CTestCaseVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            11usize => {
                Ok(
                    Self::CTestRunVariantField(
                        <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            12usize => {
                Ok(
                    Self::CTimespanField(
                        <CTimespanField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            13usize => {
                Ok(
                    Self::CVersionField(
                        <CVersionField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// Stores values for a field with a discrete range of values, used by getDropdownFieldForTable to return an array of CTableField values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFieldValue {
    pub value: Option<String>,
}
ttsoap::__struct!(
    CFieldValue,
    "ttns:CFieldValue",
    "CFieldValue",
    plain {
        value: nil("value") b"value" &ti::XSD_STRING
    }
);
/// `ttns:CFile`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFile {
    /// `m-pFileData`
    pub m_p_file_data: Option<ttsoap::Bytes>,
    /// `m-strFileName`
    pub m_str_file_name: Option<String>,
    /// `m-dateTimeCreated`
    pub m_date_time_created: Option<ttsoap::DateTime>,
    /// `m-dateTimeModified`
    pub m_date_time_modified: Option<ttsoap::DateTime>,
}
ttsoap::__struct!(
    CFile,
    "ttns:CFile",
    "CFile",
    plain {
        m_p_file_data: opt("m-pFileData") b"m-pFileData" &ti::XSD_BASE64_BINARY,
        m_str_file_name: opt("m-strFileName") b"m-strFileName" &ti::XSD_STRING,
        m_date_time_created: opt("m-dateTimeCreated") b"m-dateTimeCreated" &ti::XSD_DATE_TIME,
        m_date_time_modified: opt("m-dateTimeModified") b"m-dateTimeModified" &ti::XSD_DATE_TIME
    }
);
/// Any value of the `ttns:CFile` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCFile {
    /// `CFile`
    CFile(CFile),
    /// `CFileAttachment`
    CFileAttachment(CFileAttachment),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCFile {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CFile(_) => "CFile",
            Self::CFileAttachment(_) => "CFileAttachment",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `m-pFileData` of any member; `None` for `Unknown`.
    pub fn m_p_file_data(&self) -> Option<&ttsoap::Bytes> {
        match self {
            Self::CFile(x) => x.m_p_file_data.as_ref(),
            Self::CFileAttachment(x) => x.m_p_file_data.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `m-pFileData` of any member, to change; `None` for `Unknown`.
    pub fn m_p_file_data_mut(&mut self) -> Option<&mut Option<ttsoap::Bytes>> {
        match self {
            Self::CFile(x) => Some(&mut x.m_p_file_data),
            Self::CFileAttachment(x) => Some(&mut x.m_p_file_data),
            Self::Unknown(_) => None,
        }
    }
    /// `m-strFileName` of any member; `None` for `Unknown`.
    pub fn m_str_file_name(&self) -> Option<&String> {
        match self {
            Self::CFile(x) => x.m_str_file_name.as_ref(),
            Self::CFileAttachment(x) => x.m_str_file_name.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `m-strFileName` of any member, to change; `None` for `Unknown`.
    pub fn m_str_file_name_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CFile(x) => Some(&mut x.m_str_file_name),
            Self::CFileAttachment(x) => Some(&mut x.m_str_file_name),
            Self::Unknown(_) => None,
        }
    }
    /// `m-dateTimeCreated` of any member; `None` for `Unknown`.
    pub fn m_date_time_created(&self) -> Option<&ttsoap::DateTime> {
        match self {
            Self::CFile(x) => x.m_date_time_created.as_ref(),
            Self::CFileAttachment(x) => x.m_date_time_created.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `m-dateTimeCreated` of any member, to change; `None` for `Unknown`.
    pub fn m_date_time_created_mut(&mut self) -> Option<&mut Option<ttsoap::DateTime>> {
        match self {
            Self::CFile(x) => Some(&mut x.m_date_time_created),
            Self::CFileAttachment(x) => Some(&mut x.m_date_time_created),
            Self::Unknown(_) => None,
        }
    }
    /// `m-dateTimeModified` of any member; `None` for `Unknown`.
    pub fn m_date_time_modified(&self) -> Option<&ttsoap::DateTime> {
        match self {
            Self::CFile(x) => x.m_date_time_modified.as_ref(),
            Self::CFileAttachment(x) => x.m_date_time_modified.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `m-dateTimeModified` of any member, to change; `None` for `Unknown`.
    pub fn m_date_time_modified_mut(&mut self) -> Option<&mut Option<ttsoap::DateTime>> {
        match self {
            Self::CFile(x) => Some(&mut x.m_date_time_modified),
            Self::CFileAttachment(x) => Some(&mut x.m_date_time_modified),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CFile` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CFile> {
        match self {
            Self::CFile(x) => {
                Some(CFile {
                    m_p_file_data: x.m_p_file_data.clone(),
                    m_str_file_name: x.m_str_file_name.clone(),
                    m_date_time_created: x.m_date_time_created.clone(),
                    m_date_time_modified: x.m_date_time_modified.clone(),
                })
            }
            Self::CFileAttachment(x) => {
                Some(CFile {
                    m_p_file_data: x.m_p_file_data.clone(),
                    m_str_file_name: x.m_str_file_name.clone(),
                    m_date_time_created: x.m_date_time_created.clone(),
                    m_date_time_modified: x.m_date_time_modified.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCFile {
    fn default() -> Self {
        Self::CFile(Default::default())
    }
}
impl From<CFile> for AnyCFile {
    fn from(x: CFile) -> Self {
        Self::CFile(x)
    }
}
impl From<CFileAttachment> for AnyCFile {
    fn from(x: CFileAttachment) -> Self {
        Self::CFileAttachment(x)
    }
}
impl ttsoap::Encode for AnyCFile {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CFile(x) => x.encode(name, ty, w),
            Self::CFileAttachment(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCFile {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CFile") => 1usize,
            Some("CFileAttachment") => 2usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => Ok(Self::CFile(<CFile as ttsoap::Decode>::decode(r, el)?)),
            1usize => Ok(Self::CFile(<CFile as ttsoap::Decode>::decode(r, el)?)),
            2usize => {
                Ok(
                    Self::CFileAttachment(
                        <CFileAttachment as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// Stores binary data for a file attached to a CReportedByRecord. The xsd:base64binary type contains two elements: _ptr and _size. The _ptr member stores binary data of the file and the _size specifies the length of data. When retrieving a CFileAttachment from the server, caller must create a file and copy the data from the m-pFileData into the file. When saving a CFileAttachment to the server, the caller must copy the data from the file and place it in the m-pFileData member.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFileAttachment {
    /// `m-pFileData`
    pub m_p_file_data: Option<ttsoap::Bytes>,
    /// `m-strFileName`
    pub m_str_file_name: Option<String>,
    /// `m-dateTimeCreated`
    pub m_date_time_created: Option<ttsoap::DateTime>,
    /// `m-dateTimeModified`
    pub m_date_time_modified: Option<ttsoap::DateTime>,
    /// `m-recordid`
    pub m_recordid: i64,
    /// `m-strArchiveName`
    pub m_str_archive_name: Option<String>,
    /// `m-strType`
    pub m_str_type: Option<String>,
    /// `m-scriptOrder`
    pub m_script_order: Option<i64>,
    /// `m-strScriptState`
    pub m_str_script_state: Option<String>,
}
ttsoap::__struct!(
    CFileAttachment,
    "ttns:CFileAttachment",
    "CFileAttachment",
    plain {
        m_p_file_data: opt("m-pFileData") b"m-pFileData" &ti::XSD_BASE64_BINARY,
        m_str_file_name: opt("m-strFileName") b"m-strFileName" &ti::XSD_STRING,
        m_date_time_created: opt("m-dateTimeCreated") b"m-dateTimeCreated" &ti::XSD_DATE_TIME,
        m_date_time_modified: opt("m-dateTimeModified") b"m-dateTimeModified" &ti::XSD_DATE_TIME,
        m_recordid: req("m-recordid") b"m-recordid" &ti::XSD_LONG,
        m_str_archive_name: opt("m-strArchiveName") b"m-strArchiveName" &ti::XSD_STRING,
        m_str_type: opt("m-strType") b"m-strType" &ti::XSD_STRING,
        m_script_order: opt("m-scriptOrder") b"m-scriptOrder" &ti::XSD_LONG,
        m_str_script_state: opt("m-strScriptState") b"m-strScriptState" &ti::XSD_STRING
    }
);
/// `ttns:CFilter`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFilter {
    pub name: Option<String>,
}
ttsoap::__struct!(
    CFilter,
    "ttns:CFilter",
    "CFilter",
    plain {
        name: nil("name") b"name" &ti::XSD_STRING
    }
);
/// `ttns:CFolder`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFolder {
    pub recordid: i64,
    pub createdbyuser: Option<i64>,
    pub ispublic: Option<bool>,
    pub modifiedbyuser: Option<i64>,
    pub locationaddedfrom: Option<String>,
    pub datetimecreated: Option<ttsoap::DateTime>,
    pub datetimemodified: Option<ttsoap::DateTime>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub path: Option<String>,
    pub order: Option<i64>,
    pub parentid: Option<i64>,
    pub foldertypename: Option<String>,
    pub webview: Option<String>,
    pub notes: Option<String>,
    /// `notesInlineAttachList`
    pub notes_inline_attach_list: Vec<CFileAttachment>,
    pub noteseditable: Option<bool>,
    pub scheduleinfo: Option<CScheduleInfo>,
    pub taskboardname: Option<String>,
}
ttsoap::__struct!(
    CFolder,
    "ttns:CFolder",
    "CFolder",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        createdbyuser: opt("createdbyuser") b"createdbyuser" &ti::XSD_LONG,
        ispublic: opt("ispublic") b"ispublic" &ti::XSD_BOOLEAN,
        modifiedbyuser: opt("modifiedbyuser") b"modifiedbyuser" &ti::XSD_LONG,
        locationaddedfrom: opt("locationaddedfrom") b"locationaddedfrom" &ti::XSD_STRING,
        datetimecreated: opt("datetimecreated") b"datetimecreated" &ti::XSD_DATE_TIME,
        datetimemodified: opt("datetimemodified") b"datetimemodified" &ti::XSD_DATE_TIME,
        name: opt("name") b"name" &ti::XSD_STRING,
        description: opt("description") b"description" &ti::XSD_STRING,
        path: opt("path") b"path" &ti::XSD_STRING,
        order: opt("order") b"order" &ti::XSD_LONG,
        parentid: opt("parentid") b"parentid" &ti::XSD_LONG,
        foldertypename: opt("foldertypename") b"foldertypename" &ti::XSD_STRING,
        webview: opt("webview") b"webview" &ti::XSD_STRING,
        notes: opt("notes") b"notes" &ti::XSD_STRING,
        notes_inline_attach_list: optarr("notesInlineAttachList") b"notesInlineAttachList" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        noteseditable: opt("noteseditable") b"noteseditable" &ti::XSD_BOOLEAN,
        scheduleinfo: opt("scheduleinfo") b"scheduleinfo" &ti::C_SCHEDULE_INFO,
        taskboardname: opt("taskboardname") b"taskboardname" &ti::XSD_STRING
    }
);
/// `ttns:CFolderItem`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFolderItem {
    pub recordid: i64,
    pub entitytablename: Option<String>,
    pub entityrecordid: i64,
    pub rank: Option<i64>,
}
ttsoap::__struct!(
    CFolderItem,
    "ttns:CFolderItem",
    "CFolderItem",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        entitytablename: nil("entitytablename") b"entitytablename" &ti::XSD_STRING,
        entityrecordid: req("entityrecordid") b"entityrecordid" &ti::XSD_LONG,
        rank: opt("rank") b"rank" &ti::XSD_LONG
    }
);
/// `ttns:CFolderType`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFolderType {
    pub recordid: i64,
    pub name: Option<String>,
    pub description: Option<String>,
    pub allowweb: Option<bool>,
    pub allowdetails: Option<bool>,
    pub releaseplanning: Option<bool>,
    pub isactive: Option<bool>,
    pub taskboardenabled: Option<bool>,
    pub defaulttaskboardname: Option<String>,
}
ttsoap::__struct!(
    CFolderType,
    "ttns:CFolderType",
    "CFolderType",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: opt("name") b"name" &ti::XSD_STRING,
        description: opt("description") b"description" &ti::XSD_STRING,
        allowweb: opt("allowweb") b"allowweb" &ti::XSD_BOOLEAN,
        allowdetails: opt("allowdetails") b"allowdetails" &ti::XSD_BOOLEAN,
        releaseplanning: opt("releaseplanning") b"releaseplanning" &ti::XSD_BOOLEAN,
        isactive: opt("isactive") b"isactive" &ti::XSD_BOOLEAN,
        taskboardenabled: opt("taskboardenabled") b"taskboardenabled" &ti::XSD_BOOLEAN,
        defaulttaskboardname: opt("defaulttaskboardname") b"defaulttaskboardname" &ti::XSD_STRING
    }
);
/// Contains the login name and the name of a user that is stored on the Seapine License Server. Used by the addGlobalUser and addGlobalCustomer requests.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CGlobalUser {
    pub loginname: Option<String>,
    pub name: Option<String>,
}
ttsoap::__struct!(
    CGlobalUser,
    "ttns:CGlobalUser",
    "CGlobalUser",
    plain {
        loginname: opt("loginname") b"loginname" &ti::XSD_STRING,
        name: opt("name") b"name" &ti::XSD_STRING
    }
);
/// `ttns:CIntegerField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CIntegerField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: i32,
}
ttsoap::__struct!(
    CIntegerField,
    "ttns:CIntegerField",
    "CIntegerField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        value: req("value") b"value" &ti::XSD_INT
    }
);
/// `ttns:CItemHyperlinkContainer`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CItemHyperlinkContainer {
    /// `ttstudioHyperlink`
    pub ttstudio_hyperlink: Option<String>,
    /// `httpHyperlink`
    pub http_hyperlink: Option<String>,
}
ttsoap::__struct!(
    CItemHyperlinkContainer,
    "ttns:CItemHyperlinkContainer",
    "CItemHyperlinkContainer",
    plain {
        ttstudio_hyperlink: opt("ttstudioHyperlink") b"ttstudioHyperlink" &ti::XSD_STRING,
        http_hyperlink: opt("httpHyperlink") b"httpHyperlink" &ti::XSD_STRING
    }
);
/// Inherits from CItemWithDBRecordID. Extends the CItemWithDBRecordID structure, allowing it to be used polymorphically to create more advanced structures such as CTestCase.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CItemToTrack {
    pub recordid: i64,
}
ttsoap::__struct!(
    CItemToTrack,
    "ttns:CItemToTrack",
    "CItemToTrack",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG
    }
);
/// Any value of the `ttns:CItemToTrack` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCItemToTrack {
    /// `CItemToTrack`
    CItemToTrack(CItemToTrack),
    /// `CDefect`
    CDefect(CDefect),
    /// `CFolder`
    CFolder(CFolder),
    /// `CFolderType`
    CFolderType(CFolderType),
    /// `CLink`
    CLink(CLink),
    /// `CRequirement`
    CRequirement(CRequirement),
    /// `CRequirementDocument`
    CRequirementDocument(CRequirementDocument),
    /// `CSystem`
    CSystem(CSystem),
    /// `CSystemBase`
    CSystemBase(CSystemBase),
    /// `CTask`
    CTask(CTask),
    /// `CTestCase`
    CTestCase(CTestCase),
    /// `CTestRun`
    CTestRun(CTestRun),
    /// `CUser`
    CUser(CUser),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCItemToTrack {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CItemToTrack(_) => "CItemToTrack",
            Self::CDefect(_) => "CDefect",
            Self::CFolder(_) => "CFolder",
            Self::CFolderType(_) => "CFolderType",
            Self::CLink(_) => "CLink",
            Self::CRequirement(_) => "CRequirement",
            Self::CRequirementDocument(_) => "CRequirementDocument",
            Self::CSystem(_) => "CSystem",
            Self::CSystemBase(_) => "CSystemBase",
            Self::CTask(_) => "CTask",
            Self::CTestCase(_) => "CTestCase",
            Self::CTestRun(_) => "CTestRun",
            Self::CUser(_) => "CUser",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `recordid` of any member; `None` for `Unknown`.
    pub fn recordid(&self) -> Option<&i64> {
        match self {
            Self::CItemToTrack(x) => Some(&x.recordid),
            Self::CDefect(x) => Some(&x.recordid),
            Self::CFolder(x) => Some(&x.recordid),
            Self::CFolderType(x) => Some(&x.recordid),
            Self::CLink(x) => Some(&x.recordid),
            Self::CRequirement(x) => Some(&x.recordid),
            Self::CRequirementDocument(x) => Some(&x.recordid),
            Self::CSystem(x) => Some(&x.recordid),
            Self::CSystemBase(x) => Some(&x.recordid),
            Self::CTask(x) => Some(&x.recordid),
            Self::CTestCase(x) => Some(&x.recordid),
            Self::CTestRun(x) => Some(&x.recordid),
            Self::CUser(x) => Some(&x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `recordid` of any member, to change; `None` for `Unknown`.
    pub fn recordid_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::CItemToTrack(x) => Some(&mut x.recordid),
            Self::CDefect(x) => Some(&mut x.recordid),
            Self::CFolder(x) => Some(&mut x.recordid),
            Self::CFolderType(x) => Some(&mut x.recordid),
            Self::CLink(x) => Some(&mut x.recordid),
            Self::CRequirement(x) => Some(&mut x.recordid),
            Self::CRequirementDocument(x) => Some(&mut x.recordid),
            Self::CSystem(x) => Some(&mut x.recordid),
            Self::CSystemBase(x) => Some(&mut x.recordid),
            Self::CTask(x) => Some(&mut x.recordid),
            Self::CTestCase(x) => Some(&mut x.recordid),
            Self::CTestRun(x) => Some(&mut x.recordid),
            Self::CUser(x) => Some(&mut x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CItemToTrack` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CItemToTrack> {
        match self {
            Self::CItemToTrack(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CDefect(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CFolder(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CFolderType(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CLink(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CRequirement(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CRequirementDocument(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CSystem(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CSystemBase(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CTask(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CTestCase(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CTestRun(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CUser(x) => {
                Some(CItemToTrack {
                    recordid: x.recordid.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCItemToTrack {
    fn default() -> Self {
        Self::CItemToTrack(Default::default())
    }
}
impl From<CItemToTrack> for AnyCItemToTrack {
    fn from(x: CItemToTrack) -> Self {
        Self::CItemToTrack(x)
    }
}
impl From<CDefect> for AnyCItemToTrack {
    fn from(x: CDefect) -> Self {
        Self::CDefect(x)
    }
}
impl From<CFolder> for AnyCItemToTrack {
    fn from(x: CFolder) -> Self {
        Self::CFolder(x)
    }
}
impl From<CFolderType> for AnyCItemToTrack {
    fn from(x: CFolderType) -> Self {
        Self::CFolderType(x)
    }
}
impl From<CLink> for AnyCItemToTrack {
    fn from(x: CLink) -> Self {
        Self::CLink(x)
    }
}
impl From<CRequirement> for AnyCItemToTrack {
    fn from(x: CRequirement) -> Self {
        Self::CRequirement(x)
    }
}
impl From<CRequirementDocument> for AnyCItemToTrack {
    fn from(x: CRequirementDocument) -> Self {
        Self::CRequirementDocument(x)
    }
}
impl From<CSystem> for AnyCItemToTrack {
    fn from(x: CSystem) -> Self {
        Self::CSystem(x)
    }
}
impl From<CSystemBase> for AnyCItemToTrack {
    fn from(x: CSystemBase) -> Self {
        Self::CSystemBase(x)
    }
}
impl From<CTask> for AnyCItemToTrack {
    fn from(x: CTask) -> Self {
        Self::CTask(x)
    }
}
impl From<CTestCase> for AnyCItemToTrack {
    fn from(x: CTestCase) -> Self {
        Self::CTestCase(x)
    }
}
impl From<CTestRun> for AnyCItemToTrack {
    fn from(x: CTestRun) -> Self {
        Self::CTestRun(x)
    }
}
impl From<CUser> for AnyCItemToTrack {
    fn from(x: CUser) -> Self {
        Self::CUser(x)
    }
}
impl ttsoap::Encode for AnyCItemToTrack {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CItemToTrack(x) => x.encode(name, ty, w),
            Self::CDefect(x) => x.encode(name, ty, w),
            Self::CFolder(x) => x.encode(name, ty, w),
            Self::CFolderType(x) => x.encode(name, ty, w),
            Self::CLink(x) => x.encode(name, ty, w),
            Self::CRequirement(x) => x.encode(name, ty, w),
            Self::CRequirementDocument(x) => x.encode(name, ty, w),
            Self::CSystem(x) => x.encode(name, ty, w),
            Self::CSystemBase(x) => x.encode(name, ty, w),
            Self::CTask(x) => x.encode(name, ty, w),
            Self::CTestCase(x) => x.encode(name, ty, w),
            Self::CTestRun(x) => x.encode(name, ty, w),
            Self::CUser(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCItemToTrack {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CItemToTrack") => 1usize,
            Some("CDefect") => 2usize,
            Some("CFolder") => 3usize,
            Some("CFolderType") => 4usize,
            Some("CLink") => 5usize,
            Some("CRequirement") => 6usize,
            Some("CRequirementDocument") => 7usize,
            Some("CSystem") => 8usize,
            Some("CSystemBase") => 9usize,
            Some("CTask") => 10usize,
            Some("CTestCase") => 11usize,
            Some("CTestRun") => 12usize,
            Some("CUser") => 13usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => Ok(Self::CItemToTrack(<CItemToTrack as ttsoap::Decode>::decode(r, el)?)),
            1usize => {
                Ok(Self::CItemToTrack(<CItemToTrack as ttsoap::Decode>::decode(r, el)?))
            }
            2usize => Ok(Self::CDefect(<CDefect as ttsoap::Decode>::decode(r, el)?)),
            3usize => Ok(Self::CFolder(<CFolder as ttsoap::Decode>::decode(r, el)?)),
            4usize => {
                Ok(Self::CFolderType(<CFolderType as ttsoap::Decode>::decode(r, el)?))
            }
            5usize => Ok(Self::CLink(<CLink as ttsoap::Decode>::decode(r, el)?)),
            6usize => {
                Ok(Self::CRequirement(<CRequirement as ttsoap::Decode>::decode(r, el)?))
            }
            7usize => {
                Ok(
                    Self::CRequirementDocument(
                        <CRequirementDocument as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            8usize => Ok(Self::CSystem(<CSystem as ttsoap::Decode>::decode(r, el)?)),
            9usize => {
                Ok(Self::CSystemBase(<CSystemBase as ttsoap::Decode>::decode(r, el)?))
            }
            10usize => Ok(Self::CTask(<CTask as ttsoap::Decode>::decode(r, el)?)),
            11usize => Ok(Self::CTestCase(<CTestCase as ttsoap::Decode>::decode(r, el)?)),
            12usize => Ok(Self::CTestRun(<CTestRun as ttsoap::Decode>::decode(r, el)?)),
            13usize => Ok(Self::CUser(<CUser as ttsoap::Decode>::decode(r, el)?)),
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// Stores record ID value for each object stored on the TestTrack Server. More complex objects are created from this structure. For example, CSystem can be created from CItemWithDBRecordID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CItemWithDBRecordId {
    pub recordid: i64,
}
ttsoap::__struct!(
    CItemWithDBRecordId,
    "ttns:CItemWithDBRecordId",
    "CItemWithDBRecordId",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG
    }
);
/// Any value of the `ttns:CItemWithDBRecordId` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCItemWithDBRecordId {
    /// `CItemWithDBRecordId`
    CItemWithDBRecordId(CItemWithDBRecordId),
    /// `CBooleanField`
    CBooleanField(CBooleanField),
    /// `CDateField`
    CDateField(CDateField),
    /// `CDateTimeField`
    CDateTimeField(CDateTimeField),
    /// `CDecimalField`
    CDecimalField(CDecimalField),
    /// `CDefect`
    CDefect(CDefect),
    /// `CDefectEvent`
    CDefectEvent(CDefectEvent),
    /// `CDropdownField`
    CDropdownField(CDropdownField),
    /// `CEvent`
    CEvent(CEvent),
    /// `CField`
    CField(CField),
    /// `CFolder`
    CFolder(CFolder),
    /// `CFolderItem`
    CFolderItem(CFolderItem),
    /// `CFolderType`
    CFolderType(CFolderType),
    /// `CIntegerField`
    CIntegerField(CIntegerField),
    /// `CItemToTrack`
    CItemToTrack(CItemToTrack),
    /// `CLink`
    CLink(CLink),
    /// `CLinkHistoryItem`
    CLinkHistoryItem(CLinkHistoryItem),
    /// `CLinkedItem`
    CLinkedItem(CLinkedItem),
    /// `CMultiSelectDropdownField`
    CMultiSelectDropdownField(CMultiSelectDropdownField),
    /// `COrderedItemWithDBRecordId`
    COrderedItemWithDBRecordId(COrderedItemWithDBRecordId),
    /// `CReportedByRecord`
    CReportedByRecord(CReportedByRecord),
    /// `CRequirement`
    CRequirement(CRequirement),
    /// `CRequirementDocument`
    CRequirementDocument(CRequirementDocument),
    /// `CSCCFileRecord`
    CSCCFileRecord(CSCCFileRecord),
    /// `CStringField`
    CStringField(CStringField),
    /// `CSystem`
    CSystem(CSystem),
    /// `CSystemBase`
    CSystemBase(CSystemBase),
    /// `CTask`
    CTask(CTask),
    /// `CTestCase`
    CTestCase(CTestCase),
    /// `CTestCaseVariantField`
    CTestCaseVariantField(CTestCaseVariantField),
    /// `CTestRun`
    CTestRun(CTestRun),
    /// `CTestRunVariantField`
    CTestRunVariantField(CTestRunVariantField),
    /// `CTimespanField`
    CTimespanField(CTimespanField),
    /// `CUser`
    CUser(CUser),
    /// `CVersionField`
    CVersionField(CVersionField),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCItemWithDBRecordId {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CItemWithDBRecordId(_) => "CItemWithDBRecordId",
            Self::CBooleanField(_) => "CBooleanField",
            Self::CDateField(_) => "CDateField",
            Self::CDateTimeField(_) => "CDateTimeField",
            Self::CDecimalField(_) => "CDecimalField",
            Self::CDefect(_) => "CDefect",
            Self::CDefectEvent(_) => "CDefectEvent",
            Self::CDropdownField(_) => "CDropdownField",
            Self::CEvent(_) => "CEvent",
            Self::CField(_) => "CField",
            Self::CFolder(_) => "CFolder",
            Self::CFolderItem(_) => "CFolderItem",
            Self::CFolderType(_) => "CFolderType",
            Self::CIntegerField(_) => "CIntegerField",
            Self::CItemToTrack(_) => "CItemToTrack",
            Self::CLink(_) => "CLink",
            Self::CLinkHistoryItem(_) => "CLinkHistoryItem",
            Self::CLinkedItem(_) => "CLinkedItem",
            Self::CMultiSelectDropdownField(_) => "CMultiSelectDropdownField",
            Self::COrderedItemWithDBRecordId(_) => "COrderedItemWithDBRecordId",
            Self::CReportedByRecord(_) => "CReportedByRecord",
            Self::CRequirement(_) => "CRequirement",
            Self::CRequirementDocument(_) => "CRequirementDocument",
            Self::CSCCFileRecord(_) => "CSCCFileRecord",
            Self::CStringField(_) => "CStringField",
            Self::CSystem(_) => "CSystem",
            Self::CSystemBase(_) => "CSystemBase",
            Self::CTask(_) => "CTask",
            Self::CTestCase(_) => "CTestCase",
            Self::CTestCaseVariantField(_) => "CTestCaseVariantField",
            Self::CTestRun(_) => "CTestRun",
            Self::CTestRunVariantField(_) => "CTestRunVariantField",
            Self::CTimespanField(_) => "CTimespanField",
            Self::CUser(_) => "CUser",
            Self::CVersionField(_) => "CVersionField",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `recordid` of any member; `None` for `Unknown`.
    pub fn recordid(&self) -> Option<&i64> {
        match self {
            Self::CItemWithDBRecordId(x) => Some(&x.recordid),
            Self::CBooleanField(x) => Some(&x.recordid),
            Self::CDateField(x) => Some(&x.recordid),
            Self::CDateTimeField(x) => Some(&x.recordid),
            Self::CDecimalField(x) => Some(&x.recordid),
            Self::CDefect(x) => Some(&x.recordid),
            Self::CDefectEvent(x) => Some(&x.recordid),
            Self::CDropdownField(x) => Some(&x.recordid),
            Self::CEvent(x) => Some(&x.recordid),
            Self::CField(x) => Some(&x.recordid),
            Self::CFolder(x) => Some(&x.recordid),
            Self::CFolderItem(x) => Some(&x.recordid),
            Self::CFolderType(x) => Some(&x.recordid),
            Self::CIntegerField(x) => Some(&x.recordid),
            Self::CItemToTrack(x) => Some(&x.recordid),
            Self::CLink(x) => Some(&x.recordid),
            Self::CLinkHistoryItem(x) => Some(&x.recordid),
            Self::CLinkedItem(x) => Some(&x.recordid),
            Self::CMultiSelectDropdownField(x) => Some(&x.recordid),
            Self::COrderedItemWithDBRecordId(x) => Some(&x.recordid),
            Self::CReportedByRecord(x) => Some(&x.recordid),
            Self::CRequirement(x) => Some(&x.recordid),
            Self::CRequirementDocument(x) => Some(&x.recordid),
            Self::CSCCFileRecord(x) => Some(&x.recordid),
            Self::CStringField(x) => Some(&x.recordid),
            Self::CSystem(x) => Some(&x.recordid),
            Self::CSystemBase(x) => Some(&x.recordid),
            Self::CTask(x) => Some(&x.recordid),
            Self::CTestCase(x) => Some(&x.recordid),
            Self::CTestCaseVariantField(x) => Some(&x.recordid),
            Self::CTestRun(x) => Some(&x.recordid),
            Self::CTestRunVariantField(x) => Some(&x.recordid),
            Self::CTimespanField(x) => Some(&x.recordid),
            Self::CUser(x) => Some(&x.recordid),
            Self::CVersionField(x) => Some(&x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `recordid` of any member, to change; `None` for `Unknown`.
    pub fn recordid_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::CItemWithDBRecordId(x) => Some(&mut x.recordid),
            Self::CBooleanField(x) => Some(&mut x.recordid),
            Self::CDateField(x) => Some(&mut x.recordid),
            Self::CDateTimeField(x) => Some(&mut x.recordid),
            Self::CDecimalField(x) => Some(&mut x.recordid),
            Self::CDefect(x) => Some(&mut x.recordid),
            Self::CDefectEvent(x) => Some(&mut x.recordid),
            Self::CDropdownField(x) => Some(&mut x.recordid),
            Self::CEvent(x) => Some(&mut x.recordid),
            Self::CField(x) => Some(&mut x.recordid),
            Self::CFolder(x) => Some(&mut x.recordid),
            Self::CFolderItem(x) => Some(&mut x.recordid),
            Self::CFolderType(x) => Some(&mut x.recordid),
            Self::CIntegerField(x) => Some(&mut x.recordid),
            Self::CItemToTrack(x) => Some(&mut x.recordid),
            Self::CLink(x) => Some(&mut x.recordid),
            Self::CLinkHistoryItem(x) => Some(&mut x.recordid),
            Self::CLinkedItem(x) => Some(&mut x.recordid),
            Self::CMultiSelectDropdownField(x) => Some(&mut x.recordid),
            Self::COrderedItemWithDBRecordId(x) => Some(&mut x.recordid),
            Self::CReportedByRecord(x) => Some(&mut x.recordid),
            Self::CRequirement(x) => Some(&mut x.recordid),
            Self::CRequirementDocument(x) => Some(&mut x.recordid),
            Self::CSCCFileRecord(x) => Some(&mut x.recordid),
            Self::CStringField(x) => Some(&mut x.recordid),
            Self::CSystem(x) => Some(&mut x.recordid),
            Self::CSystemBase(x) => Some(&mut x.recordid),
            Self::CTask(x) => Some(&mut x.recordid),
            Self::CTestCase(x) => Some(&mut x.recordid),
            Self::CTestCaseVariantField(x) => Some(&mut x.recordid),
            Self::CTestRun(x) => Some(&mut x.recordid),
            Self::CTestRunVariantField(x) => Some(&mut x.recordid),
            Self::CTimespanField(x) => Some(&mut x.recordid),
            Self::CUser(x) => Some(&mut x.recordid),
            Self::CVersionField(x) => Some(&mut x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CItemWithDBRecordId` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CItemWithDBRecordId> {
        match self {
            Self::CItemWithDBRecordId(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CBooleanField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CDateField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CDateTimeField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CDecimalField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CDefect(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CDefectEvent(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CDropdownField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CEvent(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CFolder(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CFolderItem(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CFolderType(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CIntegerField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CItemToTrack(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CLink(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CLinkHistoryItem(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CLinkedItem(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CMultiSelectDropdownField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::COrderedItemWithDBRecordId(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CReportedByRecord(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CRequirement(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CRequirementDocument(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CSCCFileRecord(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CStringField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CSystem(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CSystemBase(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CTask(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CTestCase(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CTestCaseVariantField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CTestRun(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CTestRunVariantField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CTimespanField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CUser(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::CVersionField(x) => {
                Some(CItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCItemWithDBRecordId {
    fn default() -> Self {
        Self::CItemWithDBRecordId(Default::default())
    }
}
impl From<CItemWithDBRecordId> for AnyCItemWithDBRecordId {
    fn from(x: CItemWithDBRecordId) -> Self {
        Self::CItemWithDBRecordId(x)
    }
}
impl From<CBooleanField> for AnyCItemWithDBRecordId {
    fn from(x: CBooleanField) -> Self {
        Self::CBooleanField(x)
    }
}
impl From<CDateField> for AnyCItemWithDBRecordId {
    fn from(x: CDateField) -> Self {
        Self::CDateField(x)
    }
}
impl From<CDateTimeField> for AnyCItemWithDBRecordId {
    fn from(x: CDateTimeField) -> Self {
        Self::CDateTimeField(x)
    }
}
impl From<CDecimalField> for AnyCItemWithDBRecordId {
    fn from(x: CDecimalField) -> Self {
        Self::CDecimalField(x)
    }
}
impl From<CDefect> for AnyCItemWithDBRecordId {
    fn from(x: CDefect) -> Self {
        Self::CDefect(x)
    }
}
impl From<CDefectEvent> for AnyCItemWithDBRecordId {
    fn from(x: CDefectEvent) -> Self {
        Self::CDefectEvent(x)
    }
}
impl From<CDropdownField> for AnyCItemWithDBRecordId {
    fn from(x: CDropdownField) -> Self {
        Self::CDropdownField(x)
    }
}
impl From<CEvent> for AnyCItemWithDBRecordId {
    fn from(x: CEvent) -> Self {
        Self::CEvent(x)
    }
}
impl From<CField> for AnyCItemWithDBRecordId {
    fn from(x: CField) -> Self {
        Self::CField(x)
    }
}
impl From<CFolder> for AnyCItemWithDBRecordId {
    fn from(x: CFolder) -> Self {
        Self::CFolder(x)
    }
}
impl From<CFolderItem> for AnyCItemWithDBRecordId {
    fn from(x: CFolderItem) -> Self {
        Self::CFolderItem(x)
    }
}
impl From<CFolderType> for AnyCItemWithDBRecordId {
    fn from(x: CFolderType) -> Self {
        Self::CFolderType(x)
    }
}
impl From<CIntegerField> for AnyCItemWithDBRecordId {
    fn from(x: CIntegerField) -> Self {
        Self::CIntegerField(x)
    }
}
impl From<CItemToTrack> for AnyCItemWithDBRecordId {
    fn from(x: CItemToTrack) -> Self {
        Self::CItemToTrack(x)
    }
}
impl From<CLink> for AnyCItemWithDBRecordId {
    fn from(x: CLink) -> Self {
        Self::CLink(x)
    }
}
impl From<CLinkHistoryItem> for AnyCItemWithDBRecordId {
    fn from(x: CLinkHistoryItem) -> Self {
        Self::CLinkHistoryItem(x)
    }
}
impl From<CLinkedItem> for AnyCItemWithDBRecordId {
    fn from(x: CLinkedItem) -> Self {
        Self::CLinkedItem(x)
    }
}
impl From<CMultiSelectDropdownField> for AnyCItemWithDBRecordId {
    fn from(x: CMultiSelectDropdownField) -> Self {
        Self::CMultiSelectDropdownField(x)
    }
}
impl From<COrderedItemWithDBRecordId> for AnyCItemWithDBRecordId {
    fn from(x: COrderedItemWithDBRecordId) -> Self {
        Self::COrderedItemWithDBRecordId(x)
    }
}
impl From<CReportedByRecord> for AnyCItemWithDBRecordId {
    fn from(x: CReportedByRecord) -> Self {
        Self::CReportedByRecord(x)
    }
}
impl From<CRequirement> for AnyCItemWithDBRecordId {
    fn from(x: CRequirement) -> Self {
        Self::CRequirement(x)
    }
}
impl From<CRequirementDocument> for AnyCItemWithDBRecordId {
    fn from(x: CRequirementDocument) -> Self {
        Self::CRequirementDocument(x)
    }
}
impl From<CSCCFileRecord> for AnyCItemWithDBRecordId {
    fn from(x: CSCCFileRecord) -> Self {
        Self::CSCCFileRecord(x)
    }
}
impl From<CStringField> for AnyCItemWithDBRecordId {
    fn from(x: CStringField) -> Self {
        Self::CStringField(x)
    }
}
impl From<CSystem> for AnyCItemWithDBRecordId {
    fn from(x: CSystem) -> Self {
        Self::CSystem(x)
    }
}
impl From<CSystemBase> for AnyCItemWithDBRecordId {
    fn from(x: CSystemBase) -> Self {
        Self::CSystemBase(x)
    }
}
impl From<CTask> for AnyCItemWithDBRecordId {
    fn from(x: CTask) -> Self {
        Self::CTask(x)
    }
}
impl From<CTestCase> for AnyCItemWithDBRecordId {
    fn from(x: CTestCase) -> Self {
        Self::CTestCase(x)
    }
}
impl From<CTestCaseVariantField> for AnyCItemWithDBRecordId {
    fn from(x: CTestCaseVariantField) -> Self {
        Self::CTestCaseVariantField(x)
    }
}
impl From<CTestRun> for AnyCItemWithDBRecordId {
    fn from(x: CTestRun) -> Self {
        Self::CTestRun(x)
    }
}
impl From<CTestRunVariantField> for AnyCItemWithDBRecordId {
    fn from(x: CTestRunVariantField) -> Self {
        Self::CTestRunVariantField(x)
    }
}
impl From<CTimespanField> for AnyCItemWithDBRecordId {
    fn from(x: CTimespanField) -> Self {
        Self::CTimespanField(x)
    }
}
impl From<CUser> for AnyCItemWithDBRecordId {
    fn from(x: CUser) -> Self {
        Self::CUser(x)
    }
}
impl From<CVersionField> for AnyCItemWithDBRecordId {
    fn from(x: CVersionField) -> Self {
        Self::CVersionField(x)
    }
}
impl ttsoap::Encode for AnyCItemWithDBRecordId {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CItemWithDBRecordId(x) => x.encode(name, ty, w),
            Self::CBooleanField(x) => x.encode(name, ty, w),
            Self::CDateField(x) => x.encode(name, ty, w),
            Self::CDateTimeField(x) => x.encode(name, ty, w),
            Self::CDecimalField(x) => x.encode(name, ty, w),
            Self::CDefect(x) => x.encode(name, ty, w),
            Self::CDefectEvent(x) => x.encode(name, ty, w),
            Self::CDropdownField(x) => x.encode(name, ty, w),
            Self::CEvent(x) => x.encode(name, ty, w),
            Self::CField(x) => x.encode(name, ty, w),
            Self::CFolder(x) => x.encode(name, ty, w),
            Self::CFolderItem(x) => x.encode(name, ty, w),
            Self::CFolderType(x) => x.encode(name, ty, w),
            Self::CIntegerField(x) => x.encode(name, ty, w),
            Self::CItemToTrack(x) => x.encode(name, ty, w),
            Self::CLink(x) => x.encode(name, ty, w),
            Self::CLinkHistoryItem(x) => x.encode(name, ty, w),
            Self::CLinkedItem(x) => x.encode(name, ty, w),
            Self::CMultiSelectDropdownField(x) => x.encode(name, ty, w),
            Self::COrderedItemWithDBRecordId(x) => x.encode(name, ty, w),
            Self::CReportedByRecord(x) => x.encode(name, ty, w),
            Self::CRequirement(x) => x.encode(name, ty, w),
            Self::CRequirementDocument(x) => x.encode(name, ty, w),
            Self::CSCCFileRecord(x) => x.encode(name, ty, w),
            Self::CStringField(x) => x.encode(name, ty, w),
            Self::CSystem(x) => x.encode(name, ty, w),
            Self::CSystemBase(x) => x.encode(name, ty, w),
            Self::CTask(x) => x.encode(name, ty, w),
            Self::CTestCase(x) => x.encode(name, ty, w),
            Self::CTestCaseVariantField(x) => x.encode(name, ty, w),
            Self::CTestRun(x) => x.encode(name, ty, w),
            Self::CTestRunVariantField(x) => x.encode(name, ty, w),
            Self::CTimespanField(x) => x.encode(name, ty, w),
            Self::CUser(x) => x.encode(name, ty, w),
            Self::CVersionField(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCItemWithDBRecordId {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CItemWithDBRecordId") => 1usize,
            Some("CBooleanField") => 2usize,
            Some("CDateField") => 3usize,
            Some("CDateTimeField") => 4usize,
            Some("CDecimalField") => 5usize,
            Some("CDefect") => 6usize,
            Some("CDefectEvent") => 7usize,
            Some("CDropdownField") => 8usize,
            Some("CEvent") => 9usize,
            Some("CField") => 10usize,
            Some("CFolder") => 11usize,
            Some("CFolderItem") => 12usize,
            Some("CFolderType") => 13usize,
            Some("CIntegerField") => 14usize,
            Some("CItemToTrack") => 15usize,
            Some("CLink") => 16usize,
            Some("CLinkHistoryItem") => 17usize,
            Some("CLinkedItem") => 18usize,
            Some("CMultiSelectDropdownField") => 19usize,
            Some("COrderedItemWithDBRecordId") => 20usize,
            Some("CReportedByRecord") => 21usize,
            Some("CRequirement") => 22usize,
            Some("CRequirementDocument") => 23usize,
            Some("CSCCFileRecord") => 24usize,
            Some("CStringField") => 25usize,
            Some("CSystem") => 26usize,
            Some("CSystemBase") => 27usize,
            Some("CTask") => 28usize,
            Some("CTestCase") => 29usize,
            Some("CTestCaseVariantField") => 30usize,
            Some("CTestRun") => 31usize,
            Some("CTestRunVariantField") => 32usize,
            Some("CTimespanField") => 33usize,
            Some("CUser") => 34usize,
            Some("CVersionField") => 35usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => {
                Ok(
                    Self::CItemWithDBRecordId(
                        <CItemWithDBRecordId as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            1usize => {
                Ok(
                    Self::CItemWithDBRecordId(
                        <CItemWithDBRecordId as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            2usize => {
                Ok(
                    Self::CBooleanField(
                        <CBooleanField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            3usize => {
                Ok(Self::CDateField(<CDateField as ttsoap::Decode>::decode(r, el)?))
            }
            4usize => {
                Ok(
                    Self::CDateTimeField(
                        <CDateTimeField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            5usize => {
                Ok(
                    Self::CDecimalField(
                        <CDecimalField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            6usize => Ok(Self::CDefect(<CDefect as ttsoap::Decode>::decode(r, el)?)),
            7usize => {
                Ok(Self::CDefectEvent(<CDefectEvent as ttsoap::Decode>::decode(r, el)?))
            }
            8usize => {
                Ok(
                    Self::CDropdownField(
                        <CDropdownField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            9usize => Ok(Self::CEvent(<CEvent as ttsoap::Decode>::decode(r, el)?)),
            10usize => Ok(Self::CField(<CField as ttsoap::Decode>::decode(r, el)?)),
            11usize => Ok(Self::CFolder(<CFolder as ttsoap::Decode>::decode(r, el)?)),
            12usize => {
                Ok(Self::CFolderItem(<CFolderItem as ttsoap::Decode>::decode(r, el)?))
            }
            13usize => {
                Ok(Self::CFolderType(<CFolderType as ttsoap::Decode>::decode(r, el)?))
            }
            14usize => {
                Ok(
                    Self::CIntegerField(
                        <CIntegerField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            15usize => {
                Ok(Self::CItemToTrack(<CItemToTrack as ttsoap::Decode>::decode(r, el)?))
            }
            16usize => Ok(Self::CLink(<CLink as ttsoap::Decode>::decode(r, el)?)),
            17usize => {
                Ok(
                    Self::CLinkHistoryItem(
                        <CLinkHistoryItem as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            18usize => {
                Ok(Self::CLinkedItem(<CLinkedItem as ttsoap::Decode>::decode(r, el)?))
            }
            19usize => {
                Ok(
                    Self::CMultiSelectDropdownField(
                        <CMultiSelectDropdownField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            20usize => {
                Ok(
                    Self::COrderedItemWithDBRecordId(
                        <COrderedItemWithDBRecordId as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            21usize => {
                Ok(
                    Self::CReportedByRecord(
                        <CReportedByRecord as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            22usize => {
                Ok(Self::CRequirement(<CRequirement as ttsoap::Decode>::decode(r, el)?))
            }
            23usize => {
                Ok(
                    Self::CRequirementDocument(
                        <CRequirementDocument as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            24usize => {
                Ok(
                    Self::CSCCFileRecord(
                        <CSCCFileRecord as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            25usize => {
                Ok(Self::CStringField(<CStringField as ttsoap::Decode>::decode(r, el)?))
            }
            26usize => Ok(Self::CSystem(<CSystem as ttsoap::Decode>::decode(r, el)?)),
            27usize => {
                Ok(Self::CSystemBase(<CSystemBase as ttsoap::Decode>::decode(r, el)?))
            }
            28usize => Ok(Self::CTask(<CTask as ttsoap::Decode>::decode(r, el)?)),
            29usize => Ok(Self::CTestCase(<CTestCase as ttsoap::Decode>::decode(r, el)?)),
            30usize => {
                Ok(
                    Self::CTestCaseVariantField(
                        <CTestCaseVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            31usize => Ok(Self::CTestRun(<CTestRun as ttsoap::Decode>::decode(r, el)?)),
            32usize => {
                Ok(
                    Self::CTestRunVariantField(
                        <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            33usize => {
                Ok(
                    Self::CTimespanField(
                        <CTimespanField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            34usize => Ok(Self::CUser(<CUser as ttsoap::Decode>::decode(r, el)?)),
            35usize => {
                Ok(
                    Self::CVersionField(
                        <CVersionField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// `ttns:CLink`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CLink {
    pub recordid: i64,
    /// `linkDefinitionName`
    pub link_definition_name: Option<String>,
    pub comment: Option<String>,
    pub linkbroken: Option<bool>,
    pub linkparent: Option<CLinkedItem>,
    /// `childList`
    pub child_list: Vec<CLinkedItem>,
    /// `historyList`
    pub history_list: Vec<CLinkHistoryItem>,
}
ttsoap::__struct!(
    CLink,
    "ttns:CLink",
    "CLink",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        link_definition_name: nil("linkDefinitionName") b"linkDefinitionName" &ti::XSD_STRING,
        comment: opt("comment") b"comment" &ti::XSD_STRING,
        linkbroken: opt("linkbroken") b"linkbroken" &ti::XSD_BOOLEAN,
        linkparent: opt("linkparent") b"linkparent" &ti::C_LINKED_ITEM,
        child_list: optarr("childList") b"childList" &ti::ARRAY_OF_C_LINKED_ITEM,
        history_list: optarr("historyList") b"historyList" &ti::ARRAY_OF_C_LINK_HISTORY_ITEM
    }
);
/// Inherits from COrderedItemWithDBRecordID. Extends the COrderedItemWithDBRecordID and stores the description of a change made to a link. This is a read-only object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CLinkHistoryItem {
    pub recordid: i64,
    pub order: i64,
    pub date: Option<ttsoap::DateTime>,
    pub firstname: Option<String>,
    pub lastname: Option<String>,
    pub history: Option<String>,
}
ttsoap::__struct!(
    CLinkHistoryItem,
    "ttns:CLinkHistoryItem",
    "CLinkHistoryItem",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        order: req("order") b"order" &ti::XSD_LONG,
        date: opt("date") b"date" &ti::XSD_DATE_TIME,
        firstname: opt("firstname") b"firstname" &ti::XSD_STRING,
        lastname: opt("lastname") b"lastname" &ti::XSD_STRING,
        history: opt("history") b"history" &ti::XSD_STRING
    }
);
/// Inherits from COrderedItemWithDBRecordID. Extends the COrderedItemWithDBRecordID structure and stores information about an item that is in a link. NOTE: entityType is deprecated; use tablename.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CLinkedItem {
    pub recordid: i64,
    pub order: i64,
    /// `entityType`
    pub entity_type: Option<i64>,
    pub tablename: Option<String>,
    /// `entityID`
    pub entity_id: i64,
    pub number: Option<String>,
    pub summary: Option<String>,
    pub status: Option<String>,
    pub state: Option<String>,
    pub issuspect: Option<bool>,
}
ttsoap::__struct!(
    CLinkedItem,
    "ttns:CLinkedItem",
    "CLinkedItem",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        order: req("order") b"order" &ti::XSD_LONG,
        entity_type: opt("entityType") b"entityType" &ti::XSD_LONG,
        tablename: nil("tablename") b"tablename" &ti::XSD_STRING,
        entity_id: req("entityID") b"entityID" &ti::XSD_LONG,
        number: opt("number") b"number" &ti::XSD_STRING,
        summary: opt("summary") b"summary" &ti::XSD_STRING,
        status: opt("status") b"status" &ti::XSD_STRING,
        state: opt("state") b"state" &ti::XSD_STRING,
        issuspect: opt("issuspect") b"issuspect" &ti::XSD_BOOLEAN
    }
);
/// `ttns:CMultiSelectDropdownField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CMultiSelectDropdownField {
    pub recordid: i64,
    pub name: Option<String>,
    pub values: Vec<CFieldValue>,
    /// `dropdownValues`
    pub dropdown_values: Vec<CFieldValue>,
}
ttsoap::__struct!(
    CMultiSelectDropdownField,
    "ttns:CMultiSelectDropdownField",
    "CMultiSelectDropdownField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        values: optarr("values") b"values" &ti::ARRAY_OF_C_FIELD_VALUE,
        dropdown_values: optarr("dropdownValues") b"dropdownValues" &ti::ARRAY_OF_C_FIELD_VALUE
    }
);
/// Any value of the `ttns:CMultiSelectDropdownField` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCMultiSelectDropdownField {
    /// `CMultiSelectDropdownField`
    CMultiSelectDropdownField(CMultiSelectDropdownField),
    /// `CTestCaseVariantField`
    CTestCaseVariantField(CTestCaseVariantField),
    /// `CTestRunVariantField`
    CTestRunVariantField(CTestRunVariantField),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCMultiSelectDropdownField {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CMultiSelectDropdownField(_) => "CMultiSelectDropdownField",
            Self::CTestCaseVariantField(_) => "CTestCaseVariantField",
            Self::CTestRunVariantField(_) => "CTestRunVariantField",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `recordid` of any member; `None` for `Unknown`.
    pub fn recordid(&self) -> Option<&i64> {
        match self {
            Self::CMultiSelectDropdownField(x) => Some(&x.recordid),
            Self::CTestCaseVariantField(x) => Some(&x.recordid),
            Self::CTestRunVariantField(x) => Some(&x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `recordid` of any member, to change; `None` for `Unknown`.
    pub fn recordid_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::CMultiSelectDropdownField(x) => Some(&mut x.recordid),
            Self::CTestCaseVariantField(x) => Some(&mut x.recordid),
            Self::CTestRunVariantField(x) => Some(&mut x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `name` of any member; `None` for `Unknown`.
    pub fn name(&self) -> Option<&String> {
        match self {
            Self::CMultiSelectDropdownField(x) => x.name.as_ref(),
            Self::CTestCaseVariantField(x) => x.name.as_ref(),
            Self::CTestRunVariantField(x) => x.name.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `name` of any member, to change; `None` for `Unknown`.
    pub fn name_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CMultiSelectDropdownField(x) => Some(&mut x.name),
            Self::CTestCaseVariantField(x) => Some(&mut x.name),
            Self::CTestRunVariantField(x) => Some(&mut x.name),
            Self::Unknown(_) => None,
        }
    }
    /// `values` of any member; `None` for `Unknown`.
    pub fn values(&self) -> Option<&Vec<CFieldValue>> {
        match self {
            Self::CMultiSelectDropdownField(x) => Some(&x.values),
            Self::CTestCaseVariantField(x) => Some(&x.values),
            Self::CTestRunVariantField(x) => Some(&x.values),
            Self::Unknown(_) => None,
        }
    }
    /// `values` of any member, to change; `None` for `Unknown`.
    pub fn values_mut(&mut self) -> Option<&mut Vec<CFieldValue>> {
        match self {
            Self::CMultiSelectDropdownField(x) => Some(&mut x.values),
            Self::CTestCaseVariantField(x) => Some(&mut x.values),
            Self::CTestRunVariantField(x) => Some(&mut x.values),
            Self::Unknown(_) => None,
        }
    }
    /// `dropdownValues` of any member; `None` for `Unknown`.
    pub fn dropdown_values(&self) -> Option<&Vec<CFieldValue>> {
        match self {
            Self::CMultiSelectDropdownField(x) => Some(&x.dropdown_values),
            Self::CTestCaseVariantField(x) => Some(&x.dropdown_values),
            Self::CTestRunVariantField(x) => Some(&x.dropdown_values),
            Self::Unknown(_) => None,
        }
    }
    /// `dropdownValues` of any member, to change; `None` for `Unknown`.
    pub fn dropdown_values_mut(&mut self) -> Option<&mut Vec<CFieldValue>> {
        match self {
            Self::CMultiSelectDropdownField(x) => Some(&mut x.dropdown_values),
            Self::CTestCaseVariantField(x) => Some(&mut x.dropdown_values),
            Self::CTestRunVariantField(x) => Some(&mut x.dropdown_values),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CMultiSelectDropdownField` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CMultiSelectDropdownField> {
        match self {
            Self::CMultiSelectDropdownField(x) => {
                Some(CMultiSelectDropdownField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                    values: x.values.clone(),
                    dropdown_values: x.dropdown_values.clone(),
                })
            }
            Self::CTestCaseVariantField(x) => {
                Some(CMultiSelectDropdownField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                    values: x.values.clone(),
                    dropdown_values: x.dropdown_values.clone(),
                })
            }
            Self::CTestRunVariantField(x) => {
                Some(CMultiSelectDropdownField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                    values: x.values.clone(),
                    dropdown_values: x.dropdown_values.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCMultiSelectDropdownField {
    fn default() -> Self {
        Self::CMultiSelectDropdownField(Default::default())
    }
}
impl From<CMultiSelectDropdownField> for AnyCMultiSelectDropdownField {
    fn from(x: CMultiSelectDropdownField) -> Self {
        Self::CMultiSelectDropdownField(x)
    }
}
impl From<CTestCaseVariantField> for AnyCMultiSelectDropdownField {
    fn from(x: CTestCaseVariantField) -> Self {
        Self::CTestCaseVariantField(x)
    }
}
impl From<CTestRunVariantField> for AnyCMultiSelectDropdownField {
    fn from(x: CTestRunVariantField) -> Self {
        Self::CTestRunVariantField(x)
    }
}
impl ttsoap::Encode for AnyCMultiSelectDropdownField {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CMultiSelectDropdownField(x) => x.encode(name, ty, w),
            Self::CTestCaseVariantField(x) => x.encode(name, ty, w),
            Self::CTestRunVariantField(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCMultiSelectDropdownField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CMultiSelectDropdownField") => 1usize,
            Some("CTestCaseVariantField") => 2usize,
            Some("CTestRunVariantField") => 3usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => {
                Ok(
                    Self::CMultiSelectDropdownField(
                        <CMultiSelectDropdownField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            1usize => {
                Ok(
                    Self::CMultiSelectDropdownField(
                        <CMultiSelectDropdownField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            2usize => {
                Ok(
                    Self::CTestCaseVariantField(
                        <CTestCaseVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            3usize => {
                Ok(
                    Self::CTestRunVariantField(
                        <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// Inherits from CItemWithDBRecordID. Extends the CItemWithDBRecordID type by adding an element that represents its order in a list. Used by CLinkedItem and CLinkHistoryItem, where the order of items is important.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct COrderedItemWithDBRecordId {
    pub recordid: i64,
    pub order: i64,
}
ttsoap::__struct!(
    COrderedItemWithDBRecordId,
    "ttns:COrderedItemWithDBRecordId",
    "COrderedItemWithDBRecordId",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        order: req("order") b"order" &ti::XSD_LONG
    }
);
/// Any value of the `ttns:COrderedItemWithDBRecordId` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCOrderedItemWithDBRecordId {
    /// `COrderedItemWithDBRecordId`
    COrderedItemWithDBRecordId(COrderedItemWithDBRecordId),
    /// `CLinkHistoryItem`
    CLinkHistoryItem(CLinkHistoryItem),
    /// `CLinkedItem`
    CLinkedItem(CLinkedItem),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCOrderedItemWithDBRecordId {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::COrderedItemWithDBRecordId(_) => "COrderedItemWithDBRecordId",
            Self::CLinkHistoryItem(_) => "CLinkHistoryItem",
            Self::CLinkedItem(_) => "CLinkedItem",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `recordid` of any member; `None` for `Unknown`.
    pub fn recordid(&self) -> Option<&i64> {
        match self {
            Self::COrderedItemWithDBRecordId(x) => Some(&x.recordid),
            Self::CLinkHistoryItem(x) => Some(&x.recordid),
            Self::CLinkedItem(x) => Some(&x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `recordid` of any member, to change; `None` for `Unknown`.
    pub fn recordid_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::COrderedItemWithDBRecordId(x) => Some(&mut x.recordid),
            Self::CLinkHistoryItem(x) => Some(&mut x.recordid),
            Self::CLinkedItem(x) => Some(&mut x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `order` of any member; `None` for `Unknown`.
    pub fn order(&self) -> Option<&i64> {
        match self {
            Self::COrderedItemWithDBRecordId(x) => Some(&x.order),
            Self::CLinkHistoryItem(x) => Some(&x.order),
            Self::CLinkedItem(x) => Some(&x.order),
            Self::Unknown(_) => None,
        }
    }
    /// `order` of any member, to change; `None` for `Unknown`.
    pub fn order_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::COrderedItemWithDBRecordId(x) => Some(&mut x.order),
            Self::CLinkHistoryItem(x) => Some(&mut x.order),
            Self::CLinkedItem(x) => Some(&mut x.order),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:COrderedItemWithDBRecordId` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<COrderedItemWithDBRecordId> {
        match self {
            Self::COrderedItemWithDBRecordId(x) => {
                Some(COrderedItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                    order: x.order.clone(),
                })
            }
            Self::CLinkHistoryItem(x) => {
                Some(COrderedItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                    order: x.order.clone(),
                })
            }
            Self::CLinkedItem(x) => {
                Some(COrderedItemWithDBRecordId {
                    recordid: x.recordid.clone(),
                    order: x.order.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCOrderedItemWithDBRecordId {
    fn default() -> Self {
        Self::COrderedItemWithDBRecordId(Default::default())
    }
}
impl From<COrderedItemWithDBRecordId> for AnyCOrderedItemWithDBRecordId {
    fn from(x: COrderedItemWithDBRecordId) -> Self {
        Self::COrderedItemWithDBRecordId(x)
    }
}
impl From<CLinkHistoryItem> for AnyCOrderedItemWithDBRecordId {
    fn from(x: CLinkHistoryItem) -> Self {
        Self::CLinkHistoryItem(x)
    }
}
impl From<CLinkedItem> for AnyCOrderedItemWithDBRecordId {
    fn from(x: CLinkedItem) -> Self {
        Self::CLinkedItem(x)
    }
}
impl ttsoap::Encode for AnyCOrderedItemWithDBRecordId {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::COrderedItemWithDBRecordId(x) => x.encode(name, ty, w),
            Self::CLinkHistoryItem(x) => x.encode(name, ty, w),
            Self::CLinkedItem(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCOrderedItemWithDBRecordId {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("COrderedItemWithDBRecordId") => 1usize,
            Some("CLinkHistoryItem") => 2usize,
            Some("CLinkedItem") => 3usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => {
                Ok(
                    Self::COrderedItemWithDBRecordId(
                        <COrderedItemWithDBRecordId as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            1usize => {
                Ok(
                    Self::COrderedItemWithDBRecordId(
                        <COrderedItemWithDBRecordId as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            2usize => {
                Ok(
                    Self::CLinkHistoryItem(
                        <CLinkHistoryItem as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            3usize => {
                Ok(Self::CLinkedItem(<CLinkedItem as ttsoap::Decode>::decode(r, el)?))
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// `ttns:CProject`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CProject {
    pub database: Option<CDatabase>,
    pub options: Vec<CProjectDataOption>,
    pub servernumber: Option<i32>,
}
ttsoap::__struct!(
    CProject,
    "ttns:CProject",
    "CProject",
    plain {
        database: nil("database") b"database" &ti::C_DATABASE,
        options: optarr("options") b"options" &ti::ARRAY_OF_C_PROJECT_DATA_OPTION,
        servernumber: opt("servernumber") b"servernumber" &ti::XSD_INT
    }
);
/// Stores TestTrack project data options. Specifies what type of access a SOAP user has (TestTrack Pro, TestTrack TCM, and/or TestTrack RM).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CProjectDataOption {
    pub name: Option<String>,
}
ttsoap::__struct!(
    CProjectDataOption,
    "ttns:CProjectDataOption",
    "CProjectDataOption",
    plain {
        name: nil("name") b"name" &ti::XSD_STRING
    }
);
/// `ttns:CRecordData`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CRecordData {
    pub value: Option<String>,
}
ttsoap::__struct!(
    CRecordData,
    "ttns:CRecordData",
    "CRecordData",
    plain {
        value: nil("value") b"value" &ti::XSD_STRING
    }
);
/// `ttns:CRecordListSoap`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CRecordListSoap {
    pub columnlist: Vec<CTableColumn>,
    pub records: Vec<CRecordRowSoap>,
}
ttsoap::__struct!(
    CRecordListSoap,
    "ttns:CRecordListSoap",
    "CRecordListSoap",
    plain {
        columnlist: optarr("columnlist") b"columnlist" &ti::ARRAY_OF_C_TABLE_COLUMN,
        records: optarr("records") b"records" &ti::ARRAY_OF_C_RECORD_ROW_SOAP
    }
);
/// `ttns:CRecordRowSoap`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CRecordRowSoap {
    pub row: Vec<CRecordData>,
}
ttsoap::__struct!(
    CRecordRowSoap,
    "ttns:CRecordRowSoap",
    "CRecordRowSoap",
    plain {
        row: arr("row") b"row" &ti::ARRAY_OF_C_RECORD_DATA
    }
);
/// `ttns:CReportRunResults`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CReportRunResults {
    /// `m-FileList`
    pub m_file_list: Vec<AnyCFile>,
}
ttsoap::__struct!(
    CReportRunResults,
    "ttns:CReportRunResults",
    "CReportRunResults",
    plain {
        m_file_list: optarr("m-FileList") b"m-FileList" &ti::ARRAY_OF_C_FILE
    }
);
/// `ttns:CReportedByRecord`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CReportedByRecord {
    pub recordid: i64,
    pub foundby: Option<String>,
    pub datefound: Option<ttsoap::Date>,
    pub contactinfo: Option<String>,
    pub foundinversion: Option<String>,
    pub comments: Option<String>,
    /// `commentsInlineAttachList`
    pub comments_inline_attach_list: Vec<CFileAttachment>,
    pub reproduced: Option<String>,
    pub reproducedsteps: Option<String>,
    /// `reproStepsInlineAttachList`
    pub repro_steps_inline_attach_list: Vec<CFileAttachment>,
    pub standardtestconfig: Option<CSystem>,
    pub otherhardwaresoftware: Option<String>,
    /// `otherHWSWInlineAttachList`
    pub other_hwsw_inline_attach_list: Vec<CFileAttachment>,
    pub testconfigtype: Option<i16>,
    pub attachmentlist: Vec<CFileAttachment>,
    pub showorder: i16,
}
ttsoap::__struct!(
    CReportedByRecord,
    "ttns:CReportedByRecord",
    "CReportedByRecord",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        foundby: opt("foundby") b"foundby" &ti::XSD_STRING,
        datefound: opt("datefound") b"datefound" &ti::XSD_DATE,
        contactinfo: opt("contactinfo") b"contactinfo" &ti::XSD_STRING,
        foundinversion: opt("foundinversion") b"foundinversion" &ti::XSD_STRING,
        comments: opt("comments") b"comments" &ti::XSD_STRING,
        comments_inline_attach_list: optarr("commentsInlineAttachList") b"commentsInlineAttachList" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        reproduced: opt("reproduced") b"reproduced" &ti::XSD_STRING,
        reproducedsteps: opt("reproducedsteps") b"reproducedsteps" &ti::XSD_STRING,
        repro_steps_inline_attach_list: optarr("reproStepsInlineAttachList") b"reproStepsInlineAttachList" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        standardtestconfig: opt("standardtestconfig") b"standardtestconfig" &ti::C_SYSTEM,
        otherhardwaresoftware: opt("otherhardwaresoftware") b"otherhardwaresoftware" &ti::XSD_STRING,
        other_hwsw_inline_attach_list: optarr("otherHWSWInlineAttachList") b"otherHWSWInlineAttachList" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        testconfigtype: opt("testconfigtype") b"testconfigtype" &ti::XSD_SHORT,
        attachmentlist: optarr("attachmentlist") b"attachmentlist" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        showorder: req("showorder") b"showorder" &ti::XSD_SHORT
    }
);
/// `ttns:CRequirement`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CRequirement {
    pub recordid: i64,
    pub number: Option<i64>,
    /// `type`
    pub type_: Option<String>,
    pub summary: Option<String>,
    pub tag: Option<String>,
    /// `dateEntered`
    pub date_entered: Option<ttsoap::Date>,
    /// `enteredBy`
    pub entered_by: Option<String>,
    pub importance: Option<String>,
    pub description: Option<String>,
    /// `descriptionInlineAttachList`
    pub description_inline_attach_list: Vec<CFileAttachment>,
    pub state: Option<String>,
    /// `attachmentList`
    pub attachment_list: Vec<CFileAttachment>,
    /// `sccFileList`
    pub scc_file_list: Vec<CSCCFileRecord>,
    /// `customFieldList`
    pub custom_field_list: Vec<AnyCField>,
    /// `eventList`
    pub event_list: Vec<AnyCEvent>,
    /// `versionList`
    pub version_list: Vec<AnyCVersionInfo>,
    /// `dateTimeCreated`
    pub date_time_created: Option<ttsoap::DateTime>,
    /// `createdByUser`
    pub created_by_user: Option<String>,
    /// `locationAddedFrom`
    pub location_added_from: Option<String>,
    /// `modifiedByUser`
    pub modified_by_user: Option<String>,
    /// `dateTimeModified`
    pub date_time_modified: Option<ttsoap::DateTime>,
    /// `actualHours`
    pub actual_hours: Option<f64>,
    /// `estimatedHours`
    pub estimated_hours: Option<f64>,
    /// `remainingHours`
    pub remaining_hours: Option<f64>,
    pub variance: Option<f64>,
    /// `storyPoints`
    pub story_points: Option<i64>,
    /// `percentDone`
    pub percent_done: Option<i64>,
}
ttsoap::__struct!(
    CRequirement,
    "ttns:CRequirement",
    "CRequirement",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        number: opt("number") b"number" &ti::XSD_LONG,
        type_: nil("type") b"type" &ti::XSD_STRING,
        summary: opt("summary") b"summary" &ti::XSD_STRING,
        tag: opt("tag") b"tag" &ti::XSD_STRING,
        date_entered: opt("dateEntered") b"dateEntered" &ti::XSD_DATE,
        entered_by: opt("enteredBy") b"enteredBy" &ti::XSD_STRING,
        importance: opt("importance") b"importance" &ti::XSD_STRING,
        description: opt("description") b"description" &ti::XSD_STRING,
        description_inline_attach_list: optarr("descriptionInlineAttachList") b"descriptionInlineAttachList" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        state: opt("state") b"state" &ti::XSD_STRING,
        attachment_list: optarr("attachmentList") b"attachmentList" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        scc_file_list: optarr("sccFileList") b"sccFileList" &ti::ARRAY_OF_CSCC_FILE_RECORD,
        custom_field_list: optarr("customFieldList") b"customFieldList" &ti::ARRAY_OF_C_FIELD,
        event_list: optarr("eventList") b"eventList" &ti::ARRAY_OF_C_EVENT,
        version_list: optarr("versionList") b"versionList" &ti::ARRAY_OF_C_VERSION_INFO,
        date_time_created: opt("dateTimeCreated") b"dateTimeCreated" &ti::XSD_DATE_TIME,
        created_by_user: opt("createdByUser") b"createdByUser" &ti::XSD_STRING,
        location_added_from: opt("locationAddedFrom") b"locationAddedFrom" &ti::XSD_STRING,
        modified_by_user: opt("modifiedByUser") b"modifiedByUser" &ti::XSD_STRING,
        date_time_modified: opt("dateTimeModified") b"dateTimeModified" &ti::XSD_DATE_TIME,
        actual_hours: opt("actualHours") b"actualHours" &ti::XSD_DOUBLE,
        estimated_hours: opt("estimatedHours") b"estimatedHours" &ti::XSD_DOUBLE,
        remaining_hours: opt("remainingHours") b"remainingHours" &ti::XSD_DOUBLE,
        variance: opt("variance") b"variance" &ti::XSD_DOUBLE,
        story_points: opt("storyPoints") b"storyPoints" &ti::XSD_LONG,
        percent_done: opt("percentDone") b"percentDone" &ti::XSD_LONG
    }
);
/// `ttns:CRequirementDocument`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CRequirementDocument {
    pub recordid: i64,
    pub number: Option<i64>,
    pub name: Option<String>,
    pub description: Option<String>,
    /// `descriptionInlineAttachList`
    pub description_inline_attach_list: Vec<CFileAttachment>,
    pub state: Option<String>,
    /// `attachmentList`
    pub attachment_list: Vec<CFileAttachment>,
    /// `sccFileList`
    pub scc_file_list: Vec<CSCCFileRecord>,
    /// `customFieldList`
    pub custom_field_list: Vec<AnyCField>,
    /// `eventList`
    pub event_list: Vec<AnyCEvent>,
    /// `snapshotList`
    pub snapshot_list: Vec<CSnapshotInfo>,
    /// `dateTimeCreated`
    pub date_time_created: Option<ttsoap::DateTime>,
    /// `createdByUser`
    pub created_by_user: Option<String>,
    /// `locationAddedFrom`
    pub location_added_from: Option<String>,
    /// `modifiedByUser`
    pub modified_by_user: Option<String>,
    /// `dateTimeModified`
    pub date_time_modified: Option<ttsoap::DateTime>,
    /// `actualHours`
    pub actual_hours: Option<f64>,
    /// `estimatedHours`
    pub estimated_hours: Option<f64>,
    /// `remainingHours`
    pub remaining_hours: Option<f64>,
    pub variance: Option<f64>,
    /// `storyPoints`
    pub story_points: Option<i64>,
    /// `percentDone`
    pub percent_done: Option<i64>,
}
ttsoap::__struct!(
    CRequirementDocument,
    "ttns:CRequirementDocument",
    "CRequirementDocument",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        number: opt("number") b"number" &ti::XSD_LONG,
        name: opt("name") b"name" &ti::XSD_STRING,
        description: opt("description") b"description" &ti::XSD_STRING,
        description_inline_attach_list: optarr("descriptionInlineAttachList") b"descriptionInlineAttachList" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        state: opt("state") b"state" &ti::XSD_STRING,
        attachment_list: optarr("attachmentList") b"attachmentList" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        scc_file_list: optarr("sccFileList") b"sccFileList" &ti::ARRAY_OF_CSCC_FILE_RECORD,
        custom_field_list: optarr("customFieldList") b"customFieldList" &ti::ARRAY_OF_C_FIELD,
        event_list: optarr("eventList") b"eventList" &ti::ARRAY_OF_C_EVENT,
        snapshot_list: optarr("snapshotList") b"snapshotList" &ti::ARRAY_OF_C_SNAPSHOT_INFO,
        date_time_created: opt("dateTimeCreated") b"dateTimeCreated" &ti::XSD_DATE_TIME,
        created_by_user: opt("createdByUser") b"createdByUser" &ti::XSD_STRING,
        location_added_from: opt("locationAddedFrom") b"locationAddedFrom" &ti::XSD_STRING,
        modified_by_user: opt("modifiedByUser") b"modifiedByUser" &ti::XSD_STRING,
        date_time_modified: opt("dateTimeModified") b"dateTimeModified" &ti::XSD_DATE_TIME,
        actual_hours: opt("actualHours") b"actualHours" &ti::XSD_DOUBLE,
        estimated_hours: opt("estimatedHours") b"estimatedHours" &ti::XSD_DOUBLE,
        remaining_hours: opt("remainingHours") b"remainingHours" &ti::XSD_DOUBLE,
        variance: opt("variance") b"variance" &ti::XSD_DOUBLE,
        story_points: opt("storyPoints") b"storyPoints" &ti::XSD_LONG,
        percent_done: opt("percentDone") b"percentDone" &ti::XSD_LONG
    }
);
/// Inherits from CItemWithDBRecordID. Stores the source control information about files associated with the record. Structure is an extension of the CItemWithDBRecordID structure because the server tracks a unique CSSCFileRecord for each source control file associated with a record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CSCCFileRecord {
    pub recordid: i64,
    /// `m-strFileName`
    pub m_str_file_name: Option<String>,
    /// `m-strFixedRevision`
    pub m_str_fixed_revision: Option<String>,
    /// `m-dateFixedTimestamp`
    pub m_date_fixed_timestamp: Option<ttsoap::DateTime>,
    /// `m-strType`
    pub m_str_type: Option<String>,
    /// `m-scriptOrder`
    pub m_script_order: Option<i64>,
    /// `m-strScriptState`
    pub m_str_script_state: Option<String>,
}
ttsoap::__struct!(
    CSCCFileRecord,
    "ttns:CSCCFileRecord",
    "CSCCFileRecord",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        m_str_file_name: nil("m-strFileName") b"m-strFileName" &ti::XSD_STRING,
        m_str_fixed_revision: opt("m-strFixedRevision") b"m-strFixedRevision" &ti::XSD_STRING,
        m_date_fixed_timestamp: opt("m-dateFixedTimestamp") b"m-dateFixedTimestamp" &ti::XSD_DATE_TIME,
        m_str_type: opt("m-strType") b"m-strType" &ti::XSD_STRING,
        m_script_order: opt("m-scriptOrder") b"m-scriptOrder" &ti::XSD_LONG,
        m_str_script_state: opt("m-strScriptState") b"m-strScriptState" &ti::XSD_STRING
    }
);
/// `ttns:CScheduleInfo`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CScheduleInfo {
    pub startdate: Option<ttsoap::Date>,
    pub enddate: Option<ttsoap::Date>,
    pub includeweekends: Option<bool>,
    pub nonworkingdays: Option<i64>,
    pub hoursperday: Option<f64>,
    pub ptohours: Option<f64>,
    pub usersavailable: Option<f64>,
    pub storypoints: Option<i64>,
}
ttsoap::__struct!(
    CScheduleInfo,
    "ttns:CScheduleInfo",
    "CScheduleInfo",
    plain {
        startdate: opt("startdate") b"startdate" &ti::XSD_DATE,
        enddate: opt("enddate") b"enddate" &ti::XSD_DATE,
        includeweekends: opt("includeweekends") b"includeweekends" &ti::XSD_BOOLEAN,
        nonworkingdays: opt("nonworkingdays") b"nonworkingdays" &ti::XSD_LONG,
        hoursperday: opt("hoursperday") b"hoursperday" &ti::XSD_DOUBLE,
        ptohours: opt("ptohours") b"ptohours" &ti::XSD_DOUBLE,
        usersavailable: opt("usersavailable") b"usersavailable" &ti::XSD_DOUBLE,
        storypoints: opt("storypoints") b"storypoints" &ti::XSD_LONG
    }
);
/// `ttns:CSnapshotInfo`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CSnapshotInfo {
    /// `versionNumber`
    pub version_number: Option<i64>,
    /// `createdByUser`
    pub created_by_user: Option<String>,
    /// `dateTimeCreated`
    pub date_time_created: Option<String>,
    pub label: Option<String>,
    pub comment: Option<String>,
}
ttsoap::__struct!(
    CSnapshotInfo,
    "ttns:CSnapshotInfo",
    "CSnapshotInfo",
    plain {
        version_number: opt("versionNumber") b"versionNumber" &ti::XSD_LONG,
        created_by_user: opt("createdByUser") b"createdByUser" &ti::XSD_STRING,
        date_time_created: opt("dateTimeCreated") b"dateTimeCreated" &ti::XSD_STRING,
        label: opt("label") b"label" &ti::XSD_STRING,
        comment: opt("comment") b"comment" &ti::XSD_STRING
    }
);
/// `ttns:CStringField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CStringField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: Option<String>,
    /// `isMultilineString`
    pub is_multiline_string: Option<bool>,
    /// `containsFormatting`
    pub contains_formatting: Option<bool>,
    /// `inlineAttachmentList`
    pub inline_attachment_list: Vec<CFileAttachment>,
}
ttsoap::__struct!(
    CStringField,
    "ttns:CStringField",
    "CStringField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        value: opt("value") b"value" &ti::XSD_STRING,
        is_multiline_string: opt("isMultilineString") b"isMultilineString" &ti::XSD_BOOLEAN,
        contains_formatting: opt("containsFormatting") b"containsFormatting" &ti::XSD_BOOLEAN,
        inline_attachment_list: optarr("inlineAttachmentList") b"inlineAttachmentList" &ti::ARRAY_OF_C_FILE_ATTACHMENT
    }
);
/// `ttns:CSystem`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CSystem {
    pub recordid: i64,
    pub systemname: Option<String>,
    pub computermodel: Option<String>,
    pub computerbrand: Option<String>,
    pub cputype: Option<String>,
    pub cpuspeed: Option<String>,
    pub harddisktype: Option<String>,
    pub harddisksize: Option<String>,
    pub ramsize: Option<String>,
    pub romsize: Option<String>,
    pub osname: Option<String>,
    pub osversion: Option<String>,
    pub videoname: Option<String>,
    pub hascdrom: Option<bool>,
    pub cdrommodel: Option<String>,
    pub hasscanner: Option<bool>,
    pub scannermodel: Option<String>,
    pub hasmodem: Option<bool>,
    pub modemmodel: Option<String>,
    pub hasprinter: Option<bool>,
    pub printermodel: Option<String>,
    pub otherhardware: Option<String>,
    pub hasmultiplemonitors: Option<bool>,
}
ttsoap::__struct!(
    CSystem,
    "ttns:CSystem",
    "CSystem",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        systemname: nil("systemname") b"systemname" &ti::XSD_STRING,
        computermodel: opt("computermodel") b"computermodel" &ti::XSD_STRING,
        computerbrand: opt("computerbrand") b"computerbrand" &ti::XSD_STRING,
        cputype: opt("cputype") b"cputype" &ti::XSD_STRING,
        cpuspeed: opt("cpuspeed") b"cpuspeed" &ti::XSD_STRING,
        harddisktype: opt("harddisktype") b"harddisktype" &ti::XSD_STRING,
        harddisksize: opt("harddisksize") b"harddisksize" &ti::XSD_STRING,
        ramsize: opt("ramsize") b"ramsize" &ti::XSD_STRING,
        romsize: opt("romsize") b"romsize" &ti::XSD_STRING,
        osname: opt("osname") b"osname" &ti::XSD_STRING,
        osversion: opt("osversion") b"osversion" &ti::XSD_STRING,
        videoname: opt("videoname") b"videoname" &ti::XSD_STRING,
        hascdrom: opt("hascdrom") b"hascdrom" &ti::XSD_BOOLEAN,
        cdrommodel: opt("cdrommodel") b"cdrommodel" &ti::XSD_STRING,
        hasscanner: opt("hasscanner") b"hasscanner" &ti::XSD_BOOLEAN,
        scannermodel: opt("scannermodel") b"scannermodel" &ti::XSD_STRING,
        hasmodem: opt("hasmodem") b"hasmodem" &ti::XSD_BOOLEAN,
        modemmodel: opt("modemmodel") b"modemmodel" &ti::XSD_STRING,
        hasprinter: opt("hasprinter") b"hasprinter" &ti::XSD_BOOLEAN,
        printermodel: opt("printermodel") b"printermodel" &ti::XSD_STRING,
        otherhardware: opt("otherhardware") b"otherhardware" &ti::XSD_STRING,
        hasmultiplemonitors: opt("hasmultiplemonitors") b"hasmultiplemonitors" &ti::XSD_BOOLEAN
    }
);
/// `ttns:CSystemBase`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CSystemBase {
    pub recordid: i64,
    pub systemname: Option<String>,
}
ttsoap::__struct!(
    CSystemBase,
    "ttns:CSystemBase",
    "CSystemBase",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        systemname: nil("systemname") b"systemname" &ti::XSD_STRING
    }
);
/// Any value of the `ttns:CSystemBase` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCSystemBase {
    /// `CSystemBase`
    CSystemBase(CSystemBase),
    /// `CSystem`
    CSystem(CSystem),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCSystemBase {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CSystemBase(_) => "CSystemBase",
            Self::CSystem(_) => "CSystem",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `recordid` of any member; `None` for `Unknown`.
    pub fn recordid(&self) -> Option<&i64> {
        match self {
            Self::CSystemBase(x) => Some(&x.recordid),
            Self::CSystem(x) => Some(&x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `recordid` of any member, to change; `None` for `Unknown`.
    pub fn recordid_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::CSystemBase(x) => Some(&mut x.recordid),
            Self::CSystem(x) => Some(&mut x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `systemname` of any member; `None` for `Unknown`.
    pub fn systemname(&self) -> Option<&String> {
        match self {
            Self::CSystemBase(x) => x.systemname.as_ref(),
            Self::CSystem(x) => x.systemname.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `systemname` of any member, to change; `None` for `Unknown`.
    pub fn systemname_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CSystemBase(x) => Some(&mut x.systemname),
            Self::CSystem(x) => Some(&mut x.systemname),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CSystemBase` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CSystemBase> {
        match self {
            Self::CSystemBase(x) => {
                Some(CSystemBase {
                    recordid: x.recordid.clone(),
                    systemname: x.systemname.clone(),
                })
            }
            Self::CSystem(x) => {
                Some(CSystemBase {
                    recordid: x.recordid.clone(),
                    systemname: x.systemname.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCSystemBase {
    fn default() -> Self {
        Self::CSystemBase(Default::default())
    }
}
impl From<CSystemBase> for AnyCSystemBase {
    fn from(x: CSystemBase) -> Self {
        Self::CSystemBase(x)
    }
}
impl From<CSystem> for AnyCSystemBase {
    fn from(x: CSystem) -> Self {
        Self::CSystem(x)
    }
}
impl ttsoap::Encode for AnyCSystemBase {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CSystemBase(x) => x.encode(name, ty, w),
            Self::CSystem(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCSystemBase {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CSystemBase") => 1usize,
            Some("CSystem") => 2usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => Ok(Self::CSystemBase(<CSystemBase as ttsoap::Decode>::decode(r, el)?)),
            1usize => {
                Ok(Self::CSystemBase(<CSystemBase as ttsoap::Decode>::decode(r, el)?))
            }
            2usize => Ok(Self::CSystem(<CSystem as ttsoap::Decode>::decode(r, el)?)),
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// `ttns:CTTVersionInfo`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTTVersionInfo {
    /// `serverVersion`
    pub server_version: Option<String>,
    /// `cgiVersion`
    pub cgi_version: Option<String>,
}
ttsoap::__struct!(
    CTTVersionInfo,
    "ttns:CTTVersionInfo",
    "CTTVersionInfo",
    plain {
        server_version: opt("serverVersion") b"serverVersion" &ti::XSD_STRING,
        cgi_version: opt("cgiVersion") b"cgiVersion" &ti::XSD_STRING
    }
);
/// Stores the name of a field that can be retrieved via list operations. Used by getColumnsForTable to return the list of columns that can be retrieved for a table. Structure is also used by getRecordListForTable to return an array of fields for objects in a table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTableColumn {
    pub name: Option<String>,
}
ttsoap::__struct!(
    CTableColumn,
    "ttns:CTableColumn",
    "CTableColumn",
    plain {
        name: nil("name") b"name" &ti::XSD_STRING
    }
);
/// Stores the name of a field with a discrete range of values. Used by getDropdownFieldForTable to return an array of field name values. For example, structure can be used for fields represented by a combo box.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTableField {
    pub name: Option<String>,
}
ttsoap::__struct!(
    CTableField,
    "ttns:CTableField",
    "CTableField",
    plain {
        name: nil("name") b"name" &ti::XSD_STRING
    }
);
/// Inherits from CItemToTrack. Stores task fields tracked by the TestTrack Server. The addTask, editTask, getTask, and saveTask requests use this structure.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTask {
    pub recordid: i64,
    pub status: Option<String>,
    pub priority: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub datedue: Option<ttsoap::Date>,
    pub dateassigned: Option<ttsoap::Date>,
    pub versiondue: Option<String>,
    pub assignedto: Option<String>,
    pub assignedby: Option<String>,
    pub assigneddefect: Option<i64>,
}
ttsoap::__struct!(
    CTask,
    "ttns:CTask",
    "CTask",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        status: opt("status") b"status" &ti::XSD_STRING,
        priority: opt("priority") b"priority" &ti::XSD_STRING,
        summary: opt("summary") b"summary" &ti::XSD_STRING,
        description: opt("description") b"description" &ti::XSD_STRING,
        datedue: opt("datedue") b"datedue" &ti::XSD_DATE,
        dateassigned: opt("dateassigned") b"dateassigned" &ti::XSD_DATE,
        versiondue: opt("versiondue") b"versiondue" &ti::XSD_STRING,
        assignedto: opt("assignedto") b"assignedto" &ti::XSD_STRING,
        assignedby: opt("assignedby") b"assignedby" &ti::XSD_STRING,
        assigneddefect: opt("assigneddefect") b"assigneddefect" &ti::XSD_LONG
    }
);
/// Inherits from CItemToTrack. Stores the fields that comprise a test case. NOTE: Problem statements added to test runs with the steps in grid mode will be added as the last element in the grid. If you want to insert problem statements (steps, comments or expected results) into the grid, use the following mark up characters, which are only valid if they are the first letter after a new line: Asterisk(*)- indicates the beginning of a new step; Plus sign (+) - indicates the expected result of the previous step; Pound sign (#) - indicates a comment line
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTestCase {
    pub recordid: i64,
    pub testcasenumber: Option<i64>,
    pub summary: Option<String>,
    pub state: Option<String>,
    pub createdbyuser: Option<String>,
    pub datetimecreated: Option<ttsoap::DateTime>,
    pub locationaddedfrom: Option<String>,
    pub modifiedbyuser: Option<String>,
    pub datetimemodified: Option<ttsoap::DateTime>,
    /// `customFieldList`
    pub custom_field_list: Vec<AnyCField>,
    pub eventlist: Vec<AnyCEvent>,
    pub actualhours: Option<f64>,
    pub estimatedhours: Option<f64>,
    pub remaininghours: Option<f64>,
    pub variance: Option<f64>,
    pub storypoints: Option<i64>,
    pub percentdone: Option<i64>,
    /// `type`
    pub type_: Option<String>,
    pub testrunstepsmode: Option<String>,
    pub isautomated: Option<bool>,
    pub estimatedtime: Option<String>,
    pub steps: Option<String>,
    /// `testVariants`
    pub test_variants: Vec<CTestCaseVariantField>,
    pub attachmentlist: Vec<CFileAttachment>,
    /// `sccFileList`
    pub scc_file_list: Vec<CSCCFileRecord>,
}
ttsoap::__struct!(
    CTestCase,
    "ttns:CTestCase",
    "CTestCase",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        testcasenumber: opt("testcasenumber") b"testcasenumber" &ti::XSD_LONG,
        summary: opt("summary") b"summary" &ti::XSD_STRING,
        state: opt("state") b"state" &ti::XSD_STRING,
        createdbyuser: opt("createdbyuser") b"createdbyuser" &ti::XSD_STRING,
        datetimecreated: opt("datetimecreated") b"datetimecreated" &ti::XSD_DATE_TIME,
        locationaddedfrom: opt("locationaddedfrom") b"locationaddedfrom" &ti::XSD_STRING,
        modifiedbyuser: opt("modifiedbyuser") b"modifiedbyuser" &ti::XSD_STRING,
        datetimemodified: opt("datetimemodified") b"datetimemodified" &ti::XSD_DATE_TIME,
        custom_field_list: optarr("customFieldList") b"customFieldList" &ti::ARRAY_OF_C_FIELD,
        eventlist: optarr("eventlist") b"eventlist" &ti::ARRAY_OF_C_EVENT,
        actualhours: opt("actualhours") b"actualhours" &ti::XSD_DOUBLE,
        estimatedhours: opt("estimatedhours") b"estimatedhours" &ti::XSD_DOUBLE,
        remaininghours: opt("remaininghours") b"remaininghours" &ti::XSD_DOUBLE,
        variance: opt("variance") b"variance" &ti::XSD_DOUBLE,
        storypoints: opt("storypoints") b"storypoints" &ti::XSD_LONG,
        percentdone: opt("percentdone") b"percentdone" &ti::XSD_LONG,
        type_: opt("type") b"type" &ti::XSD_STRING,
        testrunstepsmode: opt("testrunstepsmode") b"testrunstepsmode" &ti::XSD_STRING,
        isautomated: opt("isautomated") b"isautomated" &ti::XSD_BOOLEAN,
        estimatedtime: opt("estimatedtime") b"estimatedtime" &ti::XSD_STRING,
        steps: opt("steps") b"steps" &ti::XSD_STRING,
        test_variants: optarr("testVariants") b"testVariants" &ti::ARRAY_OF_C_TEST_CASE_VARIANT_FIELD,
        attachmentlist: optarr("attachmentlist") b"attachmentlist" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        scc_file_list: optarr("sccFileList") b"sccFileList" &ti::ARRAY_OF_CSCC_FILE_RECORD
    }
);
/// Inherits from CMultiSelectDropdownfield. Extends CMultiSelectDropdownField. Stores any additional test variants added to a test case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTestCaseVariantField {
    pub recordid: i64,
    pub name: Option<String>,
    pub values: Vec<CFieldValue>,
    /// `dropdownValues`
    pub dropdown_values: Vec<CFieldValue>,
    /// `type`
    pub type_: Option<String>,
}
ttsoap::__struct!(
    CTestCaseVariantField,
    "ttns:CTestCaseVariantField",
    "CTestCaseVariantField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        values: optarr("values") b"values" &ti::ARRAY_OF_C_FIELD_VALUE,
        dropdown_values: optarr("dropdownValues") b"dropdownValues" &ti::ARRAY_OF_C_FIELD_VALUE,
        type_: nil("type") b"type" &ti::XSD_STRING
    }
);
/// Inherits from CItemToTrack. Stores the fields that comprise a test run. NOTE: Problem statements added to test runs with the steps in grid mode will be added as the last element in the grid. If you want to insert problem statements (steps, comments or expected results) into the grid, use the following mark up characters, which are only valid if they are the first letter after a new line: Asterisk(*)- indicates the beginning of a new step; Plus sign (+) - indicates the expected result of the previous step; Pound sign (#) - indicates a comment line; Exclamation point (!) - indicates a problem statement
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTestRun {
    pub recordid: i64,
    pub testrunnumber: Option<i64>,
    pub summary: Option<String>,
    pub state: Option<String>,
    pub createdbyuser: Option<String>,
    pub datetimecreated: Option<ttsoap::DateTime>,
    pub locationaddedfrom: Option<String>,
    pub modifiedbyuser: Option<String>,
    pub datetimemodified: Option<ttsoap::DateTime>,
    /// `customFieldList`
    pub custom_field_list: Vec<AnyCField>,
    pub eventlist: Vec<AnyCEvent>,
    pub actualhours: Option<f64>,
    pub estimatedhours: Option<f64>,
    pub remaininghours: Option<f64>,
    pub variance: Option<f64>,
    pub storypoints: Option<i64>,
    pub percentdone: Option<i64>,
    pub testcasenumber: Option<i64>,
    pub testcaserecordid: Option<i64>,
    /// `type`
    pub type_: Option<String>,
    pub testrunset: Option<String>,
    pub isautomated: Option<bool>,
    pub estimatedtime: Option<String>,
    pub steps: Option<String>,
    pub problemstatement: Option<String>,
    /// `testVariants`
    pub test_variants: Vec<CTestCaseVariantField>,
    pub attachmentlist: Vec<CFileAttachment>,
    /// `sccFileList`
    pub scc_file_list: Vec<CSCCFileRecord>,
    pub stepsmode: Option<String>,
}
ttsoap::__struct!(
    CTestRun,
    "ttns:CTestRun",
    "CTestRun",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        testrunnumber: opt("testrunnumber") b"testrunnumber" &ti::XSD_LONG,
        summary: opt("summary") b"summary" &ti::XSD_STRING,
        state: opt("state") b"state" &ti::XSD_STRING,
        createdbyuser: opt("createdbyuser") b"createdbyuser" &ti::XSD_STRING,
        datetimecreated: opt("datetimecreated") b"datetimecreated" &ti::XSD_DATE_TIME,
        locationaddedfrom: opt("locationaddedfrom") b"locationaddedfrom" &ti::XSD_STRING,
        modifiedbyuser: opt("modifiedbyuser") b"modifiedbyuser" &ti::XSD_STRING,
        datetimemodified: opt("datetimemodified") b"datetimemodified" &ti::XSD_DATE_TIME,
        custom_field_list: optarr("customFieldList") b"customFieldList" &ti::ARRAY_OF_C_FIELD,
        eventlist: optarr("eventlist") b"eventlist" &ti::ARRAY_OF_C_EVENT,
        actualhours: opt("actualhours") b"actualhours" &ti::XSD_DOUBLE,
        estimatedhours: opt("estimatedhours") b"estimatedhours" &ti::XSD_DOUBLE,
        remaininghours: opt("remaininghours") b"remaininghours" &ti::XSD_DOUBLE,
        variance: opt("variance") b"variance" &ti::XSD_DOUBLE,
        storypoints: opt("storypoints") b"storypoints" &ti::XSD_LONG,
        percentdone: opt("percentdone") b"percentdone" &ti::XSD_LONG,
        testcasenumber: opt("testcasenumber") b"testcasenumber" &ti::XSD_LONG,
        testcaserecordid: opt("testcaserecordid") b"testcaserecordid" &ti::XSD_LONG,
        type_: opt("type") b"type" &ti::XSD_STRING,
        testrunset: opt("testrunset") b"testrunset" &ti::XSD_STRING,
        isautomated: opt("isautomated") b"isautomated" &ti::XSD_BOOLEAN,
        estimatedtime: opt("estimatedtime") b"estimatedtime" &ti::XSD_STRING,
        steps: opt("steps") b"steps" &ti::XSD_STRING,
        problemstatement: opt("problemstatement") b"problemstatement" &ti::XSD_STRING,
        test_variants: optarr("testVariants") b"testVariants" &ti::ARRAY_OF_C_TEST_CASE_VARIANT_FIELD,
        attachmentlist: optarr("attachmentlist") b"attachmentlist" &ti::ARRAY_OF_C_FILE_ATTACHMENT,
        scc_file_list: optarr("sccFileList") b"sccFileList" &ti::ARRAY_OF_CSCC_FILE_RECORD,
        stepsmode: opt("stepsmode") b"stepsmode" &ti::XSD_STRING
    }
);
/// Inherits from CMultiSelectDropdownfield. Extends CMultiSelectDropdownField. Stores any additional test variants added to a test run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTestRunVariantField {
    pub recordid: i64,
    pub name: Option<String>,
    pub values: Vec<CFieldValue>,
    /// `dropdownValues`
    pub dropdown_values: Vec<CFieldValue>,
}
ttsoap::__struct!(
    CTestRunVariantField,
    "ttns:CTestRunVariantField",
    "CTestRunVariantField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        values: optarr("values") b"values" &ti::ARRAY_OF_C_FIELD_VALUE,
        dropdown_values: optarr("dropdownValues") b"dropdownValues" &ti::ARRAY_OF_C_FIELD_VALUE
    }
);
/// Any value of the `ttns:CTestRunVariantField` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCTestRunVariantField {
    /// `CTestRunVariantField`
    CTestRunVariantField(CTestRunVariantField),
    /// `CTestCaseVariantField`
    CTestCaseVariantField(CTestCaseVariantField),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCTestRunVariantField {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CTestRunVariantField(_) => "CTestRunVariantField",
            Self::CTestCaseVariantField(_) => "CTestCaseVariantField",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `recordid` of any member; `None` for `Unknown`.
    pub fn recordid(&self) -> Option<&i64> {
        match self {
            Self::CTestRunVariantField(x) => Some(&x.recordid),
            Self::CTestCaseVariantField(x) => Some(&x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `recordid` of any member, to change; `None` for `Unknown`.
    pub fn recordid_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::CTestRunVariantField(x) => Some(&mut x.recordid),
            Self::CTestCaseVariantField(x) => Some(&mut x.recordid),
            Self::Unknown(_) => None,
        }
    }
    /// `name` of any member; `None` for `Unknown`.
    pub fn name(&self) -> Option<&String> {
        match self {
            Self::CTestRunVariantField(x) => x.name.as_ref(),
            Self::CTestCaseVariantField(x) => x.name.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `name` of any member, to change; `None` for `Unknown`.
    pub fn name_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CTestRunVariantField(x) => Some(&mut x.name),
            Self::CTestCaseVariantField(x) => Some(&mut x.name),
            Self::Unknown(_) => None,
        }
    }
    /// `values` of any member; `None` for `Unknown`.
    pub fn values(&self) -> Option<&Vec<CFieldValue>> {
        match self {
            Self::CTestRunVariantField(x) => Some(&x.values),
            Self::CTestCaseVariantField(x) => Some(&x.values),
            Self::Unknown(_) => None,
        }
    }
    /// `values` of any member, to change; `None` for `Unknown`.
    pub fn values_mut(&mut self) -> Option<&mut Vec<CFieldValue>> {
        match self {
            Self::CTestRunVariantField(x) => Some(&mut x.values),
            Self::CTestCaseVariantField(x) => Some(&mut x.values),
            Self::Unknown(_) => None,
        }
    }
    /// `dropdownValues` of any member; `None` for `Unknown`.
    pub fn dropdown_values(&self) -> Option<&Vec<CFieldValue>> {
        match self {
            Self::CTestRunVariantField(x) => Some(&x.dropdown_values),
            Self::CTestCaseVariantField(x) => Some(&x.dropdown_values),
            Self::Unknown(_) => None,
        }
    }
    /// `dropdownValues` of any member, to change; `None` for `Unknown`.
    pub fn dropdown_values_mut(&mut self) -> Option<&mut Vec<CFieldValue>> {
        match self {
            Self::CTestRunVariantField(x) => Some(&mut x.dropdown_values),
            Self::CTestCaseVariantField(x) => Some(&mut x.dropdown_values),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CTestRunVariantField` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CTestRunVariantField> {
        match self {
            Self::CTestRunVariantField(x) => {
                Some(CTestRunVariantField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                    values: x.values.clone(),
                    dropdown_values: x.dropdown_values.clone(),
                })
            }
            Self::CTestCaseVariantField(x) => {
                Some(CTestRunVariantField {
                    recordid: x.recordid.clone(),
                    name: x.name.clone(),
                    values: x.values.clone(),
                    dropdown_values: x.dropdown_values.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCTestRunVariantField {
    fn default() -> Self {
        Self::CTestRunVariantField(Default::default())
    }
}
impl From<CTestRunVariantField> for AnyCTestRunVariantField {
    fn from(x: CTestRunVariantField) -> Self {
        Self::CTestRunVariantField(x)
    }
}
impl From<CTestCaseVariantField> for AnyCTestRunVariantField {
    fn from(x: CTestCaseVariantField) -> Self {
        Self::CTestCaseVariantField(x)
    }
}
impl ttsoap::Encode for AnyCTestRunVariantField {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CTestRunVariantField(x) => x.encode(name, ty, w),
            Self::CTestCaseVariantField(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCTestRunVariantField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CTestRunVariantField") => 1usize,
            Some("CTestCaseVariantField") => 2usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => {
                Ok(
                    Self::CTestRunVariantField(
                        <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            1usize => {
                Ok(
                    Self::CTestRunVariantField(
                        <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            2usize => {
                Ok(
                    Self::CTestCaseVariantField(
                        <CTestCaseVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// `ttns:CTimespanField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTimespanField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: f64,
    pub unit: Option<String>,
}
ttsoap::__struct!(
    CTimespanField,
    "ttns:CTimespanField",
    "CTimespanField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        value: req("value") b"value" &ti::XSD_DOUBLE,
        unit: nil("unit") b"unit" &ti::XSD_STRING
    }
);
/// `ttns:CTreeNodeSoap`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTreeNodeSoap {
    /// `entityTableName`
    pub entity_table_name: Option<String>,
    /// `entityRecordID`
    pub entity_record_id: i64,
    /// `childList`
    pub child_list: Vec<AnyCTreeNodeSoap>,
}
ttsoap::__struct!(
    CTreeNodeSoap,
    "ttns:CTreeNodeSoap",
    "CTreeNodeSoap",
    plain {
        entity_table_name: opt("entityTableName") b"entityTableName" &ti::XSD_STRING,
        entity_record_id: req("entityRecordID") b"entityRecordID" &ti::XSD_LONG,
        child_list: optarr("childList") b"childList" &ti::ARRAY_OF_C_TREE_NODE_SOAP
    }
);
/// Any value of the `ttns:CTreeNodeSoap` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCTreeNodeSoap {
    /// `CTreeNodeSoap`
    CTreeNodeSoap(CTreeNodeSoap),
    /// `CDocumentTreeNode`
    CDocumentTreeNode(CDocumentTreeNode),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCTreeNodeSoap {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CTreeNodeSoap(_) => "CTreeNodeSoap",
            Self::CDocumentTreeNode(_) => "CDocumentTreeNode",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `entityTableName` of any member; `None` for `Unknown`.
    pub fn entity_table_name(&self) -> Option<&String> {
        match self {
            Self::CTreeNodeSoap(x) => x.entity_table_name.as_ref(),
            Self::CDocumentTreeNode(x) => x.entity_table_name.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `entityTableName` of any member, to change; `None` for `Unknown`.
    pub fn entity_table_name_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CTreeNodeSoap(x) => Some(&mut x.entity_table_name),
            Self::CDocumentTreeNode(x) => Some(&mut x.entity_table_name),
            Self::Unknown(_) => None,
        }
    }
    /// `entityRecordID` of any member; `None` for `Unknown`.
    pub fn entity_record_id(&self) -> Option<&i64> {
        match self {
            Self::CTreeNodeSoap(x) => Some(&x.entity_record_id),
            Self::CDocumentTreeNode(x) => Some(&x.entity_record_id),
            Self::Unknown(_) => None,
        }
    }
    /// `entityRecordID` of any member, to change; `None` for `Unknown`.
    pub fn entity_record_id_mut(&mut self) -> Option<&mut i64> {
        match self {
            Self::CTreeNodeSoap(x) => Some(&mut x.entity_record_id),
            Self::CDocumentTreeNode(x) => Some(&mut x.entity_record_id),
            Self::Unknown(_) => None,
        }
    }
    /// `childList` of any member; `None` for `Unknown`.
    pub fn child_list(&self) -> Option<&Vec<AnyCTreeNodeSoap>> {
        match self {
            Self::CTreeNodeSoap(x) => Some(&x.child_list),
            Self::CDocumentTreeNode(x) => Some(&x.child_list),
            Self::Unknown(_) => None,
        }
    }
    /// `childList` of any member, to change; `None` for `Unknown`.
    pub fn child_list_mut(&mut self) -> Option<&mut Vec<AnyCTreeNodeSoap>> {
        match self {
            Self::CTreeNodeSoap(x) => Some(&mut x.child_list),
            Self::CDocumentTreeNode(x) => Some(&mut x.child_list),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CTreeNodeSoap` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CTreeNodeSoap> {
        match self {
            Self::CTreeNodeSoap(x) => {
                Some(CTreeNodeSoap {
                    entity_table_name: x.entity_table_name.clone(),
                    entity_record_id: x.entity_record_id.clone(),
                    child_list: x.child_list.clone(),
                })
            }
            Self::CDocumentTreeNode(x) => {
                Some(CTreeNodeSoap {
                    entity_table_name: x.entity_table_name.clone(),
                    entity_record_id: x.entity_record_id.clone(),
                    child_list: x.child_list.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCTreeNodeSoap {
    fn default() -> Self {
        Self::CTreeNodeSoap(Default::default())
    }
}
impl From<CTreeNodeSoap> for AnyCTreeNodeSoap {
    fn from(x: CTreeNodeSoap) -> Self {
        Self::CTreeNodeSoap(x)
    }
}
impl From<CDocumentTreeNode> for AnyCTreeNodeSoap {
    fn from(x: CDocumentTreeNode) -> Self {
        Self::CDocumentTreeNode(x)
    }
}
impl ttsoap::Encode for AnyCTreeNodeSoap {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CTreeNodeSoap(x) => x.encode(name, ty, w),
            Self::CDocumentTreeNode(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCTreeNodeSoap {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CTreeNodeSoap") => 1usize,
            Some("CDocumentTreeNode") => 2usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => {
                Ok(
                    Self::CTreeNodeSoap(
                        <CTreeNodeSoap as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            1usize => {
                Ok(
                    Self::CTreeNodeSoap(
                        <CTreeNodeSoap as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            2usize => {
                Ok(
                    Self::CDocumentTreeNode(
                        <CDocumentTreeNode as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// Inherits from CItemToTrack. Contains all user object fields stored in TestTrack. Used by the addUser, editUser, getUser, saveUser, addCustomer, editCustomer, getCustomer and saveCustomer requests. Use getDropdownFieldValuesForTable to get the allowed values for the security group and email type fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CUser {
    pub recordid: i64,
    pub firstname: Option<String>,
    pub middleinitials: Option<String>,
    pub lastname: Option<String>,
    pub usergroupname: Option<String>,
    pub company: Option<String>,
    pub division: Option<String>,
    pub department: Option<String>,
    pub emailtype: Option<String>,
    pub emailaddress: Option<String>,
    pub isactive: Option<bool>,
    pub iscustomer: Option<bool>,
    pub isglobal: Option<bool>,
    pub isactiveglobal: Option<bool>,
    /// `userLicense`
    pub user_license: Option<String>,
    /// `userLicenseTCM`
    pub user_license_tcm: Option<String>,
    /// `userLicenseRM`
    pub user_license_rm: Option<String>,
    /// `userLicenseRMReviewer`
    pub user_license_rm_reviewer: Option<String>,
    /// `userLicenseSuite`
    pub user_license_suite: Option<String>,
    pub password: Option<ttsoap::Password>,
    pub loginname: Option<String>,
    pub phoneone: Option<PhoneNumber>,
    pub phonetwo: Option<PhoneNumber>,
    pub notes: Option<String>,
    pub betasite: Option<bool>,
    pub address: Option<String>,
    pub testconfig: Option<CSystem>,
}
ttsoap::__struct!(
    CUser,
    "ttns:CUser",
    "CUser",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        firstname: opt("firstname") b"firstname" &ti::XSD_STRING,
        middleinitials: opt("middleinitials") b"middleinitials" &ti::XSD_STRING,
        lastname: opt("lastname") b"lastname" &ti::XSD_STRING,
        usergroupname: opt("usergroupname") b"usergroupname" &ti::XSD_STRING,
        company: opt("company") b"company" &ti::XSD_STRING,
        division: opt("division") b"division" &ti::XSD_STRING,
        department: opt("department") b"department" &ti::XSD_STRING,
        emailtype: opt("emailtype") b"emailtype" &ti::XSD_STRING,
        emailaddress: opt("emailaddress") b"emailaddress" &ti::XSD_STRING,
        isactive: opt("isactive") b"isactive" &ti::XSD_BOOLEAN,
        iscustomer: opt("iscustomer") b"iscustomer" &ti::XSD_BOOLEAN,
        isglobal: opt("isglobal") b"isglobal" &ti::XSD_BOOLEAN,
        isactiveglobal: opt("isactiveglobal") b"isactiveglobal" &ti::XSD_BOOLEAN,
        user_license: opt("userLicense") b"userLicense" &ti::XSD_STRING,
        user_license_tcm: opt("userLicenseTCM") b"userLicenseTCM" &ti::XSD_STRING,
        user_license_rm: opt("userLicenseRM") b"userLicenseRM" &ti::XSD_STRING,
        user_license_rm_reviewer: opt("userLicenseRMReviewer") b"userLicenseRMReviewer" &ti::XSD_STRING,
        user_license_suite: opt("userLicenseSuite") b"userLicenseSuite" &ti::XSD_STRING,
        password: opt("password") b"password" &ti::XSD_STRING,
        loginname: opt("loginname") b"loginname" &ti::XSD_STRING,
        phoneone: opt("phoneone") b"phoneone" &ti::PHONE_NUMBER,
        phonetwo: opt("phonetwo") b"phonetwo" &ti::PHONE_NUMBER,
        notes: opt("notes") b"notes" &ti::XSD_STRING,
        betasite: opt("betasite") b"betasite" &ti::XSD_BOOLEAN,
        address: opt("address") b"address" &ti::XSD_STRING,
        testconfig: opt("testconfig") b"testconfig" &ti::C_SYSTEM
    }
);
/// Contains Seapine License Server user license information.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CUserLicense {
    pub name: Option<String>,
    /// `numberUsed`
    pub number_used: Option<i32>,
    /// `numberTotal`
    pub number_total: Option<i32>,
}
ttsoap::__struct!(
    CUserLicense,
    "ttns:CUserLicense",
    "CUserLicense",
    plain {
        name: opt("name") b"name" &ti::XSD_STRING,
        number_used: opt("numberUsed") b"numberUsed" &ti::XSD_INT,
        number_total: opt("numberTotal") b"numberTotal" &ti::XSD_INT
    }
);
/// `ttns:CVersionField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CVersionField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: Option<String>,
}
ttsoap::__struct!(
    CVersionField,
    "ttns:CVersionField",
    "CVersionField",
    plain {
        recordid: req("recordid") b"recordid" &ti::XSD_LONG,
        name: nil("name") b"name" &ti::XSD_STRING,
        value: opt("value") b"value" &ti::XSD_STRING
    }
);
/// `ttns:CVersionInfo`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CVersionInfo {
    /// `versionNumber`
    pub version_number: Option<i64>,
    /// `createdByUser`
    pub created_by_user: Option<String>,
    /// `dateTimeCreated`
    pub date_time_created: Option<String>,
}
ttsoap::__struct!(
    CVersionInfo,
    "ttns:CVersionInfo",
    "CVersionInfo",
    plain {
        version_number: opt("versionNumber") b"versionNumber" &ti::XSD_LONG,
        created_by_user: opt("createdByUser") b"createdByUser" &ti::XSD_STRING,
        date_time_created: opt("dateTimeCreated") b"dateTimeCreated" &ti::XSD_STRING
    }
);
/// Any value of the `ttns:CVersionInfo` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyCVersionInfo {
    /// `CVersionInfo`
    CVersionInfo(CVersionInfo),
    /// `CSnapshotInfo`
    CSnapshotInfo(CSnapshotInfo),
    /// A subtype this code does not know, kept as received.
    Unknown(ttsoap::RawXml),
}
impl AnyCVersionInfo {
    /// The local name of the concrete type (`xsi:type`).
    pub fn type_name(&self) -> &str {
        match self {
            Self::CVersionInfo(_) => "CVersionInfo",
            Self::CSnapshotInfo(_) => "CSnapshotInfo",
            Self::Unknown(x) => x.type_name.rsplit(':').next().unwrap_or(""),
        }
    }
    /// `versionNumber` of any member; `None` for `Unknown`.
    pub fn version_number(&self) -> Option<&i64> {
        match self {
            Self::CVersionInfo(x) => x.version_number.as_ref(),
            Self::CSnapshotInfo(x) => x.version_number.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `versionNumber` of any member, to change; `None` for `Unknown`.
    pub fn version_number_mut(&mut self) -> Option<&mut Option<i64>> {
        match self {
            Self::CVersionInfo(x) => Some(&mut x.version_number),
            Self::CSnapshotInfo(x) => Some(&mut x.version_number),
            Self::Unknown(_) => None,
        }
    }
    /// `createdByUser` of any member; `None` for `Unknown`.
    pub fn created_by_user(&self) -> Option<&String> {
        match self {
            Self::CVersionInfo(x) => x.created_by_user.as_ref(),
            Self::CSnapshotInfo(x) => x.created_by_user.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `createdByUser` of any member, to change; `None` for `Unknown`.
    pub fn created_by_user_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CVersionInfo(x) => Some(&mut x.created_by_user),
            Self::CSnapshotInfo(x) => Some(&mut x.created_by_user),
            Self::Unknown(_) => None,
        }
    }
    /// `dateTimeCreated` of any member; `None` for `Unknown`.
    pub fn date_time_created(&self) -> Option<&String> {
        match self {
            Self::CVersionInfo(x) => x.date_time_created.as_ref(),
            Self::CSnapshotInfo(x) => x.date_time_created.as_ref(),
            Self::Unknown(_) => None,
        }
    }
    /// `dateTimeCreated` of any member, to change; `None` for `Unknown`.
    pub fn date_time_created_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Self::CVersionInfo(x) => Some(&mut x.date_time_created),
            Self::CSnapshotInfo(x) => Some(&mut x.date_time_created),
            Self::Unknown(_) => None,
        }
    }
    /// The base `ttns:CVersionInfo` fields of any member, copied; `None` for `Unknown`.
    pub fn base(&self) -> Option<CVersionInfo> {
        match self {
            Self::CVersionInfo(x) => {
                Some(CVersionInfo {
                    version_number: x.version_number.clone(),
                    created_by_user: x.created_by_user.clone(),
                    date_time_created: x.date_time_created.clone(),
                })
            }
            Self::CSnapshotInfo(x) => {
                Some(CVersionInfo {
                    version_number: x.version_number.clone(),
                    created_by_user: x.created_by_user.clone(),
                    date_time_created: x.date_time_created.clone(),
                })
            }
            Self::Unknown(_) => None,
        }
    }
}
impl Default for AnyCVersionInfo {
    fn default() -> Self {
        Self::CVersionInfo(Default::default())
    }
}
impl From<CVersionInfo> for AnyCVersionInfo {
    fn from(x: CVersionInfo) -> Self {
        Self::CVersionInfo(x)
    }
}
impl From<CSnapshotInfo> for AnyCVersionInfo {
    fn from(x: CSnapshotInfo) -> Self {
        Self::CSnapshotInfo(x)
    }
}
impl ttsoap::Encode for AnyCVersionInfo {
    fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
        match self {
            Self::CVersionInfo(x) => x.encode(name, ty, w),
            Self::CSnapshotInfo(x) => x.encode(name, ty, w),
            Self::Unknown(x) => x.encode(name, ty, w),
        }
    }
}
impl ttsoap::Decode for AnyCVersionInfo {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        let which: usize = match r.xsi_type_local(&el).as_deref() {
            None => 0,
            Some("CVersionInfo") => 1usize,
            Some("CSnapshotInfo") => 2usize,
            Some(_) => usize::MAX,
        };
        match which {
            0 => Ok(Self::CVersionInfo(<CVersionInfo as ttsoap::Decode>::decode(r, el)?)),
            1usize => {
                Ok(Self::CVersionInfo(<CVersionInfo as ttsoap::Decode>::decode(r, el)?))
            }
            2usize => {
                Ok(
                    Self::CSnapshotInfo(
                        <CSnapshotInfo as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            _ => Ok(Self::Unknown(r.raw(&el)?)),
        }
    }
    fn nil(
        r: &ttsoap::xml::XmlReader<'_>,
        el: &ttsoap::xml::Elem<'_>,
    ) -> Result<Self, ttsoap::DecodeError> {
        ttsoap::encoding::nil_as_default(r, el)
    }
}
/// `ttns:PhoneNumber`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PhoneNumber {
    pub numbertype: Option<String>,
    pub phonenumber: Option<String>,
}
ttsoap::__struct!(
    PhoneNumber,
    "ttns:PhoneNumber",
    "PhoneNumber",
    plain {
        numbertype: opt("numbertype") b"numbertype" &ti::XSD_STRING,
        phonenumber: opt("phonenumber") b"phonenumber" &ti::XSD_STRING
    }
);
/// Calls `v.visit::<T>(xml_name)` for every struct, enumeration and polymorphic family.
pub fn for_each_type(v: &mut impl ttsoap::encoding::TypeVisitor) {
    let _ = &v;
    v.visit::<CBooleanField>("CBooleanField");
    v.visit::<CDatabase>("CDatabase");
    v.visit::<CDatabaseTable>("CDatabaseTable");
    v.visit::<CDateField>("CDateField");
    v.visit::<CDateTimeField>("CDateTimeField");
    v.visit::<CDecimalField>("CDecimalField");
    v.visit::<CDefect>("CDefect");
    v.visit::<CDefectEvent>("CDefectEvent");
    v.visit::<CDefectEventDefinition>("CDefectEventDefinition");
    v.visit::<CDocumentTreeNode>("CDocumentTreeNode");
    v.visit::<CDropdownField>("CDropdownField");
    v.visit::<CEvent>("CEvent");
    v.visit::<AnyCEvent>("CEvent(any)");
    v.visit::<CEventDefinition>("CEventDefinition");
    v.visit::<AnyCEventDefinition>("CEventDefinition(any)");
    v.visit::<CField>("CField");
    v.visit::<AnyCField>("CField(any)");
    v.visit::<CFieldValue>("CFieldValue");
    v.visit::<CFile>("CFile");
    v.visit::<AnyCFile>("CFile(any)");
    v.visit::<CFileAttachment>("CFileAttachment");
    v.visit::<CFilter>("CFilter");
    v.visit::<CFolder>("CFolder");
    v.visit::<CFolderItem>("CFolderItem");
    v.visit::<CFolderType>("CFolderType");
    v.visit::<CGlobalUser>("CGlobalUser");
    v.visit::<CIntegerField>("CIntegerField");
    v.visit::<CItemHyperlinkContainer>("CItemHyperlinkContainer");
    v.visit::<CItemToTrack>("CItemToTrack");
    v.visit::<AnyCItemToTrack>("CItemToTrack(any)");
    v.visit::<CItemWithDBRecordId>("CItemWithDBRecordId");
    v.visit::<AnyCItemWithDBRecordId>("CItemWithDBRecordId(any)");
    v.visit::<CLink>("CLink");
    v.visit::<CLinkHistoryItem>("CLinkHistoryItem");
    v.visit::<CLinkedItem>("CLinkedItem");
    v.visit::<CMultiSelectDropdownField>("CMultiSelectDropdownField");
    v.visit::<AnyCMultiSelectDropdownField>("CMultiSelectDropdownField(any)");
    v.visit::<COrderedItemWithDBRecordId>("COrderedItemWithDBRecordId");
    v.visit::<AnyCOrderedItemWithDBRecordId>("COrderedItemWithDBRecordId(any)");
    v.visit::<CProject>("CProject");
    v.visit::<CProjectDataOption>("CProjectDataOption");
    v.visit::<CRecordData>("CRecordData");
    v.visit::<CRecordListSoap>("CRecordListSoap");
    v.visit::<CRecordRowSoap>("CRecordRowSoap");
    v.visit::<CReportRunResults>("CReportRunResults");
    v.visit::<CReportedByRecord>("CReportedByRecord");
    v.visit::<CRequirement>("CRequirement");
    v.visit::<CRequirementDocument>("CRequirementDocument");
    v.visit::<CSCCFileRecord>("CSCCFileRecord");
    v.visit::<CScheduleInfo>("CScheduleInfo");
    v.visit::<CSnapshotInfo>("CSnapshotInfo");
    v.visit::<CStringField>("CStringField");
    v.visit::<CSystem>("CSystem");
    v.visit::<CSystemBase>("CSystemBase");
    v.visit::<AnyCSystemBase>("CSystemBase(any)");
    v.visit::<CTTVersionInfo>("CTTVersionInfo");
    v.visit::<CTableColumn>("CTableColumn");
    v.visit::<CTableField>("CTableField");
    v.visit::<CTask>("CTask");
    v.visit::<CTestCase>("CTestCase");
    v.visit::<CTestCaseVariantField>("CTestCaseVariantField");
    v.visit::<CTestRun>("CTestRun");
    v.visit::<CTestRunVariantField>("CTestRunVariantField");
    v.visit::<AnyCTestRunVariantField>("CTestRunVariantField(any)");
    v.visit::<CTimespanField>("CTimespanField");
    v.visit::<CTreeNodeSoap>("CTreeNodeSoap");
    v.visit::<AnyCTreeNodeSoap>("CTreeNodeSoap(any)");
    v.visit::<CUser>("CUser");
    v.visit::<CUserLicense>("CUserLicense");
    v.visit::<CVersionField>("CVersionField");
    v.visit::<CVersionInfo>("CVersionInfo");
    v.visit::<AnyCVersionInfo>("CVersionInfo(any)");
    v.visit::<PhoneNumber>("PhoneNumber");
}
