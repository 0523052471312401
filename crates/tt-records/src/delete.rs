//! Deleting one record (`deleteXByRecordID`).

use crate::entity::RecordKind;
use crate::error::{record_error, Error, Result};
use crate::record::RecordKey;
use crate::tracker::Tracker;

impl Tracker {
    /// Deletes a record by number or record id. `with_children` also deletes a test case's
    /// test runs, or a requirement document's requirements; without it the server keeps (or
    /// refuses, as it decides) them. Another user's edit lock is [`Error::Locked`]. Returns
    /// the record id deleted.
    pub fn delete(&self, table: &str, key: impl Into<RecordKey>, with_children: bool) -> Result<i64> {
        let key = key.into();
        let schema = self.schema(table)?;
        let t = schema.table().to_string();
        let id = match (schema.kind(), key) {
            (RecordKind::Task | RecordKind::TestConfig, k) => match k {
                RecordKey::Id(i) | RecordKey::Number(i) => i,
            },
            (_, RecordKey::Id(i)) => i,
            (_, k) => self.get(&t, k)?.record_id(),
        };
        let s = self.session();
        let r = match schema.kind() {
            RecordKind::Defect => s.delete_defect_by_record_id(id),
            RecordKind::TestCase => s.delete_test_case_by_record_id(id, with_children),
            RecordKind::TestRun => s.delete_test_run_by_record_id(id),
            RecordKind::Requirement => s.delete_requirement_by_record_id(id),
            RecordKind::RequirementDocument => s.delete_requirement_document_by_record_id(id, with_children),
            RecordKind::Task => s.delete_task_by_record_id(id),
            RecordKind::TestConfig => s.delete_test_config_by_record_id(id),
        };
        match r {
            Ok(0) => Ok(id),
            Ok(code) => Err(Error::Soap(ttsoap::Error::ResultCode { operation: "delete", code: code.into() })),
            Err(e) => Err(record_error(e, &t, &key.to_string())),
        }
    }
}
