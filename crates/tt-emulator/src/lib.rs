//! A faithful TestTrack / Helix ALM SOAP server on loopback, for tests, demos and users' own
//! test suites.
//!
//! The emulator serves the project's WSDL (`wsdl/ttsoapcgi.wsdl`) and answers every operation
//! in it through the generated server trait (`testtrack::server::Service`) and the `ttsoap`
//! runtime's reader and writer, so it also exercises our wire code from the server side. It
//! behaves like the real server wherever the facts (`shared/testtrack/QUIRKS.md` sections B
//! to F) say how; where they are silent, the choices are written down below.
//!
//! ```no_run
//! use tt_emulator::{Clock, Emulator};
//!
//! let emu = Emulator::builder()
//!     .clock(Clock::fixed_unix(1_496_318_400)) // only moves when advanced
//!     .rng_seed(7)                              // reproducible cookies
//!     .start()?;
//! let client = testtrack::Client::new(&emu.url())?;
//! let session = client.login("Demo", "ada", "ada-secret")?;
//! let defect = session.get_defect(1, "", false)?;
//! assert_eq!(defect.summary.as_deref(), Some("Crash when saving a file with a long name"));
//! emu.advance_clock(std::time::Duration::from_secs(31 * 60)); // the session is now idle too long
//! assert!(session.get_defect(1, "", false).unwrap_err().is_session_dropped());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The binary (crate `tt-emulator-bin`, so that a library build compiles neither clap nor
//! ctrlc) does the same from a shell: `tt-emulator --listen 127.0.0.1:0 [--seed FILE]
//! [--profile 2013|2017] [--rng-seed N] [--max-sessions N] [--state FILE]` prints the
//! endpoint URL on its first line and stops cleanly on SIGINT or SIGTERM.
//!
//! # Durable state
//!
//! By default the world lives in memory and ends with the emulator. With the cargo feature
//! `state` (the `tt-emulator` binary and `tt emulator` have it), `EmulatorBuilder::state_file`
//! (`--state FILE`) keeps it in a SQLite file (bundled SQLite, no system library):
//!
//! - every change a request makes (records, attachments, numbers, the record-id counter, edit
//!   locks, users and passwords, dropdown values, folder items, requirement-document trees)
//!   is committed, in one transaction per request, before the request's answer is sent: WAL
//!   journal with `synchronous=FULL`, so an acknowledged change survives SIGKILL and power
//!   loss. Requests whose changes are committed together share one fsync. An answer never
//!   shows a change that is not yet on disk (a read waits for a pending commit);
//! - a restart with the same file continues with the same projects, records, numbers, record
//!   ids, attachments and edit locks. Locks keep their expiry time and end by the emulator's
//!   clock as before. Sessions are not kept: clients log on again, as after a restart of a
//!   real server (a call on a cookie of the previous run faults 17 and releases that
//!   cookie's locks, as for a session that timed out). With `rng_seed` each run on the same
//!   file gets its own cookie sequence, so a new session never inherits an old one's locks;
//! - a missing or empty file is created from the seed (the seed's settings are stored in the
//!   file with the world); an existing file is used as it is and the seed given is **not**
//!   read: to start over, delete the file. Settings of the builder (profile, session limit,
//!   timeouts, listen address) are not stored;
//! - at start, a file that is not SQLite, a SQLite database of something else, a state file
//!   of another format version, a damaged file, a missing directory, or a file another
//!   emulator has open is an `EmulatorError::State` naming the file and the problem;
//! - if a commit fails (disk full, I/O error), that request and every later one are answered
//!   with a `SOAP-ENV:Server` fault "The TestTrack emulator cannot keep its state: …"
//!   (memory would otherwise be ahead of the file); restart to continue from the file.
//!
//! Records are stored as the SOAP XML of their generated types, so every field survives;
//! characters XML 1.0 forbids (which no SOAP answer can carry either) are left out of the
//! stored copy. Without the flag nothing is tracked and the emulator is as fast as before;
//! `cargo bench -p tt-emulator --features state --bench throughput` compares the two.
//!
//! # HTTP
//!
//! The HTTP side: `GET /ttsoapcgi.wsdl` serves the WSDL with its `soap:address` rewritten to the
//! emulator's own URL; `POST /scripts/ttsoapcgi.exe` and `POST /cgi-bin/ttsoapcgi.exe` (any
//! case) carry SOAP and are dispatched on the body's first element, whatever the SOAPAction
//! says; faults come with HTTP 500; other paths get an IIS-style HTML 404. hyper on a small
//! tokio runtime: a deadline for request heads, a cap on requests in flight (not on
//! connections), HTTP/1.1 keep-alive, `Content-Length` or chunked bodies.
//!
//! Requests are read with `ReadOptions::default()`, the runtime's lenient mode, which accepts
//! what real clients sent to real servers (QUIRKS.md section E): undeclared prefixes, malformed
//! or missing `arrayType`, untyped scalars, missing parts (they take their default), booleans
//! as `0`/`1`. The 2017 profile (like TestTrack's gSOAP from 2015 on) also sets
//! `ReadOptions::check_declared_types`: an explicit `xsi:type` contradicting the WSDL
//! (`xsd:string` on an `xsd:long` part) faults `SOAP-ENV:Client` "Validation constraint
//! violation: type mismatch …"; the 2013 profile accepts it. A request the reader cannot decode is answered like gSOAP: a `SOAP-ENV:Client`
//! fault "Validation constraint violation", and an unknown operation a `SOAP-ENV:Client`
//! fault "Method '…' not implemented: method name or namespace not recognized". That includes
//! a request whose `href` references would decode more than the reader's reference budget
//! (`ReadOptions::max_ref_expansion` times its size): it is refused while decoding, before the
//! cookie is looked at, and the emulator keeps serving.
//!
//! # Sessions
//!
//! - `getProjectList` needs a valid user name and password; it lists the projects the user may
//!   open. `getDatabaseList` and `getProjectDataOptionList` need nothing.
//! - `ProjectLogon` (project from `pProj.database.name`; every data option requested in
//!   `pProj.options` must be one of the project's, else fault 11 "The data option '…' is not
//!   available in the project '…'."; the seed has no per-user licences to check) and the deprecated `DatabaseLogon` return a random positive `i64` cookie
//!   from the operating system's cryptographic source (a predictable, deterministic sequence
//!   only with [`EmulatorBuilder::rng_seed`]).
//! - Logon faults: empty user name 2; unknown user or wrong password 5 ("Invalid username or
//!   password."); no "Allow Login Via SOAP" right 5; inactive user 108; unknown project, or a
//!   project the user may not open, 1; too many sessions 72.
//! - A call with an unknown, logged-off or idle-expired cookie faults `Session Dropped.` (17).
//!   The idle timeout is 30 minutes of emulator time by default; an expired session's locks are
//!   released. `DatabaseLogoff` ends the session and releases its locks; logging off an
//!   expired session faults 17, as the real server does.
//! - A call on a cookie whose previous call is still running faults `Session busy with prior
//!   request`. The real server's detail code for it is unknown; the emulator uses 16 (general
//!   error). Clients should classify it by its text.
//!
//! # Edit locks
//!
//! `edit*` locks (table, record id) for the calling cookie for 15 minutes of emulator time;
//! another session's edit or delete faults 22 "Record locked"; `save*` and `cancelSave*`
//! without the lock (never taken, cancelled, expired, taken over) fault 7 "Edit record not
//! found"; a successful save or a cancel releases it, a save that fails validation keeps it.
//! The owner may edit again (renewing the lock). Logoff releases all of a session's locks.
//! `editFolderItemRank` uses the folder's lock.
//!
//! # Records
//!
//! Defects, test cases, test runs, requirements, requirement documents, tasks, users,
//! customers, folders, test configs and links. Record ids are unique across all tables and
//! start at 1001; numbers are per table and start at 1 (module `store`). Lookups by number fall
//! back to the summary (or name) when the number is 0; no match faults 6 ("The specified record
//! does not exist in the database."), several 74, neither number nor summary 2. On save:
//!
//! - the server owns record ids, numbers, `state`, created/modified stamps and the location
//!   added from (always `SOAP`); client values for them are ignored;
//! - an optional field the client leaves out keeps its stored value; an empty array keeps the
//!   stored items (the generated types cannot tell an absent array from an empty one), and a
//!   non-empty list of found-by reports or attachments replaces the stored one, items with a
//!   known record id keeping their stored content (so attachments downloaded without data are
//!   not wiped);
//! - required values (summary, names, requirement type) missing, dropdown values not in their
//!   list, users that are not "Last, First" of a user or customer fault 23; a duplicate user
//!   name, login, test config name, folder name or folder item faults 86.
//!
//! Attachments (`CFileAttachment`) on found-by reports, records and events get a record id,
//! an archive name `A<record id>.att`, type `Standard` and a creation time when added.
//! `bDownloadAttachments=false` leaves `m-pFileData` out. `getAttachment` finds a file by
//! archive name (or file name) on a record, or on one event when `eventID` is not 0;
//! `getDefectAttachment` searches all defects.
//!
//! Tests cases generate runs with `generateTestRuns` (one run per call; test variants are
//! ignored): the run copies the case's summary, type, steps and numbers, gets the run set and
//! starts in the workflow's initial state. `createDefectForTestRun` only returns a prepared
//! defect (the run's summary, a found-by report by the caller with the run's problem statement
//! or steps; record id 0, nothing stored), which the client then saves with `addDefect`;
//! `addDefectWithLink` adds a defect and links it to the run with the project's first link
//! definition.
//! Requirement documents keep an ordered requirement tree (`appendToRequirementDocument`,
//! `getDocumentTree` with outline numbers, `getRequirementIDsForDocument`,
//! `getDocumentIDsForRequirement`) and snapshots (`createSnapshot`); requirements get a new
//! `versionList` entry on every save.
//!
//! Folders: `/Public` and `/Private` roots (`getRootPublicFolderPath`,
//! `getRootPrivateFolderPath`), separator `/` (`getFolderPathSeparator` answers 47); the rules
//! of saveFolder are in the `service::folders` module (changing only the name or only
//! `ispublic` faults 23; the roots cannot be changed or deleted: 5).
//!
//! # Workflow
//!
//! States only change through events. On save, events the client sends back with a stored
//! record id are kept as stored, stored events the client leaves out are kept too, and any
//! other event is new: it goes through the table's workflow in order (unknown event name 237
//! "Workflow not defined", not allowed in the current state 23, a `resultingstate` the event
//! cannot lead to 23; `<No State Change>` or none means the event's default), its user and
//! assignees must be valid users (23), its custom fields are checked against the event's
//! fields (23), and it gets a record id, `eventaddorder`, a date (now) and user (the session's)
//! when missing. "Currently Assigned To" is the assignee list of the latest assigning event.
//! `getEventDefinitionList` describes the events (targets, assignment, time tracking, fields).
//!
//! # Custom fields and dropdowns
//!
//! Per-table custom fields of every `CField` kind (string, multi-line text, integer, decimal,
//! boolean, date, date-time, dropdown, multi-select, version, time span). Records always carry
//! one item per defined field, in definition order. `getDropdownFieldForTable` lists the
//! standard dropdowns of the seed plus custom dropdown and multi-select fields;
//! `addDropdownFieldValuesForTable` adds the values not yet in the list (an unknown field faults
//! 11). Users are shown and checked as "Last, First".
//!
//! # Lists and queries
//!
//! `getTableList` lists the 13 tables, leaving out Test Case/Run/Variant without the
//! "TestTrack TCM" project option and Requirement/Requirement Document without "TestTrack RM";
//! those tables are then unknown (77) in this project. `getColumnsForTable` lists "Record ID",
//! the table's standard columns, "Is Locked" and the custom fields. Record lists return the
//! requested columns in the requested order (names match without regard to case), rows in
//! number order, values cut to 128 characters, dates as the server's en-US locale shows them in
//! UTC: `8/14/2015` for dates and `8/14/2015 at 6:31 AM` for date-times; check boxes as
//! `Yes`/`No`, lists joined by `, `, decimals with two places. Faults: unknown table 77,
//! unknown column 11, empty column list 2, unknown saved filter 6, a filter of another table 11,
//! a query that does not parse or names an unknown field 11. The query grammar is in the `query` module;
//! saved filters use it too.
//!
//! # Profiles ([`Profile`])
//!
//! `2017` (default) is Helix ALM 2017. `2013` reproduces the 2013 server: event and link
//! history dates are written as bare dates (`2017-05-26`) in `xsd:dateTime` fields,
//! `CDefect.dateentered` is left out, and the operations added after 2013
//! ([`NEWER_THAN_2013`]) are unknown methods. Each profile serves its own WSDL, both written
//! by this project from the facts: [`WSDL`] (2017, 161 operations) and [`WSDL_2013`] (155
//! operations, every date field `xsd:dateTime`). Both leave empty arrays out (the generated
//! encoder cannot write an empty array).
//!
//! # Determinism and test hooks
//!
//! [`Clock::fixed`] stands still until [`EmulatorHandle::advance_clock`]; with
//! [`EmulatorBuilder::rng_seed`] the cookies repeat, so a scripted run produces the same
//! bytes every time. A test can read [`EmulatorHandle::sessions`] and
//! [`EmulatorHandle::locks`], inject faults ([`EmulatorHandle::inject_fault`]: the next N calls
//! of an operation answer the given fault) and delays ([`EmulatorHandle::inject_delay`], to
//! provoke "Session busy"), and change the session limit, idle timeout and lock lifetime.
//!
//! # Seed
//!
//! JSON, documented in [`seed`]; the built-in demo seed is `seeds/demo.json` (projects `Demo`
//! and `Sandbox`; users `ada`/`ada-secret` (administrator, License Server rights),
//! `alan`/`alan-secret`, `grace`/`grace-secret`, `viewer`/`viewer` (no SOAP right),
//! `ivy`/`ivy-secret` (inactive), `sam`/`sam-secret` (Sandbox only), and the customer
//! "Customer, Carl").
//!
//! # Fault codes
//!
//! See [`faults::codes`]: 1, 2, 5, 6, 7, 11, 16, 17, 22, 23, 72, 74, 77, 86, 108, 237, 9001 and 0
//! (not supported and internal error), all `SOAP-ENV:Server` with the code as the text of
//! `detail`. Code 0 only comes from a bug: a panic while serving a request is caught and
//! answered "Internal error in the TestTrack emulator.".
//!
//! # Operations not supported
//!
//! Every other operation of the WSDL is implemented. These answer a `SOAP-ENV:Server` fault
//! "The operation … is not supported by the TestTrack emulator." with detail 9001 (the list is
//! [`NOT_SUPPORTED`]; a test keeps this list and that constant equal):
//!
//! <!-- not-supported:begin -->
//! - `getReportRunResultsByName`
//! - `getReportRunResultsByRecordID`
//! - `getDocForExportTemplate`
//! - `getDocForExportTemplateReqDoc`
//! - `getDocForExportTemplateFolder`
//! - `getUserLicenseList`
//! - `promoteUser`
//! - `addGlobalUser`
//! - `promoteCustomer`
//! - `addGlobalCustomer`
//! - `getTestVariantTypes`
//! - `getItemHyperlinks`
//! <!-- not-supported:end -->
//!
//! Reports and export templates are not modelled; the License Server operations would change
//! state the emulator does not have; test variant types and item hyperlink formats are not
//! known from public material.

