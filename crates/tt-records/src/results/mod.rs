//! Test results from CI into TestTrack.
//!
//! [`JunitReader`] streams a JUnit XML report as [`TestResult`]s, one test case at a time;
//! [`Upload`] records them as test runs. The pieces it uses are public too:
//! [`Tracker::ensure_folder`](crate::Tracker::ensure_folder),
//! [`find_test_cases`], [`find_runs`],
//! [`Tracker::generate_runs`](crate::Tracker::generate_runs),
//! [`Tracker::apply_event`](crate::Tracker::apply_event),
//! [`Tracker::link`](crate::Tracker::link) and [`Tracker::delete`](crate::Tracker::delete).
//!
//! # The mapping (and its defaults)
//!
//! | JUnit | TestTrack | default, and how to change it |
//! |---|---|---|
//! | a `testcase` (`classname` + `name`) | a **Test Case**, found by key or created | key [`TestResult::key`] (`classname.name`) in the `Summary`; [`Upload::key_field`] names a custom field instead |
//! | the `testcase`'s suite and class | the test case's **folder** (found or created level by level) | `/Public/CI/<suite>/<package>/<class>` ([`folder_for`]); base [`Upload::folder`] |
//! | one upload | one **Test Run Set** | required: [`Upload::run_set`] ("Build 1234") |
//! | each result | a **Test Run** generated from its test case in that set (`generateTestRuns`) | one run per test case and set: a second upload finds it |
//! | passed / failure / error / skipped | a **workflow event** on the run | `Pass`, `Fail`, `Fail`, none ([`EventMap`]); a name the site does not define fails before anything changes, listing the defined events |
//! | failure message, type, stack trace; skip message; rerun failures | the event's **notes** | followed by the key, duration, timestamp, host, file and properties, one per line ([`notes`]) |
//! | duration, timestamp, host, file, message, type, properties | **custom fields of the event** | none (they are in the notes); [`Upload::field`] or `[fields]` in a mapping file, sources [`FIELD_SOURCES`] |
//! | `system-out`, `system-err`, and files named in them as `[[ATTACHMENT\|path]]` (the Jenkins convention) | **attachments** of the event (`system-out.txt`, `system-err.txt`, the file's name) | on; [`Upload::attach_output`], [`Upload::files_dir`] |
//! | keys in names, class names, property values (`[REQ-12]`) or a mapping file | **links** from the item to the test case (`addLink`) | pattern [`DEFAULT_PATTERN`] ([`LinkConfig::pattern`]: any regex, group 1 the key), prefixes [`default_prefixes`], a bare number's table [`LinkConfig::table`], per-test keys [`LinkConfig::tests`] or a CSV key map ([`tests_from_csv`]); no link definition, so nothing is linked until one is named ([`LinkConfig`]) |
//! | a test whose last result failed or errored | a **Defect** filed from its run (`createDefectForTestRun`, then `addDefect`), linked to the test case and the run; on later failures the open one gets a `Comment` and the new run | off; [`Upload::file_defects`] with a [`DefectConfig`] (link definition required, key field, update event, closed states) |
//!
//! A mapping file ([`UploadMap`], TOML) sets all of these at once.
//!
//! # Behaviour
//!
//! - **Idempotent.** State is read from TestTrack, not from a local cache: per batch, one list
//!   call finds the test cases of all keys and one finds their runs in the set
//!   ([`find_test_cases`], [`find_runs`]). A run whose state already is the event's resulting
//!   state is left alone. Uploading the same results again changes nothing; an upload stopped
//!   halfway and run again does the rest.
//! - **Never blindly repeated.** A data-changing call whose answer was lost (a dropped
//!   connection, a timeout, an error page, a busy session: [`crate::retry::is_ambiguous`]) is
//!   followed by reading the state back (does the test case, the run, the event, the link
//!   exist?); only what is missing is done again. A run locked by another user (fault 22) is
//!   waited for and tried again a few times, then reported. Both count in
//!   [`UploadReport::retried`].
//! - **Concurrent, bounded.** The results are read one at a time and uploaded in batches
//!   ([`Upload::batch_size`], default 200) whose tests are spread over a pool of sessions
//!   ([`Upload::sessions`]); all results of one key go to one session, in order.
//! - **Filed in its folder.** A test case found by key but not in its folder (an upload cut
//!   between `addTestCase` and `addEntityToFolderByRecordID`) is put in it: the folder's
//!   contents are read once per folder and batch (`getEntityListForFolderByRecordID`); counted
//!   in [`UploadReport::refiled`]. Folders are not exclusive in TestTrack: other folders a
//!   test case was filed in stay as they are.
//! - **One defect per failing test** (opt-in): found again on every upload by its link to the
//!   test case (or [`DefectConfig::key_field`]) while it is open; an upload of the same run set
//!   again changes nothing, a failure in a new run set updates it rather than filing another
//!   (the rules: [`DefectConfig`]).
//! - **Reported.** [`UploadReport`] counts what was created, found and recorded and lists
//!   every result that could not be recorded, with its line and the reason; it serialises to
//!   JSON.
//!
//! The list columns used are `Record ID`, `Number`, the key field, and for runs
//! [`RUN_CASE_COLUMN`] and [`RUN_SET_COLUMN`] and `Status`. The lookups use
//! `getRecordListForTableWithQuery` (Helix ALM 2017 and later); on TestTrack 2013 they read the
//! whole list and filter it, which costs time and memory on large projects.

mod defects;
mod files;
mod junit;
mod keys;
mod lookup;
mod mapping;
mod model;
mod outcome;
mod report;
mod unit;
mod upload;

pub use defects::DefectConfig;
pub use files::{named_files, MAX_FILE};
pub use junit::{JunitError, JunitOptions, JunitReader};
pub use keys::{default_prefixes, tests_from_csv, LinkConfig, LinkKeys, DEFAULT_PATTERN};
pub use lookup::{find_runs, find_test_cases, CaseRef, RunRef, PAGE, RUN_CASE_COLUMN, RUN_SET_COLUMN};
pub use mapping::UploadMap;
pub use model::{Failure, Outcome, TestResult};
pub use outcome::{field_value, is_field_source, notes, shows_event, EventMap, FIELD_SOURCES};
pub use report::{NotRecorded, UploadReport};
pub use upload::{folder_for, Upload, DEFAULT_FOLDER};
