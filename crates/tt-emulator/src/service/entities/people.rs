//! Users and customers.

use super::*;
use crate::service::column;

/// Users (not customers).
pub(crate) struct Users;
/// Customers (`CUser` with `iscustomer`).
pub(crate) struct Customers;

fn person_matches(r: &CUser, key: &Key) -> bool {
    match key {
        Key::Person(first, mi, last) => {
            let eq = |a: &Option<String>, b: &str| or_empty(a).trim().eq_ignore_ascii_case(b.trim());
            eq(&r.firstname, first) && eq(&r.lastname, last) && (mi.trim().is_empty() || eq(&r.middleinitials, mi))
        }
        Key::Text(t) => display_name(r).eq_ignore_ascii_case(t.trim()),
        _ => false,
    }
}

fn check_person(cx: &mut CallContext<'_>, r: &mut CUser, table: Table, own_id: i64) -> Result<(), Fault> {
    require(&r.firstname, "First name")?;
    require(&r.lastname, "Last name")?;
    let me = display_name(r);
    if cx.world.users.iter().any(|u| u.recordid != own_id && display_name(u).eq_ignore_ascii_case(&me)) {
        return Err(faults::fault(faults::codes::DUPLICATE_NAME, format!("A user named '{me}' already exists.")));
    }
    if let Some(login) = r.loginname.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        if cx.world.users.iter().any(|u| {
            u.recordid != own_id && u.loginname.as_deref().is_some_and(|x| x.trim().eq_ignore_ascii_case(login))
        }) {
            return Err(faults::fault(faults::codes::DUPLICATE_NAME, format!("The login name '{login}' is in use.")));
        }
    }
    if table == Table::User {
        check_dropdown(cx, table, "Security Group", &mut r.usergroupname)?;
    }
    check_dropdown(cx, table, "Email Type", &mut r.emailtype)
}

fn person_add(cx: &mut CallContext<'_>, r: &mut CUser, customer: bool) -> Result<(), Fault> {
    let table = if customer { Table::Customer } else { Table::User };
    check_person(cx, r, table, r.recordid)?;
    r.iscustomer = Some(customer);
    r.isactive.get_or_insert(true);
    r.isglobal.get_or_insert(false);
    let password = r.password.take().map(|p| p.expose().to_string()).unwrap_or_default();
    cx.world.auth.insert(r.recordid, Auth { password, soap: !customer, license_admin: false, projects: None });
    Ok(())
}

fn person_save(cx: &mut CallContext<'_>, old: &CUser, r: &mut CUser, customer: bool) -> Result<(), Fault> {
    keep!(r, old; firstname, middleinitials, lastname, usergroupname, company, division, department, emailtype,
        emailaddress, isactive, isglobal, isactiveglobal, user_license, user_license_tcm, user_license_rm,
        user_license_rm_reviewer, user_license_suite, loginname, phoneone, phonetwo, notes, betasite, address,
        testconfig);
    let table = if customer { Table::Customer } else { Table::User };
    check_person(cx, r, table, old.recordid)?;
    r.iscustomer = Some(customer);
    if let Some(p) = r.password.take().filter(|p| !p.expose().is_empty()) {
        cx.world.auth.entry(old.recordid).or_default().password = p.expose().to_string();
    }
    Ok(())
}

/// The columns of users and customers.
const PERSON_COLUMNS: &[Field<CUser>] = &[
    column!("Name", "", Text, |r| Value::text(display_name(r))),
    column!("First Name", "firstname", Text, |r| Value::opt_text(&r.firstname)),
    column!("Middle Initials", "middleinitials", Text, |r| Value::opt_text(&r.middleinitials)),
    column!("Last Name", "lastname", Text, |r| Value::opt_text(&r.lastname)),
    column!("Login Name", "loginname", Text, |r| Value::opt_text(&r.loginname)),
    column!("Security Group", "usergroupname", Text, |r| Value::opt_text(&r.usergroupname)),
    column!("Company", "company", Text, |r| Value::opt_text(&r.company)),
    column!("Division", "division", Text, |r| Value::opt_text(&r.division)),
    column!("Department", "department", Text, |r| Value::opt_text(&r.department)),
    column!("Email", "emailaddress", Text, |r| Value::opt_text(&r.emailaddress)),
    column!("Email Type", "emailtype", Text, |r| Value::opt_text(&r.emailtype)),
    column!("Active", "isactive", Boolean, |r| v_bool(&r.isactive)),
    column!("Global", "isglobal", Boolean, |r| v_bool(&r.isglobal)),
];

macro_rules! person_kind {
    ($k:ident, $table:expr, $customer:expr) => {
        impl Kind for $k {
            type Record = CUser;
            const TABLE: Table = $table;

            fn store(w: &World, _p: usize) -> &RecordTable<CUser> {
                &w.users
            }
            fn store_mut(w: &mut World, _p: usize) -> &mut RecordTable<CUser> {
                &mut w.users
            }
            fn visible(r: &CUser) -> bool {
                r.iscustomer.unwrap_or(false) == $customer
            }
            fn matches(r: &CUser, key: &Key) -> bool {
                person_matches(r, key)
            }
            fn set_ids(r: &mut CUser, id: i64, _number: i64) {
                r.recordid = id;
            }
            fn on_add(cx: &mut CallContext<'_>, r: &mut CUser) -> Result<(), Fault> {
                person_add(cx, r, $customer)
            }
            fn on_save(cx: &mut CallContext<'_>, old: &CUser, r: &mut CUser) -> Result<(), Fault> {
                person_save(cx, old, r, $customer)
            }
            fn outgoing(_cx: &CallContext<'_>, r: &mut CUser, _download: bool) {
                r.password = None;
            }
            fn on_delete(cx: &mut CallContext<'_>, r: &CUser) -> Result<(), Fault> {
                if r.recordid == cx.user_id {
                    return Err(faults::fault(faults::codes::NOT_ALLOWED, "You cannot delete yourself."));
                }
                cx.world.auth.remove(&r.recordid);
                Ok(())
            }
            const COLUMNS: &'static [Field<CUser>] = PERSON_COLUMNS;
        }
    };
}

person_kind!(Users, Table::User, false);
person_kind!(Customers, Table::Customer, true);