#![warn(missing_docs)]

pub mod clock;
#[cfg(feature = "state")]
mod durable;
mod emulator;
pub mod faults;
mod fields;
mod http;
mod lists;
mod locks;
mod query;
mod rng;
pub mod seed;
mod service;
mod sessions;
mod store;
mod tables;
mod tracked;
mod value;
mod workflow;
mod world;

pub use clock::Clock;
#[cfg(feature = "state")]
pub use durable::{state_file_exists, StateError};
pub use emulator::{
    rewrite_address, Emulator, EmulatorBuilder, EmulatorError, EmulatorHandle, Profile, SessionInfo, ENDPOINT_PATH,
    WSDL, WSDL_2013,
};
pub use fields::{FieldDef, FieldKind};
pub use http::HttpLimits;
pub use locks::LockInfo;
#[doc(hidden)]
pub use rng::{CookieRng, SplitMix64};
pub use seed::Seed;
pub use service::{NEWER_THAN_2013, NOT_SUPPORTED};
pub use tables::Table;
pub use workflow::{EventDef, Workflow, WorkflowError, NO_STATE_CHANGE};

/// The crate documentation's source, for the test that keeps its operation list honest.
#[doc(hidden)]
pub const LIB_SOURCE: &str = include_str!("lib.rs");
