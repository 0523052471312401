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
ttsoap::__family!(
    AnyCEvent,
    " Any value of the `ttns:CEvent` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CEvent,
    untyped CEvent,
    members {
        CEvent(CEvent) "CEvent",
        CDefectEvent(CDefectEvent) "CDefectEvent"
    },
    accessors {
        recordid recordid_mut "recordid": val i64 => i64,
        user user_mut "user": opt String => Option<String>,
        date date_mut "date": opt ttsoap::DateTime => Option<ttsoap::DateTime>,
        notes notes_mut "notes": opt String => Option<String>,
        eventaddorder eventaddorder_mut "eventaddorder": val i16 => i16,
        name name_mut "name": opt String => Option<String>,
        parenteventid parenteventid_mut "parenteventid": opt i64 => Option<i64>,
        attachmentlist attachmentlist_mut "attachmentlist": val Vec<CFileAttachment> => Vec<CFileAttachment>,
        fieldlist fieldlist_mut "fieldlist": val Vec<AnyCField> => Vec<AnyCField>,
        resultingstate resultingstate_mut "resultingstate": opt String => Option<String>,
        hours hours_mut "hours": opt f64 => Option<f64>,
        assigntolist assigntolist_mut "assigntolist": val Vec<String> => Vec<String>,
        releasenotesversion releasenotesversion_mut "releasenotesversion": opt String => Option<String>,
        generatedeventtype generatedeventtype_mut "generatedeventtype": opt String => Option<String>,
        generatedbyname generatedbyname_mut "generatedbyname": opt String => Option<String>,
        totaltimespent totaltimespent_mut "totaltimespent": opt f64 => Option<f64>,
        overrideuser overrideuser_mut "overrideuser": opt String => Option<String>,
        marksuspect marksuspect_mut "marksuspect": opt bool => Option<bool>
    },
    base CEvent "ttns:CEvent" {
        recordid,
        user,
        date,
        notes,
        eventaddorder,
        name,
        parenteventid,
        attachmentlist,
        fieldlist,
        resultingstate,
        hours,
        assigntolist,
        releasenotesversion,
        generatedeventtype,
        generatedbyname,
        totaltimespent,
        overrideuser,
        marksuspect
    }
);
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
ttsoap::__family!(
    AnyCEventDefinition,
    " Any value of the `ttns:CEventDefinition` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CEventDefinition,
    untyped CEventDefinition,
    members {
        CEventDefinition(CEventDefinition) "CEventDefinition",
        CDefectEventDefinition(CDefectEventDefinition) "CDefectEventDefinition"
    },
    accessors {
        name name_mut "name": opt String => Option<String>,
        user user_mut "user": opt bool => Option<bool>,
        datetime datetime_mut "datetime": opt bool => Option<bool>,
        notes notes_mut "notes": opt bool => Option<bool>,
        resulting_state resulting_state_mut "resultingState": opt bool => Option<bool>,
        resulting_state_values resulting_state_values_mut "resultingStateValues": val Vec<CFieldValue> => Vec<CFieldValue>,
        fileattachments fileattachments_mut "fileattachments": opt bool => Option<bool>,
        time_tracking time_tracking_mut "timeTracking": opt bool => Option<bool>,
        time_sum_of_all time_sum_of_all_mut "timeSumOfAll": opt bool => Option<bool>,
        time_hours_since_last time_hours_since_last_mut "timeHoursSinceLast": opt bool => Option<bool>,
        new_assignment new_assignment_mut "newAssignment": opt bool => Option<bool>,
        release_notes release_notes_mut "releaseNotes": opt bool => Option<bool>,
        marksuspect marksuspect_mut "marksuspect": opt bool => Option<bool>,
        reviewnote reviewnote_mut "reviewnote": opt bool => Option<bool>,
        custom_fields custom_fields_mut "customFields": val Vec<AnyCField> => Vec<AnyCField>
    },
    base CEventDefinition "ttns:CEventDefinition" {
        name,
        user,
        datetime,
        notes,
        resulting_state,
        resulting_state_values,
        fileattachments,
        time_tracking,
        time_sum_of_all,
        time_hours_since_last,
        new_assignment,
        release_notes,
        marksuspect,
        reviewnote,
        custom_fields
    }
);
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
ttsoap::__family!(
    AnyCField,
    " Any value of the `ttns:CField` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CField,
    untyped CField,
    members {
        CField(CField) "CField",
        CBooleanField(CBooleanField) "CBooleanField",
        CDateField(CDateField) "CDateField",
        CDateTimeField(CDateTimeField) "CDateTimeField",
        CDecimalField(CDecimalField) "CDecimalField",
        CDropdownField(CDropdownField) "CDropdownField",
        CIntegerField(CIntegerField) "CIntegerField",
        CMultiSelectDropdownField(CMultiSelectDropdownField) "CMultiSelectDropdownField",
        CStringField(CStringField) "CStringField",
        CTestCaseVariantField(CTestCaseVariantField) "CTestCaseVariantField",
        CTestRunVariantField(CTestRunVariantField) "CTestRunVariantField",
        CTimespanField(CTimespanField) "CTimespanField",
        CVersionField(CVersionField) "CVersionField"
    },
    accessors {
        recordid recordid_mut "recordid": val i64 => i64,
        name name_mut "name": opt String => Option<String>
    },
    base CField "ttns:CField" {
        recordid,
        name
    }
);
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
ttsoap::__family!(
    AnyCFile,
    " Any value of the `ttns:CFile` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CFile,
    untyped CFile,
    members {
        CFile(CFile) "CFile",
        CFileAttachment(CFileAttachment) "CFileAttachment"
    },
    accessors {
        m_p_file_data m_p_file_data_mut "m-pFileData": opt ttsoap::Bytes => Option<ttsoap::Bytes>,
        m_str_file_name m_str_file_name_mut "m-strFileName": opt String => Option<String>,
        m_date_time_created m_date_time_created_mut "m-dateTimeCreated": opt ttsoap::DateTime => Option<ttsoap::DateTime>,
        m_date_time_modified m_date_time_modified_mut "m-dateTimeModified": opt ttsoap::DateTime => Option<ttsoap::DateTime>
    },
    base CFile "ttns:CFile" {
        m_p_file_data,
        m_str_file_name,
        m_date_time_created,
        m_date_time_modified
    }
);
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
ttsoap::__family!(
    AnyCItemToTrack,
    " Any value of the `ttns:CItemToTrack` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CItemToTrack,
    untyped CItemToTrack,
    members {
        CItemToTrack(CItemToTrack) "CItemToTrack",
        CDefect(CDefect) "CDefect",
        CFolder(CFolder) "CFolder",
        CFolderType(CFolderType) "CFolderType",
        CLink(CLink) "CLink",
        CRequirement(CRequirement) "CRequirement",
        CRequirementDocument(CRequirementDocument) "CRequirementDocument",
        CSystem(CSystem) "CSystem",
        CSystemBase(CSystemBase) "CSystemBase",
        CTask(CTask) "CTask",
        CTestCase(CTestCase) "CTestCase",
        CTestRun(CTestRun) "CTestRun",
        CUser(CUser) "CUser"
    },
    accessors {
        recordid recordid_mut "recordid": val i64 => i64
    },
    base CItemToTrack "ttns:CItemToTrack" {
        recordid
    }
);
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
ttsoap::__family!(
    AnyCItemWithDBRecordId,
    " Any value of the `ttns:CItemWithDBRecordId` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CItemWithDBRecordId,
    untyped CItemWithDBRecordId,
    members {
        CItemWithDBRecordId(CItemWithDBRecordId) "CItemWithDBRecordId",
        CBooleanField(CBooleanField) "CBooleanField",
        CDateField(CDateField) "CDateField",
        CDateTimeField(CDateTimeField) "CDateTimeField",
        CDecimalField(CDecimalField) "CDecimalField",
        CDefect(CDefect) "CDefect",
        CDefectEvent(CDefectEvent) "CDefectEvent",
        CDropdownField(CDropdownField) "CDropdownField",
        CEvent(CEvent) "CEvent",
        CField(CField) "CField",
        CFolder(CFolder) "CFolder",
        CFolderItem(CFolderItem) "CFolderItem",
        CFolderType(CFolderType) "CFolderType",
        CIntegerField(CIntegerField) "CIntegerField",
        CItemToTrack(CItemToTrack) "CItemToTrack",
        CLink(CLink) "CLink",
        CLinkHistoryItem(CLinkHistoryItem) "CLinkHistoryItem",
        CLinkedItem(CLinkedItem) "CLinkedItem",
        CMultiSelectDropdownField(CMultiSelectDropdownField) "CMultiSelectDropdownField",
        COrderedItemWithDBRecordId(COrderedItemWithDBRecordId) "COrderedItemWithDBRecordId",
        CReportedByRecord(CReportedByRecord) "CReportedByRecord",
        CRequirement(CRequirement) "CRequirement",
        CRequirementDocument(CRequirementDocument) "CRequirementDocument",
        CSCCFileRecord(CSCCFileRecord) "CSCCFileRecord",
        CStringField(CStringField) "CStringField",
        CSystem(CSystem) "CSystem",
        CSystemBase(CSystemBase) "CSystemBase",
        CTask(CTask) "CTask",
        CTestCase(CTestCase) "CTestCase",
        CTestCaseVariantField(CTestCaseVariantField) "CTestCaseVariantField",
        CTestRun(CTestRun) "CTestRun",
        CTestRunVariantField(CTestRunVariantField) "CTestRunVariantField",
        CTimespanField(CTimespanField) "CTimespanField",
        CUser(CUser) "CUser",
        CVersionField(CVersionField) "CVersionField"
    },
    accessors {
        recordid recordid_mut "recordid": val i64 => i64
    },
    base CItemWithDBRecordId "ttns:CItemWithDBRecordId" {
        recordid
    }
);
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
ttsoap::__family!(
    AnyCMultiSelectDropdownField,
    " Any value of the `ttns:CMultiSelectDropdownField` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CMultiSelectDropdownField,
    untyped CMultiSelectDropdownField,
    members {
        CMultiSelectDropdownField(CMultiSelectDropdownField) "CMultiSelectDropdownField",
        CTestCaseVariantField(CTestCaseVariantField) "CTestCaseVariantField",
        CTestRunVariantField(CTestRunVariantField) "CTestRunVariantField"
    },
    accessors {
        recordid recordid_mut "recordid": val i64 => i64,
        name name_mut "name": opt String => Option<String>,
        values values_mut "values": val Vec<CFieldValue> => Vec<CFieldValue>,
        dropdown_values dropdown_values_mut "dropdownValues": val Vec<CFieldValue> => Vec<CFieldValue>
    },
    base CMultiSelectDropdownField "ttns:CMultiSelectDropdownField" {
        recordid,
        name,
        values,
        dropdown_values
    }
);
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
ttsoap::__family!(
    AnyCOrderedItemWithDBRecordId,
    " Any value of the `ttns:COrderedItemWithDBRecordId` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default COrderedItemWithDBRecordId,
    untyped COrderedItemWithDBRecordId,
    members {
        COrderedItemWithDBRecordId(COrderedItemWithDBRecordId) "COrderedItemWithDBRecordId",
        CLinkHistoryItem(CLinkHistoryItem) "CLinkHistoryItem",
        CLinkedItem(CLinkedItem) "CLinkedItem"
    },
    accessors {
        recordid recordid_mut "recordid": val i64 => i64,
        order order_mut "order": val i64 => i64
    },
    base COrderedItemWithDBRecordId "ttns:COrderedItemWithDBRecordId" {
        recordid,
        order
    }
);
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
ttsoap::__family!(
    AnyCSystemBase,
    " Any value of the `ttns:CSystemBase` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CSystemBase,
    untyped CSystemBase,
    members {
        CSystemBase(CSystemBase) "CSystemBase",
        CSystem(CSystem) "CSystem"
    },
    accessors {
        recordid recordid_mut "recordid": val i64 => i64,
        systemname systemname_mut "systemname": opt String => Option<String>
    },
    base CSystemBase "ttns:CSystemBase" {
        recordid,
        systemname
    }
);
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
ttsoap::__family!(
    AnyCTestRunVariantField,
    " Any value of the `ttns:CTestRunVariantField` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CTestRunVariantField,
    untyped CTestRunVariantField,
    members {
        CTestRunVariantField(CTestRunVariantField) "CTestRunVariantField",
        CTestCaseVariantField(CTestCaseVariantField) "CTestCaseVariantField"
    },
    accessors {
        recordid recordid_mut "recordid": val i64 => i64,
        name name_mut "name": opt String => Option<String>,
        values values_mut "values": val Vec<CFieldValue> => Vec<CFieldValue>,
        dropdown_values dropdown_values_mut "dropdownValues": val Vec<CFieldValue> => Vec<CFieldValue>
    },
    base CTestRunVariantField "ttns:CTestRunVariantField" {
        recordid,
        name,
        values,
        dropdown_values
    }
);
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
ttsoap::__family!(
    AnyCTreeNodeSoap,
    " Any value of the `ttns:CTreeNodeSoap` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CTreeNodeSoap,
    untyped CTreeNodeSoap,
    members {
        CTreeNodeSoap(CTreeNodeSoap) "CTreeNodeSoap",
        CDocumentTreeNode(CDocumentTreeNode) "CDocumentTreeNode"
    },
    accessors {
        entity_table_name entity_table_name_mut "entityTableName": opt String => Option<String>,
        entity_record_id entity_record_id_mut "entityRecordID": val i64 => i64,
        child_list child_list_mut "childList": val Vec<AnyCTreeNodeSoap> => Vec<AnyCTreeNodeSoap>
    },
    base CTreeNodeSoap "ttns:CTreeNodeSoap" {
        entity_table_name,
        entity_record_id,
        child_list
    }
);
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
ttsoap::__family!(
    AnyCVersionInfo,
    " Any value of the `ttns:CVersionInfo` family: the `xsi:type` of the element picks the variant; an unknown subtype is kept as raw XML.",
    default CVersionInfo,
    untyped CVersionInfo,
    members {
        CVersionInfo(CVersionInfo) "CVersionInfo",
        CSnapshotInfo(CSnapshotInfo) "CSnapshotInfo"
    },
    accessors {
        version_number version_number_mut "versionNumber": opt i64 => Option<i64>,
        created_by_user created_by_user_mut "createdByUser": opt String => Option<String>,
        date_time_created date_time_created_mut "dateTimeCreated": opt String => Option<String>
    },
    base CVersionInfo "ttns:CVersionInfo" {
        version_number,
        created_by_user,
        date_time_created
    }
);
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
