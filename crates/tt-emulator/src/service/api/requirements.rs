//! Requirements and requirement documents.

use super::*;

pub(super) fn append_to_requirement_document(
    cx: &mut CallContext<'_>,
    q: AppendToRequirementDocument,
) -> Result<AppendToRequirementDocumentResponse, Fault> {
    cx.proj().requirements.get(q.requirement_id).ok_or_else(faults::not_found)?;
    let members = doc_members(cx, q.document_id)?;
    if members.iter().any(|m| m.requirement == q.requirement_id) {
        return Err(faults::fault(codes::DUPLICATE_NAME, "The requirement is already in the document."));
    }
    if q.parent_requirement_id != 0 && !members.iter().any(|m| m.requirement == q.parent_requirement_id) {
        return Err(faults::validation("The parent requirement is not in the document."));
    }
    cx.proj_mut()
        .doc_members
        .entry(q.document_id)
        .or_default()
        .push(DocMember { requirement: q.requirement_id, parent: q.parent_requirement_id });
    Ok(AppendToRequirementDocumentResponse { result: 0 })
}

pub(super) fn get_document_ids_for_requirement(
    cx: &mut CallContext<'_>,
    q: GetDocumentIDsForRequirement,
) -> Result<Vec<i64>, Fault> {
    cx.proj().requirements.get(q.requirement_id).ok_or_else(faults::not_found)?;
    Ok(cx
        .proj()
        .doc_members
        .iter()
        .filter(|(_, m)| m.iter().any(|x| x.requirement == q.requirement_id))
        .map(|(d, _)| *d)
        .collect())
}

pub(super) fn change_requirement_type(
    cx: &mut CallContext<'_>,
    q: ChangeRequirementType,
) -> Result<ChangeRequirementTypeResponse, Fault> {
    let id = q.requirement_id;
    cx.proj().requirements.get(id).ok_or_else(faults::not_found)?;
    if cx.world.locks.holder(Table::Requirement, id, cx.now_ms).is_some_and(|c| c != cx.cookie) {
        return Err(faults::record_locked());
    }
    let mut ty = Some(q.new_type_name.clone());
    crate::service::common::require(&ty, "The requirement type")?;
    crate::service::common::check_dropdown(cx, Table::Requirement, "Type", &mut ty)?;
    let (now, user) = (crate::service::common::secs_datetime(cx.now), cx.user_name.clone());
    if let Some(mut r) = cx.proj_mut().requirements.get_mut(id) {
        r.type_ = ty;
        r.date_time_modified = Some(now);
        r.modified_by_user = Some(user);
    }
    Ok(ChangeRequirementTypeResponse { result: 0 })
}

pub(super) fn delete_requirement_document(
    cx: &mut CallContext<'_>,
    q: DeleteRequirementDocument,
) -> Result<i32, Fault> {
    let id = find::<RequirementDocuments>(cx, &by_number(q.document_number, &q.name))?;
    delete_document(cx, id, q.b_delete_associated_requirements)
}

pub(super) fn create_snapshot(cx: &mut CallContext<'_>, q: CreateSnapshot) -> Result<CreateSnapshotResponse, Fault> {
    let (user, when) = (cx.user_name.clone(), clock::format_locale_datetime(cx.now));
    let mut doc = cx.proj_mut().req_docs.get_mut(q.document_id).ok_or_else(faults::not_found)?;
    let n = doc.snapshot_list.len() as i64 + 1;
    doc.snapshot_list.push(CSnapshotInfo {
        version_number: Some(n),
        created_by_user: Some(user),
        date_time_created: Some(when),
        label: q.snapshot.label.clone(),
        comment: q.snapshot.comment.clone(),
    });
    Ok(CreateSnapshotResponse { result: 0 })
}

pub(super) fn get_document_tree(cx: &mut CallContext<'_>, q: GetDocumentTree) -> Result<AnyCTreeNodeSoap, Fault> {
    let members = doc_members(cx, q.document_id)?;
    let doc = cx.proj().req_docs.get(q.document_id).cloned().unwrap_or_default();
    Ok(AnyCTreeNodeSoap::CDocumentTreeNode(CDocumentTreeNode {
        entity_table_name: Some(Table::RequirementDocument.name().into()),
        entity_record_id: q.document_id,
        child_list: doc_node(cx, &members, 0, ""),
        summary: doc.name,
        outline_number: None,
        tag: None,
    }))
}
