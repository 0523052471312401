//! [`Upload`]: test results into one test run set, in batches, over a small pool of
//! sessions, safely repeated.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::defects::DefectConfig;
use super::junit::JunitError;
use super::keys::{LinkConfig, LinkKeys};
use super::lookup::{find_runs, find_test_cases};
use super::mapping::UploadMap;
use super::model::TestResult;
use super::outcome::{is_field_source, EventMap, FIELD_SOURCES};
use super::report::{NotRecorded, UploadReport};
use super::unit::{run_unit, Unit};
use crate::error::{Error, Result};
use crate::folders::{folder_name, Folder};
use crate::retry::read_again;
use crate::tracker::Tracker;
use crate::workflow::EventDefinition;

/// How often a batch lookup is read again after a lost answer.
const READ_RETRIES: u32 = 3;

/// The default base folder for test cases created by an upload.
pub const DEFAULT_FOLDER: &str = "/Public/CI";

type Factory<'t> = Box<dyn Fn() -> Result<Tracker> + Send + Sync + 't>;
type Progress<'t> = Box<dyn Fn(u64) + Send + Sync + 't>;

/// A batch is uploaded early once its texts (output, traces) reach this many bytes, so that a
/// report of tests with large output stays within bounded memory.
const BATCH_TEXT: usize = 32 << 20;

fn text_bytes(r: &TestResult) -> usize {
    let f = match &r.outcome {
        super::model::Outcome::Failed(f) | super::model::Outcome::Errored(f) => f.details.len(),
        _ => 0,
    };
    f + r.system_out.as_ref().map_or(0, String::len)
        + r.system_err.as_ref().map_or(0, String::len)
        + r.reruns.iter().map(|x| x.details.len()).sum::<usize>()
}

/// What every worker needs to know.
#[derive(Debug)]
pub(crate) struct Settings {
    pub run_set: String,
    pub key_field: String,
    pub events: EventMap,
    pub fields: Vec<(String, String)>,
    pub defs: Arc<Vec<EventDefinition>>,
    pub link_definition: Option<String>,
    pub attach_output: bool,
    pub files_dir: std::path::PathBuf,
    pub dry_run: bool,
    pub lock_retries: u32,
    pub lock_wait: Duration,
    pub defects: Option<DefectConfig>,
}

/// The folder path for a result's test case under `base`: `base/<suite>/<package>/<class>`.
/// The suite is the outermost `testsuite` name, left out when it is empty or the class
/// name itself (Surefire names suites after classes); the package is the class name up to
/// its last `.`, the class what follows (a class name with `/`, as Go writes package paths,
/// is one level). Without a class name the suite names are the levels. `/` inside a name
/// becomes `-`.
pub fn folder_for(base: &str, r: &TestResult) -> String {
    let mut levels: Vec<String> = vec![base.trim_end_matches('/').to_string()];
    let cls = r.classname.trim();
    if cls.is_empty() {
        levels.extend(r.suites.iter().filter(|s| !s.trim().is_empty()).map(|s| folder_name(s)));
    } else {
        if let Some(s) = r.suites.first().filter(|s| !s.trim().is_empty() && s.trim() != cls) {
            levels.push(folder_name(s));
        }
        match cls.rsplit_once('.').filter(|_| !cls.contains('/')) {
            Some((pkg, class)) if !pkg.is_empty() && !class.is_empty() => {
                levels.push(folder_name(pkg));
                levels.push(folder_name(class));
            }
            _ => levels.push(folder_name(cls)),
        }
    }
    levels.join("/")
}

/// An upload of test results into TestTrack (see the [module documentation](super) for the
/// mapping). Build it, then [`Upload::run`] it over an iterator of results:
///
/// ```no_run
/// use tt_records::results::{JunitReader, Upload};
/// use tt_records::Tracker;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let login = || Tracker::login("http://127.0.0.1:8080/", "Demo", "ci-bot", "secret");
/// let tt = login()?;
/// let report = Upload::new(&tt)
///     .run_set("Build 1234")
///     .folder("/Public/CI")
///     .sessions(4, login)
///     .run(JunitReader::open("target/nextest/ci/junit.xml")?)?;
/// println!("{}", report.to_json());
/// # Ok(()) }
/// ```
pub struct Upload<'t> {
    tracker: &'t Tracker,
    run_set: String,
    folder: String,
    key_field: String,
    events: EventMap,
    fields: Vec<(String, String)>,
    links: LinkConfig,
    attach_output: bool,
    files_dir: std::path::PathBuf,
    sessions: usize,
    factory: Option<Factory<'t>>,
    batch: usize,
    dry_run: bool,
    lock_retries: u32,
    lock_wait: Duration,
    progress: Option<Progress<'t>>,
    defects: Option<DefectConfig>,
}

