//! The TestTrack conventions a WSDL follows, found by rule (not by a list) before any code is
//! written. The result is plain data ([`Conventions`]) that `api` emits from:
//!
//! - a first part named `cookie` of type `xsd:long` makes a cookie operation;
//! - an operation taking only the cookie whose name ends in `Logoff` is the logoff;
//! - `getProjectList`/`ProjectLogon`/`DatabaseLogon` with a `CProject`-like struct
//!   (`database.name`, `options[].name`) is the logon family;
//! - `editX`, `editXByRecordID`, `saveX(cookie, [keys...,] entity)` and `cancelSaveX(cookie, id)`
//!   with an entity that has a required `recordid` is an edit family.
//!
//! Only a WSDL with the logon family is TestTrack's: its client normalises the URL it is given
//! (base URL, CGI URL or WSDL URL) to the CGI. Any other service's client posts to the URL it
//! is given, exactly.

use super::names::{camel, snake};
use super::ops::OpPlan;
use super::plan::{Plan, Shape};
use super::types::{plan_fields, FieldPlan, Mode};
use crate::model::{Body, QName, TypeKind};

/// What a part or field holds, as far as the conventions care.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// The session cookie (`cookie`, `xsd:long`).
    Cookie,
    /// A password (`password`, `xsd:string`).
    Password,
    /// `xsd:string` and its kin.
    Str,
    /// `xsd:int`.
    Int,
    /// `xsd:long`.
    Long,
    /// `xsd:boolean`.
    Bool,
    /// A generated struct, by its XSD name.
    Struct(QName),
    /// Anything else.
    Other,
}

impl Value {
    fn is_number(&self) -> bool {
        matches!(self, Value::Int | Value::Long)
    }
}

/// Classifies type `q` of a part or field named `name`.
pub fn value_of(plan: &Plan<'_>, name: &str, q: &QName) -> Value {
    let mut cur = q.clone();
    for _ in 0..32 {
        if cur.is_builtin() {
            let v = match cur.name.as_str() {
                "long" | "integer" => Value::Long,
                "int" => Value::Int,
                "boolean" => Value::Bool,
                "string" | "normalizedString" | "token" | "anyURI" | "language" | "Name" | "NCName" | "NMTOKEN"
                | "ID" => Value::Str,
                _ => Value::Other,
            };
            return match v {
                Value::Long if name.eq_ignore_ascii_case("cookie") => Value::Cookie,
                Value::Str if name.eq_ignore_ascii_case("password") => Value::Password,
                v => v,
            };
        }
        match plan.type_def(&cur).map(|t| &t.kind) {
            Some(TypeKind::Simple(s)) => cur = s.base.clone(),
            Some(TypeKind::Struct(_)) if matches!(plan.shape(&cur), Ok(Shape::Struct(_))) => {
                return Value::Struct(cur);
            }
            _ => return Value::Other,
        }
    }
    Value::Other
}

/// The values of a message's parts, in order.
pub fn part_values(plan: &Plan<'_>, body: Option<&Body>) -> Vec<Value> {
    let Some(body) = body else { return Vec::new() };
    body.parts.iter().map(|p| plan.part_type(p).map_or(Value::Other, |q| value_of(plan, &p.name, &q))).collect()
}

/// One operation's parts, classified.
#[derive(Debug, Clone, Default)]
pub struct OpValues {
    /// Input parts.
    pub inputs: Vec<Value>,
    /// Output parts.
    pub outputs: Vec<Value>,
}

/// A field of a struct the generated code reads or fills.
#[derive(Debug, Clone)]
pub struct FieldRef {
    /// Rust field name.
    pub rust: String,
    /// True when the field is an `Option`.
    pub optional: bool,
}

/// The logon family: indices into the operations, and the project struct's layout.
#[derive(Debug, Clone)]
pub struct LogonFamily {
    /// `getProjectList(user, password)`.
    pub list: usize,
    /// `ProjectLogon(project, user, password)`.
    pub project_logon: usize,
    /// `DatabaseLogon(database, user, password)`.
    pub database_logon: usize,
    /// Rust names of the project, database and data option structs.
    pub project_ty: String,
    /// The database struct.
    pub database_ty: String,
    /// The data option struct.
    pub option_ty: String,
    /// `project.database`.
    pub database: FieldRef,
    /// `project.options` (an array).
    pub options: String,
    /// `database.name`.
    pub database_name: FieldRef,
    /// `option.name`.
    pub option_name: FieldRef,
}

