//! Links between two records (`addLink` with a link definition), found first so that linking
//! twice changes nothing (`getLinksForItem`).

use testtrack::types::{CLink, CLinkedItem};

use crate::error::{record_error, Error, Result};
use crate::record::RecordKey;
use crate::retry::is_ambiguous;
use crate::tracker::Tracker;

/// One side of a link: a table and a record in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRef {
    /// The table ("Requirement", "Test Case").
    pub table: String,
    /// The record.
    pub key: RecordKey,
}

impl ItemRef {
    /// A record of a table.
    pub fn new(table: &str, key: impl Into<RecordKey>) -> ItemRef {
        ItemRef { table: table.to_string(), key: key.into() }
    }
}

/// A link that exists after [`Tracker::link`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linked {
    /// The link's record id.
    pub link_id: i64,
    /// False when the same link (definition, parent, child) was already there.
    pub created: bool,
}

impl Tracker {
    /// The names of the project's link definitions (`GetLinkDefinitionValues`).
    pub fn link_definitions(&self) -> Result<Vec<String>> {
        Ok(self.session().get_link_definition_values()?.into_iter().filter_map(|v| v.value).collect())
    }

    fn resolve(&self, item: &ItemRef) -> Result<(String, i64)> {
        let r = self.get(&item.table, item.key)?;
        Ok((r.table().to_string(), r.record_id()))
    }

    fn find_link(&self, definition: &str, parent: (&str, i64), child: (&str, i64)) -> Result<Option<i64>> {
        let links = self
            .session()
            .get_links_for_item(parent.0, parent.1)
            .map_err(|e| record_error(e, parent.0, &RecordKey::Id(parent.1).to_string()))?;
        Ok(links
            .into_iter()
            .find(|l| {
                l.link_definition_name.as_deref().is_some_and(|d| d.eq_ignore_ascii_case(definition))
                    && l.linkparent.as_ref().is_some_and(|p| p.entity_id == parent.1)
                    && l.child_list.iter().any(|c| c.entity_id == child.1)
            })
            .map(|l| l.recordid))
    }

    /// Links `child` under `parent` with the link definition `definition` (`addLink`), unless
    /// that link exists already. An unknown definition is [`Error::NotAllowedValue`] listing
    /// the project's definitions. A lost answer to `addLink` is reconciled by reading the
    /// links again before adding.
    pub fn link(&self, definition: &str, parent: &ItemRef, child: &ItemRef) -> Result<Linked> {
        let defs = self.link_definitions()?;
        let def = defs.iter().find(|d| d.eq_ignore_ascii_case(definition.trim())).cloned().ok_or_else(|| {
            Error::NotAllowedValue { field: "link definition".into(), value: definition.into(), allowed: defs.clone() }
        })?;
        let (pt, pid) = self.resolve(parent)?;
        let (ct, cid) = self.resolve(child)?;
        if let Some(id) = self.find_link(&def, (&pt, pid), (&ct, cid))? {
            return Ok(Linked { link_id: id, created: false });
        }
        let item = |t: &str, id: i64, order: i64| CLinkedItem {
            tablename: Some(t.to_string()),
            entity_id: id,
            order,
            ..Default::default()
        };
        let link = CLink {
            link_definition_name: Some(def.clone()),
            linkparent: Some(item(&pt, pid, 0)),
            child_list: vec![item(&ct, cid, 1)],
            ..Default::default()
        };
        match self.session().add_link(link.clone()) {
            Ok(id) => Ok(Linked { link_id: id, created: true }),
            Err(e) if is_ambiguous(&e) => match self.find_link(&def, (&pt, pid), (&ct, cid))? {
                Some(id) => Ok(Linked { link_id: id, created: true }),
                None => Ok(Linked { link_id: self.session().add_link(link)?, created: true }),
            },
            Err(e) => Err(e.into()),
        }
    }
}