impl std::fmt::Debug for Upload<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upload")
            .field("run_set", &self.run_set)
            .field("folder", &self.folder)
            .field("key_field", &self.key_field)
            .field("sessions", &self.sessions)
            .field("dry_run", &self.dry_run)
            .finish()
    }
}

impl<'t> Upload<'t> {
    /// An upload on `tracker`'s session (and more with [`Upload::sessions`]).
    pub fn new(tracker: &'t Tracker) -> Upload<'t> {
        Upload {
            tracker,
            run_set: String::new(),
            folder: DEFAULT_FOLDER.into(),
            key_field: "Summary".into(),
            events: EventMap::default(),
            fields: Vec::new(),
            links: LinkConfig::default(),
            attach_output: true,
            files_dir: std::path::PathBuf::from("."),
            sessions: 1,
            factory: None,
            batch: 200,
            dry_run: false,
            lock_retries: 4,
            lock_wait: Duration::from_millis(250),
            progress: None,
            defects: None,
        }
    }

    /// The test run set (required): one upload, one set, e.g. "Build 1234".
    pub fn run_set(mut self, name: &str) -> Self {
        self.run_set = name.trim().to_string();
        self
    }

    /// The base folder for new test cases (default [`DEFAULT_FOLDER`]); see [`folder_for`].
    pub fn folder(mut self, path: &str) -> Self {
        self.folder = path.trim().to_string();
        self
    }

    /// The test case field that holds the key (default `Summary`; a custom field's name to
    /// keep summaries free). New test cases get the key in the summary and in this field.
    pub fn key_field(mut self, field: &str) -> Self {
        self.key_field = field.trim().to_string();
        self
    }

    /// The outcome events (default [`EventMap::default`]).
    pub fn events(mut self, events: EventMap) -> Self {
        self.events = events;
        self
    }

    /// Fills a custom field of the outcome events from each result: `field` takes the value
    /// of `source` ([`super::FIELD_SOURCES`]: `duration`, `hostname`, `property:NAME`, ...).
    /// Every mapped event must have the field; that is checked before anything changes.
    pub fn field(mut self, field: &str, source: &str) -> Self {
        self.fields.push((field.trim().to_string(), source.trim().to_string()));
        self
    }

    /// Linking by key (default: pattern `[REQ-12]`, no link definition, so nothing linked).
    pub fn links(mut self, links: LinkConfig) -> Self {
        self.links = links;
        self
    }

    /// Whether `system-out`/`system-err` and the files a test names in them
    /// (`[[ATTACHMENT|path]]`) become attachments of the outcome event (default true).
    pub fn attach_output(mut self, yes: bool) -> Self {
        self.attach_output = yes;
        self
    }

    /// The directory relative `[[ATTACHMENT|path]]` names are read from (default the current
    /// directory); see [`super::named_files`].
    pub fn files_dir(mut self, dir: impl Into<std::path::PathBuf>) -> Self {
        self.files_dir = dir.into();
        self
    }

    /// Files a defect for each test whose last result failed or errored, or updates the open
    /// one filed before (off by default); see [`DefectConfig`].
    pub fn file_defects(mut self, defects: DefectConfig) -> Self {
        self.defects = Some(defects);
        self
    }

    /// Applies a mapping file's settings.
    pub fn map(mut self, m: &UploadMap) -> Self {
        if let Some(f) = &m.folder {
            self.folder = f.clone();
        }
        if let Some(k) = &m.key_field {
            self.key_field = k.clone();
        }
        if let Some(a) = m.attach_output {
            self.attach_output = a;
        }
        self.events = m.events.clone();
        self.fields.extend(m.fields.iter().map(|(f, s)| (f.clone(), s.clone())));
        self.links = m.links.clone();
        if let Some(d) = &m.defects {
            self.defects = Some(d.clone());
        }
        self
    }

    /// Uses `n` sessions in all (default 1): `open` logs on the `n - 1` besides this
    /// tracker's. Each is a separate logon (a licence on a real server) and is logged off
    /// when the upload ends.
    pub fn sessions(mut self, n: usize, open: impl Fn() -> Result<Tracker> + Send + Sync + 't) -> Self {
        self.sessions = n.max(1);
        self.factory = Some(Box::new(open));
        self
    }

    /// Results per batch (default 200, fewer when their texts pass 32 MiB): one test case
    /// lookup and one run lookup per batch.
    pub fn batch_size(mut self, n: usize) -> Self {
        self.batch = n.max(1);
        self
    }

    /// Reads and plans, changes nothing; the report lists the planned changes.
    pub fn dry_run(mut self, yes: bool) -> Self {
        self.dry_run = yes;
        self
    }

    /// How often a run locked by someone else is tried again (default 4), first after
    /// `wait` (default 250 ms), doubling.
    pub fn lock_retries(mut self, times: u32, wait: Duration) -> Self {
        self.lock_retries = times;
        self.lock_wait = wait;
        self
    }

    /// Calls `f(results_done)` as results are uploaded.
    pub fn on_progress(mut self, f: impl Fn(u64) + Send + Sync + 't) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    fn settings(&self) -> Result<(Settings, LinkKeys)> {
        if self.run_set.is_empty() {
            return Err(Error::InvalidValue {
                field: "run set".into(),
                value: String::new(),
                expected: "a test run set name".into(),
            });
        }
        let t = self.tracker;
        t.table("Test Case")?;
        let run_table = t.table("Test Run")?;
        let defs = t.event_definitions(&run_table)?;
        self.events.check(&run_table, &defs)?;
        for (field, source) in &self.fields {
            if !is_field_source(source) {
                return Err(Error::InvalidValue {
                    field: format!("source of event field '{field}'"),
                    value: source.clone(),
                    expected: format!("one of: {}", FIELD_SOURCES.join(", ")),
                });
            }
            let events = [&self.events.passed, &self.events.failed, &self.events.error, &self.events.skipped];
            for ev in events.into_iter().flatten().map(|e| e.trim()).filter(|e| !e.is_empty()) {
                let Some(def) = defs.iter().find(|d| d.name.eq_ignore_ascii_case(ev)) else { continue };
                if !def.fields.iter().any(|f| f.name.eq_ignore_ascii_case(field)) {
                    return Err(Error::UnknownField {
                        name: format!("{field} (event {})", def.name),
                        known: def.fields.iter().map(|f| f.name.clone()).collect(),
                    });
                }
            }
        }
        let cols = t.columns("Test Case")?;
        if !cols.iter().any(|c| c.eq_ignore_ascii_case(&self.key_field)) {
            return Err(Error::UnknownField { name: self.key_field.clone(), known: cols.to_vec() });
        }
        let keys = LinkKeys::new(&self.links).map_err(|e| Error::InvalidValue {
            field: "link pattern".into(),
            value: self.links.pattern.clone().unwrap_or_default(),
            expected: e,
        })?;
        let link_definition = match self.links.definition.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => {
                let all = t.link_definitions()?;
                Some(all.iter().find(|a| a.eq_ignore_ascii_case(d)).cloned().ok_or_else(|| Error::NotAllowedValue {
                    field: "link definition".into(),
                    value: d.into(),
                    allowed: all.clone(),
                })?)
            }
            None => None,
        };
        let s = Settings {
            run_set: self.run_set.clone(),
            key_field: self.key_field.clone(),
            events: self.events.clone(),
            fields: self.fields.clone(),
            defs,
            link_definition,
            attach_output: self.attach_output,
            files_dir: self.files_dir.clone(),
            dry_run: self.dry_run,
            lock_retries: self.lock_retries,
            lock_wait: self.lock_wait,
            defects: self.defects.as_ref().map(|d| d.checked(t)).transpose()?,
        };
        Ok((s, keys))
    }