/// How an edit operation's record id is found when its answer is lost (to cancel the lock
/// the server may have taken).
#[derive(Debug, Clone)]
pub enum Target {
    /// A part of the edit names the id the cancel takes (`recordID`, `linkID`): its Rust name.
    Part(String),
    /// `getX` (this operation index) takes the same arguments and returns the same entity.
    Lookup(usize),
    /// Neither.
    Unknown,
}

/// A default for an edit part the short form leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartDefault {
    /// Spelled out by the caller.
    None,
    /// `""`: a string lookup (`summary`) after the number that already names the record.
    EmptyString,
    /// `false`: a flag (`bDownloadAttachments`).
    False,
}

/// One edit operation of a family.
#[derive(Debug, Clone)]
pub struct EditOp {
    /// Index of the operation.
    pub op: usize,
    /// How the record id is found after a lost answer.
    pub target: Target,
    /// Per input part after the cookie: the default the short form uses.
    pub defaults: Vec<PartDefault>,
}

/// An edit/save/cancel triple.
#[derive(Debug, Clone)]
pub struct EditFamily {
    /// Entity name (`Defect`).
    pub entity: String,
    /// Marker type name (`DefectEdit`).
    pub marker: String,
    /// Rust name of the entity struct.
    pub entity_ty: String,
    /// Field holding the record id.
    pub record_field: String,
    /// `saveX` parts between the cookie and the entity that repeat the record's original
    /// values (TestTrack's `saveUser(cookie, firstName, middleInitials, lastName, pUser)`):
    /// (part's Rust name, entity field).
    pub save_keys: Vec<(String, FieldRef)>,
    /// Index of `saveX`.
    pub save: usize,
    /// Index of `cancelSaveX`.
    pub cancel: usize,
    /// The edit operations (`editX`, `editXByRecordID`).
    pub edits: Vec<EditOp>,
}

/// Everything found.
#[derive(Debug, Clone, Default)]
pub struct Conventions {
    /// Per operation (same order as the plans).
    pub values: Vec<OpValues>,
    /// Index of the logoff operation.
    pub logoff: Option<usize>,
    /// The logon family.
    pub logon: Option<LogonFamily>,
    /// Edit families.
    pub edits: Vec<EditFamily>,
    /// The session parts (wire name, Rust type) that lead most operations of a service
    /// without cookie operations ([`super::session_parts`]).
    pub session_parts: Vec<(String, String)>,
}

