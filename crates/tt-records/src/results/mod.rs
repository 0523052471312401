//! Test results from CI into TestTrack.
//!
//! [`JunitReader`] streams a JUnit XML report as [`TestResult`]s, one test case at a time.

mod junit;
mod model;

pub use junit::{JunitError, JunitOptions, JunitReader};
pub use model::{Failure, Outcome, TestResult};