    /// Uploads the results. Setup problems (no run set, an outcome event the site does not
    /// define, an unknown key field, link definition or pattern) are errors before anything
    /// changes; after that every result either is recorded or is listed in
    /// [`UploadReport::not_recorded`], and a report that cannot be read to its end stops the
    /// upload after the results before the bad spot ([`UploadReport::input_error`]).
    pub fn run(
        self,
        results: impl IntoIterator<Item = std::result::Result<TestResult, JunitError>>,
    ) -> Result<UploadReport> {
        let (cfg, keys) = self.settings()?;
        let mut report = UploadReport { run_set: cfg.run_set.clone(), dry_run: cfg.dry_run, ..Default::default() };
        let mut extra = Vec::new();
        if !cfg.dry_run {
            if let Some(open) = &self.factory {
                for _ in 1..self.sessions {
                    match open() {
                        Ok(t) => extra.push(t),
                        Err(e) => report.warnings.push(format!("could not open another session: {e}")),
                    }
                }
            }
        }
        let mut workers: Vec<&Tracker> = vec![self.tracker];
        workers.extend(extra.iter());
        report.sessions = workers.len() as u64;
        let done = AtomicU64::new(0);
        let mut folders: HashMap<String, Option<Folder>> = HashMap::new();
        let mut batch = Vec::with_capacity(self.batch);
        let mut batch_bytes = 0usize;
        let mut iter = results.into_iter();
        loop {
            let next = iter.next();
            let end = match next {
                Some(Ok(r)) => {
                    report.results += 1;
                    batch_bytes += text_bytes(&r);
                    batch.push(r);
                    false
                }
                Some(Err(e)) if e.is_recoverable() => {
                    let line = match &e {
                        JunitError::Invalid { line, .. } => *line,
                        _ => 0,
                    };
                    report.not_recorded.push(NotRecorded { test: String::new(), line, reason: e.to_string() });
                    false
                }
                Some(Err(e)) => {
                    report.input_error = Some(e.to_string());
                    true
                }
                None => true,
            };
            if batch.len() >= self.batch || batch_bytes >= BATCH_TEXT || (end && !batch.is_empty()) {
                let b = std::mem::take(&mut batch);
                batch_bytes = 0;
                self.batch_upload(&cfg, &keys, &workers, b, &mut folders, &mut report, &done);
            }
            if end {
                break;
            }
        }
        for t in extra {
            if let Err(e) = t.logoff() {
                log::debug!("logoff of an upload session: {e}");
            }
        }
        Ok(report)
    }

