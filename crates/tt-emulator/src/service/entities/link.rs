//! Links.

use super::*;
use crate::service::{column, stored_in};

/// Links between records.
pub(crate) struct Links;

/// Fills a linked item's table spelling, number, summary and state from the record it names.
/// `None` when the record does not exist.
pub(crate) fn describe_item(cx: &CallContext<'_>, item: &CLinkedItem) -> Option<CLinkedItem> {
    let t = item.tablename.as_deref().and_then(Table::parse)?;
    let (number, summary, state) = cx.proj().describe(t, item.entity_id)?;
    let mut out = item.clone();
    out.tablename = Some(t.name().to_string());
    out.number = if number > 0 { Some(number.to_string()) } else { None };
    out.summary = Some(summary);
    out.state = Some(state.clone());
    out.status = Some(state);
    Some(out)
}

fn check_link(cx: &mut CallContext<'_>, r: &mut CLink) -> Result<(), Fault> {
    let def = or_empty(&r.link_definition_name).trim().to_string();
    let canon = cx
        .proj()
        .link_defs
        .iter()
        .find(|d| d.eq_ignore_ascii_case(&def))
        .cloned()
        .ok_or_else(|| faults::validation(format!("'{def}' is not a link definition.")))?;
    r.link_definition_name = Some(canon);
    let parent = r.linkparent.as_ref().ok_or_else(|| faults::validation("A link needs a parent item."))?;
    let parent =
        describe_item(cx, parent).ok_or_else(|| faults::validation("The link's parent item does not exist."))?;
    r.linkparent = Some(parent);
    let mut children = Vec::new();
    for (i, c) in r.child_list.iter().enumerate() {
        let mut c = describe_item(cx, c).ok_or_else(|| faults::validation("A linked child item does not exist."))?;
        c.order = i as i64 + 1;
        children.push(c);
    }
    r.child_list = children;
    Ok(())
}

fn history(cx: &mut CallContext<'_>, r: &mut CLink, text: &str) {
    let (first, last) =
        cx.world.users.get(cx.user_id).map(|u| (u.firstname.clone(), u.lastname.clone())).unwrap_or((None, None));
    let id = cx.next_id();
    let order = r.history_list.len() as i64 + 1;
    r.history_list.push(CLinkHistoryItem {
        recordid: id,
        order,
        date: Some(secs_datetime(cx.now)),
        firstname: first,
        lastname: last,
        history: Some(text.to_string()),
    });
}

impl Kind for Links {
    type Record = CLink;
    const TABLE: Table = Table::Links;

    stored_in!(projects.links);
    fn matches(_r: &CLink, _key: &Key) -> bool {
        false
    }
    fn on_add(cx: &mut CallContext<'_>, r: &mut CLink) -> Result<(), Fault> {
        check_link(cx, r)?;
        r.linkbroken.get_or_insert(false);
        r.history_list.clear();
        history(cx, r, "Link created.");
        Ok(())
    }
    fn on_save(cx: &mut CallContext<'_>, old: &CLink, r: &mut CLink) -> Result<(), Fault> {
        keep!(r, old; link_definition_name, comment, linkbroken, linkparent);
        keep_if_empty(&mut r.child_list, &old.child_list);
        check_link(cx, r)?;
        r.history_list.clone_from(&old.history_list);
        history(cx, r, "Link modified.");
        Ok(())
    }
    fn outgoing(cx: &CallContext<'_>, r: &mut CLink, _download: bool) {
        if let Some(p) = r.linkparent.as_ref().and_then(|p| describe_item(cx, p)) {
            r.linkparent = Some(p);
        }
        let children: Vec<CLinkedItem> =
            r.child_list.iter().map(|c| describe_item(cx, c).unwrap_or_else(|| c.clone())).collect();
        r.child_list = children;
        if cx.profile == Profile::V2013 {
            for h in &mut r.history_list {
                if let Some(d) = &h.date {
                    h.date = ttsoap::DateTime::parse(&clock::iso_date(d.to_unix().div_euclid(86_400))).ok();
                }
            }
        }
    }

    const COLUMNS: &'static [Field<CLink>] = &[
        column!("Link Definition", "linkDefinitionName", Text, |r| Value::opt_text(&r.link_definition_name)),
        column!("Comment", "comment", Text, |r| Value::opt_text(&r.comment)),
        column!("Parent Item", "linkparent", Text, |r| r
            .linkparent
            .as_ref()
            .map_or(Value::Empty, |p| Value::text(linked_item(p)))),
        column!("Child Items", "childList", MultiSelect, |r| Value::List(
            r.child_list.iter().map(linked_item).collect()
        )),
    ];
}

/// A linked item as the link list shows it: "Table number".
fn linked_item(i: &CLinkedItem) -> String {
    format!("{} {}", or_empty(&i.tablename), i.number.clone().unwrap_or_else(|| i.entity_id.to_string()))
}
