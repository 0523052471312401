// Generated from wsdl/ttsoapcgi.wsdl by `cargo xtask codegen`. Do not edit.
use super::ti;
use ttsoap::{Decode as _, Encode as _};
/// `ttns:CBooleanField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CBooleanField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: bool,
}
impl ttsoap::Encode for CBooleanField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CBooleanField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        self.value.encode("value", &ti::XSD_BOOLEAN, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CBooleanField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CBooleanField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"value" => {
                    seen |= 1u64 << 2u32;
                    v.value = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 7u64, &["recordid", "name", "value"])?;
        Ok(v)
    }
}
/// `ttns:CDatabase`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDatabase {
    pub name: Option<String>,
}
impl ttsoap::Encode for CDatabase {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDatabase", w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CDatabase {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDatabase"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"name" => {
                    seen |= 1u64 << 0u32;
                    v.name = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["name"])?;
        Ok(v)
    }
}
/// `ttns:CDatabaseTable`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDatabaseTable {
    pub name: Option<String>,
}
impl ttsoap::Encode for CDatabaseTable {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDatabaseTable", w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CDatabaseTable {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDatabaseTable"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"name" => {
                    seen |= 1u64 << 0u32;
                    v.name = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["name"])?;
        Ok(v)
    }
}
/// `ttns:CDateField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDateField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: Option<ttsoap::Date>,
}
impl ttsoap::Encode for CDateField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDateField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        self.value.encode("value", &ti::XSD_DATE, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CDateField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDateField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"value" => v.value = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 3u64, &["recordid", "name", "value"])?;
        Ok(v)
    }
}
/// `ttns:CDateTimeField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDateTimeField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: Option<ttsoap::DateTime>,
}
impl ttsoap::Encode for CDateTimeField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDateTimeField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        self.value.encode("value", &ti::XSD_DATE_TIME, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CDateTimeField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDateTimeField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"value" => v.value = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 3u64, &["recordid", "name", "value"])?;
        Ok(v)
    }
}
/// `ttns:CDecimalField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDecimalField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: f64,
}
impl ttsoap::Encode for CDecimalField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDecimalField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        self.value.encode("value", &ti::XSD_DOUBLE, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CDecimalField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDecimalField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"value" => {
                    seen |= 1u64 << 2u32;
                    v.value = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 7u64, &["recordid", "name", "value"])?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CDefect {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDefect", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.defectnumber.encode("defectnumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.state.encode("state", &ti::XSD_STRING, w);
        self.disposition.encode("disposition", &ti::XSD_STRING, w);
        self.type_.encode("type", &ti::XSD_STRING, w);
        self.priority.encode("priority", &ti::XSD_STRING, w);
        self.product.encode("product", &ti::XSD_STRING, w);
        self.component.encode("component", &ti::XSD_STRING, w);
        self.reference.encode("reference", &ti::XSD_STRING, w);
        self.severity.encode("severity", &ti::XSD_STRING, w);
        self.enteredby.encode("enteredby", &ti::XSD_STRING, w);
        self.workaround.encode("workaround", &ti::XSD_STRING, w);
        if !self.workaround_inline_attach_list.is_empty() {
            self.workaround_inline_attach_list
                .encode(
                    "workaroundInlineAttachList",
                    &ti::ARRAY_OF_C_FILE_ATTACHMENT,
                    w,
                );
        }
        self.dateentered.encode("dateentered", &ti::XSD_DATE, w);
        self.locationaddedfrom.encode("locationaddedfrom", &ti::XSD_STRING, w);
        self.datetimecreated.encode("datetimecreated", &ti::XSD_DATE_TIME, w);
        self.datetimemodified.encode("datetimemodified", &ti::XSD_DATE_TIME, w);
        self.createdbyuser.encode("createdbyuser", &ti::XSD_STRING, w);
        self.modifiedbyuser.encode("modifiedbyuser", &ti::XSD_STRING, w);
        self.actualhourstofix.encode("actualhourstofix", &ti::XSD_DOUBLE, w);
        self.estimatedhours.encode("estimatedhours", &ti::XSD_DOUBLE, w);
        self.remaininghours.encode("remaininghours", &ti::XSD_DOUBLE, w);
        self.variance.encode("variance", &ti::XSD_DOUBLE, w);
        self.storypoints.encode("storypoints", &ti::XSD_LONG, w);
        self.percentdone.encode("percentdone", &ti::XSD_LONG, w);
        if !self.reportedbylist.is_empty() {
            self.reportedbylist
                .encode("reportedbylist", &ti::ARRAY_OF_C_REPORTED_BY_RECORD, w);
        }
        if !self.eventlist.is_empty() {
            self.eventlist.encode("eventlist", &ti::ARRAY_OF_C_EVENT, w);
        }
        if !self.p_scc_file_list.is_empty() {
            self.p_scc_file_list
                .encode("pSCCFileList", &ti::ARRAY_OF_CSCC_FILE_RECORD, w);
        }
        if !self.custom_field_list.is_empty() {
            self.custom_field_list.encode("customFieldList", &ti::ARRAY_OF_C_FIELD, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CDefect {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDefect"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"defectnumber" => v.defectnumber = r.decode(child)?,
                b"summary" => v.summary = r.decode(child)?,
                b"state" => v.state = r.decode(child)?,
                b"disposition" => v.disposition = r.decode(child)?,
                b"type" => v.type_ = r.decode(child)?,
                b"priority" => v.priority = r.decode(child)?,
                b"product" => v.product = r.decode(child)?,
                b"component" => v.component = r.decode(child)?,
                b"reference" => v.reference = r.decode(child)?,
                b"severity" => v.severity = r.decode(child)?,
                b"enteredby" => v.enteredby = r.decode(child)?,
                b"workaround" => v.workaround = r.decode(child)?,
                b"workaroundInlineAttachList" => {
                    v.workaround_inline_attach_list = r.decode(child)?;
                }
                b"dateentered" => v.dateentered = r.decode(child)?,
                b"locationaddedfrom" => v.locationaddedfrom = r.decode(child)?,
                b"datetimecreated" => v.datetimecreated = r.decode(child)?,
                b"datetimemodified" => v.datetimemodified = r.decode(child)?,
                b"createdbyuser" => v.createdbyuser = r.decode(child)?,
                b"modifiedbyuser" => v.modifiedbyuser = r.decode(child)?,
                b"actualhourstofix" => v.actualhourstofix = r.decode(child)?,
                b"estimatedhours" => v.estimatedhours = r.decode(child)?,
                b"remaininghours" => v.remaininghours = r.decode(child)?,
                b"variance" => v.variance = r.decode(child)?,
                b"storypoints" => v.storypoints = r.decode(child)?,
                b"percentdone" => v.percentdone = r.decode(child)?,
                b"reportedbylist" => v.reportedbylist = r.decode(child)?,
                b"eventlist" => v.eventlist = r.decode(child)?,
                b"pSCCFileList" => v.p_scc_file_list = r.decode(child)?,
                b"customFieldList" => v.custom_field_list = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            1u64,
            &[
                "recordid",
                "defectnumber",
                "summary",
                "state",
                "disposition",
                "type",
                "priority",
                "product",
                "component",
                "reference",
                "severity",
                "enteredby",
                "workaround",
                "workaroundInlineAttachList",
                "dateentered",
                "locationaddedfrom",
                "datetimecreated",
                "datetimemodified",
                "createdbyuser",
                "modifiedbyuser",
                "actualhourstofix",
                "estimatedhours",
                "remaininghours",
                "variance",
                "storypoints",
                "percentdone",
                "reportedbylist",
                "eventlist",
                "pSCCFileList",
                "customFieldList",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CDefectEvent {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDefectEvent", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.user.encode("user", &ti::XSD_STRING, w);
        ttsoap::encoding::encode_nillable(&self.date, "date", &ti::XSD_DATE_TIME, w);
        self.notes.encode("notes", &ti::XSD_STRING, w);
        self.eventaddorder.encode("eventaddorder", &ti::XSD_SHORT, w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.parenteventid.encode("parenteventid", &ti::XSD_LONG, w);
        if !self.attachmentlist.is_empty() {
            self.attachmentlist
                .encode("attachmentlist", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        if !self.fieldlist.is_empty() {
            self.fieldlist.encode("fieldlist", &ti::ARRAY_OF_C_FIELD, w);
        }
        self.resultingstate.encode("resultingstate", &ti::XSD_STRING, w);
        self.hours.encode("hours", &ti::XSD_DOUBLE, w);
        if !self.assigntolist.is_empty() {
            self.assigntolist.encode("assigntolist", &ti::ARRAY_OFSTRING, w);
        }
        self.releasenotesversion.encode("releasenotesversion", &ti::XSD_STRING, w);
        self.generatedeventtype.encode("generatedeventtype", &ti::XSD_STRING, w);
        self.generatedbyname.encode("generatedbyname", &ti::XSD_STRING, w);
        self.totaltimespent.encode("totaltimespent", &ti::XSD_DOUBLE, w);
        self.overrideuser.encode("overrideuser", &ti::XSD_STRING, w);
        self.marksuspect.encode("marksuspect", &ti::XSD_BOOLEAN, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CDefectEvent {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDefectEvent"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"user" => v.user = r.decode(child)?,
                b"date" => {
                    seen |= 1u64 << 2u32;
                    v.date = r.decode(child)?;
                }
                b"notes" => v.notes = r.decode(child)?,
                b"eventaddorder" => {
                    seen |= 1u64 << 4u32;
                    v.eventaddorder = r.decode(child)?;
                }
                b"name" => v.name = r.decode(child)?,
                b"parenteventid" => v.parenteventid = r.decode(child)?,
                b"attachmentlist" => v.attachmentlist = r.decode(child)?,
                b"fieldlist" => v.fieldlist = r.decode(child)?,
                b"resultingstate" => v.resultingstate = r.decode(child)?,
                b"hours" => v.hours = r.decode(child)?,
                b"assigntolist" => v.assigntolist = r.decode(child)?,
                b"releasenotesversion" => v.releasenotesversion = r.decode(child)?,
                b"generatedeventtype" => v.generatedeventtype = r.decode(child)?,
                b"generatedbyname" => v.generatedbyname = r.decode(child)?,
                b"totaltimespent" => v.totaltimespent = r.decode(child)?,
                b"overrideuser" => v.overrideuser = r.decode(child)?,
                b"marksuspect" => v.marksuspect = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            21u64,
            &[
                "recordid",
                "user",
                "date",
                "notes",
                "eventaddorder",
                "name",
                "parenteventid",
                "attachmentlist",
                "fieldlist",
                "resultingstate",
                "hours",
                "assigntolist",
                "releasenotesversion",
                "generatedeventtype",
                "generatedbyname",
                "totaltimespent",
                "overrideuser",
                "marksuspect",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CDefectEventDefinition {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDefectEventDefinition", w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.user.encode("user", &ti::XSD_BOOLEAN, w);
        self.datetime.encode("datetime", &ti::XSD_BOOLEAN, w);
        self.notes.encode("notes", &ti::XSD_BOOLEAN, w);
        self.resulting_state.encode("resultingState", &ti::XSD_BOOLEAN, w);
        if !self.resulting_state_values.is_empty() {
            self.resulting_state_values
                .encode("resultingStateValues", &ti::ARRAY_OF_C_FIELD_VALUE, w);
        }
        self.fileattachments.encode("fileattachments", &ti::XSD_BOOLEAN, w);
        self.time_tracking.encode("timeTracking", &ti::XSD_BOOLEAN, w);
        self.time_sum_of_all.encode("timeSumOfAll", &ti::XSD_BOOLEAN, w);
        self.time_hours_since_last.encode("timeHoursSinceLast", &ti::XSD_BOOLEAN, w);
        self.new_assignment.encode("newAssignment", &ti::XSD_BOOLEAN, w);
        self.release_notes.encode("releaseNotes", &ti::XSD_BOOLEAN, w);
        self.marksuspect.encode("marksuspect", &ti::XSD_BOOLEAN, w);
        self.reviewnote.encode("reviewnote", &ti::XSD_BOOLEAN, w);
        if !self.custom_fields.is_empty() {
            self.custom_fields.encode("customFields", &ti::ARRAY_OF_C_FIELD, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CDefectEventDefinition {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDefectEventDefinition"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"name" => v.name = r.decode(child)?,
                b"user" => v.user = r.decode(child)?,
                b"datetime" => v.datetime = r.decode(child)?,
                b"notes" => v.notes = r.decode(child)?,
                b"resultingState" => v.resulting_state = r.decode(child)?,
                b"resultingStateValues" => v.resulting_state_values = r.decode(child)?,
                b"fileattachments" => v.fileattachments = r.decode(child)?,
                b"timeTracking" => v.time_tracking = r.decode(child)?,
                b"timeSumOfAll" => v.time_sum_of_all = r.decode(child)?,
                b"timeHoursSinceLast" => v.time_hours_since_last = r.decode(child)?,
                b"newAssignment" => v.new_assignment = r.decode(child)?,
                b"releaseNotes" => v.release_notes = r.decode(child)?,
                b"marksuspect" => v.marksuspect = r.decode(child)?,
                b"reviewnote" => v.reviewnote = r.decode(child)?,
                b"customFields" => v.custom_fields = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
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
impl ttsoap::Encode for CDocumentTreeNode {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDocumentTreeNode", w);
        self.entity_table_name.encode("entityTableName", &ti::XSD_STRING, w);
        self.entity_record_id.encode("entityRecordID", &ti::XSD_LONG, w);
        if !self.child_list.is_empty() {
            self.child_list.encode("childList", &ti::ARRAY_OF_C_TREE_NODE_SOAP, w);
        }
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.outline_number.encode("outlineNumber", &ti::XSD_STRING, w);
        self.tag.encode("tag", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CDocumentTreeNode {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDocumentTreeNode"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"entityTableName" => v.entity_table_name = r.decode(child)?,
                b"entityRecordID" => {
                    seen |= 1u64 << 1u32;
                    v.entity_record_id = r.decode(child)?;
                }
                b"childList" => v.child_list = r.decode(child)?,
                b"summary" => v.summary = r.decode(child)?,
                b"outlineNumber" => v.outline_number = r.decode(child)?,
                b"tag" => v.tag = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            2u64,
            &[
                "entityTableName",
                "entityRecordID",
                "childList",
                "summary",
                "outlineNumber",
                "tag",
            ],
        )?;
        Ok(v)
    }
}
/// `ttns:CDropdownField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CDropdownField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: Option<String>,
    /// `dropdownValues`
    pub dropdown_values: Vec<CFieldValue>,
}
impl ttsoap::Encode for CDropdownField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CDropdownField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        self.value.encode("value", &ti::XSD_STRING, w);
        if !self.dropdown_values.is_empty() {
            self.dropdown_values
                .encode("dropdownValues", &ti::ARRAY_OF_C_FIELD_VALUE, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CDropdownField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CDropdownField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"value" => v.value = r.decode(child)?,
                b"dropdownValues" => v.dropdown_values = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            3u64,
            &["recordid", "name", "value", "dropdownValues"],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CEvent {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CEvent", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.user.encode("user", &ti::XSD_STRING, w);
        ttsoap::encoding::encode_nillable(&self.date, "date", &ti::XSD_DATE_TIME, w);
        self.notes.encode("notes", &ti::XSD_STRING, w);
        self.eventaddorder.encode("eventaddorder", &ti::XSD_SHORT, w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.parenteventid.encode("parenteventid", &ti::XSD_LONG, w);
        if !self.attachmentlist.is_empty() {
            self.attachmentlist
                .encode("attachmentlist", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        if !self.fieldlist.is_empty() {
            self.fieldlist.encode("fieldlist", &ti::ARRAY_OF_C_FIELD, w);
        }
        self.resultingstate.encode("resultingstate", &ti::XSD_STRING, w);
        self.hours.encode("hours", &ti::XSD_DOUBLE, w);
        if !self.assigntolist.is_empty() {
            self.assigntolist.encode("assigntolist", &ti::ARRAY_OFSTRING, w);
        }
        self.releasenotesversion.encode("releasenotesversion", &ti::XSD_STRING, w);
        self.generatedeventtype.encode("generatedeventtype", &ti::XSD_STRING, w);
        self.generatedbyname.encode("generatedbyname", &ti::XSD_STRING, w);
        self.totaltimespent.encode("totaltimespent", &ti::XSD_DOUBLE, w);
        self.overrideuser.encode("overrideuser", &ti::XSD_STRING, w);
        self.marksuspect.encode("marksuspect", &ti::XSD_BOOLEAN, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CEvent {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CEvent"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"user" => v.user = r.decode(child)?,
                b"date" => {
                    seen |= 1u64 << 2u32;
                    v.date = r.decode(child)?;
                }
                b"notes" => v.notes = r.decode(child)?,
                b"eventaddorder" => {
                    seen |= 1u64 << 4u32;
                    v.eventaddorder = r.decode(child)?;
                }
                b"name" => v.name = r.decode(child)?,
                b"parenteventid" => v.parenteventid = r.decode(child)?,
                b"attachmentlist" => v.attachmentlist = r.decode(child)?,
                b"fieldlist" => v.fieldlist = r.decode(child)?,
                b"resultingstate" => v.resultingstate = r.decode(child)?,
                b"hours" => v.hours = r.decode(child)?,
                b"assigntolist" => v.assigntolist = r.decode(child)?,
                b"releasenotesversion" => v.releasenotesversion = r.decode(child)?,
                b"generatedeventtype" => v.generatedeventtype = r.decode(child)?,
                b"generatedbyname" => v.generatedbyname = r.decode(child)?,
                b"totaltimespent" => v.totaltimespent = r.decode(child)?,
                b"overrideuser" => v.overrideuser = r.decode(child)?,
                b"marksuspect" => v.marksuspect = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            21u64,
            &[
                "recordid",
                "user",
                "date",
                "notes",
                "eventaddorder",
                "name",
                "parenteventid",
                "attachmentlist",
                "fieldlist",
                "resultingstate",
                "hours",
                "assigntolist",
                "releasenotesversion",
                "generatedeventtype",
                "generatedbyname",
                "totaltimespent",
                "overrideuser",
                "marksuspect",
            ],
        )?;
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => Ok(Self::CEvent(<CEvent as ttsoap::Decode>::decode(r, el)?)),
            Some(t) => {
                match t.local.as_str() {
                    "CEvent" => {
                        Ok(Self::CEvent(<CEvent as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CDefectEvent" => {
                        Ok(
                            Self::CDefectEvent(
                                <CDefectEvent as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
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
impl ttsoap::Encode for CEventDefinition {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CEventDefinition", w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.user.encode("user", &ti::XSD_BOOLEAN, w);
        self.datetime.encode("datetime", &ti::XSD_BOOLEAN, w);
        self.notes.encode("notes", &ti::XSD_BOOLEAN, w);
        self.resulting_state.encode("resultingState", &ti::XSD_BOOLEAN, w);
        if !self.resulting_state_values.is_empty() {
            self.resulting_state_values
                .encode("resultingStateValues", &ti::ARRAY_OF_C_FIELD_VALUE, w);
        }
        self.fileattachments.encode("fileattachments", &ti::XSD_BOOLEAN, w);
        self.time_tracking.encode("timeTracking", &ti::XSD_BOOLEAN, w);
        self.time_sum_of_all.encode("timeSumOfAll", &ti::XSD_BOOLEAN, w);
        self.time_hours_since_last.encode("timeHoursSinceLast", &ti::XSD_BOOLEAN, w);
        self.new_assignment.encode("newAssignment", &ti::XSD_BOOLEAN, w);
        self.release_notes.encode("releaseNotes", &ti::XSD_BOOLEAN, w);
        self.marksuspect.encode("marksuspect", &ti::XSD_BOOLEAN, w);
        self.reviewnote.encode("reviewnote", &ti::XSD_BOOLEAN, w);
        if !self.custom_fields.is_empty() {
            self.custom_fields.encode("customFields", &ti::ARRAY_OF_C_FIELD, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CEventDefinition {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CEventDefinition"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"name" => v.name = r.decode(child)?,
                b"user" => v.user = r.decode(child)?,
                b"datetime" => v.datetime = r.decode(child)?,
                b"notes" => v.notes = r.decode(child)?,
                b"resultingState" => v.resulting_state = r.decode(child)?,
                b"resultingStateValues" => v.resulting_state_values = r.decode(child)?,
                b"fileattachments" => v.fileattachments = r.decode(child)?,
                b"timeTracking" => v.time_tracking = r.decode(child)?,
                b"timeSumOfAll" => v.time_sum_of_all = r.decode(child)?,
                b"timeHoursSinceLast" => v.time_hours_since_last = r.decode(child)?,
                b"newAssignment" => v.new_assignment = r.decode(child)?,
                b"releaseNotes" => v.release_notes = r.decode(child)?,
                b"marksuspect" => v.marksuspect = r.decode(child)?,
                b"reviewnote" => v.reviewnote = r.decode(child)?,
                b"customFields" => v.custom_fields = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => {
                Ok(
                    Self::CEventDefinition(
                        <CEventDefinition as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            Some(t) => {
                match t.local.as_str() {
                    "CEventDefinition" => {
                        Ok(
                            Self::CEventDefinition(
                                <CEventDefinition as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDefectEventDefinition" => {
                        Ok(
                            Self::CDefectEventDefinition(
                                <CDefectEventDefinition as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
    }
}
/// Inherits from CItemWithDBRecordID. Superclass for all field classes (e.g., CStringField, CIntegerField). This class is necessary so the ArrayOfCField polymorphic array can have a mixed collection of field objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CField {
    pub recordid: i64,
    pub name: Option<String>,
}
impl ttsoap::Encode for CField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 3u64, &["recordid", "name"])?;
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => Ok(Self::CField(<CField as ttsoap::Decode>::decode(r, el)?)),
            Some(t) => {
                match t.local.as_str() {
                    "CField" => {
                        Ok(Self::CField(<CField as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CBooleanField" => {
                        Ok(
                            Self::CBooleanField(
                                <CBooleanField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDateField" => {
                        Ok(
                            Self::CDateField(
                                <CDateField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDateTimeField" => {
                        Ok(
                            Self::CDateTimeField(
                                <CDateTimeField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDecimalField" => {
                        Ok(
                            Self::CDecimalField(
                                <CDecimalField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDropdownField" => {
                        Ok(
                            Self::CDropdownField(
                                <CDropdownField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CIntegerField" => {
                        Ok(
                            Self::CIntegerField(
                                <CIntegerField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CMultiSelectDropdownField" => {
                        Ok(
                            Self::CMultiSelectDropdownField(
                                <CMultiSelectDropdownField as ttsoap::Decode>::decode(
                                    r,
                                    el,
                                )?,
                            ),
                        )
                    }
                    "CStringField" => {
                        Ok(
                            Self::CStringField(
                                <CStringField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTestCaseVariantField" => {
                        Ok(
                            Self::CTestCaseVariantField(
                                <CTestCaseVariantField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTestRunVariantField" => {
                        Ok(
                            Self::CTestRunVariantField(
                                <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTimespanField" => {
                        Ok(
                            Self::CTimespanField(
                                <CTimespanField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CVersionField" => {
                        Ok(
                            Self::CVersionField(
                                <CVersionField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
    }
}
/// Stores values for a field with a discrete range of values, used by getDropdownFieldForTable to return an array of CTableField values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFieldValue {
    pub value: Option<String>,
}
impl ttsoap::Encode for CFieldValue {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CFieldValue", w);
        ttsoap::encoding::encode_nillable(&self.value, "value", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CFieldValue {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CFieldValue"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"value" => {
                    seen |= 1u64 << 0u32;
                    v.value = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["value"])?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CFile {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CFile", w);
        self.m_p_file_data.encode("m-pFileData", &ti::XSD_BASE64_BINARY, w);
        self.m_str_file_name.encode("m-strFileName", &ti::XSD_STRING, w);
        self.m_date_time_created.encode("m-dateTimeCreated", &ti::XSD_DATE_TIME, w);
        self.m_date_time_modified.encode("m-dateTimeModified", &ti::XSD_DATE_TIME, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CFile {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CFile"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"m-pFileData" => v.m_p_file_data = r.decode(child)?,
                b"m-strFileName" => v.m_str_file_name = r.decode(child)?,
                b"m-dateTimeCreated" => v.m_date_time_created = r.decode(child)?,
                b"m-dateTimeModified" => v.m_date_time_modified = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => Ok(Self::CFile(<CFile as ttsoap::Decode>::decode(r, el)?)),
            Some(t) => {
                match t.local.as_str() {
                    "CFile" => Ok(Self::CFile(<CFile as ttsoap::Decode>::decode(r, el)?)),
                    "CFileAttachment" => {
                        Ok(
                            Self::CFileAttachment(
                                <CFileAttachment as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
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
impl ttsoap::Encode for CFileAttachment {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CFileAttachment", w);
        self.m_p_file_data.encode("m-pFileData", &ti::XSD_BASE64_BINARY, w);
        self.m_str_file_name.encode("m-strFileName", &ti::XSD_STRING, w);
        self.m_date_time_created.encode("m-dateTimeCreated", &ti::XSD_DATE_TIME, w);
        self.m_date_time_modified.encode("m-dateTimeModified", &ti::XSD_DATE_TIME, w);
        self.m_recordid.encode("m-recordid", &ti::XSD_LONG, w);
        self.m_str_archive_name.encode("m-strArchiveName", &ti::XSD_STRING, w);
        self.m_str_type.encode("m-strType", &ti::XSD_STRING, w);
        self.m_script_order.encode("m-scriptOrder", &ti::XSD_LONG, w);
        self.m_str_script_state.encode("m-strScriptState", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CFileAttachment {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CFileAttachment"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"m-pFileData" => v.m_p_file_data = r.decode(child)?,
                b"m-strFileName" => v.m_str_file_name = r.decode(child)?,
                b"m-dateTimeCreated" => v.m_date_time_created = r.decode(child)?,
                b"m-dateTimeModified" => v.m_date_time_modified = r.decode(child)?,
                b"m-recordid" => {
                    seen |= 1u64 << 4u32;
                    v.m_recordid = r.decode(child)?;
                }
                b"m-strArchiveName" => v.m_str_archive_name = r.decode(child)?,
                b"m-strType" => v.m_str_type = r.decode(child)?,
                b"m-scriptOrder" => v.m_script_order = r.decode(child)?,
                b"m-strScriptState" => v.m_str_script_state = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            16u64,
            &[
                "m-pFileData",
                "m-strFileName",
                "m-dateTimeCreated",
                "m-dateTimeModified",
                "m-recordid",
                "m-strArchiveName",
                "m-strType",
                "m-scriptOrder",
                "m-strScriptState",
            ],
        )?;
        Ok(v)
    }
}
/// `ttns:CFilter`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFilter {
    pub name: Option<String>,
}
impl ttsoap::Encode for CFilter {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CFilter", w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CFilter {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CFilter"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"name" => {
                    seen |= 1u64 << 0u32;
                    v.name = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["name"])?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CFolder {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CFolder", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.createdbyuser.encode("createdbyuser", &ti::XSD_LONG, w);
        self.ispublic.encode("ispublic", &ti::XSD_BOOLEAN, w);
        self.modifiedbyuser.encode("modifiedbyuser", &ti::XSD_LONG, w);
        self.locationaddedfrom.encode("locationaddedfrom", &ti::XSD_STRING, w);
        self.datetimecreated.encode("datetimecreated", &ti::XSD_DATE_TIME, w);
        self.datetimemodified.encode("datetimemodified", &ti::XSD_DATE_TIME, w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.description.encode("description", &ti::XSD_STRING, w);
        self.path.encode("path", &ti::XSD_STRING, w);
        self.order.encode("order", &ti::XSD_LONG, w);
        self.parentid.encode("parentid", &ti::XSD_LONG, w);
        self.foldertypename.encode("foldertypename", &ti::XSD_STRING, w);
        self.webview.encode("webview", &ti::XSD_STRING, w);
        self.notes.encode("notes", &ti::XSD_STRING, w);
        if !self.notes_inline_attach_list.is_empty() {
            self.notes_inline_attach_list
                .encode("notesInlineAttachList", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        self.noteseditable.encode("noteseditable", &ti::XSD_BOOLEAN, w);
        self.scheduleinfo.encode("scheduleinfo", &ti::C_SCHEDULE_INFO, w);
        self.taskboardname.encode("taskboardname", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CFolder {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CFolder"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"createdbyuser" => v.createdbyuser = r.decode(child)?,
                b"ispublic" => v.ispublic = r.decode(child)?,
                b"modifiedbyuser" => v.modifiedbyuser = r.decode(child)?,
                b"locationaddedfrom" => v.locationaddedfrom = r.decode(child)?,
                b"datetimecreated" => v.datetimecreated = r.decode(child)?,
                b"datetimemodified" => v.datetimemodified = r.decode(child)?,
                b"name" => v.name = r.decode(child)?,
                b"description" => v.description = r.decode(child)?,
                b"path" => v.path = r.decode(child)?,
                b"order" => v.order = r.decode(child)?,
                b"parentid" => v.parentid = r.decode(child)?,
                b"foldertypename" => v.foldertypename = r.decode(child)?,
                b"webview" => v.webview = r.decode(child)?,
                b"notes" => v.notes = r.decode(child)?,
                b"notesInlineAttachList" => v.notes_inline_attach_list = r.decode(child)?,
                b"noteseditable" => v.noteseditable = r.decode(child)?,
                b"scheduleinfo" => v.scheduleinfo = r.decode(child)?,
                b"taskboardname" => v.taskboardname = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            1u64,
            &[
                "recordid",
                "createdbyuser",
                "ispublic",
                "modifiedbyuser",
                "locationaddedfrom",
                "datetimecreated",
                "datetimemodified",
                "name",
                "description",
                "path",
                "order",
                "parentid",
                "foldertypename",
                "webview",
                "notes",
                "notesInlineAttachList",
                "noteseditable",
                "scheduleinfo",
                "taskboardname",
            ],
        )?;
        Ok(v)
    }
}
/// `ttns:CFolderItem`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CFolderItem {
    pub recordid: i64,
    pub entitytablename: Option<String>,
    pub entityrecordid: i64,
    pub rank: Option<i64>,
}
impl ttsoap::Encode for CFolderItem {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CFolderItem", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(
            &self.entitytablename,
            "entitytablename",
            &ti::XSD_STRING,
            w,
        );
        self.entityrecordid.encode("entityrecordid", &ti::XSD_LONG, w);
        self.rank.encode("rank", &ti::XSD_LONG, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CFolderItem {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CFolderItem"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"entitytablename" => {
                    seen |= 1u64 << 1u32;
                    v.entitytablename = r.decode(child)?;
                }
                b"entityrecordid" => {
                    seen |= 1u64 << 2u32;
                    v.entityrecordid = r.decode(child)?;
                }
                b"rank" => v.rank = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            7u64,
            &["recordid", "entitytablename", "entityrecordid", "rank"],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CFolderType {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CFolderType", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.description.encode("description", &ti::XSD_STRING, w);
        self.allowweb.encode("allowweb", &ti::XSD_BOOLEAN, w);
        self.allowdetails.encode("allowdetails", &ti::XSD_BOOLEAN, w);
        self.releaseplanning.encode("releaseplanning", &ti::XSD_BOOLEAN, w);
        self.isactive.encode("isactive", &ti::XSD_BOOLEAN, w);
        self.taskboardenabled.encode("taskboardenabled", &ti::XSD_BOOLEAN, w);
        self.defaulttaskboardname.encode("defaulttaskboardname", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CFolderType {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CFolderType"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => v.name = r.decode(child)?,
                b"description" => v.description = r.decode(child)?,
                b"allowweb" => v.allowweb = r.decode(child)?,
                b"allowdetails" => v.allowdetails = r.decode(child)?,
                b"releaseplanning" => v.releaseplanning = r.decode(child)?,
                b"isactive" => v.isactive = r.decode(child)?,
                b"taskboardenabled" => v.taskboardenabled = r.decode(child)?,
                b"defaulttaskboardname" => v.defaulttaskboardname = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            1u64,
            &[
                "recordid",
                "name",
                "description",
                "allowweb",
                "allowdetails",
                "releaseplanning",
                "isactive",
                "taskboardenabled",
                "defaulttaskboardname",
            ],
        )?;
        Ok(v)
    }
}
/// Contains the login name and the name of a user that is stored on the Seapine License Server. Used by the addGlobalUser and addGlobalCustomer requests.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CGlobalUser {
    pub loginname: Option<String>,
    pub name: Option<String>,
}
impl ttsoap::Encode for CGlobalUser {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CGlobalUser", w);
        self.loginname.encode("loginname", &ti::XSD_STRING, w);
        self.name.encode("name", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CGlobalUser {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CGlobalUser"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"loginname" => v.loginname = r.decode(child)?,
                b"name" => v.name = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
/// `ttns:CIntegerField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CIntegerField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: i32,
}
impl ttsoap::Encode for CIntegerField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CIntegerField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        self.value.encode("value", &ti::XSD_INT, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CIntegerField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CIntegerField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"value" => {
                    seen |= 1u64 << 2u32;
                    v.value = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 7u64, &["recordid", "name", "value"])?;
        Ok(v)
    }
}
/// `ttns:CItemHyperlinkContainer`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CItemHyperlinkContainer {
    /// `ttstudioHyperlink`
    pub ttstudio_hyperlink: Option<String>,
    /// `httpHyperlink`
    pub http_hyperlink: Option<String>,
}
impl ttsoap::Encode for CItemHyperlinkContainer {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CItemHyperlinkContainer", w);
        self.ttstudio_hyperlink.encode("ttstudioHyperlink", &ti::XSD_STRING, w);
        self.http_hyperlink.encode("httpHyperlink", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CItemHyperlinkContainer {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CItemHyperlinkContainer"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"ttstudioHyperlink" => v.ttstudio_hyperlink = r.decode(child)?,
                b"httpHyperlink" => v.http_hyperlink = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
/// Inherits from CItemWithDBRecordID. Extends the CItemWithDBRecordID structure, allowing it to be used polymorphically to create more advanced structures such as CTestCase.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CItemToTrack {
    pub recordid: i64,
}
impl ttsoap::Encode for CItemToTrack {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CItemToTrack", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CItemToTrack {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CItemToTrack"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["recordid"])?;
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => {
                Ok(Self::CItemToTrack(<CItemToTrack as ttsoap::Decode>::decode(r, el)?))
            }
            Some(t) => {
                match t.local.as_str() {
                    "CItemToTrack" => {
                        Ok(
                            Self::CItemToTrack(
                                <CItemToTrack as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDefect" => {
                        Ok(Self::CDefect(<CDefect as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CFolder" => {
                        Ok(Self::CFolder(<CFolder as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CFolderType" => {
                        Ok(
                            Self::CFolderType(
                                <CFolderType as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CLink" => Ok(Self::CLink(<CLink as ttsoap::Decode>::decode(r, el)?)),
                    "CRequirement" => {
                        Ok(
                            Self::CRequirement(
                                <CRequirement as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CRequirementDocument" => {
                        Ok(
                            Self::CRequirementDocument(
                                <CRequirementDocument as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CSystem" => {
                        Ok(Self::CSystem(<CSystem as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CSystemBase" => {
                        Ok(
                            Self::CSystemBase(
                                <CSystemBase as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTask" => Ok(Self::CTask(<CTask as ttsoap::Decode>::decode(r, el)?)),
                    "CTestCase" => {
                        Ok(
                            Self::CTestCase(
                                <CTestCase as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTestRun" => {
                        Ok(Self::CTestRun(<CTestRun as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CUser" => Ok(Self::CUser(<CUser as ttsoap::Decode>::decode(r, el)?)),
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
    }
}
/// Stores record ID value for each object stored on the TestTrack Server. More complex objects are created from this structure. For example, CSystem can be created from CItemWithDBRecordID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CItemWithDBRecordId {
    pub recordid: i64,
}
impl ttsoap::Encode for CItemWithDBRecordId {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CItemWithDBRecordId", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CItemWithDBRecordId {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CItemWithDBRecordId"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["recordid"])?;
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => {
                Ok(
                    Self::CItemWithDBRecordId(
                        <CItemWithDBRecordId as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            Some(t) => {
                match t.local.as_str() {
                    "CItemWithDBRecordId" => {
                        Ok(
                            Self::CItemWithDBRecordId(
                                <CItemWithDBRecordId as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CBooleanField" => {
                        Ok(
                            Self::CBooleanField(
                                <CBooleanField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDateField" => {
                        Ok(
                            Self::CDateField(
                                <CDateField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDateTimeField" => {
                        Ok(
                            Self::CDateTimeField(
                                <CDateTimeField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDecimalField" => {
                        Ok(
                            Self::CDecimalField(
                                <CDecimalField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDefect" => {
                        Ok(Self::CDefect(<CDefect as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CDefectEvent" => {
                        Ok(
                            Self::CDefectEvent(
                                <CDefectEvent as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDropdownField" => {
                        Ok(
                            Self::CDropdownField(
                                <CDropdownField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CEvent" => {
                        Ok(Self::CEvent(<CEvent as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CField" => {
                        Ok(Self::CField(<CField as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CFolder" => {
                        Ok(Self::CFolder(<CFolder as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CFolderItem" => {
                        Ok(
                            Self::CFolderItem(
                                <CFolderItem as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CFolderType" => {
                        Ok(
                            Self::CFolderType(
                                <CFolderType as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CIntegerField" => {
                        Ok(
                            Self::CIntegerField(
                                <CIntegerField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CItemToTrack" => {
                        Ok(
                            Self::CItemToTrack(
                                <CItemToTrack as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CLink" => Ok(Self::CLink(<CLink as ttsoap::Decode>::decode(r, el)?)),
                    "CLinkHistoryItem" => {
                        Ok(
                            Self::CLinkHistoryItem(
                                <CLinkHistoryItem as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CLinkedItem" => {
                        Ok(
                            Self::CLinkedItem(
                                <CLinkedItem as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CMultiSelectDropdownField" => {
                        Ok(
                            Self::CMultiSelectDropdownField(
                                <CMultiSelectDropdownField as ttsoap::Decode>::decode(
                                    r,
                                    el,
                                )?,
                            ),
                        )
                    }
                    "COrderedItemWithDBRecordId" => {
                        Ok(
                            Self::COrderedItemWithDBRecordId(
                                <COrderedItemWithDBRecordId as ttsoap::Decode>::decode(
                                    r,
                                    el,
                                )?,
                            ),
                        )
                    }
                    "CReportedByRecord" => {
                        Ok(
                            Self::CReportedByRecord(
                                <CReportedByRecord as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CRequirement" => {
                        Ok(
                            Self::CRequirement(
                                <CRequirement as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CRequirementDocument" => {
                        Ok(
                            Self::CRequirementDocument(
                                <CRequirementDocument as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CSCCFileRecord" => {
                        Ok(
                            Self::CSCCFileRecord(
                                <CSCCFileRecord as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CStringField" => {
                        Ok(
                            Self::CStringField(
                                <CStringField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CSystem" => {
                        Ok(Self::CSystem(<CSystem as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CSystemBase" => {
                        Ok(
                            Self::CSystemBase(
                                <CSystemBase as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTask" => Ok(Self::CTask(<CTask as ttsoap::Decode>::decode(r, el)?)),
                    "CTestCase" => {
                        Ok(
                            Self::CTestCase(
                                <CTestCase as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTestCaseVariantField" => {
                        Ok(
                            Self::CTestCaseVariantField(
                                <CTestCaseVariantField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTestRun" => {
                        Ok(Self::CTestRun(<CTestRun as ttsoap::Decode>::decode(r, el)?))
                    }
                    "CTestRunVariantField" => {
                        Ok(
                            Self::CTestRunVariantField(
                                <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTimespanField" => {
                        Ok(
                            Self::CTimespanField(
                                <CTimespanField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CUser" => Ok(Self::CUser(<CUser as ttsoap::Decode>::decode(r, el)?)),
                    "CVersionField" => {
                        Ok(
                            Self::CVersionField(
                                <CVersionField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
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
impl ttsoap::Encode for CLink {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CLink", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(
            &self.link_definition_name,
            "linkDefinitionName",
            &ti::XSD_STRING,
            w,
        );
        self.comment.encode("comment", &ti::XSD_STRING, w);
        self.linkbroken.encode("linkbroken", &ti::XSD_BOOLEAN, w);
        self.linkparent.encode("linkparent", &ti::C_LINKED_ITEM, w);
        if !self.child_list.is_empty() {
            self.child_list.encode("childList", &ti::ARRAY_OF_C_LINKED_ITEM, w);
        }
        if !self.history_list.is_empty() {
            self.history_list
                .encode("historyList", &ti::ARRAY_OF_C_LINK_HISTORY_ITEM, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CLink {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CLink"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"linkDefinitionName" => {
                    seen |= 1u64 << 1u32;
                    v.link_definition_name = r.decode(child)?;
                }
                b"comment" => v.comment = r.decode(child)?,
                b"linkbroken" => v.linkbroken = r.decode(child)?,
                b"linkparent" => v.linkparent = r.decode(child)?,
                b"childList" => v.child_list = r.decode(child)?,
                b"historyList" => v.history_list = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            3u64,
            &[
                "recordid",
                "linkDefinitionName",
                "comment",
                "linkbroken",
                "linkparent",
                "childList",
                "historyList",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CLinkHistoryItem {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CLinkHistoryItem", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.order.encode("order", &ti::XSD_LONG, w);
        self.date.encode("date", &ti::XSD_DATE_TIME, w);
        self.firstname.encode("firstname", &ti::XSD_STRING, w);
        self.lastname.encode("lastname", &ti::XSD_STRING, w);
        self.history.encode("history", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CLinkHistoryItem {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CLinkHistoryItem"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"order" => {
                    seen |= 1u64 << 1u32;
                    v.order = r.decode(child)?;
                }
                b"date" => v.date = r.decode(child)?,
                b"firstname" => v.firstname = r.decode(child)?,
                b"lastname" => v.lastname = r.decode(child)?,
                b"history" => v.history = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            3u64,
            &["recordid", "order", "date", "firstname", "lastname", "history"],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CLinkedItem {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CLinkedItem", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.order.encode("order", &ti::XSD_LONG, w);
        self.entity_type.encode("entityType", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(
            &self.tablename,
            "tablename",
            &ti::XSD_STRING,
            w,
        );
        self.entity_id.encode("entityID", &ti::XSD_LONG, w);
        self.number.encode("number", &ti::XSD_STRING, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.status.encode("status", &ti::XSD_STRING, w);
        self.state.encode("state", &ti::XSD_STRING, w);
        self.issuspect.encode("issuspect", &ti::XSD_BOOLEAN, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CLinkedItem {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CLinkedItem"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"order" => {
                    seen |= 1u64 << 1u32;
                    v.order = r.decode(child)?;
                }
                b"entityType" => v.entity_type = r.decode(child)?,
                b"tablename" => {
                    seen |= 1u64 << 3u32;
                    v.tablename = r.decode(child)?;
                }
                b"entityID" => {
                    seen |= 1u64 << 4u32;
                    v.entity_id = r.decode(child)?;
                }
                b"number" => v.number = r.decode(child)?,
                b"summary" => v.summary = r.decode(child)?,
                b"status" => v.status = r.decode(child)?,
                b"state" => v.state = r.decode(child)?,
                b"issuspect" => v.issuspect = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            27u64,
            &[
                "recordid",
                "order",
                "entityType",
                "tablename",
                "entityID",
                "number",
                "summary",
                "status",
                "state",
                "issuspect",
            ],
        )?;
        Ok(v)
    }
}
/// `ttns:CMultiSelectDropdownField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CMultiSelectDropdownField {
    pub recordid: i64,
    pub name: Option<String>,
    pub values: Vec<CFieldValue>,
    /// `dropdownValues`
    pub dropdown_values: Vec<CFieldValue>,
}
impl ttsoap::Encode for CMultiSelectDropdownField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CMultiSelectDropdownField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        if !self.values.is_empty() {
            self.values.encode("values", &ti::ARRAY_OF_C_FIELD_VALUE, w);
        }
        if !self.dropdown_values.is_empty() {
            self.dropdown_values
                .encode("dropdownValues", &ti::ARRAY_OF_C_FIELD_VALUE, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CMultiSelectDropdownField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CMultiSelectDropdownField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"values" => v.values = r.decode(child)?,
                b"dropdownValues" => v.dropdown_values = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            3u64,
            &["recordid", "name", "values", "dropdownValues"],
        )?;
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => {
                Ok(
                    Self::CMultiSelectDropdownField(
                        <CMultiSelectDropdownField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            Some(t) => {
                match t.local.as_str() {
                    "CMultiSelectDropdownField" => {
                        Ok(
                            Self::CMultiSelectDropdownField(
                                <CMultiSelectDropdownField as ttsoap::Decode>::decode(
                                    r,
                                    el,
                                )?,
                            ),
                        )
                    }
                    "CTestCaseVariantField" => {
                        Ok(
                            Self::CTestCaseVariantField(
                                <CTestCaseVariantField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTestRunVariantField" => {
                        Ok(
                            Self::CTestRunVariantField(
                                <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
    }
}
/// Inherits from CItemWithDBRecordID. Extends the CItemWithDBRecordID type by adding an element that represents its order in a list. Used by CLinkedItem and CLinkHistoryItem, where the order of items is important.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct COrderedItemWithDBRecordId {
    pub recordid: i64,
    pub order: i64,
}
impl ttsoap::Encode for COrderedItemWithDBRecordId {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:COrderedItemWithDBRecordId", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.order.encode("order", &ti::XSD_LONG, w);
        w.end(name);
    }
}
impl ttsoap::Decode for COrderedItemWithDBRecordId {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["COrderedItemWithDBRecordId"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"order" => {
                    seen |= 1u64 << 1u32;
                    v.order = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 3u64, &["recordid", "order"])?;
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => {
                Ok(
                    Self::COrderedItemWithDBRecordId(
                        <COrderedItemWithDBRecordId as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            Some(t) => {
                match t.local.as_str() {
                    "COrderedItemWithDBRecordId" => {
                        Ok(
                            Self::COrderedItemWithDBRecordId(
                                <COrderedItemWithDBRecordId as ttsoap::Decode>::decode(
                                    r,
                                    el,
                                )?,
                            ),
                        )
                    }
                    "CLinkHistoryItem" => {
                        Ok(
                            Self::CLinkHistoryItem(
                                <CLinkHistoryItem as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CLinkedItem" => {
                        Ok(
                            Self::CLinkedItem(
                                <CLinkedItem as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
    }
}
/// `ttns:CProject`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CProject {
    pub database: Option<CDatabase>,
    pub options: Vec<CProjectDataOption>,
    pub servernumber: Option<i32>,
}
impl ttsoap::Encode for CProject {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CProject", w);
        ttsoap::encoding::encode_nillable(
            &self.database,
            "database",
            &ti::C_DATABASE,
            w,
        );
        if !self.options.is_empty() {
            self.options.encode("options", &ti::ARRAY_OF_C_PROJECT_DATA_OPTION, w);
        }
        self.servernumber.encode("servernumber", &ti::XSD_INT, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CProject {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CProject"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"database" => {
                    seen |= 1u64 << 0u32;
                    v.database = r.decode(child)?;
                }
                b"options" => v.options = r.decode(child)?,
                b"servernumber" => v.servernumber = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["database", "options", "servernumber"])?;
        Ok(v)
    }
}
/// Stores TestTrack project data options. Specifies what type of access a SOAP user has (TestTrack Pro, TestTrack TCM, and/or TestTrack RM).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CProjectDataOption {
    pub name: Option<String>,
}
impl ttsoap::Encode for CProjectDataOption {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CProjectDataOption", w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CProjectDataOption {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CProjectDataOption"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"name" => {
                    seen |= 1u64 << 0u32;
                    v.name = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["name"])?;
        Ok(v)
    }
}
/// `ttns:CRecordData`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CRecordData {
    pub value: Option<String>,
}
impl ttsoap::Encode for CRecordData {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CRecordData", w);
        ttsoap::encoding::encode_nillable(&self.value, "value", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CRecordData {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CRecordData"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"value" => {
                    seen |= 1u64 << 0u32;
                    v.value = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["value"])?;
        Ok(v)
    }
}
/// `ttns:CRecordListSoap`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CRecordListSoap {
    pub columnlist: Vec<CTableColumn>,
    pub records: Vec<CRecordRowSoap>,
}
impl ttsoap::Encode for CRecordListSoap {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CRecordListSoap", w);
        if !self.columnlist.is_empty() {
            self.columnlist.encode("columnlist", &ti::ARRAY_OF_C_TABLE_COLUMN, w);
        }
        if !self.records.is_empty() {
            self.records.encode("records", &ti::ARRAY_OF_C_RECORD_ROW_SOAP, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CRecordListSoap {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CRecordListSoap"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"columnlist" => v.columnlist = r.decode(child)?,
                b"records" => v.records = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
/// `ttns:CRecordRowSoap`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CRecordRowSoap {
    pub row: Vec<CRecordData>,
}
impl ttsoap::Encode for CRecordRowSoap {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CRecordRowSoap", w);
        self.row.encode("row", &ti::ARRAY_OF_C_RECORD_DATA, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CRecordRowSoap {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CRecordRowSoap"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"row" => {
                    seen |= 1u64 << 0u32;
                    v.row = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["row"])?;
        Ok(v)
    }
}
/// `ttns:CReportRunResults`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CReportRunResults {
    /// `m-FileList`
    pub m_file_list: Vec<AnyCFile>,
}
impl ttsoap::Encode for CReportRunResults {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CReportRunResults", w);
        if !self.m_file_list.is_empty() {
            self.m_file_list.encode("m-FileList", &ti::ARRAY_OF_C_FILE, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CReportRunResults {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CReportRunResults"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"m-FileList" => v.m_file_list = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
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
impl ttsoap::Encode for CReportedByRecord {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CReportedByRecord", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.foundby.encode("foundby", &ti::XSD_STRING, w);
        self.datefound.encode("datefound", &ti::XSD_DATE, w);
        self.contactinfo.encode("contactinfo", &ti::XSD_STRING, w);
        self.foundinversion.encode("foundinversion", &ti::XSD_STRING, w);
        self.comments.encode("comments", &ti::XSD_STRING, w);
        if !self.comments_inline_attach_list.is_empty() {
            self.comments_inline_attach_list
                .encode("commentsInlineAttachList", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        self.reproduced.encode("reproduced", &ti::XSD_STRING, w);
        self.reproducedsteps.encode("reproducedsteps", &ti::XSD_STRING, w);
        if !self.repro_steps_inline_attach_list.is_empty() {
            self.repro_steps_inline_attach_list
                .encode(
                    "reproStepsInlineAttachList",
                    &ti::ARRAY_OF_C_FILE_ATTACHMENT,
                    w,
                );
        }
        self.standardtestconfig.encode("standardtestconfig", &ti::C_SYSTEM, w);
        self.otherhardwaresoftware.encode("otherhardwaresoftware", &ti::XSD_STRING, w);
        if !self.other_hwsw_inline_attach_list.is_empty() {
            self.other_hwsw_inline_attach_list
                .encode("otherHWSWInlineAttachList", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        self.testconfigtype.encode("testconfigtype", &ti::XSD_SHORT, w);
        if !self.attachmentlist.is_empty() {
            self.attachmentlist
                .encode("attachmentlist", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        self.showorder.encode("showorder", &ti::XSD_SHORT, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CReportedByRecord {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CReportedByRecord"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"foundby" => v.foundby = r.decode(child)?,
                b"datefound" => v.datefound = r.decode(child)?,
                b"contactinfo" => v.contactinfo = r.decode(child)?,
                b"foundinversion" => v.foundinversion = r.decode(child)?,
                b"comments" => v.comments = r.decode(child)?,
                b"commentsInlineAttachList" => {
                    v.comments_inline_attach_list = r.decode(child)?;
                }
                b"reproduced" => v.reproduced = r.decode(child)?,
                b"reproducedsteps" => v.reproducedsteps = r.decode(child)?,
                b"reproStepsInlineAttachList" => {
                    v.repro_steps_inline_attach_list = r.decode(child)?;
                }
                b"standardtestconfig" => v.standardtestconfig = r.decode(child)?,
                b"otherhardwaresoftware" => v.otherhardwaresoftware = r.decode(child)?,
                b"otherHWSWInlineAttachList" => {
                    v.other_hwsw_inline_attach_list = r.decode(child)?;
                }
                b"testconfigtype" => v.testconfigtype = r.decode(child)?,
                b"attachmentlist" => v.attachmentlist = r.decode(child)?,
                b"showorder" => {
                    seen |= 1u64 << 15u32;
                    v.showorder = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            32769u64,
            &[
                "recordid",
                "foundby",
                "datefound",
                "contactinfo",
                "foundinversion",
                "comments",
                "commentsInlineAttachList",
                "reproduced",
                "reproducedsteps",
                "reproStepsInlineAttachList",
                "standardtestconfig",
                "otherhardwaresoftware",
                "otherHWSWInlineAttachList",
                "testconfigtype",
                "attachmentlist",
                "showorder",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CRequirement {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CRequirement", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.number.encode("number", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.type_, "type", &ti::XSD_STRING, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.tag.encode("tag", &ti::XSD_STRING, w);
        self.date_entered.encode("dateEntered", &ti::XSD_DATE, w);
        self.entered_by.encode("enteredBy", &ti::XSD_STRING, w);
        self.importance.encode("importance", &ti::XSD_STRING, w);
        self.description.encode("description", &ti::XSD_STRING, w);
        if !self.description_inline_attach_list.is_empty() {
            self.description_inline_attach_list
                .encode(
                    "descriptionInlineAttachList",
                    &ti::ARRAY_OF_C_FILE_ATTACHMENT,
                    w,
                );
        }
        self.state.encode("state", &ti::XSD_STRING, w);
        if !self.attachment_list.is_empty() {
            self.attachment_list
                .encode("attachmentList", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        if !self.scc_file_list.is_empty() {
            self.scc_file_list.encode("sccFileList", &ti::ARRAY_OF_CSCC_FILE_RECORD, w);
        }
        if !self.custom_field_list.is_empty() {
            self.custom_field_list.encode("customFieldList", &ti::ARRAY_OF_C_FIELD, w);
        }
        if !self.event_list.is_empty() {
            self.event_list.encode("eventList", &ti::ARRAY_OF_C_EVENT, w);
        }
        if !self.version_list.is_empty() {
            self.version_list.encode("versionList", &ti::ARRAY_OF_C_VERSION_INFO, w);
        }
        self.date_time_created.encode("dateTimeCreated", &ti::XSD_DATE_TIME, w);
        self.created_by_user.encode("createdByUser", &ti::XSD_STRING, w);
        self.location_added_from.encode("locationAddedFrom", &ti::XSD_STRING, w);
        self.modified_by_user.encode("modifiedByUser", &ti::XSD_STRING, w);
        self.date_time_modified.encode("dateTimeModified", &ti::XSD_DATE_TIME, w);
        self.actual_hours.encode("actualHours", &ti::XSD_DOUBLE, w);
        self.estimated_hours.encode("estimatedHours", &ti::XSD_DOUBLE, w);
        self.remaining_hours.encode("remainingHours", &ti::XSD_DOUBLE, w);
        self.variance.encode("variance", &ti::XSD_DOUBLE, w);
        self.story_points.encode("storyPoints", &ti::XSD_LONG, w);
        self.percent_done.encode("percentDone", &ti::XSD_LONG, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CRequirement {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CRequirement"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"number" => v.number = r.decode(child)?,
                b"type" => {
                    seen |= 1u64 << 2u32;
                    v.type_ = r.decode(child)?;
                }
                b"summary" => v.summary = r.decode(child)?,
                b"tag" => v.tag = r.decode(child)?,
                b"dateEntered" => v.date_entered = r.decode(child)?,
                b"enteredBy" => v.entered_by = r.decode(child)?,
                b"importance" => v.importance = r.decode(child)?,
                b"description" => v.description = r.decode(child)?,
                b"descriptionInlineAttachList" => {
                    v.description_inline_attach_list = r.decode(child)?;
                }
                b"state" => v.state = r.decode(child)?,
                b"attachmentList" => v.attachment_list = r.decode(child)?,
                b"sccFileList" => v.scc_file_list = r.decode(child)?,
                b"customFieldList" => v.custom_field_list = r.decode(child)?,
                b"eventList" => v.event_list = r.decode(child)?,
                b"versionList" => v.version_list = r.decode(child)?,
                b"dateTimeCreated" => v.date_time_created = r.decode(child)?,
                b"createdByUser" => v.created_by_user = r.decode(child)?,
                b"locationAddedFrom" => v.location_added_from = r.decode(child)?,
                b"modifiedByUser" => v.modified_by_user = r.decode(child)?,
                b"dateTimeModified" => v.date_time_modified = r.decode(child)?,
                b"actualHours" => v.actual_hours = r.decode(child)?,
                b"estimatedHours" => v.estimated_hours = r.decode(child)?,
                b"remainingHours" => v.remaining_hours = r.decode(child)?,
                b"variance" => v.variance = r.decode(child)?,
                b"storyPoints" => v.story_points = r.decode(child)?,
                b"percentDone" => v.percent_done = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            5u64,
            &[
                "recordid",
                "number",
                "type",
                "summary",
                "tag",
                "dateEntered",
                "enteredBy",
                "importance",
                "description",
                "descriptionInlineAttachList",
                "state",
                "attachmentList",
                "sccFileList",
                "customFieldList",
                "eventList",
                "versionList",
                "dateTimeCreated",
                "createdByUser",
                "locationAddedFrom",
                "modifiedByUser",
                "dateTimeModified",
                "actualHours",
                "estimatedHours",
                "remainingHours",
                "variance",
                "storyPoints",
                "percentDone",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CRequirementDocument {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CRequirementDocument", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.number.encode("number", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.description.encode("description", &ti::XSD_STRING, w);
        if !self.description_inline_attach_list.is_empty() {
            self.description_inline_attach_list
                .encode(
                    "descriptionInlineAttachList",
                    &ti::ARRAY_OF_C_FILE_ATTACHMENT,
                    w,
                );
        }
        self.state.encode("state", &ti::XSD_STRING, w);
        if !self.attachment_list.is_empty() {
            self.attachment_list
                .encode("attachmentList", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        if !self.scc_file_list.is_empty() {
            self.scc_file_list.encode("sccFileList", &ti::ARRAY_OF_CSCC_FILE_RECORD, w);
        }
        if !self.custom_field_list.is_empty() {
            self.custom_field_list.encode("customFieldList", &ti::ARRAY_OF_C_FIELD, w);
        }
        if !self.event_list.is_empty() {
            self.event_list.encode("eventList", &ti::ARRAY_OF_C_EVENT, w);
        }
        if !self.snapshot_list.is_empty() {
            self.snapshot_list.encode("snapshotList", &ti::ARRAY_OF_C_SNAPSHOT_INFO, w);
        }
        self.date_time_created.encode("dateTimeCreated", &ti::XSD_DATE_TIME, w);
        self.created_by_user.encode("createdByUser", &ti::XSD_STRING, w);
        self.location_added_from.encode("locationAddedFrom", &ti::XSD_STRING, w);
        self.modified_by_user.encode("modifiedByUser", &ti::XSD_STRING, w);
        self.date_time_modified.encode("dateTimeModified", &ti::XSD_DATE_TIME, w);
        self.actual_hours.encode("actualHours", &ti::XSD_DOUBLE, w);
        self.estimated_hours.encode("estimatedHours", &ti::XSD_DOUBLE, w);
        self.remaining_hours.encode("remainingHours", &ti::XSD_DOUBLE, w);
        self.variance.encode("variance", &ti::XSD_DOUBLE, w);
        self.story_points.encode("storyPoints", &ti::XSD_LONG, w);
        self.percent_done.encode("percentDone", &ti::XSD_LONG, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CRequirementDocument {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CRequirementDocument"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"number" => v.number = r.decode(child)?,
                b"name" => v.name = r.decode(child)?,
                b"description" => v.description = r.decode(child)?,
                b"descriptionInlineAttachList" => {
                    v.description_inline_attach_list = r.decode(child)?;
                }
                b"state" => v.state = r.decode(child)?,
                b"attachmentList" => v.attachment_list = r.decode(child)?,
                b"sccFileList" => v.scc_file_list = r.decode(child)?,
                b"customFieldList" => v.custom_field_list = r.decode(child)?,
                b"eventList" => v.event_list = r.decode(child)?,
                b"snapshotList" => v.snapshot_list = r.decode(child)?,
                b"dateTimeCreated" => v.date_time_created = r.decode(child)?,
                b"createdByUser" => v.created_by_user = r.decode(child)?,
                b"locationAddedFrom" => v.location_added_from = r.decode(child)?,
                b"modifiedByUser" => v.modified_by_user = r.decode(child)?,
                b"dateTimeModified" => v.date_time_modified = r.decode(child)?,
                b"actualHours" => v.actual_hours = r.decode(child)?,
                b"estimatedHours" => v.estimated_hours = r.decode(child)?,
                b"remainingHours" => v.remaining_hours = r.decode(child)?,
                b"variance" => v.variance = r.decode(child)?,
                b"storyPoints" => v.story_points = r.decode(child)?,
                b"percentDone" => v.percent_done = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            1u64,
            &[
                "recordid",
                "number",
                "name",
                "description",
                "descriptionInlineAttachList",
                "state",
                "attachmentList",
                "sccFileList",
                "customFieldList",
                "eventList",
                "snapshotList",
                "dateTimeCreated",
                "createdByUser",
                "locationAddedFrom",
                "modifiedByUser",
                "dateTimeModified",
                "actualHours",
                "estimatedHours",
                "remainingHours",
                "variance",
                "storyPoints",
                "percentDone",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CSCCFileRecord {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CSCCFileRecord", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(
            &self.m_str_file_name,
            "m-strFileName",
            &ti::XSD_STRING,
            w,
        );
        self.m_str_fixed_revision.encode("m-strFixedRevision", &ti::XSD_STRING, w);
        self.m_date_fixed_timestamp
            .encode("m-dateFixedTimestamp", &ti::XSD_DATE_TIME, w);
        self.m_str_type.encode("m-strType", &ti::XSD_STRING, w);
        self.m_script_order.encode("m-scriptOrder", &ti::XSD_LONG, w);
        self.m_str_script_state.encode("m-strScriptState", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CSCCFileRecord {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CSCCFileRecord"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"m-strFileName" => {
                    seen |= 1u64 << 1u32;
                    v.m_str_file_name = r.decode(child)?;
                }
                b"m-strFixedRevision" => v.m_str_fixed_revision = r.decode(child)?,
                b"m-dateFixedTimestamp" => v.m_date_fixed_timestamp = r.decode(child)?,
                b"m-strType" => v.m_str_type = r.decode(child)?,
                b"m-scriptOrder" => v.m_script_order = r.decode(child)?,
                b"m-strScriptState" => v.m_str_script_state = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            3u64,
            &[
                "recordid",
                "m-strFileName",
                "m-strFixedRevision",
                "m-dateFixedTimestamp",
                "m-strType",
                "m-scriptOrder",
                "m-strScriptState",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CScheduleInfo {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CScheduleInfo", w);
        self.startdate.encode("startdate", &ti::XSD_DATE, w);
        self.enddate.encode("enddate", &ti::XSD_DATE, w);
        self.includeweekends.encode("includeweekends", &ti::XSD_BOOLEAN, w);
        self.nonworkingdays.encode("nonworkingdays", &ti::XSD_LONG, w);
        self.hoursperday.encode("hoursperday", &ti::XSD_DOUBLE, w);
        self.ptohours.encode("ptohours", &ti::XSD_DOUBLE, w);
        self.usersavailable.encode("usersavailable", &ti::XSD_DOUBLE, w);
        self.storypoints.encode("storypoints", &ti::XSD_LONG, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CScheduleInfo {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CScheduleInfo"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"startdate" => v.startdate = r.decode(child)?,
                b"enddate" => v.enddate = r.decode(child)?,
                b"includeweekends" => v.includeweekends = r.decode(child)?,
                b"nonworkingdays" => v.nonworkingdays = r.decode(child)?,
                b"hoursperday" => v.hoursperday = r.decode(child)?,
                b"ptohours" => v.ptohours = r.decode(child)?,
                b"usersavailable" => v.usersavailable = r.decode(child)?,
                b"storypoints" => v.storypoints = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
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
impl ttsoap::Encode for CSnapshotInfo {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CSnapshotInfo", w);
        self.version_number.encode("versionNumber", &ti::XSD_LONG, w);
        self.created_by_user.encode("createdByUser", &ti::XSD_STRING, w);
        self.date_time_created.encode("dateTimeCreated", &ti::XSD_STRING, w);
        self.label.encode("label", &ti::XSD_STRING, w);
        self.comment.encode("comment", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CSnapshotInfo {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CSnapshotInfo"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"versionNumber" => v.version_number = r.decode(child)?,
                b"createdByUser" => v.created_by_user = r.decode(child)?,
                b"dateTimeCreated" => v.date_time_created = r.decode(child)?,
                b"label" => v.label = r.decode(child)?,
                b"comment" => v.comment = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
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
impl ttsoap::Encode for CStringField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CStringField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        self.value.encode("value", &ti::XSD_STRING, w);
        self.is_multiline_string.encode("isMultilineString", &ti::XSD_BOOLEAN, w);
        self.contains_formatting.encode("containsFormatting", &ti::XSD_BOOLEAN, w);
        if !self.inline_attachment_list.is_empty() {
            self.inline_attachment_list
                .encode("inlineAttachmentList", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CStringField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CStringField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"value" => v.value = r.decode(child)?,
                b"isMultilineString" => v.is_multiline_string = r.decode(child)?,
                b"containsFormatting" => v.contains_formatting = r.decode(child)?,
                b"inlineAttachmentList" => v.inline_attachment_list = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            3u64,
            &[
                "recordid",
                "name",
                "value",
                "isMultilineString",
                "containsFormatting",
                "inlineAttachmentList",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CSystem {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CSystem", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(
            &self.systemname,
            "systemname",
            &ti::XSD_STRING,
            w,
        );
        self.computermodel.encode("computermodel", &ti::XSD_STRING, w);
        self.computerbrand.encode("computerbrand", &ti::XSD_STRING, w);
        self.cputype.encode("cputype", &ti::XSD_STRING, w);
        self.cpuspeed.encode("cpuspeed", &ti::XSD_STRING, w);
        self.harddisktype.encode("harddisktype", &ti::XSD_STRING, w);
        self.harddisksize.encode("harddisksize", &ti::XSD_STRING, w);
        self.ramsize.encode("ramsize", &ti::XSD_STRING, w);
        self.romsize.encode("romsize", &ti::XSD_STRING, w);
        self.osname.encode("osname", &ti::XSD_STRING, w);
        self.osversion.encode("osversion", &ti::XSD_STRING, w);
        self.videoname.encode("videoname", &ti::XSD_STRING, w);
        self.hascdrom.encode("hascdrom", &ti::XSD_BOOLEAN, w);
        self.cdrommodel.encode("cdrommodel", &ti::XSD_STRING, w);
        self.hasscanner.encode("hasscanner", &ti::XSD_BOOLEAN, w);
        self.scannermodel.encode("scannermodel", &ti::XSD_STRING, w);
        self.hasmodem.encode("hasmodem", &ti::XSD_BOOLEAN, w);
        self.modemmodel.encode("modemmodel", &ti::XSD_STRING, w);
        self.hasprinter.encode("hasprinter", &ti::XSD_BOOLEAN, w);
        self.printermodel.encode("printermodel", &ti::XSD_STRING, w);
        self.otherhardware.encode("otherhardware", &ti::XSD_STRING, w);
        self.hasmultiplemonitors.encode("hasmultiplemonitors", &ti::XSD_BOOLEAN, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CSystem {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CSystem"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"systemname" => {
                    seen |= 1u64 << 1u32;
                    v.systemname = r.decode(child)?;
                }
                b"computermodel" => v.computermodel = r.decode(child)?,
                b"computerbrand" => v.computerbrand = r.decode(child)?,
                b"cputype" => v.cputype = r.decode(child)?,
                b"cpuspeed" => v.cpuspeed = r.decode(child)?,
                b"harddisktype" => v.harddisktype = r.decode(child)?,
                b"harddisksize" => v.harddisksize = r.decode(child)?,
                b"ramsize" => v.ramsize = r.decode(child)?,
                b"romsize" => v.romsize = r.decode(child)?,
                b"osname" => v.osname = r.decode(child)?,
                b"osversion" => v.osversion = r.decode(child)?,
                b"videoname" => v.videoname = r.decode(child)?,
                b"hascdrom" => v.hascdrom = r.decode(child)?,
                b"cdrommodel" => v.cdrommodel = r.decode(child)?,
                b"hasscanner" => v.hasscanner = r.decode(child)?,
                b"scannermodel" => v.scannermodel = r.decode(child)?,
                b"hasmodem" => v.hasmodem = r.decode(child)?,
                b"modemmodel" => v.modemmodel = r.decode(child)?,
                b"hasprinter" => v.hasprinter = r.decode(child)?,
                b"printermodel" => v.printermodel = r.decode(child)?,
                b"otherhardware" => v.otherhardware = r.decode(child)?,
                b"hasmultiplemonitors" => v.hasmultiplemonitors = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            3u64,
            &[
                "recordid",
                "systemname",
                "computermodel",
                "computerbrand",
                "cputype",
                "cpuspeed",
                "harddisktype",
                "harddisksize",
                "ramsize",
                "romsize",
                "osname",
                "osversion",
                "videoname",
                "hascdrom",
                "cdrommodel",
                "hasscanner",
                "scannermodel",
                "hasmodem",
                "modemmodel",
                "hasprinter",
                "printermodel",
                "otherhardware",
                "hasmultiplemonitors",
            ],
        )?;
        Ok(v)
    }
}
/// `ttns:CSystemBase`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CSystemBase {
    pub recordid: i64,
    pub systemname: Option<String>,
}
impl ttsoap::Encode for CSystemBase {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CSystemBase", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(
            &self.systemname,
            "systemname",
            &ti::XSD_STRING,
            w,
        );
        w.end(name);
    }
}
impl ttsoap::Decode for CSystemBase {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CSystemBase"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"systemname" => {
                    seen |= 1u64 << 1u32;
                    v.systemname = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 3u64, &["recordid", "systemname"])?;
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => {
                Ok(Self::CSystemBase(<CSystemBase as ttsoap::Decode>::decode(r, el)?))
            }
            Some(t) => {
                match t.local.as_str() {
                    "CSystemBase" => {
                        Ok(
                            Self::CSystemBase(
                                <CSystemBase as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CSystem" => {
                        Ok(Self::CSystem(<CSystem as ttsoap::Decode>::decode(r, el)?))
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
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
impl ttsoap::Encode for CTTVersionInfo {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTTVersionInfo", w);
        self.server_version.encode("serverVersion", &ti::XSD_STRING, w);
        self.cgi_version.encode("cgiVersion", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CTTVersionInfo {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTTVersionInfo"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"serverVersion" => v.server_version = r.decode(child)?,
                b"cgiVersion" => v.cgi_version = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
/// Stores the name of a field that can be retrieved via list operations. Used by getColumnsForTable to return the list of columns that can be retrieved for a table. Structure is also used by getRecordListForTable to return an array of fields for objects in a table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTableColumn {
    pub name: Option<String>,
}
impl ttsoap::Encode for CTableColumn {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTableColumn", w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CTableColumn {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTableColumn"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"name" => {
                    seen |= 1u64 << 0u32;
                    v.name = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["name"])?;
        Ok(v)
    }
}
/// Stores the name of a field with a discrete range of values. Used by getDropdownFieldForTable to return an array of field name values. For example, structure can be used for fields represented by a combo box.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTableField {
    pub name: Option<String>,
}
impl ttsoap::Encode for CTableField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTableField", w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CTableField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTableField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"name" => {
                    seen |= 1u64 << 0u32;
                    v.name = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 1u64, &["name"])?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CTask {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTask", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.status.encode("status", &ti::XSD_STRING, w);
        self.priority.encode("priority", &ti::XSD_STRING, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.description.encode("description", &ti::XSD_STRING, w);
        self.datedue.encode("datedue", &ti::XSD_DATE, w);
        self.dateassigned.encode("dateassigned", &ti::XSD_DATE, w);
        self.versiondue.encode("versiondue", &ti::XSD_STRING, w);
        self.assignedto.encode("assignedto", &ti::XSD_STRING, w);
        self.assignedby.encode("assignedby", &ti::XSD_STRING, w);
        self.assigneddefect.encode("assigneddefect", &ti::XSD_LONG, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CTask {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTask"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"status" => v.status = r.decode(child)?,
                b"priority" => v.priority = r.decode(child)?,
                b"summary" => v.summary = r.decode(child)?,
                b"description" => v.description = r.decode(child)?,
                b"datedue" => v.datedue = r.decode(child)?,
                b"dateassigned" => v.dateassigned = r.decode(child)?,
                b"versiondue" => v.versiondue = r.decode(child)?,
                b"assignedto" => v.assignedto = r.decode(child)?,
                b"assignedby" => v.assignedby = r.decode(child)?,
                b"assigneddefect" => v.assigneddefect = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            1u64,
            &[
                "recordid",
                "status",
                "priority",
                "summary",
                "description",
                "datedue",
                "dateassigned",
                "versiondue",
                "assignedto",
                "assignedby",
                "assigneddefect",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CTestCase {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTestCase", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.testcasenumber.encode("testcasenumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.state.encode("state", &ti::XSD_STRING, w);
        self.createdbyuser.encode("createdbyuser", &ti::XSD_STRING, w);
        self.datetimecreated.encode("datetimecreated", &ti::XSD_DATE_TIME, w);
        self.locationaddedfrom.encode("locationaddedfrom", &ti::XSD_STRING, w);
        self.modifiedbyuser.encode("modifiedbyuser", &ti::XSD_STRING, w);
        self.datetimemodified.encode("datetimemodified", &ti::XSD_DATE_TIME, w);
        if !self.custom_field_list.is_empty() {
            self.custom_field_list.encode("customFieldList", &ti::ARRAY_OF_C_FIELD, w);
        }
        if !self.eventlist.is_empty() {
            self.eventlist.encode("eventlist", &ti::ARRAY_OF_C_EVENT, w);
        }
        self.actualhours.encode("actualhours", &ti::XSD_DOUBLE, w);
        self.estimatedhours.encode("estimatedhours", &ti::XSD_DOUBLE, w);
        self.remaininghours.encode("remaininghours", &ti::XSD_DOUBLE, w);
        self.variance.encode("variance", &ti::XSD_DOUBLE, w);
        self.storypoints.encode("storypoints", &ti::XSD_LONG, w);
        self.percentdone.encode("percentdone", &ti::XSD_LONG, w);
        self.type_.encode("type", &ti::XSD_STRING, w);
        self.testrunstepsmode.encode("testrunstepsmode", &ti::XSD_STRING, w);
        self.isautomated.encode("isautomated", &ti::XSD_BOOLEAN, w);
        self.estimatedtime.encode("estimatedtime", &ti::XSD_STRING, w);
        self.steps.encode("steps", &ti::XSD_STRING, w);
        if !self.test_variants.is_empty() {
            self.test_variants
                .encode("testVariants", &ti::ARRAY_OF_C_TEST_CASE_VARIANT_FIELD, w);
        }
        if !self.attachmentlist.is_empty() {
            self.attachmentlist
                .encode("attachmentlist", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        if !self.scc_file_list.is_empty() {
            self.scc_file_list.encode("sccFileList", &ti::ARRAY_OF_CSCC_FILE_RECORD, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CTestCase {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTestCase"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"testcasenumber" => v.testcasenumber = r.decode(child)?,
                b"summary" => v.summary = r.decode(child)?,
                b"state" => v.state = r.decode(child)?,
                b"createdbyuser" => v.createdbyuser = r.decode(child)?,
                b"datetimecreated" => v.datetimecreated = r.decode(child)?,
                b"locationaddedfrom" => v.locationaddedfrom = r.decode(child)?,
                b"modifiedbyuser" => v.modifiedbyuser = r.decode(child)?,
                b"datetimemodified" => v.datetimemodified = r.decode(child)?,
                b"customFieldList" => v.custom_field_list = r.decode(child)?,
                b"eventlist" => v.eventlist = r.decode(child)?,
                b"actualhours" => v.actualhours = r.decode(child)?,
                b"estimatedhours" => v.estimatedhours = r.decode(child)?,
                b"remaininghours" => v.remaininghours = r.decode(child)?,
                b"variance" => v.variance = r.decode(child)?,
                b"storypoints" => v.storypoints = r.decode(child)?,
                b"percentdone" => v.percentdone = r.decode(child)?,
                b"type" => v.type_ = r.decode(child)?,
                b"testrunstepsmode" => v.testrunstepsmode = r.decode(child)?,
                b"isautomated" => v.isautomated = r.decode(child)?,
                b"estimatedtime" => v.estimatedtime = r.decode(child)?,
                b"steps" => v.steps = r.decode(child)?,
                b"testVariants" => v.test_variants = r.decode(child)?,
                b"attachmentlist" => v.attachmentlist = r.decode(child)?,
                b"sccFileList" => v.scc_file_list = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            1u64,
            &[
                "recordid",
                "testcasenumber",
                "summary",
                "state",
                "createdbyuser",
                "datetimecreated",
                "locationaddedfrom",
                "modifiedbyuser",
                "datetimemodified",
                "customFieldList",
                "eventlist",
                "actualhours",
                "estimatedhours",
                "remaininghours",
                "variance",
                "storypoints",
                "percentdone",
                "type",
                "testrunstepsmode",
                "isautomated",
                "estimatedtime",
                "steps",
                "testVariants",
                "attachmentlist",
                "sccFileList",
            ],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CTestCaseVariantField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTestCaseVariantField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        if !self.values.is_empty() {
            self.values.encode("values", &ti::ARRAY_OF_C_FIELD_VALUE, w);
        }
        if !self.dropdown_values.is_empty() {
            self.dropdown_values
                .encode("dropdownValues", &ti::ARRAY_OF_C_FIELD_VALUE, w);
        }
        ttsoap::encoding::encode_nillable(&self.type_, "type", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CTestCaseVariantField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTestCaseVariantField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"values" => v.values = r.decode(child)?,
                b"dropdownValues" => v.dropdown_values = r.decode(child)?,
                b"type" => {
                    seen |= 1u64 << 4u32;
                    v.type_ = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            19u64,
            &["recordid", "name", "values", "dropdownValues", "type"],
        )?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CTestRun {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTestRun", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.testrunnumber.encode("testrunnumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.state.encode("state", &ti::XSD_STRING, w);
        self.createdbyuser.encode("createdbyuser", &ti::XSD_STRING, w);
        self.datetimecreated.encode("datetimecreated", &ti::XSD_DATE_TIME, w);
        self.locationaddedfrom.encode("locationaddedfrom", &ti::XSD_STRING, w);
        self.modifiedbyuser.encode("modifiedbyuser", &ti::XSD_STRING, w);
        self.datetimemodified.encode("datetimemodified", &ti::XSD_DATE_TIME, w);
        if !self.custom_field_list.is_empty() {
            self.custom_field_list.encode("customFieldList", &ti::ARRAY_OF_C_FIELD, w);
        }
        if !self.eventlist.is_empty() {
            self.eventlist.encode("eventlist", &ti::ARRAY_OF_C_EVENT, w);
        }
        self.actualhours.encode("actualhours", &ti::XSD_DOUBLE, w);
        self.estimatedhours.encode("estimatedhours", &ti::XSD_DOUBLE, w);
        self.remaininghours.encode("remaininghours", &ti::XSD_DOUBLE, w);
        self.variance.encode("variance", &ti::XSD_DOUBLE, w);
        self.storypoints.encode("storypoints", &ti::XSD_LONG, w);
        self.percentdone.encode("percentdone", &ti::XSD_LONG, w);
        self.testcasenumber.encode("testcasenumber", &ti::XSD_LONG, w);
        self.testcaserecordid.encode("testcaserecordid", &ti::XSD_LONG, w);
        self.type_.encode("type", &ti::XSD_STRING, w);
        self.testrunset.encode("testrunset", &ti::XSD_STRING, w);
        self.isautomated.encode("isautomated", &ti::XSD_BOOLEAN, w);
        self.estimatedtime.encode("estimatedtime", &ti::XSD_STRING, w);
        self.steps.encode("steps", &ti::XSD_STRING, w);
        self.problemstatement.encode("problemstatement", &ti::XSD_STRING, w);
        if !self.test_variants.is_empty() {
            self.test_variants
                .encode("testVariants", &ti::ARRAY_OF_C_TEST_CASE_VARIANT_FIELD, w);
        }
        if !self.attachmentlist.is_empty() {
            self.attachmentlist
                .encode("attachmentlist", &ti::ARRAY_OF_C_FILE_ATTACHMENT, w);
        }
        if !self.scc_file_list.is_empty() {
            self.scc_file_list.encode("sccFileList", &ti::ARRAY_OF_CSCC_FILE_RECORD, w);
        }
        self.stepsmode.encode("stepsmode", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CTestRun {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTestRun"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"testrunnumber" => v.testrunnumber = r.decode(child)?,
                b"summary" => v.summary = r.decode(child)?,
                b"state" => v.state = r.decode(child)?,
                b"createdbyuser" => v.createdbyuser = r.decode(child)?,
                b"datetimecreated" => v.datetimecreated = r.decode(child)?,
                b"locationaddedfrom" => v.locationaddedfrom = r.decode(child)?,
                b"modifiedbyuser" => v.modifiedbyuser = r.decode(child)?,
                b"datetimemodified" => v.datetimemodified = r.decode(child)?,
                b"customFieldList" => v.custom_field_list = r.decode(child)?,
                b"eventlist" => v.eventlist = r.decode(child)?,
                b"actualhours" => v.actualhours = r.decode(child)?,
                b"estimatedhours" => v.estimatedhours = r.decode(child)?,
                b"remaininghours" => v.remaininghours = r.decode(child)?,
                b"variance" => v.variance = r.decode(child)?,
                b"storypoints" => v.storypoints = r.decode(child)?,
                b"percentdone" => v.percentdone = r.decode(child)?,
                b"testcasenumber" => v.testcasenumber = r.decode(child)?,
                b"testcaserecordid" => v.testcaserecordid = r.decode(child)?,
                b"type" => v.type_ = r.decode(child)?,
                b"testrunset" => v.testrunset = r.decode(child)?,
                b"isautomated" => v.isautomated = r.decode(child)?,
                b"estimatedtime" => v.estimatedtime = r.decode(child)?,
                b"steps" => v.steps = r.decode(child)?,
                b"problemstatement" => v.problemstatement = r.decode(child)?,
                b"testVariants" => v.test_variants = r.decode(child)?,
                b"attachmentlist" => v.attachmentlist = r.decode(child)?,
                b"sccFileList" => v.scc_file_list = r.decode(child)?,
                b"stepsmode" => v.stepsmode = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            1u64,
            &[
                "recordid",
                "testrunnumber",
                "summary",
                "state",
                "createdbyuser",
                "datetimecreated",
                "locationaddedfrom",
                "modifiedbyuser",
                "datetimemodified",
                "customFieldList",
                "eventlist",
                "actualhours",
                "estimatedhours",
                "remaininghours",
                "variance",
                "storypoints",
                "percentdone",
                "testcasenumber",
                "testcaserecordid",
                "type",
                "testrunset",
                "isautomated",
                "estimatedtime",
                "steps",
                "problemstatement",
                "testVariants",
                "attachmentlist",
                "sccFileList",
                "stepsmode",
            ],
        )?;
        Ok(v)
    }
}
/// Inherits from CMultiSelectDropdownfield. Extends CMultiSelectDropdownField. Stores any additional test variants added to a test run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CTestRunVariantField {
    pub recordid: i64,
    pub name: Option<String>,
    pub values: Vec<CFieldValue>,
    /// `dropdownValues`
    pub dropdown_values: Vec<CFieldValue>,
}
impl ttsoap::Encode for CTestRunVariantField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTestRunVariantField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        if !self.values.is_empty() {
            self.values.encode("values", &ti::ARRAY_OF_C_FIELD_VALUE, w);
        }
        if !self.dropdown_values.is_empty() {
            self.dropdown_values
                .encode("dropdownValues", &ti::ARRAY_OF_C_FIELD_VALUE, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CTestRunVariantField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTestRunVariantField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"values" => v.values = r.decode(child)?,
                b"dropdownValues" => v.dropdown_values = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            3u64,
            &["recordid", "name", "values", "dropdownValues"],
        )?;
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => {
                Ok(
                    Self::CTestRunVariantField(
                        <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            Some(t) => {
                match t.local.as_str() {
                    "CTestRunVariantField" => {
                        Ok(
                            Self::CTestRunVariantField(
                                <CTestRunVariantField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CTestCaseVariantField" => {
                        Ok(
                            Self::CTestCaseVariantField(
                                <CTestCaseVariantField as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
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
impl ttsoap::Encode for CTimespanField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTimespanField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        self.value.encode("value", &ti::XSD_DOUBLE, w);
        ttsoap::encoding::encode_nillable(&self.unit, "unit", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CTimespanField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTimespanField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"value" => {
                    seen |= 1u64 << 2u32;
                    v.value = r.decode(child)?;
                }
                b"unit" => {
                    seen |= 1u64 << 3u32;
                    v.unit = r.decode(child)?;
                }
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 15u64, &["recordid", "name", "value", "unit"])?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CTreeNodeSoap {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CTreeNodeSoap", w);
        self.entity_table_name.encode("entityTableName", &ti::XSD_STRING, w);
        self.entity_record_id.encode("entityRecordID", &ti::XSD_LONG, w);
        if !self.child_list.is_empty() {
            self.child_list.encode("childList", &ti::ARRAY_OF_C_TREE_NODE_SOAP, w);
        }
        w.end(name);
    }
}
impl ttsoap::Decode for CTreeNodeSoap {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CTreeNodeSoap"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"entityTableName" => v.entity_table_name = r.decode(child)?,
                b"entityRecordID" => {
                    seen |= 1u64 << 1u32;
                    v.entity_record_id = r.decode(child)?;
                }
                b"childList" => v.child_list = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            2u64,
            &["entityTableName", "entityRecordID", "childList"],
        )?;
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => {
                Ok(
                    Self::CTreeNodeSoap(
                        <CTreeNodeSoap as ttsoap::Decode>::decode(r, el)?,
                    ),
                )
            }
            Some(t) => {
                match t.local.as_str() {
                    "CTreeNodeSoap" => {
                        Ok(
                            Self::CTreeNodeSoap(
                                <CTreeNodeSoap as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CDocumentTreeNode" => {
                        Ok(
                            Self::CDocumentTreeNode(
                                <CDocumentTreeNode as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
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
impl ttsoap::Encode for CUser {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CUser", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        self.firstname.encode("firstname", &ti::XSD_STRING, w);
        self.middleinitials.encode("middleinitials", &ti::XSD_STRING, w);
        self.lastname.encode("lastname", &ti::XSD_STRING, w);
        self.usergroupname.encode("usergroupname", &ti::XSD_STRING, w);
        self.company.encode("company", &ti::XSD_STRING, w);
        self.division.encode("division", &ti::XSD_STRING, w);
        self.department.encode("department", &ti::XSD_STRING, w);
        self.emailtype.encode("emailtype", &ti::XSD_STRING, w);
        self.emailaddress.encode("emailaddress", &ti::XSD_STRING, w);
        self.isactive.encode("isactive", &ti::XSD_BOOLEAN, w);
        self.iscustomer.encode("iscustomer", &ti::XSD_BOOLEAN, w);
        self.isglobal.encode("isglobal", &ti::XSD_BOOLEAN, w);
        self.isactiveglobal.encode("isactiveglobal", &ti::XSD_BOOLEAN, w);
        self.user_license.encode("userLicense", &ti::XSD_STRING, w);
        self.user_license_tcm.encode("userLicenseTCM", &ti::XSD_STRING, w);
        self.user_license_rm.encode("userLicenseRM", &ti::XSD_STRING, w);
        self.user_license_rm_reviewer
            .encode("userLicenseRMReviewer", &ti::XSD_STRING, w);
        self.user_license_suite.encode("userLicenseSuite", &ti::XSD_STRING, w);
        self.password.encode("password", &ti::XSD_STRING, w);
        self.loginname.encode("loginname", &ti::XSD_STRING, w);
        self.phoneone.encode("phoneone", &ti::PHONE_NUMBER, w);
        self.phonetwo.encode("phonetwo", &ti::PHONE_NUMBER, w);
        self.notes.encode("notes", &ti::XSD_STRING, w);
        self.betasite.encode("betasite", &ti::XSD_BOOLEAN, w);
        self.address.encode("address", &ti::XSD_STRING, w);
        self.testconfig.encode("testconfig", &ti::C_SYSTEM, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CUser {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CUser"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"firstname" => v.firstname = r.decode(child)?,
                b"middleinitials" => v.middleinitials = r.decode(child)?,
                b"lastname" => v.lastname = r.decode(child)?,
                b"usergroupname" => v.usergroupname = r.decode(child)?,
                b"company" => v.company = r.decode(child)?,
                b"division" => v.division = r.decode(child)?,
                b"department" => v.department = r.decode(child)?,
                b"emailtype" => v.emailtype = r.decode(child)?,
                b"emailaddress" => v.emailaddress = r.decode(child)?,
                b"isactive" => v.isactive = r.decode(child)?,
                b"iscustomer" => v.iscustomer = r.decode(child)?,
                b"isglobal" => v.isglobal = r.decode(child)?,
                b"isactiveglobal" => v.isactiveglobal = r.decode(child)?,
                b"userLicense" => v.user_license = r.decode(child)?,
                b"userLicenseTCM" => v.user_license_tcm = r.decode(child)?,
                b"userLicenseRM" => v.user_license_rm = r.decode(child)?,
                b"userLicenseRMReviewer" => v.user_license_rm_reviewer = r.decode(child)?,
                b"userLicenseSuite" => v.user_license_suite = r.decode(child)?,
                b"password" => v.password = r.decode(child)?,
                b"loginname" => v.loginname = r.decode(child)?,
                b"phoneone" => v.phoneone = r.decode(child)?,
                b"phonetwo" => v.phonetwo = r.decode(child)?,
                b"notes" => v.notes = r.decode(child)?,
                b"betasite" => v.betasite = r.decode(child)?,
                b"address" => v.address = r.decode(child)?,
                b"testconfig" => v.testconfig = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(
            &el,
            seen,
            1u64,
            &[
                "recordid",
                "firstname",
                "middleinitials",
                "lastname",
                "usergroupname",
                "company",
                "division",
                "department",
                "emailtype",
                "emailaddress",
                "isactive",
                "iscustomer",
                "isglobal",
                "isactiveglobal",
                "userLicense",
                "userLicenseTCM",
                "userLicenseRM",
                "userLicenseRMReviewer",
                "userLicenseSuite",
                "password",
                "loginname",
                "phoneone",
                "phonetwo",
                "notes",
                "betasite",
                "address",
                "testconfig",
            ],
        )?;
        Ok(v)
    }
}
/// Contains Seapine License Server user license information.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CUserLicense {
    pub name: Option<String>,
    /// `numberUsed`
    pub number_used: Option<i32>,
    /// `numberTotal`
    pub number_total: Option<i32>,
}
impl ttsoap::Encode for CUserLicense {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CUserLicense", w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.number_used.encode("numberUsed", &ti::XSD_INT, w);
        self.number_total.encode("numberTotal", &ti::XSD_INT, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CUserLicense {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CUserLicense"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"name" => v.name = r.decode(child)?,
                b"numberUsed" => v.number_used = r.decode(child)?,
                b"numberTotal" => v.number_total = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
/// `ttns:CVersionField`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CVersionField {
    pub recordid: i64,
    pub name: Option<String>,
    pub value: Option<String>,
}
impl ttsoap::Encode for CVersionField {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CVersionField", w);
        self.recordid.encode("recordid", &ti::XSD_LONG, w);
        ttsoap::encoding::encode_nillable(&self.name, "name", &ti::XSD_STRING, w);
        self.value.encode("value", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CVersionField {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CVersionField"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        let mut seen = 0u64;
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"recordid" => {
                    seen |= 1u64 << 0u32;
                    v.recordid = r.decode(child)?;
                }
                b"name" => {
                    seen |= 1u64 << 1u32;
                    v.name = r.decode(child)?;
                }
                b"value" => v.value = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        r.check_required(&el, seen, 3u64, &["recordid", "name", "value"])?;
        Ok(v)
    }
}
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
impl ttsoap::Encode for CVersionInfo {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:CVersionInfo", w);
        self.version_number.encode("versionNumber", &ti::XSD_LONG, w);
        self.created_by_user.encode("createdByUser", &ti::XSD_STRING, w);
        self.date_time_created.encode("dateTimeCreated", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for CVersionInfo {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["CVersionInfo"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"versionNumber" => v.version_number = r.decode(child)?,
                b"createdByUser" => v.created_by_user = r.decode(child)?,
                b"dateTimeCreated" => v.date_time_created = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
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
        match r.xsi_type(&el) {
            None => {
                Ok(Self::CVersionInfo(<CVersionInfo as ttsoap::Decode>::decode(r, el)?))
            }
            Some(t) => {
                match t.local.as_str() {
                    "CVersionInfo" => {
                        Ok(
                            Self::CVersionInfo(
                                <CVersionInfo as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    "CSnapshotInfo" => {
                        Ok(
                            Self::CSnapshotInfo(
                                <CSnapshotInfo as ttsoap::Decode>::decode(r, el)?,
                            ),
                        )
                    }
                    _ => Ok(Self::Unknown(r.raw(&el)?)),
                }
            }
        }
    }
}
/// `ttns:PhoneNumber`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PhoneNumber {
    pub numbertype: Option<String>,
    pub phonenumber: Option<String>,
}
impl ttsoap::Encode for PhoneNumber {
    fn encode(
        &self,
        name: &str,
        _ty: &ttsoap::TypeInfo,
        w: &mut ttsoap::xml::XmlWriter,
    ) {
        ttsoap::encoding::start_struct(name, "ttns:PhoneNumber", w);
        self.numbertype.encode("numbertype", &ti::XSD_STRING, w);
        self.phonenumber.encode("phonenumber", &ti::XSD_STRING, w);
        w.end(name);
    }
}
impl ttsoap::Decode for PhoneNumber {
    fn decode<'a>(
        r: &mut ttsoap::xml::XmlReader<'a>,
        el: ttsoap::xml::Elem<'a>,
    ) -> Result<Self, ttsoap::DecodeError> {
        r.check_type(&el, &["PhoneNumber"])?;
        #[allow(unused_mut)]
        let mut v = Self::default();
        while let Some(child) = r.next_child(&el)? {
            match child.local_name() {
                b"numbertype" => v.numbertype = r.decode(child)?,
                b"phonenumber" => v.phonenumber = r.decode(child)?,
                _ => r.unknown(&child)?,
            }
        }
        Ok(v)
    }
}
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