    #[allow(clippy::too_many_arguments)]
    fn batch_upload(
        &self,
        cfg: &Settings,
        keys: &LinkKeys,
        workers: &[&Tracker],
        batch: Vec<TestResult>,
        folders: &mut HashMap<String, Option<Folder>>,
        report: &mut UploadReport,
        done: &AtomicU64,
    ) {
        let t = self.tracker;
        let mut units: Vec<Unit> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for r in batch {
            let key = r.key();
            match index.get(&key) {
                Some(&i) => units[i].results.push(r),
                None => {
                    index.insert(key.clone(), units.len());
                    let folder_path = folder_for(&self.folder, &r);
                    units.push(Unit {
                        key,
                        results: vec![r],
                        case: None,
                        run: None,
                        folder: None,
                        folder_path,
                        refile: false,
                    });
                }
            }
        }
        let fail_all = |report: &mut UploadReport, units: &[Unit], why: String| {
            for u in units {
                for r in &u.results {
                    report.not_recorded.push(NotRecorded { test: r.key(), line: r.line, reason: why.clone() });
                }
            }
        };
        let keys_list: Vec<String> = units.iter().map(|u| u.key.clone()).collect();
        let (cases, again) = read_again(READ_RETRIES, || find_test_cases(t, &cfg.key_field, &keys_list));
        report.retried += u64::from(again);
        let cases = match cases {
            Ok(c) => c,
            Err(e) => return fail_all(report, &units, format!("looking up test cases: {e}")),
        };
        let numbers: Vec<i64> = cases.values().map(|c| c.number).collect();
        let (runs, again) = read_again(READ_RETRIES, || find_runs(t, &cfg.run_set, &numbers));
        report.retried += u64::from(again);
        let mut runs = match runs {
            Ok(r) => r,
            Err(e) => return fail_all(report, &units, format!("looking up test runs: {e}")),
        };
        // Folder contents read once per folder and batch, for the test cases found.
        let mut contents: HashMap<i64, Vec<i64>> = HashMap::new();
        for u in &mut units {
            u.case = cases.get(&u.key).cloned();
            if let Some(c) = &u.case {
                u.run = runs.remove(&c.number);
            }
            let f = match folders.get(&u.folder_path) {
                Some(f) => f.clone(),
                None => {
                    let f = resolve_folder(t, cfg.dry_run, &u.folder_path, report);
                    folders.insert(u.folder_path.clone(), f.clone());
                    f
                }
            };
            // A test case found outside its folder (a cut `addEntityToFolderByRecordID`, or
            // one filed elsewhere) is put in it; the folder's contents say, not a guess.
            if let (Some(c), Some(f)) = (&u.case, &f) {
                if let std::collections::hash_map::Entry::Vacant(v) = contents.entry(f.record_id) {
                    let (items, again) = read_again(READ_RETRIES, || t.folder_items(f, "Test Case"));
                    report.retried += u64::from(again);
                    v.insert(items.unwrap_or_else(|e| {
                        report.warnings.push(format!("folder {}: {e}", f.path));
                        vec![c.record_id]
                    }));
                }
                u.refile = !contents.get(&f.record_id).is_some_and(|i| i.contains(&c.record_id));
            } else if u.case.is_some() && cfg.dry_run && f.is_none() {
                u.refile = true;
            }
            u.folder = f;
        }
        let queue = Mutex::new(units.into_iter().map(Some).collect::<Vec<_>>());
        let next = AtomicUsize::new(0);
        let out = Mutex::new(UploadReport::default());
        let n = queue.lock().unwrap_or_else(PoisonError::into_inner).len();
        let (next, queue, out) = (&next, &queue, &out);
        std::thread::scope(|s| {
            for &w in workers.iter().take(n.max(1)) {
                s.spawn(move || loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= n {
                        break;
                    }
                    let Some(u) = queue.lock().unwrap_or_else(PoisonError::into_inner)[i].take() else { continue };
                    let count = u.results.len() as u64;
                    let r = run_unit(w, cfg, keys, u);
                    out.lock().unwrap_or_else(PoisonError::into_inner).merge(r);
                    let total = done.fetch_add(count, Ordering::SeqCst) + count;
                    if let Some(p) = &self.progress {
                        p(total);
                    }
                });
            }
        });
        let o = std::mem::take(&mut *out.lock().unwrap_or_else(PoisonError::into_inner));
        report.merge(o);
    }
}

