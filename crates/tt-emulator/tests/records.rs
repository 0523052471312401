//! Records of every table: get/add/edit/save/cancel/delete by number, summary and record id,
//! numbering, lookups that find nothing (6) or too much (74), and the server-owned fields.

mod common;

use common::*;
use testtrack::types::{
    CDefect, CFolder, CFolderItem, CLink, CLinkedItem, CRequirement, CRequirementDocument, CSnapshotInfo, CSystem,
    CTableColumn, CTask, CTestCase, CUser,
};

#[test]
fn defects_by_number_summary_and_record_id() {
    let h = start();
    let s = ada(&h);
    let d1 = s.get_defect(1, "", false).unwrap();
    assert!(d1.recordid >= 1001);
    assert_ne!(d1.recordid, 1);
    let by_summary = s.get_defect(0, "typo in the about box", false).unwrap();
    assert_eq!(by_summary.defectnumber, Some(2));
    assert_eq!(s.get_defect_by_record_id(d1.recordid, false).unwrap().defectnumber, Some(1));
    assert_eq!(fault_code(s.get_defect(99, "", false)), 6);
    let e = s.get_defect(99, "", false).unwrap_err();
    assert_eq!(e.fault().unwrap().string, "The specified record does not exist in the database.");
    assert!(e.is_not_found());
    assert_eq!(fault_code(s.get_defect(0, "no such summary", false)), 6);
    assert_eq!(fault_code(s.get_defect(0, "", false)), 2);
    assert_eq!(fault_code(s.get_defect_by_record_id(424242, false)), 6);

    // Adding: the server numbers it and owns the stamps.
    let new = CDefect {
        recordid: 777,
        defectnumber: Some(500),
        summary: Some("Typo in the about box".into()),
        state: Some("Closed".into()),
        type_: Some("bug".into()),
        createdbyuser: Some("Somebody, Else".into()),
        ..Default::default()
    };
    let id = s.add_defect(new).unwrap();
    let got = s.get_defect_by_record_id(id, false).unwrap();
    assert_eq!(got.defectnumber, Some(5));
    assert_eq!(got.state.as_deref(), Some("Open"), "new records start in the initial state");
    assert_eq!(got.type_.as_deref(), Some("Bug"));
    assert_eq!(got.createdbyuser.as_deref(), Some("Lovelace, Ada"));
    assert_eq!(got.enteredby.as_deref(), Some("Lovelace, Ada"));
    assert_eq!(got.dateentered.unwrap().as_str(), "2017-06-01");
    assert_eq!(got.datetimecreated.unwrap().to_unix(), T0);
    assert_eq!(got.locationaddedfrom.as_deref(), Some("SOAP"));
    // Two defects share a summary now: 74.
    assert_eq!(fault_code(s.get_defect(0, "Typo in the about box", false)), 74);
    assert_eq!(fault_code(s.edit_defect(0, "Typo in the about box", false).map(|_| ())), 74);
    assert_eq!(fault_code(s.add_defect(CDefect::default())), 23, "a summary is required");

    // Save: client values for server-owned fields are ignored; left-out fields keep theirs.
    h.advance_clock(std::time::Duration::from_secs(600));
    let mut d = s.edit_defect_by_record_id(id, false).unwrap();
    d.priority = Some("High".into());
    d.product = None;
    d.defectnumber = Some(1);
    d.datetimecreated = None;
    d.save().unwrap();
    let got = s.get_defect_by_record_id(id, false).unwrap();
    assert_eq!(got.defectnumber, Some(5));
    assert_eq!(got.priority.as_deref(), Some("High"));
    assert_eq!(got.datetimecreated.unwrap().to_unix(), T0);
    assert_eq!(got.datetimemodified.unwrap().to_unix(), T0 + 600);

    // Delete by number and by summary.
    assert_eq!(s.delete_defect(5, "").unwrap(), 0);
    assert_eq!(fault_code(s.get_defect_by_record_id(id, false)), 6);
    assert_eq!(fault_code(s.delete_defect(5, "")), 6);
    assert_eq!(s.delete_defect(0, "Installer needs a silent mode").unwrap(), 0);
    assert_eq!(
        s.add_defect(CDefect { summary: Some("next".into()), ..Default::default() })
            .map(|id| { s.get_defect_by_record_id(id, false).unwrap().defectnumber })
            .unwrap(),
        Some(5),
        "numbers continue after the highest in use"
    );
}

