//! The TestTrack tables, by the names the list and metadata operations use.

use std::fmt;

/// A TestTrack table (the names `getTableList` returns and `getRecordListForTable` accepts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    /// `Customer`
    Customer,
    /// `Defect` (issues)
    Defect,
    /// `Folder`
    Folder,
    /// `Links`
    Links,
    /// `Report`
    Report,
    /// `Requirement`
    Requirement,
    /// `Requirement Document`
    RequirementDocument,
    /// `Task`
    Task,
    /// `Test Case`
    TestCase,
    /// `Test Config`
    TestConfig,
    /// `Test Run`
    TestRun,
    /// `Test Variant`
    TestVariant,
    /// `User`
    User,
}

impl Table {
    /// Every table, in the order `getTableList` returns them (the order of the WSDL's
    /// documentation of `getRecordListForTable`).
    pub const ALL: [Table; 13] = [
        Table::Customer,
        Table::Defect,
        Table::Folder,
        Table::Links,
        Table::Report,
        Table::Requirement,
        Table::RequirementDocument,
        Table::Task,
        Table::TestCase,
        Table::TestConfig,
        Table::TestRun,
        Table::TestVariant,
        Table::User,
    ];

    /// The table's name as the server spells it.
    pub fn name(self) -> &'static str {
        match self {
            Table::Customer => "Customer",
            Table::Defect => "Defect",
            Table::Folder => "Folder",
            Table::Links => "Links",
            Table::Report => "Report",
            Table::Requirement => "Requirement",
            Table::RequirementDocument => "Requirement Document",
            Table::Task => "Task",
            Table::TestCase => "Test Case",
            Table::TestConfig => "Test Config",
            Table::TestRun => "Test Run",
            Table::TestVariant => "Test Variant",
            Table::User => "User",
        }
    }

    /// The SOAP type of the table's records (`CDefect`, `CSystem` for test configs), for the
    /// tables the WSDL has a record type for.
    pub fn entity_type(self) -> Option<&'static str> {
        Some(match self {
            Table::Customer | Table::User => "CUser",
            Table::Defect => "CDefect",
            Table::Folder => "CFolder",
            Table::Links => "CLink",
            Table::Requirement => "CRequirement",
            Table::RequirementDocument => "CRequirementDocument",
            Table::Task => "CTask",
            Table::TestCase => "CTestCase",
            Table::TestConfig => "CSystem",
            Table::TestRun => "CTestRun",
            Table::Report | Table::TestVariant => return None,
        })
    }

    /// Looks a table up by name, ignoring case and surrounding blanks.
    pub fn parse(name: &str) -> Option<Table> {
        let n = name.trim();
        Table::ALL.iter().copied().find(|t| t.name().eq_ignore_ascii_case(n))
    }

    /// True for the tables whose records carry a user-visible number (the others are
    /// addressed by record id).
    pub fn has_numbers(self) -> bool {
        matches!(
            self,
            Table::Defect | Table::Requirement | Table::RequirementDocument | Table::TestCase | Table::TestRun
        )
    }

    /// True for the tables whose records go through a workflow (events and states): the same
    /// tables as those with numbers.
    pub fn has_workflow(self) -> bool {
        self.has_numbers()
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in Table::ALL {
            assert_eq!(Table::parse(t.name()), Some(t));
        }
        assert_eq!(Table::parse(" test case "), Some(Table::TestCase));
        assert_eq!(Table::parse("Defects"), None);
        assert_eq!(Table::TestConfig.entity_type(), Some("CSystem"));
        assert!(!Table::Task.has_numbers() && Table::TestRun.has_workflow());
    }
}
