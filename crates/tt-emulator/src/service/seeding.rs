//! Builds the world from a [`Seed`].

use testtrack::types::{AnyCEvent, CEvent, CFileAttachment, CFolder, CFolderType, CLink, CLinkedItem, CUser};
use ttsoap::{Bytes, DateTime};

use super::common::{json_value, make_field, secs_datetime};
use super::entities::Links;
use super::folders::{add_item, ensure_path};
use super::meta::{by_table, columns};
use super::{add, CallContext, Key, Kind};
use crate::fields::{Dropdown, FieldKind};
use crate::locks::Locks;
use crate::query::Query;
use crate::rng::CookieRng;
use crate::seed::{Seed, SeedEvent, SeedProject, SeedRecord, SeedRef};
use crate::sessions::Sessions;
use crate::store::{IdAllocator, Keyed};
use crate::tables::Table;
use crate::world::{display_name, Auth, Filter, Project, World};
use crate::Profile;

fn table(name: &str) -> Result<Table, String> {
    Table::parse(name).ok_or_else(|| format!("unknown table '{name}'"))
}

/// Builds a world; the error names what is wrong with the seed.
pub(crate) fn build_world(
    seed: &Seed,
    rng: CookieRng,
    sessions: Sessions,
    locks: Locks,
    now: i64,
    profile: Profile,
) -> Result<World, String> {
    let mut w = World {
        rng,
        sessions,
        locks,
        ids: IdAllocator::default(),
        users: Default::default(),
        auth: Default::default(),
        projects: Vec::new(),
        server: seed.server.clone(),
    };
    for u in &seed.users {
        let id = w.ids.next_id();
        let rec = CUser {
            recordid: id,
            firstname: Some(u.first_name.clone()),
            middleinitials: Some(u.middle_initials.clone()).filter(|m| !m.is_empty()),
            lastname: Some(u.last_name.clone()),
            usergroupname: Some(u.security_group.clone()).filter(|x| !x.is_empty()),
            company: Some(u.company.clone()).filter(|x| !x.is_empty()),
            emailaddress: Some(u.email.clone()).filter(|x| !x.is_empty()),
            emailtype: Some("SMTP".into()).filter(|_| !u.email.is_empty()),
            isactive: Some(u.active),
            iscustomer: Some(u.customer),
            isglobal: Some(false),
            loginname: u.login.clone(),
            ..Default::default()
        };
        let name = display_name(&rec);
        if w.user_by_display(&name).is_some() {
            return Err(format!("two users are named '{name}'"));
        }
        if let Some(l) = &u.login {
            if w.user_by_login(l).is_some() {
                return Err(format!("two users log on as '{l}'"));
            }
        }
        w.users.put(rec);
        w.auth.insert(
            id,
            Auth {
                password: u.password.clone(),
                soap: u.soap_access,
                license_admin: u.license_admin,
                projects: u.projects.clone(),
            },
        );
    }
    for (i, sp) in seed.projects.iter().enumerate() {
        if seed.projects[..i].iter().any(|p| p.name.eq_ignore_ascii_case(&sp.name)) {
            return Err(format!("two projects are named '{}'", sp.name));
        }
        let p = project_skeleton(&mut w, sp, profile)?;
        w.projects.push(p);
        fill_project(&mut w, i, sp, now, profile).map_err(|e| format!("project '{}': {e}", sp.name))?;
    }
    Ok(w)
}

fn project_skeleton(w: &mut World, sp: &SeedProject, profile: Profile) -> Result<Project, String> {
    let mut p = Project { name: sp.name.clone(), options: sp.options.clone(), ..Default::default() };
    for (t, fields) in &sp.dropdowns {
        let t = table(t)?;
        let list = p.dropdowns.entry(t).or_default();
        for (name, values) in fields {
            list.push(Dropdown { name: name.clone(), values: values.clone() });
        }
    }
    if !sp.requirement_types.is_empty() {
        let list = p.dropdowns.entry(Table::Requirement).or_default();
        list.retain(|d| !d.name.eq_ignore_ascii_case("Type"));
        list.push(Dropdown { name: "Type".into(), values: sp.requirement_types.clone() });
    }
    p.req_types.clone_from(&sp.requirement_types);
    for (t, defs) in &sp.custom_fields {
        let t = table(t)?;
        let mut v = Vec::new();
        for d in defs {
            if profile == Profile::V2013 && d.kind == FieldKind::Timespan {
                // The 2013 WSDL has no CTimespanField: such a server has no time span fields.
                continue;
            }
            if d.kind.has_values() && d.values.is_empty() {
                return Err(format!("the custom field '{}' needs values", d.name));
            }
            v.push((w.ids.next_id(), d.clone()));
        }
        p.custom.insert(t, v);
    }
    for (t, wf) in &sp.workflows {
        let t = table(t)?;
        for e in &wf.events {
            for s in e.from.iter().chain(&e.to) {
                if !wf.states.is_empty() && !wf.states.iter().any(|x| x.eq_ignore_ascii_case(s)) {
                    return Err(format!("the event '{}' names the unknown state '{s}'", e.name));
                }
            }
        }
        p.workflows.insert(t, wf.clone());
    }
    p.link_defs.clone_from(&sp.link_definitions);
    for name in &sp.folder_types {
        p.folder_types.push(CFolderType {
            recordid: w.ids.next_id(),
            name: Some(name.clone()),
            description: Some(String::new()),
            allowweb: Some(true),
            allowdetails: Some(true),
            releaseplanning: Some(false),
            // Task boards and inactive folder types came after 2013.
            isactive: (profile != Profile::V2013).then_some(true),
            taskboardenabled: (profile != Profile::V2013).then_some(false),
            defaulttaskboardname: None,
        });
    }
    for (root, public) in [("Public", true), ("Private", false)] {
        let id = w.ids.next_id();
        p.folders.put(CFolder {
            recordid: id,
            name: Some(root.into()),
            path: Some(format!("/{root}")),
            ispublic: Some(public),
            parentid: Some(0),
            order: Some(if public { 1 } else { 2 }),
            ..Default::default()
        });
        if public {
            p.public_root = id;
        } else {
            p.private_root = id;
        }
    }
    Ok(p)
}