impl Conventions {
    /// True when operation `i` answers with a single `result` code (`xsd:int`) that must be 0.
    pub fn checks_result(&self, ops: &[OpPlan<'_>], i: usize) -> bool {
        matches!((ops[i].outputs.as_slice(), self.values[i].outputs.as_slice()), ([one], [Value::Int]) if one.rust == "result")
    }

    /// True when the client normalises its URL by TestTrack's rules (`ttsoap::endpoint`):
    /// only for a WSDL with TestTrack's logon family.
    pub fn testtrack_endpoint(&self) -> bool {
        self.logon.is_some()
    }

    /// True when the service has cookie operations (TestTrack's session).
    pub fn has_cookie_session(ops: &[OpPlan<'_>]) -> bool {
        ops.iter().any(|o| o.has_cookie)
    }

    /// The operation `i`'s input part `p` is a string.
    pub fn input_is(&self, i: usize, p: usize, v: &Value) -> bool {
        self.values[i].inputs.get(p) == Some(v)
    }
}

/// Finds the conventions `ops` follow.
pub fn find(plan: &Plan<'_>, ops: &[OpPlan<'_>], session_parts: Option<&[String]>) -> Conventions {
    let values: Vec<OpValues> = ops
        .iter()
        .map(|o| OpValues {
            inputs: part_values(plan, Some(&o.op.input)),
            outputs: part_values(plan, o.op.output.as_ref()),
        })
        .collect();
    let logoff = ops
        .iter()
        .position(|o| o.has_cookie && o.inputs.len() == 1 && o.op.name.to_ascii_lowercase().ends_with("logoff"));
    let session_parts = super::session_parts::find(ops, session_parts);
    let mut c = Conventions { values, logoff, logon: None, edits: Vec::new(), session_parts };
    c.logon = find_logon(plan, ops, &c);
    c.edits = find_edit_families(plan, ops, &c);
    c
}

/// Field `matches` of struct `q`: its plan and XSD type.
fn field_of(plan: &Plan<'_>, q: &QName, matches: impl Fn(&str) -> bool) -> Option<(FieldPlan, QName)> {
    let fields = plan.all_fields(q);
    let f = fields.iter().find(|f| matches(&f.name))?;
    let fp = plan_fields(plan, q, &[f], false).ok()?.pop()?;
    Some((fp, f.type_.clone()))
}

fn field_ref(fp: &FieldPlan) -> FieldRef {
    FieldRef { rust: fp.rust.clone(), optional: matches!(fp.mode, Mode::Optional | Mode::Nillable) }
}

fn find_logon(plan: &Plan<'_>, ops: &[OpPlan<'_>], c: &Conventions) -> Option<LogonFamily> {
    let by_name = |n: &str| ops.iter().position(|o| o.op.name == n);
    let (list, plogon, dlogon) = (by_name("getProjectList")?, by_name("ProjectLogon")?, by_name("DatabaseLogon")?);
    let shapes_ok = ops[list].inputs.len() == 2
        && ops[plogon].inputs.len() == 3
        && ops[dlogon].inputs.len() == 3
        && ops[plogon].outputs.len() == 1
        && ops[dlogon].outputs.len() == 1
        && ops[list].outputs.len() == 1;
    if !shapes_ok {
        return None;
    }
    // CProject{database: CDatabase{name}, options: [CProjectDataOption{name}]}
    let Value::Struct(proj_q) = c.values[plogon].inputs[0].clone() else { return None };
    let (db_fp, db_q) = field_of(plan, &proj_q, |n| n == "database")?;
    let (opts_fp, opts_q) = field_of(plan, &proj_q, |n| n == "options")?;
    let (dbname_fp, _) = field_of(plan, &db_q, |n| n == "name")?;
    let opt_q = match plan.type_def(&opts_q)?.kind {
        TypeKind::Array(ref a) => a.item.clone(),
        _ => return None,
    };
    let (optname_fp, _) = field_of(plan, &opt_q, |n| n == "name")?;
    Some(LogonFamily {
        list,
        project_logon: plogon,
        database_logon: dlogon,
        project_ty: plan.type_names.get(&proj_q)?.clone(),
        database_ty: plan.type_names.get(&db_q)?.clone(),
        option_ty: plan.type_names.get(&opt_q)?.clone(),
        database: field_ref(&db_fp),
        options: opts_fp.rust.clone(),
        database_name: field_ref(&dbname_fp),
        option_name: field_ref(&optname_fp),
    })
}