/// The folder at `path`: found or created, or in a dry run found or planned (`None`).
fn resolve_folder(t: &Tracker, dry_run: bool, path: &str, report: &mut UploadReport) -> Option<Folder> {
    let r = if dry_run {
        t.folder(path).inspect(|f| {
            if f.is_none() {
                report.planned.push(format!("create folder {path}"));
            }
        })
    } else {
        t.ensure_folder(path).map(|(f, n)| {
            report.folders_created += n as u64;
            Some(f)
        })
    };
    r.unwrap_or_else(|e| {
        report.warnings.push(format!("folder {path}: {e}"));
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(suites: &[&str], classname: &str, name: &str) -> TestResult {
        TestResult {
            suites: suites.iter().map(|s| s.to_string()).collect(),
            classname: classname.into(),
            name: name.into(),
            outcome: super::super::model::Outcome::Passed,
            duration: None,
            timestamp: None,
            hostname: None,
            properties: Vec::new(),
            system_out: None,
            system_err: None,
            file: None,
            reruns: Vec::new(),
            line: 1,
        }
    }

    #[test]
    fn folders_follow_suite_package_and_class() {
        let f = |s: &[&str], c: &str| folder_for("/Public/CI/", &result(s, c, "t"));
        assert_eq!(f(&["com.a.BTest"], "com.a.BTest"), "/Public/CI/com.a/BTest");
        assert_eq!(f(&["pytest"], "tests.test_api.TestLogin"), "/Public/CI/pytest/tests.test_api/TestLogin");
        assert_eq!(f(&["github.com/acme/cart"], "github.com/acme/cart"), "/Public/CI/github.com-acme-cart");
        assert_eq!(f(&["Cart", "inner"], ""), "/Public/CI/Cart/inner");
        assert_eq!(f(&[], ""), "/Public/CI");
        assert_eq!(f(&["shop::cart"], "shop::cart"), "/Public/CI/shop::cart");
    }
}
