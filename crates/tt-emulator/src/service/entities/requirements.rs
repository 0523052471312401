//! Requirements and requirement documents.

use super::stamps;
use super::*;
use crate::service::{record_lists, stored_in};

/// Requirements.
pub(crate) struct Requirements;

fn check_requirement(cx: &mut CallContext<'_>, r: &mut CRequirement) -> Result<(), Fault> {
    require(&r.summary, "Summary")?;
    require(&r.type_, "The requirement type")?;
    check_dropdown(cx, Table::Requirement, "Type", &mut r.type_)?;
    check_dropdown(cx, Table::Requirement, "Importance", &mut r.importance)?;
    check_user(cx, "enteredBy", &mut r.entered_by)
}

fn version(cx: &CallContext<'_>, n: usize) -> AnyCVersionInfo {
    AnyCVersionInfo::CVersionInfo(CVersionInfo {
        version_number: Some(n as i64),
        created_by_user: Some(cx.user_name.clone()),
        date_time_created: Some(clock::format_locale_datetime(cx.now)),
    })
}

impl Kind for Requirements {
    type Record = CRequirement;
    const TABLE: Table = Table::Requirement;

    stored_in!(projects.requirements, text summary, number number);

    fn on_add(cx: &mut CallContext<'_>, r: &mut CRequirement) -> Result<(), Fault> {
        check_requirement(cx, r)?;
        entered_defaults(cx, &mut r.entered_by, &mut r.date_entered);
        add_events(cx, Table::Requirement, &mut r.state, &mut r.event_list)?;
        r.custom_field_list = custom_for(cx, Table::Requirement, &[], &r.custom_field_list)?;
        r.attachment_list = merge_attachments(cx, &[], &r.attachment_list);
        r.description_inline_attach_list = merge_attachments(cx, &[], &r.description_inline_attach_list);
        r.version_list = vec![version(cx, 1)];
        stamps!(added cx, r; date_time_created, created_by_user, date_time_modified, modified_by_user, location_added_from);
        Ok(())
    }

    fn on_save(cx: &mut CallContext<'_>, old: &CRequirement, r: &mut CRequirement) -> Result<(), Fault> {
        keep!(r, old; type_, summary, tag, date_entered, entered_by, importance, description, actual_hours,
            estimated_hours, remaining_hours, variance, story_points, percent_done);
        check_requirement(cx, r)?;
        save_events(cx, Table::Requirement, &old.state, &old.event_list, &mut r.state, &mut r.event_list)?;
        r.custom_field_list = custom_for(cx, Table::Requirement, &old.custom_field_list, &r.custom_field_list)?;
        r.attachment_list = merge_attachments(cx, &old.attachment_list, &r.attachment_list);
        r.description_inline_attach_list =
            merge_attachments(cx, &old.description_inline_attach_list, &r.description_inline_attach_list);
        keep_if_empty(&mut r.scc_file_list, &old.scc_file_list);
        r.version_list.clone_from(&old.version_list);
        let n = r.version_list.len() + 1;
        r.version_list.push(version(cx, n));
        stamps!(saved cx, old, r; date_time_created, created_by_user, date_time_modified, modified_by_user, location_added_from);
        Ok(())
    }

    fn outgoing(cx: &CallContext<'_>, r: &mut CRequirement, download: bool) {
        if !download {
            strip(&mut r.attachment_list);
            strip(&mut r.description_inline_attach_list);
        }
        outgoing_events(cx.profile, &mut r.event_list, download);
    }

    const COLUMNS: &'static [Field<CRequirement>] = tt_domain::fields::REQUIREMENT;

    record_lists!(custom custom_field_list, attachments attachment_list, events event_list);

    fn on_delete(cx: &mut CallContext<'_>, r: &CRequirement) -> Result<(), Fault> {
        for members in cx.proj_mut().doc_members.values_mut() {
            members.retain(|m| m.requirement != r.recordid);
            for m in members.iter_mut() {
                if m.parent == r.recordid {
                    m.parent = 0;
                }
            }
        }
        Ok(())
    }
}

/// Requirement documents.
pub(crate) struct RequirementDocuments;

impl Kind for RequirementDocuments {
    type Record = CRequirementDocument;
    const TABLE: Table = Table::RequirementDocument;

    stored_in!(projects.req_docs, text name, number number);

    fn on_add(cx: &mut CallContext<'_>, r: &mut CRequirementDocument) -> Result<(), Fault> {
        require(&r.name, "Name")?;
        add_events(cx, Table::RequirementDocument, &mut r.state, &mut r.event_list)?;
        r.custom_field_list = custom_for(cx, Table::RequirementDocument, &[], &r.custom_field_list)?;
        r.attachment_list = merge_attachments(cx, &[], &r.attachment_list);
        r.description_inline_attach_list = merge_attachments(cx, &[], &r.description_inline_attach_list);
        r.snapshot_list.clear();
        stamps!(added cx, r; date_time_created, created_by_user, date_time_modified, modified_by_user, location_added_from);
        Ok(())
    }

    fn on_save(
        cx: &mut CallContext<'_>,
        old: &CRequirementDocument,
        r: &mut CRequirementDocument,
    ) -> Result<(), Fault> {
        keep!(r, old; name, description, actual_hours, estimated_hours, remaining_hours, variance, story_points,
            percent_done);
        require(&r.name, "Name")?;
        save_events(cx, Table::RequirementDocument, &old.state, &old.event_list, &mut r.state, &mut r.event_list)?;
        r.custom_field_list = custom_for(cx, Table::RequirementDocument, &old.custom_field_list, &r.custom_field_list)?;
        r.attachment_list = merge_attachments(cx, &old.attachment_list, &r.attachment_list);
        r.description_inline_attach_list =
            merge_attachments(cx, &old.description_inline_attach_list, &r.description_inline_attach_list);
        keep_if_empty(&mut r.scc_file_list, &old.scc_file_list);
        r.snapshot_list.clone_from(&old.snapshot_list);
        stamps!(saved cx, old, r; date_time_created, created_by_user, date_time_modified, modified_by_user, location_added_from);
        Ok(())
    }

    fn outgoing(cx: &CallContext<'_>, r: &mut CRequirementDocument, download: bool) {
        if !download {
            strip(&mut r.attachment_list);
            strip(&mut r.description_inline_attach_list);
        }
        outgoing_events(cx.profile, &mut r.event_list, download);
    }

    fn on_delete(cx: &mut CallContext<'_>, r: &CRequirementDocument) -> Result<(), Fault> {
        cx.proj_mut().doc_members.remove(&r.recordid);
        Ok(())
    }

    const COLUMNS: &'static [Field<CRequirementDocument>] = tt_domain::fields::REQUIREMENT_DOCUMENT;

    fn custom(r: &CRequirementDocument) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_custom(r: &mut CRequirementDocument, fields: Vec<AnyCField>) -> Result<(), String> {
        r.custom_field_list = fields;
        Ok(())
    }

    fn seed_events(r: &mut CRequirementDocument, events: Vec<AnyCEvent>) -> Result<(), String> {
        r.event_list = events;
        Ok(())
    }
}