/// A context for seeding as the given user (or the first user).
fn seed_cx<'a>(w: &'a mut World, p: usize, now: i64, profile: Profile, user: Option<&str>) -> CallContext<'a> {
    let u = user
        .and_then(|n| w.user_by_display(n))
        .or_else(|| w.users.iter().find(|u| !u.iscustomer.unwrap_or(false)))
        .cloned()
        .unwrap_or_default();
    CallContext {
        project: p,
        cookie: 0,
        user_id: u.recordid,
        user_name: display_name(&u),
        now,
        now_ms: now * 1000,
        profile,
        world: w,
    }
}

fn fill_project(w: &mut World, p: usize, sp: &SeedProject, now: i64, profile: Profile) -> Result<(), String> {
    for (n, rec) in sp.records.iter().enumerate() {
        let t = table(&rec.table)?;
        let creator = ["Created By", "Entered By"]
            .iter()
            .find_map(|k| rec.fields.iter().find(|(f, _)| f.eq_ignore_ascii_case(k)))
            .and_then(|(_, v)| v.as_str());
        let mut cx = seed_cx(w, p, now, profile, creator);
        let r: Result<i64, String> =
            by_table!(t, seed_record(&mut cx, rec), Err(format!("records of the table {t} cannot be seeded")));
        r.map_err(|e| format!("record {} ({}): {e}", n + 1, rec.table))?;
    }
    for f in &sp.folders {
        let mut cx = seed_cx(w, p, now, profile, None);
        let id = ensure_path(&mut cx, &f.path).map_err(|e| format!("folder '{}': {e}", f.path))?;
        let public = cx.proj().folders.get(id).and_then(|x| x.ispublic).unwrap_or(true);
        if let Some(mut folder) = cx.proj_mut().folders.get_mut(id) {
            if !f.description.is_empty() {
                folder.description = Some(f.description.clone());
            }
            if !f.folder_type.is_empty() {
                folder.foldertypename = Some(f.folder_type.clone());
            }
        }
        for item in &f.items {
            let (t, rid) = resolve(&cx, item)?;
            add_item(&mut cx, id, public, rid, t.name()).map_err(|e| format!("folder '{}': {}", f.path, e.string))?;
        }
    }
    for l in &sp.links {
        let mut cx = seed_cx(w, p, now, profile, None);
        let item = |cx: &CallContext<'_>, r: &SeedRef| -> Result<CLinkedItem, String> {
            let (t, id) = resolve(cx, r)?;
            Ok(CLinkedItem { tablename: Some(t.name().into()), entity_id: id, ..Default::default() })
        };
        let link = CLink {
            link_definition_name: Some(l.definition.clone()),
            comment: Some(l.comment.clone()).filter(|c| !c.is_empty()),
            linkparent: Some(item(&cx, &l.parent)?),
            child_list: l.children.iter().map(|c| item(&cx, c)).collect::<Result<_, _>>()?,
            ..Default::default()
        };
        add::<Links>(&mut cx, link).map_err(|e| format!("link '{}': {}", l.definition, e.string))?;
    }
    for f in &sp.filters {
        let t = table(&f.table)?;
        let text = match &f.query {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let cx = seed_cx(w, p, now, profile, None);
        Query::compile(&text, &columns(&cx, t), now.div_euclid(86_400))
            .map_err(|e| format!("filter '{}': {e}", f.name))?;
        w.projects[p].filters.push(Filter { name: f.name.clone(), table: t, query: text });
    }
    Ok(())
}

