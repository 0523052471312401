//! Users and customers.

use super::*;

pub(super) fn get_user(cx: &mut Cx<'_>, q: GetUser) -> Result<CUser, Fault> {
    get::<UserK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true)
}

pub(super) fn edit_user(cx: &mut Cx<'_>, q: EditUser) -> Result<CUser, Fault> {
    edit::<UserK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true)
}

pub(super) fn save_user(cx: &mut Cx<'_>, q: SaveUser) -> Result<i32, Fault> {
    save_person::<UserK>(cx, person(&q.first_name, &q.middle_initials, &q.last_name), q.p_user)
}

pub(super) fn delete_user(cx: &mut Cx<'_>, q: DeleteUser) -> Result<i32, Fault> {
    delete::<UserK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name))
}

pub(super) fn get_customer(cx: &mut Cx<'_>, q: GetCustomer) -> Result<CUser, Fault> {
    get::<CustomerK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true)
}

pub(super) fn edit_customer(cx: &mut Cx<'_>, q: EditCustomer) -> Result<CUser, Fault> {
    edit::<CustomerK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true)
}

pub(super) fn save_customer(cx: &mut Cx<'_>, q: SaveCustomer) -> Result<i32, Fault> {
    save_person::<CustomerK>(cx, person(&q.first_name, &q.middle_initials, &q.last_name), q.p_customer)
}

pub(super) fn delete_customer(cx: &mut Cx<'_>, q: DeleteCustomer) -> Result<i32, Fault> {
    delete::<CustomerK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name))
}
