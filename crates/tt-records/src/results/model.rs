//! One test result as a CI run reports it, independent of the report's format.

use std::time::Duration;

/// One executed (or skipped) test: a JUnit `testcase` with what its enclosing suites say.
#[derive(Debug, Clone, PartialEq)]
pub struct TestResult {
    /// Names of the enclosing `testsuite` elements, outermost first (a `testsuites` root is
    /// not a suite). Empty when the test case sits directly under the root.
    pub suites: Vec<String>,
    /// The `classname` attribute (empty when the producer leaves it out, as some Jest and Go
    /// reporters do).
    pub classname: String,
    /// The `name` attribute.
    pub name: String,
    /// What happened.
    pub outcome: Outcome,
    /// The `time` attribute, when present and a valid non-negative number of seconds.
    pub duration: Option<Duration>,
    /// The `timestamp` of the test case, else of its nearest suite, as written (ISO 8601).
    pub timestamp: Option<String>,
    /// The `hostname` of the nearest suite that names one.
    pub hostname: Option<String>,
    /// Properties of the enclosing suites (outermost first), then of the test case itself.
    pub properties: Vec<(String, String)>,
    /// The test case's `system-out` text, capped (see [`crate::results::JunitOptions`]).
    pub system_out: Option<String>,
    /// The test case's `system-err` text, capped likewise.
    pub system_err: Option<String>,
    /// The `file` attribute (pytest, xUnit and others write the source file).
    pub file: Option<String>,
    /// Failed attempts of a test that was rerun (Surefire's and nextest's `flakyFailure`,
    /// `rerunFailure`, `flakyError`, `rerunError`), in the order written.
    pub reruns: Vec<Failure>,
    /// The report line where this test case starts, for messages.
    pub line: u64,
}

impl TestResult {
    /// The default key that identifies the test across uploads: `classname.name`, or `name`
    /// alone when there is no class name, when the name already starts with it (xUnit.net
    /// writes `Namespace.Class.Method` in both) or when both are the same (jest-junit's
    /// default writes the full title in both).
    pub fn key(&self) -> String {
        if self.classname.is_empty()
            || self.name == self.classname
            || self.name.starts_with(&format!("{}.", self.classname))
        {
            self.name.clone()
        } else {
            format!("{}.{}", self.classname, self.name)
        }
    }

    /// The first property with this name.
    pub fn property(&self, name: &str) -> Option<&str> {
        self.properties.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// The outcome of one test.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// No `failure`, `error` or `skipped` child.
    Passed,
    /// A `failure` child: an assertion did not hold.
    Failed(Failure),
    /// An `error` child: the test could not run to its end (an unexpected exception).
    Errored(Failure),
    /// A `skipped` child (or `disabled` in some producers), with its message.
    Skipped {
        /// The `message` attribute or text, if any.
        message: Option<String>,
    },
}

impl Outcome {
    /// A short lowercase name: `passed`, `failed`, `error`, `skipped`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Failed(_) => "failed",
            Outcome::Errored(_) => "error",
            Outcome::Skipped { .. } => "skipped",
        }
    }
}

/// What a `failure` or `error` element says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Failure {
    /// The `message` attribute.
    pub message: Option<String>,
    /// The `type` attribute (an exception class, or a producer's own word).
    pub kind: Option<String>,
    /// The element's text: usually the stack trace (capped).
    pub details: String,
}