/// The target rule for edit `e` of a family whose cancel is `cancel`.
fn edit_target(ops: &[OpPlan<'_>], c: &Conventions, e: usize, cancel: usize) -> Target {
    let id_part = &ops[cancel].inputs[1];
    let o = &ops[e];
    let id_like = o
        .inputs
        .iter()
        .enumerate()
        .skip(1)
        .find(|(i, p)| p.wire.eq_ignore_ascii_case(&id_part.wire) && c.input_is(e, *i, &Value::Long));
    if let Some((_, p)) = id_like {
        return Target::Part(p.rust.clone());
    }
    let rest = o.op.name.strip_prefix("edit").unwrap_or(&o.op.name);
    let get = ops.iter().position(|g| g.op.name == format!("get{rest}"));
    match get {
        Some(g)
            if ops[g].has_cookie
                && c.values[g].inputs == c.values[e].inputs
                && c.values[g].outputs.len() == 1
                && c.values[g].outputs == c.values[e].outputs =>
        {
            Target::Lookup(g)
        }
        _ => Target::Unknown,
    }
}

/// The short form's defaults for the parts after the cookie: `false` for a flag, `""` for a
/// string after a number (the number already names the record).
fn defaults(values: &[Value]) -> Vec<PartDefault> {
    let mut number_seen = false;
    let mut out: Vec<PartDefault> = values
        .iter()
        .skip(1)
        .map(|v| {
            let d = match v {
                Value::Bool => PartDefault::False,
                Value::Str if number_seen => PartDefault::EmptyString,
                _ => PartDefault::None,
            };
            number_seen |= v.is_number();
            d
        })
        .collect();
    // Only trailing parts are left out; the first part always stays.
    let keep = out.iter().rposition(|d| *d == PartDefault::None).map_or(1, |i| i + 1).max(1);
    for d in out.iter_mut().take(keep) {
        *d = PartDefault::None;
    }
    out
}

fn find_edit_families(plan: &Plan<'_>, ops: &[OpPlan<'_>], c: &Conventions) -> Vec<EditFamily> {
    let by_name = |n: &str| ops.iter().position(|o| o.op.name == n);
    let mut out: Vec<EditFamily> = Vec::new();
    for (i, o) in ops.iter().enumerate() {
        let Some(rest) = o.op.name.strip_prefix("edit") else { continue };
        if !o.has_cookie || rest.is_empty() {
            continue;
        }
        let entity = rest.strip_suffix("ByRecordID").unwrap_or(rest).to_string();
        let (Some(save), Some(cancel)) = (by_name(&format!("save{entity}")), by_name(&format!("cancelSave{entity}")))
        else {
            continue;
        };
        // The edit returns one struct; save takes (cookie, [keys,] that struct); cancel takes (cookie, id).
        let [Value::Struct(entity_q)] = c.values[i].outputs.as_slice() else { continue };
        let save_in = &c.values[save].inputs;
        if !ops[save].has_cookie || save_in.len() < 2 || save_in.last() != Some(&Value::Struct(entity_q.clone())) {
            continue;
        }
        if !ops[cancel].has_cookie || c.values[cancel].inputs.len() != 2 || !c.input_is(cancel, 1, &Value::Long) {
            continue;
        }
        // Parts between the cookie and the entity must each name a string field of the entity.
        let save_parts = &ops[save].inputs;
        let Some(save_keys) = (1..save_parts.len() - 1)
            .map(|k| {
                let part = &save_parts[k];
                let (fp, fq) = field_of(plan, entity_q, |n| n.eq_ignore_ascii_case(&part.wire))?;
                let string_field = value_of(plan, &fp.wire, &fq) == Value::Str && fp.mode != Mode::Repeated;
                (save_in[k] == Value::Str && string_field).then(|| (part.rust.clone(), field_ref(&fp)))
            })
            .collect::<Option<Vec<_>>>()
        else {
            continue;
        };
        let fields = plan.all_fields(entity_q);
        let Some(rec) = fields.iter().find(|f| f.name.eq_ignore_ascii_case("recordid") && f.min_occurs >= 1) else {
            continue;
        };
        let Some(entity_ty) = plan.type_names.get(entity_q).cloned() else { continue };
        let edit = EditOp { op: i, target: edit_target(ops, c, i, cancel), defaults: defaults(&c.values[i].inputs) };
        if let Some(fam) = out.iter_mut().find(|f| f.entity == entity) {
            fam.edits.push(edit);
            continue;
        }
        out.push(EditFamily {
            marker: format!("{}Edit", camel(&entity)),
            entity,
            entity_ty,
            record_field: snake(&rec.name),
            save_keys,
            save,
            cancel,
            edits: vec![edit],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_form_leaves_out_trailing_lookups_and_flags_only() {
        use PartDefault::*;
        let editdefect = [Value::Cookie, Value::Int, Value::Str, Value::Bool];
        assert_eq!(defaults(&editdefect), vec![None, EmptyString, False]);
        let by_record = [Value::Cookie, Value::Long, Value::Bool];
        assert_eq!(defaults(&by_record), vec![None, False]);
        // Names alone: every string stays.
        let edituser = [Value::Cookie, Value::Str, Value::Str, Value::Str];
        assert_eq!(defaults(&edituser), vec![None, None, None]);
        // A flag before a required part stays too.
        let mixed = [Value::Cookie, Value::Long, Value::Bool, Value::Str, Value::Other];
        assert_eq!(defaults(&mixed), vec![None, None, None, None]);
    }
}