fn ref_id<K: Kind>(cx: &CallContext<'_>, r: &SeedRef) -> Result<i64, String> {
    let store = K::store(cx.world, cx.project);
    let found = match (r.number, &r.summary) {
        (Some(n), _) => store.by_number(n).map(Keyed::record_id),
        (None, Some(s)) => {
            store.iter().find(|x| K::visible(x) && K::matches(x, &Key::Text(s.clone()))).map(Keyed::record_id)
        }
        (None, None) => None,
    };
    found.ok_or_else(|| format!("no {} record {:?}", K::TABLE, r))
}

fn resolve(cx: &CallContext<'_>, r: &SeedRef) -> Result<(Table, i64), String> {
    let t = table(&r.table)?;
    let id = by_table!(t, ref_id(cx, r), Err(format!("cannot refer to records of {t}")))?;
    Ok((t, id))
}

fn seed_event(cx: &CallContext<'_>, t: Table, e: &SeedEvent) -> Result<AnyCEvent, String> {
    let def = cx
        .proj()
        .workflows
        .get(&t)
        .and_then(|w| w.event(&e.name))
        .cloned()
        .ok_or_else(|| format!("the workflow of {t} has no event '{}'", e.name))?;
    let mut fieldlist = Vec::new();
    for (name, j) in &e.fields {
        let fd = def
            .fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
            .ok_or_else(|| format!("the event '{}' has no field '{name}'", e.name))?;
        fieldlist.push(make_field(0, fd, &json_value(j, fd.kind)?, false));
    }
    Ok(AnyCEvent::CEvent(CEvent {
        user: e.user.clone(),
        date: match &e.date {
            Some(d) => Some(DateTime::parse(d).map_err(|x| x.0)?),
            None => Some(secs_datetime(cx.now)),
        },
        notes: Some(e.notes.clone()).filter(|n| !n.is_empty()),
        name: Some(e.name.clone()),
        resultingstate: e.resulting_state.clone(),
        hours: e.hours,
        assigntolist: e.assign_to.clone(),
        generatedeventtype: Some("User".into()),
        totaltimespent: Some(-1.0),
        fieldlist,
        ..Default::default()
    }))
}

fn seed_record<K: Kind>(cx: &mut CallContext<'_>, rec: &SeedRecord) -> Result<i64, String> {
    let mut r = K::Record::default();
    for (name, j) in &rec.fields {
        let column = K::column_def(name).ok_or_else(|| format!("unknown field '{name}'"))?;
        let v = json_value(j, column.kind).map_err(|e| format!("field '{name}': {e}"))?;
        K::seed_field(&mut r, column.name, v)?;
    }
    if !rec.custom.is_empty() {
        let defs = cx.proj().custom_defs(K::TABLE).to_vec();
        let fields = super::common::seed_fields(&defs, &rec.custom, K::TABLE.name())?;
        K::seed_custom(&mut r, fields)?;
    }
    if !rec.attachments.is_empty() {
        let mut files = Vec::new();
        for a in &rec.attachments {
            let data = match (&a.text, &a.base64) {
                (Some(t), _) => t.as_bytes().to_vec(),
                (None, Some(b)) => {
                    use base64_decode::decode;
                    decode(b).ok_or_else(|| format!("attachment '{}' is not valid base64", a.file_name))?
                }
                (None, None) => Vec::new(),
            };
            files.push(CFileAttachment {
                m_p_file_data: Some(Bytes(data)),
                m_str_file_name: Some(a.file_name.clone()),
                ..Default::default()
            });
        }
        K::seed_attachments(&mut r, files)?;
    }
    if !rec.events.is_empty() {
        let evs = rec.events.iter().map(|e| seed_event(cx, K::TABLE, e)).collect::<Result<Vec<_>, _>>()?;
        K::seed_events(&mut r, evs)?;
    }
    let store = K::store(cx.world, cx.project);
    let number = match rec.number {
        Some(n) if n <= 0 => return Err("numbers start at 1".into()),
        Some(n) if store.by_number(n).is_some() => return Err(format!("the number {n} is taken")),
        Some(n) => n,
        None => store.next_number(),
    };
    let id = cx.next_id();
    K::set_ids(&mut r, id, number);
    K::on_add(cx, &mut r).map_err(|f| f.string)?;
    K::store_mut(cx.world, cx.project).put(r);
    Ok(id)
}

/// A small base64 decoder for seed attachments (standard alphabet, padding optional).
mod base64_decode {
    pub(super) fn decode(s: &str) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(s.len() * 3 / 4);
        let mut acc = 0u32;
        let mut bits = 0;
        for c in s.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=') {
            let v = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'+' => 62,
                b'/' => 63,
                _ => return None,
            };
            acc = (acc << 6) | u32::from(v);
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                out.push((acc >> bits) as u8);
                acc &= (1 << bits) - 1;
            }
        }
        Some(out)
    }

    #[cfg(test)]
    #[test]
    fn decodes() {
        assert_eq!(decode("aGVsbG8=").unwrap(), b"hello");
        assert_eq!(decode("aGVsbG8").unwrap(), b"hello");
        assert!(decode("a*b").is_none());
    }
}
