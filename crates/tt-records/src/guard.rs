//! The edit lock a [`crate::RecordEdit`] holds: the generated edit guard of its record type.

use testtrack::client::{
    DefectEdit, RequirementDocumentEdit, RequirementEdit, TaskEdit, TestCaseEdit, TestConfigEdit, TestRunEdit,
};
use ttsoap::edit::EditGuard;

use crate::entity::{each_kind, Entity};

/// A record's edit lock, whatever its type.
pub(crate) enum Guard<'s> {
    Defect(EditGuard<'s, DefectEdit>),
    TestCase(EditGuard<'s, TestCaseEdit>),
    TestRun(EditGuard<'s, TestRunEdit>),
    Requirement(EditGuard<'s, RequirementEdit>),
    RequirementDocument(EditGuard<'s, RequirementDocumentEdit>),
    Task(EditGuard<'s, TaskEdit>),
    TestConfig(EditGuard<'s, TestConfigEdit>),
}

impl Guard<'_> {
    pub(crate) fn entity(&self) -> Entity {
        match self {
            Guard::Defect(g) => Entity::Defect((**g).clone()),
            Guard::TestCase(g) => Entity::TestCase((**g).clone()),
            Guard::TestRun(g) => Entity::TestRun((**g).clone()),
            Guard::Requirement(g) => Entity::Requirement((**g).clone()),
            Guard::RequirementDocument(g) => Entity::RequirementDocument((**g).clone()),
            Guard::Task(g) => Entity::Task((**g).clone()),
            Guard::TestConfig(g) => Entity::TestConfig((**g).clone()),
        }
    }

    pub(crate) fn put(&mut self, e: Entity) {
        match (self, e) {
            (Guard::Defect(g), Entity::Defect(x)) => **g = x,
            (Guard::TestCase(g), Entity::TestCase(x)) => **g = x,
            (Guard::TestRun(g), Entity::TestRun(x)) => **g = x,
            (Guard::Requirement(g), Entity::Requirement(x)) => **g = x,
            (Guard::RequirementDocument(g), Entity::RequirementDocument(x)) => **g = x,
            (Guard::Task(g), Entity::Task(x)) => **g = x,
            (Guard::TestConfig(g), Entity::TestConfig(x)) => **g = x,
            _ => unreachable!("a record keeps its kind"),
        }
    }

    pub(crate) fn record_id(&self) -> i64 {
        each_kind!(Guard, self, g => g.record_id())
    }

    pub(crate) fn save(self) -> std::result::Result<(), ttsoap::Error> {
        each_kind!(Guard, self, g => g.save())
    }

    pub(crate) fn cancel(self) -> std::result::Result<(), ttsoap::Error> {
        each_kind!(Guard, self, g => g.cancel())
    }
}