#[test]
fn test_cases_and_runs() {
    let h = start();
    let s = ada(&h);
    let id = s
        .add_test_case(CTestCase { summary: Some("Log on".into()), type_: Some("Smoke".into()), ..Default::default() })
        .unwrap();
    let tc = s.get_test_case_by_record_id(id, false).unwrap();
    assert_eq!((tc.testcasenumber, tc.state.as_deref()), (Some(3), Some("Open")));
    assert_eq!(s.get_test_case(0, "Log on", false).unwrap().recordid, id);
    let mut g = s.edit_test_case(3, "", false).unwrap();
    g.steps = Some("* Log on\n+ Works".into());
    g.save().unwrap();
    let runs = s.generate_test_runs(id, vec![], "").unwrap();
    let run = match &runs[0] {
        testtrack::types::AnyCItemToTrack::CTestRun(r) => r.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(run.steps.as_deref(), Some("* Log on\n+ Works"));
    assert_eq!(run.testcasenumber, Some(3));
    assert_eq!(s.get_test_run(run.testrunnumber.unwrap(), "", false).unwrap().recordid, run.recordid);
    assert_eq!(fault_code(s.generate_test_runs(424242, vec![], "")), 6);
    // Deleting the case with its runs.
    assert_eq!(s.delete_test_case_by_record_id(id, true).unwrap(), 0);
    assert_eq!(fault_code(s.get_test_run_by_record_id(run.recordid, false)), 6);
    // Without its runs: the run stays.
    let tc1 = s.get_test_case(1, "", false).unwrap();
    let r = s.generate_test_runs(tc1.recordid, vec![], "x").unwrap();
    let rid = match &r[0] {
        testtrack::types::AnyCItemToTrack::CTestRun(r) => r.recordid,
        _ => unreachable!(),
    };
    assert_eq!(s.delete_test_case(1, "", false).unwrap(), 0);
    assert!(s.get_test_run_by_record_id(rid, false).is_ok());
    assert_eq!(s.delete_test_run_by_record_id(rid).unwrap(), 0);
    assert_eq!(s.delete_test_run(1, "").unwrap(), 0);
}

#[test]
fn defects_from_test_runs_are_linked() {
    let h = start();
    let s = ada(&h);
    let run = s.get_test_run(1, "", false).unwrap();
    let count = || {
        let col = CTableColumn { name: Some("Number".into()) };
        s.get_record_list_for_table("Defect", "", vec![col]).unwrap().records.len()
    };
    let before = count();
    // createDefectForTestRun only prepares a defect; the client saves it (vendor example).
    let d = s.create_defect_for_test_run(run.recordid).unwrap();
    assert_eq!(d.summary, run.summary);
    assert_eq!(d.recordid, 0);
    assert_eq!(d.reportedbylist[0].foundby.as_deref(), Some("Lovelace, Ada"));
    assert!(s.get_links_for_item("Test Run", run.recordid).unwrap().is_empty());
    assert_eq!(count(), before);
    let saved = s.add_defect(d.clone()).unwrap();
    assert_eq!(s.get_defect_by_record_id(saved, false).unwrap().summary, run.summary);
    assert_eq!(count(), before + 1);
    let id = s.add_defect_with_link(d, run.recordid).unwrap();
    assert_eq!(s.get_links_for_item("Test Run", run.recordid).unwrap().len(), 1);
    assert_eq!(s.get_links_for_defect(id).unwrap().len(), 1);
    assert_eq!(fault_code(s.add_defect_with_link(CDefect { summary: Some("x".into()), ..Default::default() }, 1)), 6);
    assert_eq!(fault_code(s.create_defect_for_test_run(1)), 6);
}

#[test]
fn requirements_and_documents() {
    let h = start();
    let s = ada(&h);
    let r1 = s.get_requirement(1, "", false).unwrap();
    assert_eq!(r1.version_list.len(), 1);
    let id = s
        .add_requirement(CRequirement {
            summary: Some("Undo".into()),
            type_: Some("functional".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(s.get_requirement_by_record_id(id, false).unwrap().state.as_deref(), Some("Draft"));
    assert_eq!(fault_code(s.add_requirement(CRequirement { summary: Some("x".into()), ..Default::default() })), 23);
    assert_eq!(
        fault_code(s.add_requirement(CRequirement {
            summary: Some("x".into()),
            type_: Some("Whim".into()),
            ..Default::default()
        })),
        23
    );
    let mut g = s.edit_requirement(0, "Undo", false).unwrap();
    g.tag = Some("UNDO-1".into());
    g.save().unwrap();
    let r = s.get_requirement_by_record_id(id, false).unwrap();
    assert_eq!(r.version_list.len(), 2, "a version per save");
    assert_eq!(s.change_requirement_type(id, "Performance").unwrap(), 0);
    assert_eq!(s.get_requirement_by_record_id(id, false).unwrap().type_.as_deref(), Some("Performance"));
    assert_eq!(fault_code(s.change_requirement_type(id, "Whim")), 23);
    let other = alan(&h);
    let lock = other.edit_requirement_by_record_id(id, false).unwrap();
    assert_eq!(fault_code(s.change_requirement_type(id, "Business")), 22);
    lock.cancel().unwrap();

    // Documents: tree, ids, snapshots.
    let doc = s.get_requirement_document(1, "", false).unwrap();
    assert_eq!(s.get_requirement_document(0, "Release 1.0 Requirements", false).unwrap().recordid, doc.recordid);
    assert_eq!(s.append_to_requirement_document(r1.recordid, doc.recordid, 0).unwrap(), 0);
    assert_eq!(s.append_to_requirement_document(id, doc.recordid, r1.recordid).unwrap(), 0);
    assert_eq!(fault_code(s.append_to_requirement_document(id, doc.recordid, 0)), 86);
    assert_eq!(fault_code(s.append_to_requirement_document(id, 424242, 0)), 6);
    let r2 = s.get_requirement(2, "", false).unwrap();
    assert_eq!(fault_code(s.append_to_requirement_document(r2.recordid, doc.recordid, 424242)), 23);
    assert_eq!(s.get_requirement_ids_for_document(doc.recordid).unwrap(), vec![r1.recordid, id]);
    assert_eq!(s.get_document_ids_for_requirement(id).unwrap(), vec![doc.recordid]);
    let tree = s.get_document_tree(doc.recordid).unwrap();
    let testtrack::types::AnyCTreeNodeSoap::CDocumentTreeNode(root) = tree else { panic!("{tree:?}") };
    assert_eq!(root.summary.as_deref(), Some("Release 1.0 Requirements"));
    let testtrack::types::AnyCTreeNodeSoap::CDocumentTreeNode(first) = &root.child_list[0] else { panic!() };
    assert_eq!((first.outline_number.as_deref(), first.entity_record_id), (Some("1"), r1.recordid));
    let testtrack::types::AnyCTreeNodeSoap::CDocumentTreeNode(nested) = &first.child_list[0] else { panic!() };
    assert_eq!(nested.outline_number.as_deref(), Some("1.1"));
    let snap = CSnapshotInfo { label: Some("Baseline".into()), comment: Some("first".into()), ..Default::default() };
    assert_eq!(s.create_snapshot(doc.recordid, snap).unwrap(), 0);
    let d = s.get_requirement_document_by_record_id(doc.recordid, false).unwrap();
    assert_eq!(d.snapshot_list[0].version_number, Some(1));
    assert_eq!(d.snapshot_list[0].date_time_created.as_deref(), Some("6/1/2017 at 12:00 PM"));
    // Deleting a requirement takes it out of the document; deleting the document with its
    // requirements deletes them.
    assert_eq!(s.delete_requirement_by_record_id(id).unwrap(), 0);
    assert_eq!(s.get_requirement_ids_for_document(doc.recordid).unwrap(), vec![r1.recordid]);
    let did =
        s.add_requirement_document(CRequirementDocument { name: Some("Spec 2".into()), ..Default::default() }).unwrap();
    s.append_to_requirement_document(r2.recordid, did, 0).unwrap();
    assert_eq!(s.delete_requirement_document_by_record_id(did, true).unwrap(), 0);
    assert_eq!(fault_code(s.get_requirement_by_record_id(r2.recordid, false)), 6);
    let g = s.edit_requirement_document(1, "", false).unwrap();
    g.save().unwrap();
    assert_eq!(s.delete_requirement_document(1, "", false).unwrap(), 0);
    assert!(s.get_requirement_by_record_id(r1.recordid, false).is_ok());
}

#[test]
fn tasks_by_summary() {
    let h = start();
    let s = ada(&h);
    let t = s.get_task("Write release notes").unwrap();
    assert_eq!(t.assignedto.as_deref(), Some("Hopper, Grace"));
    let id = s
        .add_task(CTask {
            summary: Some("Tag the release".into()),
            status: Some("not started".into()),
            assignedto: Some("Turing, Alan".into()),
            ..Default::default()
        })
        .unwrap();
    let t = s.get_task_by_record_id(id).unwrap();
    assert_eq!(t.status.as_deref(), Some("Not Started"));
    assert_eq!(t.dateassigned.unwrap().as_str(), "2017-06-01");
    assert_eq!(
        fault_code(s.add_task(CTask { summary: Some("x".into()), status: Some("Later".into()), ..Default::default() })),
        23
    );
    let mut g = s.edit_task_by_record_id(id).unwrap();
    g.status = Some("Done".into());
    g.save().unwrap();
    assert_eq!(s.get_task("Tag the release").unwrap().status.as_deref(), Some("Done"));
    assert_eq!(s.delete_task("Tag the release").unwrap(), 0);
    assert_eq!(fault_code(s.get_task("Tag the release")), 6);
    assert_eq!(s.delete_task_by_record_id(s.get_task("Write release notes").unwrap().recordid).unwrap(), 0);
}

#[test]
fn users_and_customers() {
    let h = start();
    let s = ada(&h);
    let u = s.get_user("Alan", "", "Turing").unwrap();
    assert_eq!(u.loginname.as_deref(), Some("alan"));
    assert!(u.password.is_none());
    assert_eq!(s.get_user("Alan", "M", "Turing").unwrap().recordid, u.recordid);
    assert_eq!(fault_code(s.get_user("Alan", "X", "Turing")), 6);
    assert_eq!(fault_code(s.get_user("Carl", "", "Customer")), 6, "customers are not users");
    let c = s.get_customer("Carl", "", "Customer").unwrap();
    assert_eq!(c.iscustomer, Some(true));
    assert_eq!(fault_code(s.get_customer_by_record_id(u.recordid)), 6);

    let id = s
        .add_user(CUser {
            firstname: Some("Katherine".into()),
            lastname: Some("Johnson".into()),
            loginname: Some("kj".into()),
            password: Some(ttsoap::Password::new("orbit")),
            usergroupname: Some("Engineering".into()),
            ..Default::default()
        })
        .unwrap();
    let kj = client(&h).login("Demo", "kj", "orbit").expect("the new user logs on");
    assert_eq!(kj.get_user_for_current_session().unwrap().recordid, id);
    assert_eq!(
        fault_code(s.add_user(CUser {
            firstname: Some("Katherine".into()),
            lastname: Some("Johnson".into()),
            ..Default::default()
        })),
        86
    );
    assert_eq!(
        fault_code(s.add_user(CUser {
            firstname: Some("K".into()),
            lastname: Some("J".into()),
            loginname: Some("KJ".into()),
            ..Default::default()
        })),
        86
    );
    assert_eq!(fault_code(s.add_user(CUser { firstname: Some("Only".into()), ..Default::default() })), 23);
    // saveUser names the user by its name parts.
    let mut e = s.edit_user("Katherine", "", "Johnson").unwrap().leak_lock(); // raw save/cancel below
    e.department = Some("Flight Research".into());
    e.password = Some(ttsoap::Password::new("apollo"));
    e.recordid = 0;
    assert_eq!(s.save_user("Katherine", "", "Johnson", e).unwrap(), 0);
    assert_eq!(s.get_user_by_record_id(id).unwrap().department.as_deref(), Some("Flight Research"));
    assert_eq!(fault_code(client(&h).login("Demo", "kj", "orbit").map(|_| ())), 5);
    client(&h).login("Demo", "kj", "apollo").unwrap();
    let e = s.edit_user_by_record_id(id).unwrap().leak_lock(); // raw save/cancel below
    assert_eq!(s.cancel_save_user(e.recordid).unwrap(), 0);
    assert_eq!(fault_code(s.delete_user_by_record_id(s.get_user_for_current_session().unwrap().recordid)), 5);
    assert_eq!(s.delete_user("Katherine", "", "Johnson").unwrap(), 0);
    assert_eq!(fault_code(client(&h).login("Demo", "kj", "apollo").map(|_| ())), 5);
    drop(kj);

    let cid = s
        .add_customer(CUser { firstname: Some("Dana".into()), lastname: Some("Buyer".into()), ..Default::default() })
        .unwrap();
    assert_eq!(s.get_customer_by_record_id(cid).unwrap().iscustomer, Some(true));
    let mut e = s.edit_customer("Dana", "", "Buyer").unwrap().leak_lock(); // raw save/cancel below
    e.company = Some("Shop".into());
    assert_eq!(s.save_customer("Dana", "", "Buyer", e).unwrap(), 0);
    let e = s.edit_customer_by_record_id(cid).unwrap().leak_lock(); // raw save/cancel below
    assert_eq!(s.cancel_save_customer(e.recordid).unwrap(), 0);
    assert_eq!(s.delete_customer_by_record_id(cid).unwrap(), 0);
    assert_eq!(s.delete_customer("Carl", "", "Customer").unwrap(), 0);
    assert_eq!(fault_code(s.get_customer("Carl", "", "Customer")), 6);

    // License Server lists.
    let globals = s.get_global_user_list().unwrap();
    assert!(globals.iter().any(|g| g.loginname.as_deref() == Some("alan")));
    assert!(s.get_global_customer_list().unwrap().is_empty());
    let a = alan(&h);
    let e = a.get_global_user_list().unwrap_err();
    assert_eq!(code(&e), 5);
    assert!(e.fault().unwrap().string.contains("License Server security clearance"));
    assert_eq!(fault_code(a.get_global_customer_list()), 5);
}

#[test]
fn test_configs_by_name() {
    let h = start();
    let s = ada(&h);
    let c = s.get_test_config("windows 10 workstation").unwrap();
    assert_eq!(c.osname.as_deref(), Some("Windows"));
    assert_eq!(s.get_test_config_by_record_id(c.recordid).unwrap().systemname, c.systemname);
    let id = s
        .add_test_config(CSystem {
            systemname: Some("macOS laptop".into()),
            osname: Some("macOS".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        fault_code(s.add_test_config(CSystem { systemname: Some("MACOS LAPTOP".into()), ..Default::default() })),
        86
    );
    assert_eq!(fault_code(s.add_test_config(CSystem::default())), 23);
    let mut g = s.edit_test_config("macOS laptop").unwrap();
    g.osversion = Some("10.12".into());
    g.save().unwrap();
    assert_eq!(s.get_test_config_by_record_id(id).unwrap().osversion.as_deref(), Some("10.12"));
    let g = s.edit_test_config_by_record_id(id).unwrap();
    g.cancel().unwrap();
    assert_eq!(s.delete_test_config("macOS laptop").unwrap(), 0);
    assert_eq!(s.delete_test_config_by_record_id(c.recordid).unwrap(), 0);
    assert_eq!(fault_code(s.get_test_config("Windows 10 workstation")), 6);
    assert_eq!(s.cancel_save_test_config(c.recordid).map_err(|e| code(&e)), Err(7));
}

#[test]
fn links() {
    let h = start();
    let s = ada(&h);
    let d1 = s.get_defect(1, "", false).unwrap();
    let links = s.get_links_for_defect(d1.recordid).unwrap();
    assert_eq!(links.len(), 1);
    let l = &links[0];
    assert_eq!(l.link_definition_name.as_deref(), Some("Tested By"));
    let child = &l.child_list[0];
    assert_eq!((child.tablename.as_deref(), child.number.as_deref()), (Some("Test Case"), Some("1")));
    assert_eq!(l.history_list.len(), 1);
    let defs: Vec<String> = s.get_link_definition_values().unwrap().into_iter().filter_map(|v| v.value).collect();
    assert_eq!(defs, ["Parent/Child", "Peer", "Duplicate", "Tested By"]);

    let d2 = s.get_defect(2, "", false).unwrap();
    let item = |t: &str, id| CLinkedItem { tablename: Some(t.into()), entity_id: id, ..Default::default() };
    let id = s
        .add_link(CLink {
            link_definition_name: Some("duplicate".into()),
            linkparent: Some(item("Defect", d1.recordid)),
            child_list: vec![item("Defect", d2.recordid)],
            ..Default::default()
        })
        .unwrap();
    let got = s.get_link(id).unwrap();
    assert_eq!(got.link_definition_name.as_deref(), Some("Duplicate"));
    assert_eq!(got.child_list[0].summary, d2.summary);
    assert_eq!(s.get_links_for_item("Defect", d2.recordid).unwrap().len(), 1);
    assert_eq!(fault_code(s.get_links_for_item("Defect", 424242)), 6);
    assert_eq!(fault_code(s.get_links_for_item("Nope", d2.recordid)), 77);
    assert_eq!(
        fault_code(s.add_link(CLink {
            link_definition_name: Some("Nope".into()),
            linkparent: Some(item("Defect", d1.recordid)),
            ..Default::default()
        })),
        23
    );
    assert_eq!(
        fault_code(s.add_link(CLink {
            link_definition_name: Some("Peer".into()),
            linkparent: Some(item("Defect", 424242)),
            ..Default::default()
        })),
        23
    );
    let mut g = s.edit_link(id).unwrap();
    g.comment = Some("same crash".into());
    g.save().unwrap();
    let got = s.get_link(id).unwrap();
    assert_eq!((got.comment.as_deref(), got.history_list.len()), (Some("same crash"), 2));
    let g = s.edit_link(id).unwrap();
    g.cancel().unwrap();
    // Deleting a linked record removes it from its links (a link left without children goes).
    s.delete_defect_by_record_id(d2.recordid).unwrap();
    assert_eq!(fault_code(s.get_link(id)), 6);
    assert_eq!(s.delete_link(links[0].recordid).unwrap(), 0);
    assert!(s.get_links_for_defect(d1.recordid).unwrap().is_empty());
}

#[test]
fn folders() {
    let h = start();
    let s = ada(&h);
    assert_eq!(s.get_root_public_folder_path().unwrap(), "/Public");
    assert_eq!(s.get_root_private_folder_path().unwrap(), "/Private");
    assert_eq!(s.get_folder_path_separator().unwrap(), 47);
    let review = s.get_folder("Public/To Review").unwrap();
    assert_eq!(review.path.as_deref(), Some("/Public/To Review"));
    assert_eq!(review.ispublic, Some(true));
    let items = s.get_entity_list_for_folder_by_record_id(review.recordid, true).unwrap();
    assert_eq!(items.iter().map(|i| i.entitytablename.clone().unwrap()).collect::<Vec<_>>(), ["Defect", "Requirement"]);
    assert_eq!(fault_code(s.get_entity_list_for_folder_by_record_id(review.recordid, false)), 6);
    let d3 = s.get_defect(3, "", false).unwrap();
    let in_folders = s.get_folder_list_for_entity_by_record_id("Defect", d3.recordid).unwrap();
    assert_eq!(in_folders[0].path.as_deref(), Some("/Public/To Review"));
    assert_eq!(s.get_folder_type_list().unwrap().len(), 3);
    assert_eq!(s.get_folder_type_by_name("sprint").unwrap().name.as_deref(), Some("Sprint"));
    assert_eq!(fault_code(s.get_folder_type_by_name("Epic")), 6);

    // Add by parent id and by path.
    let public = s.get_folder("/Public").unwrap();
    let id = s
        .add_folder(CFolder {
            parentid: Some(public.recordid),
            name: Some("Sprint 1".into()),
            foldertypename: Some("sprint".into()),
            ..Default::default()
        })
        .unwrap();
    let sub = s.add_folder(CFolder { path: Some("/Public/Sprint 1/Week 1".into()), ..Default::default() }).unwrap();
    assert_eq!(s.get_folder_by_record_id(sub, true).unwrap().parentid, Some(id));
    assert_eq!(fault_code(s.add_folder(CFolder { path: Some("/Public/Sprint 1".into()), ..Default::default() })), 86);
    assert_eq!(fault_code(s.add_folder(CFolder { path: Some("/Public/Nope/X".into()), ..Default::default() })), 23);
    assert_eq!(fault_code(s.add_folder(CFolder::default())), 2);
    let priv_id = s.add_folder(CFolder { path: Some("/Private/Mine".into()), ..Default::default() }).unwrap();
    assert_eq!(s.get_folder_by_record_id(priv_id, false).unwrap().ispublic, Some(false));

    // Items and ranks.
    let item = s.add_entity_to_folder_by_record_id(id, true, d3.recordid, "Defect").unwrap();
    assert!(item > 0);
    let d1 = s.get_defect(1, "", false).unwrap();
    s.add_entity_to_folder_by_record_id(id, true, d1.recordid, "defect").unwrap();
    assert_eq!(fault_code(s.add_entity_to_folder_by_record_id(id, true, d1.recordid, "Defect")), 86);
    assert_eq!(fault_code(s.add_entity_to_folder_by_record_id(id, true, 424242, "Defect")), 6);
    assert_eq!(fault_code(s.add_entity_to_folder_by_record_id(id, true, d1.recordid, "Bug")), 77);
    let mut ranked = s.edit_folder_item_rank(id, true).unwrap();
    assert_eq!(fault_code(alan(&h).edit_folder_item_rank(id, true)), 22);
    ranked.reverse();
    for r in ranked.iter_mut() {
        r.rank = None;
    }
    assert_eq!(s.save_folder_item_rank(id, true, ranked).unwrap(), 0);
    let now: Vec<i64> =
        s.get_entity_list_for_folder_by_record_id(id, true).unwrap().iter().map(|i| i.entityrecordid).collect();
    assert_eq!(now, [d1.recordid, d3.recordid]);
    assert_eq!(fault_code(s.save_folder_item_rank(id, true, vec![])), 7);
    s.edit_folder_item_rank(id, true).unwrap();
    assert_eq!(s.cancel_save_folder_item_rank(id).unwrap(), 0);
    let gone =
        CFolderItem { entitytablename: Some("Defect".into()), entityrecordid: d3.recordid, ..Default::default() };
    assert_eq!(s.remove_entity_from_folder_by_record_id(id, true, gone.clone()).unwrap(), 0);
    assert_eq!(fault_code(s.remove_entity_from_folder_by_record_id(id, true, gone)), 6);

    // Trees.
    let tree = s.get_folder_tree("/Public/Sprint 1").unwrap();
    let testtrack::types::AnyCTreeNodeSoap::CTreeNodeSoap(root) = tree else { panic!() };
    assert_eq!((root.entity_record_id, root.child_list.len()), (id, 1));
    let testtrack::types::AnyCTreeNodeSoap::CTreeNodeSoap(all) =
        s.get_folder_tree_by_record_id(public.recordid).unwrap()
    else {
        panic!()
    };
    assert_eq!(all.child_list.len(), 3);

    // Save rules.
    let rename_only = |name: &str| {
        let f = s.edit_folder("/Public/Sprint 1").unwrap();
        let mut raw = f.clone();
        raw.name = Some(name.into());
        let r = s.save_folder(raw).map_err(|e| code(&e));
        if r.is_err() {
            s.cancel_save_folder(id).unwrap();
        }
        r
    };
    assert_eq!(rename_only("Sprint One"), Err(23), "changing only the name");
    let f = s.edit_folder_by_record_id(id, true).unwrap();
    let mut raw = f.clone();
    raw.ispublic = Some(false);
    assert_eq!(fault_code(s.save_folder(raw)), 23, "changing only ispublic");
    let mut raw = f.clone();
    raw.path = Some("/Public/Release 1.0/Sprint One".into());
    raw.name = Some("Sprint One".into());
    assert_eq!(s.save_folder(raw).unwrap(), 0, "move and rename through the path");
    let moved = s.get_folder_by_record_id(id, true).unwrap();
    assert_eq!(moved.path.as_deref(), Some("/Public/Release 1.0/Sprint One"));
    assert_eq!(
        s.get_folder_by_record_id(sub, true).unwrap().path.as_deref(),
        Some("/Public/Release 1.0/Sprint One/Week 1")
    );
    // Move into the private tree by parent id: ispublic follows.
    let private = s.get_folder("/Private").unwrap();
    let f = s.edit_folder_by_record_id(id, true).unwrap();
    let mut raw = f.clone();
    raw.parentid = Some(private.recordid);
    s.save_folder(raw).unwrap();
    assert_eq!(s.get_folder_by_record_id(sub, false).unwrap().path.as_deref(), Some("/Private/Sprint One/Week 1"));
    let f = s.edit_folder_by_record_id(id, false).unwrap();
    let mut raw = f.clone();
    raw.parentid = Some(sub);
    assert_eq!(fault_code(s.save_folder(raw)), 23, "into its own subtree");
    s.cancel_save_folder(id).unwrap();
    let root = s.edit_folder("/Public").unwrap();
    assert_eq!(fault_code(s.save_folder((*root).clone())), 5);
    root.cancel().unwrap();
    assert_eq!(fault_code(s.delete_folder("/Public")), 5);

    // Delete a folder with its subfolders and items.
    assert_eq!(s.delete_folder("Private/Sprint One").unwrap(), 0);
    assert_eq!(fault_code(s.get_folder_by_record_id(sub, false)), 6);
    assert_eq!(s.delete_folder_by_record_id(priv_id, false).unwrap(), 0);
    assert!(s.get_folder_list_for_entity_by_record_id("Defect", d1.recordid).unwrap().iter().all(|f| f.recordid != id));
}
