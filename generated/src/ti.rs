// Generated from wsdl/ttsoapcgi.wsdl by `cargo xtask codegen`. Do not edit.
pub const ANY_TYPE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:anyType");
pub const ARRAY_OFLONG: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOflong",
    &XSD_LONG,
);
pub const ARRAY_OFSTRING: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfstring",
    &XSD_STRING,
);
pub const ARRAY_OF_CSCC_FILE_RECORD: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCSCCFileRecord",
    &CSCC_FILE_RECORD,
);
pub const ARRAY_OF_C_DATABASE: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCDatabase",
    &C_DATABASE,
);
pub const ARRAY_OF_C_DATABASE_TABLE: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCDatabaseTable",
    &C_DATABASE_TABLE,
);
pub const ARRAY_OF_C_DEFECT_EVENT: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCDefectEvent",
    &C_DEFECT_EVENT,
);
pub const ARRAY_OF_C_DEFECT_EVENT_DEFINITION: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCDefectEventDefinition",
    &C_DEFECT_EVENT_DEFINITION,
);
pub const ARRAY_OF_C_EVENT: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCEvent",
    &C_EVENT,
);
pub const ARRAY_OF_C_EVENT_DEFINITION: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCEventDefinition",
    &C_EVENT_DEFINITION,
);
pub const ARRAY_OF_C_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCField",
    &C_FIELD,
);
pub const ARRAY_OF_C_FIELD_VALUE: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCFieldValue",
    &C_FIELD_VALUE,
);
pub const ARRAY_OF_C_FILE: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCFile",
    &C_FILE,
);
pub const ARRAY_OF_C_FILE_ATTACHMENT: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCFileAttachment",
    &C_FILE_ATTACHMENT,
);
pub const ARRAY_OF_C_FILTER: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCFilter",
    &C_FILTER,
);
pub const ARRAY_OF_C_FOLDER: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCFolder",
    &C_FOLDER,
);
pub const ARRAY_OF_C_FOLDER_ITEM: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCFolderItem",
    &C_FOLDER_ITEM,
);
pub const ARRAY_OF_C_FOLDER_TYPE: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCFolderType",
    &C_FOLDER_TYPE,
);
pub const ARRAY_OF_C_GLOBAL_USER: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCGlobalUser",
    &C_GLOBAL_USER,
);
pub const ARRAY_OF_C_ITEM_TO_TRACK: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCItemToTrack",
    &C_ITEM_TO_TRACK,
);
pub const ARRAY_OF_C_LINK: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCLink",
    &C_LINK,
);
pub const ARRAY_OF_C_LINKED_ITEM: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCLinkedItem",
    &C_LINKED_ITEM,
);
pub const ARRAY_OF_C_LINK_HISTORY_ITEM: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCLinkHistoryItem",
    &C_LINK_HISTORY_ITEM,
);
pub const ARRAY_OF_C_PROJECT: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCProject",
    &C_PROJECT,
);
pub const ARRAY_OF_C_PROJECT_DATA_OPTION: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCProjectDataOption",
    &C_PROJECT_DATA_OPTION,
);
pub const ARRAY_OF_C_RECORD_DATA: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCRecordData",
    &C_RECORD_DATA,
);
pub const ARRAY_OF_C_RECORD_ROW_SOAP: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCRecordRowSoap",
    &C_RECORD_ROW_SOAP,
);
pub const ARRAY_OF_C_REPORTED_BY_RECORD: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCReportedByRecord",
    &C_REPORTED_BY_RECORD,
);
pub const ARRAY_OF_C_SNAPSHOT_INFO: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCSnapshotInfo",
    &C_SNAPSHOT_INFO,
);
pub const ARRAY_OF_C_TABLE_COLUMN: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCTableColumn",
    &C_TABLE_COLUMN,
);
pub const ARRAY_OF_C_TABLE_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCTableField",
    &C_TABLE_FIELD,
);
pub const ARRAY_OF_C_TEST_CASE_VARIANT_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCTestCaseVariantField",
    &C_TEST_CASE_VARIANT_FIELD,
);
pub const ARRAY_OF_C_TEST_RUN_VARIANT_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCTestRunVariantField",
    &C_TEST_RUN_VARIANT_FIELD,
);
pub const ARRAY_OF_C_TREE_NODE_SOAP: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCTreeNodeSoap",
    &C_TREE_NODE_SOAP,
);
pub const ARRAY_OF_C_USER_LICENSE: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCUserLicense",
    &C_USER_LICENSE,
);
pub const ARRAY_OF_C_VERSION_INFO: ttsoap::TypeInfo = ttsoap::TypeInfo::array(
    "ttns:ArrayOfCVersionInfo",
    &C_VERSION_INFO,
);
pub const CSCC_FILE_RECORD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CSCCFileRecord",
);
pub const CTT_VERSION_INFO: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CTTVersionInfo",
);
pub const C_BOOLEAN_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CBooleanField",
);
pub const C_DATABASE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CDatabase");
pub const C_DATABASE_TABLE: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CDatabaseTable",
);
pub const C_DATE_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CDateField");
pub const C_DATE_TIME_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CDateTimeField",
);
pub const C_DECIMAL_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CDecimalField",
);
pub const C_DEFECT: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CDefect");
pub const C_DEFECT_EVENT: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CDefectEvent",
);
pub const C_DEFECT_EVENT_DEFINITION: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CDefectEventDefinition",
);
pub const C_DOCUMENT_TREE_NODE: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CDocumentTreeNode",
);
pub const C_DROPDOWN_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CDropdownField",
);
pub const C_EVENT: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CEvent");
pub const C_EVENT_DEFINITION: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CEventDefinition",
);
pub const C_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CField");
pub const C_FIELD_VALUE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CFieldValue");
pub const C_FILE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CFile");
pub const C_FILE_ATTACHMENT: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CFileAttachment",
);
pub const C_FILTER: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CFilter");
pub const C_FOLDER: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CFolder");
pub const C_FOLDER_ITEM: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CFolderItem");
pub const C_FOLDER_TYPE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CFolderType");
pub const C_GLOBAL_USER: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CGlobalUser");
pub const C_INTEGER_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CIntegerField",
);
pub const C_ITEM_HYPERLINK_CONTAINER: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CItemHyperlinkContainer",
);
pub const C_ITEM_TO_TRACK: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CItemToTrack",
);
pub const C_ITEM_WITH_DB_RECORD_ID: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CItemWithDBRecordId",
);
pub const C_LINK: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CLink");
pub const C_LINKED_ITEM: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CLinkedItem");
pub const C_LINK_HISTORY_ITEM: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CLinkHistoryItem",
);
pub const C_MULTI_SELECT_DROPDOWN_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CMultiSelectDropdownField",
);
pub const C_ORDERED_ITEM_WITH_DB_RECORD_ID: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:COrderedItemWithDBRecordId",
);
pub const C_PROJECT: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CProject");
pub const C_PROJECT_DATA_OPTION: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CProjectDataOption",
);
pub const C_RECORD_DATA: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CRecordData");
pub const C_RECORD_LIST_SOAP: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CRecordListSoap",
);
pub const C_RECORD_ROW_SOAP: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CRecordRowSoap",
);
pub const C_REPORTED_BY_RECORD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CReportedByRecord",
);
pub const C_REPORT_RUN_RESULTS: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CReportRunResults",
);
pub const C_REQUIREMENT: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CRequirement");
pub const C_REQUIREMENT_DOCUMENT: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CRequirementDocument",
);
pub const C_SCHEDULE_INFO: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CScheduleInfo",
);
pub const C_SNAPSHOT_INFO: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CSnapshotInfo",
);
pub const C_STRING_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CStringField",
);
pub const C_SYSTEM: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CSystem");
pub const C_SYSTEM_BASE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CSystemBase");
pub const C_TABLE_COLUMN: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CTableColumn",
);
pub const C_TABLE_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CTableField");
pub const C_TASK: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CTask");
pub const C_TEST_CASE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CTestCase");
pub const C_TEST_CASE_VARIANT_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CTestCaseVariantField",
);
pub const C_TEST_RUN: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CTestRun");
pub const C_TEST_RUN_VARIANT_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CTestRunVariantField",
);
pub const C_TIMESPAN_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CTimespanField",
);
pub const C_TREE_NODE_SOAP: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CTreeNodeSoap",
);
pub const C_USER: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:CUser");
pub const C_USER_LICENSE: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CUserLicense",
);
pub const C_VERSION_FIELD: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CVersionField",
);
pub const C_VERSION_INFO: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "ttns:CVersionInfo",
);
pub const PHONE_NUMBER: ttsoap::TypeInfo = ttsoap::TypeInfo::named("ttns:PhoneNumber");
pub const XSD_BASE64_BINARY: ttsoap::TypeInfo = ttsoap::TypeInfo::named(
    "xsd:base64Binary",
);
pub const XSD_BOOLEAN: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:boolean");
pub const XSD_BYTE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:byte");
pub const XSD_DATE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:date");
pub const XSD_DATE_TIME: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:dateTime");
pub const XSD_DOUBLE: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:double");
pub const XSD_INT: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:int");
pub const XSD_LONG: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:long");
pub const XSD_SHORT: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:short");
pub const XSD_STRING: ttsoap::TypeInfo = ttsoap::TypeInfo::named("xsd:string");
