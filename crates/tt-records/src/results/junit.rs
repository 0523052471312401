//! A streaming reader for JUnit XML reports.
//!
//! Reads what Maven Surefire, pytest, jest-junit, gotestsum, cargo-nextest and xUnit.net
//! write: a `testsuites` or `testsuite` root, suites nested to any depth, `testcase` elements
//! with `failure`, `error`, `skipped`, rerun elements (`flakyFailure`, `rerunFailure`, ...),
//! `system-out`, `system-err` and `properties`. Unknown elements are skipped. The report is
//! read one test case at a time, so memory stays bounded whatever the report's size: only
//! the enclosing suites and the current test case are held, and each text is capped at
//! [`JunitOptions::max_text`] bytes (stack traces keep their start, output keeps its end).
//!
//! ```
//! use tt_records::results::{JunitReader, Outcome};
//!
//! let xml = r#"<testsuite name="unit"><testcase classname="a.B" name="c" time="0.5">
//!   <failure message="expected 1">trace</failure></testcase></testsuite>"#;
//! let results: Vec<_> = JunitReader::new(xml.as_bytes()).collect::<Result<_, _>>()?;
//! assert_eq!(results[0].key(), "a.B.c");
//! assert!(matches!(results[0].outcome, Outcome::Failed(_)));
//! # Ok::<(), tt_records::results::JunitError>(())
//! ```

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::time::Duration;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::model::{Failure, Outcome, TestResult};

/// Limits for reading a report.
#[derive(Debug, Clone, Copy)]
pub struct JunitOptions {
    /// The most bytes kept of one text (a stack trace, `system-out`, `system-err`); the rest
    /// is replaced by a note saying how much was left out. Default 1 MiB.
    pub max_text: usize,
}

impl Default for JunitOptions {
    fn default() -> Self {
        JunitOptions { max_text: 1 << 20 }
    }
}

/// Why a report could not be read. Every variant but `Io` names the report line.
#[derive(Debug, thiserror::Error)]
pub enum JunitError {
    /// The file is not well-formed XML (or ends early).
    #[error("line {line}: not well-formed XML: {message}")]
    Syntax {
        /// Line of the report where the reader stopped.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// Well-formed XML, but not a JUnit report.
    #[error("line {line}: not a JUnit report: the root element is <{root}>, expected <testsuites> or <testsuite>")]
    NotJunit {
        /// Line of the root element.
        line: u64,
        /// The root element's name (empty when the document has none).
        root: String,
    },
    /// A test case the reader cannot use (it has no name); reading goes on after it.
    #[error("line {line}: {message}")]
    Invalid {
        /// Line of the test case.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// Reading the file failed.
    #[error("reading the report: {0}")]
    Io(#[from] io::Error),
}

impl JunitError {
    /// Whether reading can go on after this error (only [`JunitError::Invalid`]).
    pub fn is_recoverable(&self) -> bool {
        matches!(self, JunitError::Invalid { .. })
    }
}

/// Counts the lines quick-xml has consumed, so errors can say where they are without
/// keeping the text: quick-xml reports byte offsets only.
struct Lines<R> {
    inner: R,
    newlines: u64,
}

impl<R: BufRead> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.newlines += count_newlines(&buf[..n]);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Lines<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        // The data being consumed is still in the buffer, so this does no I/O.
        if let Ok(buf) = self.inner.fill_buf() {
            self.newlines += count_newlines(&buf[..amt.min(buf.len())]);
        }
        self.inner.consume(amt);
    }
}

fn count_newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

/// What an open `testsuite` contributes to its test cases.
#[derive(Debug, Default)]
struct Suite {
    name: String,
    timestamp: Option<String>,
    hostname: Option<String>,
    properties: Vec<(String, String)>,
}

/// An open element at suite level.
enum Frame {
    Root,
    Suite(Suite),
}

/// Reads a JUnit report one [`TestResult`] at a time (the producers' formats, nested suites and rerun elements; unknown elements are skipped, texts capped at [`JunitOptions::max_text`]).
pub struct JunitReader<R: BufRead> {
    xml: Reader<Lines<R>>,
    buf: Vec<u8>,
    frames: Vec<Frame>,
    started: bool,
    finished: bool,
    options: JunitOptions,
}

impl JunitReader<BufReader<File>> {
    /// Opens a report file.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, JunitError> {
        Ok(JunitReader::new(BufReader::new(File::open(path)?)))
    }
}

impl<R: BufRead> JunitReader<R> {
    /// A reader with default options.
    pub fn new(input: R) -> Self {
        JunitReader::with_options(input, JunitOptions::default())
    }

    /// A reader with the given options.
    pub fn with_options(input: R, options: JunitOptions) -> Self {
        let mut xml = Reader::from_reader(Lines { inner: input, newlines: 0 });
        xml.config_mut().trim_text(false);
        JunitReader { xml, buf: Vec::new(), frames: Vec::new(), started: false, finished: false, options }
    }

    /// The report line the reader has reached.
    pub fn line(&self) -> u64 {
        self.xml.get_ref().newlines + 1
    }

    /// The next event, owned, so that handling it may call back into the reader.
    fn event(&mut self) -> Result<Event<'static>, JunitError> {
        self.buf.clear();
        match self.xml.read_event_into(&mut self.buf) {
            Ok(event) => Ok(event.into_owned()),
            Err(e) => Err(JunitError::Syntax { line: self.xml.get_ref().newlines + 1, message: e.to_string() }),
        }
    }

    fn syntax(&self, message: impl ToString) -> JunitError {
        JunitError::Syntax { line: self.line(), message: message.to_string() }
    }

    fn next_result(&mut self) -> Result<Option<TestResult>, JunitError> {
        loop {
            let event = self.event()?;
            match event {
                Event::Start(e) => {
                    if let Some(result) = self.open_element(&e, false)? {
                        return Ok(Some(result));
                    }
                }
                Event::Empty(e) => {
                    if let Some(result) = self.open_element(&e, true)? {
                        return Ok(Some(result));
                    }
                }
                Event::End(_) => {
                    self.frames.pop();
                }
                Event::Eof => {
                    if !self.started {
                        return Err(JunitError::NotJunit { line: self.line(), root: String::new() });
                    }
                    if !self.frames.is_empty() {
                        return Err(self.syntax("the report ends before its last element is closed"));
                    }
                    return Ok(None);
                }
                _ => {}
            }
        }
    }

    /// Handles an element opened at suite level; a test case is read to its end.
    fn open_element(&mut self, e: &BytesStart<'static>, empty: bool) -> Result<Option<TestResult>, JunitError> {
        let name = local_name(e);
        if !self.started {
            self.started = true;
            if name != "testsuites" && name != "testsuite" {
                return Err(JunitError::NotJunit { line: self.line(), root: name });
            }
        }
        match name.as_str() {
            "testsuites" if !empty => self.frames.push(Frame::Root),
            "testsuite" if !empty => {
                let attrs = self.attributes(e)?;
                let get = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
                self.frames.push(Frame::Suite(Suite {
                    name: get("name").unwrap_or_default(),
                    timestamp: get("timestamp"),
                    hostname: get("hostname"),
                    properties: Vec::new(),
                }));
            }
            "properties" if !empty => {
                let props = self.properties()?;
                if let Some(Frame::Suite(suite)) = self.frames.last_mut() {
                    suite.properties.extend(props);
                }
            }
            "testcase" => return self.test_case(e, empty).map(Some),
            _ if !empty => self.skip(e)?,
            _ => {}
        }
        Ok(None)
    }

    fn attributes(&self, e: &BytesStart<'_>) -> Result<Vec<(String, String)>, JunitError> {
        let mut out = Vec::new();
        for attr in e.attributes() {
            let attr = attr.map_err(|err| self.syntax(err))?;
            let key = String::from_utf8_lossy(attr.key.local_name().as_ref()).into_owned();
            let value = attr.unescape_value().map_err(|err| self.syntax(err))?.into_owned();
            out.push((key, value));
        }
        Ok(out)
    }

    fn skip(&mut self, e: &BytesStart<'_>) -> Result<(), JunitError> {
        let mut buf = Vec::new();
        self.xml.read_to_end_into(e.name(), &mut buf).map_err(|err| self.syntax(err))?;
        Ok(())
    }

    /// Reads `<property name=".." value=".."/>` items (the value may also be the text) up to
    /// the end of `properties`.
    fn properties(&mut self) -> Result<Vec<(String, String)>, JunitError> {
        let mut props = Vec::new();
        loop {
            match self.event()? {
                Event::Empty(e) if local_name(&e) == "property" => {
                    props.push(self.property(&e)?);
                }
                Event::Start(e) if local_name(&e) == "property" => {
                    let (name, value) = self.property(&e)?;
                    let text = self.text(Cap::Head(self.options.max_text))?;
                    props.push((name, if value.is_empty() { text } else { value }));
                }
                Event::Start(e) => {
                    self.skip(&e)?;
                }
                Event::End(_) => return Ok(props),
                Event::Eof => return Err(self.syntax("the report ends inside <properties>")),
                _ => {}
            }
        }
    }

    fn property(&self, e: &BytesStart<'_>) -> Result<(String, String), JunitError> {
        let attrs = self.attributes(e)?;
        let get = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default();
        Ok((get("name"), get("value")))
    }

    fn test_case(&mut self, e: &BytesStart<'_>, empty: bool) -> Result<TestResult, JunitError> {
        let line = self.line();
        let attrs = self.attributes(e)?;
        let get = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let mut result = TestResult {
            suites: Vec::new(),
            classname: get("classname").unwrap_or_default(),
            name: get("name").unwrap_or_default(),
            outcome: Outcome::Passed,
            duration: get("time").as_deref().and_then(parse_seconds),
            timestamp: get("timestamp"),
            hostname: None,
            properties: Vec::new(),
            system_out: None,
            system_err: None,
            file: get("file"),
            reruns: Vec::new(),
            line,
        };
        for frame in &self.frames {
            if let Frame::Suite(suite) = frame {
                result.suites.push(suite.name.clone());
                result.properties.extend(suite.properties.iter().cloned());
                if suite.hostname.is_some() {
                    result.hostname = suite.hostname.clone();
                }
                if result.timestamp.is_none() && suite.timestamp.is_some() {
                    result.timestamp = suite.timestamp.clone();
                }
            }
        }
        if !empty {
            self.test_case_children(&mut result)?;
        }
        if result.name.is_empty() {
            return Err(JunitError::Invalid { line, message: "<testcase> has no name attribute".into() });
        }
        Ok(result)
    }

    fn test_case_children(&mut self, result: &mut TestResult) -> Result<(), JunitError> {
        let max = self.options.max_text;
        loop {
            let event = self.event()?;
            let (e, empty) = match event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(_) => return Ok(()),
                Event::Eof => return Err(self.syntax("the report ends inside <testcase>")),
                _ => continue,
            };
            let name = local_name(&e);
            match name.as_str() {
                "failure" | "error" | "flakyFailure" | "flakyError" | "rerunFailure" | "rerunError" => {
                    let attrs = self.attributes(&e)?;
                    let get = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
                    let details = if empty { String::new() } else { self.text(Cap::Head(max))? };
                    let failure = Failure { message: get("message"), kind: get("type"), details };
                    result.outcome = match (name.as_str(), std::mem::replace(&mut result.outcome, Outcome::Passed)) {
                        ("failure", Outcome::Failed(first)) | ("error", Outcome::Failed(first)) => {
                            Outcome::Failed(join(first, failure, max))
                        }
                        ("failure", Outcome::Errored(first)) | ("error", Outcome::Errored(first)) => {
                            Outcome::Errored(join(first, failure, max))
                        }
                        ("failure", _) => Outcome::Failed(failure),
                        ("error", _) => Outcome::Errored(failure),
                        (_, outcome) => {
                            result.reruns.push(failure);
                            outcome
                        }
                    };
                }
                "skipped" | "disabled" => {
                    let attrs = self.attributes(&e)?;
                    let mut message = attrs.into_iter().find(|(k, _)| k == "message").map(|(_, v)| v);
                    if !empty {
                        let text = self.text(Cap::Head(max))?;
                        if message.is_none() && !text.trim().is_empty() {
                            message = Some(text);
                        }
                    }
                    if !matches!(result.outcome, Outcome::Failed(_) | Outcome::Errored(_)) {
                        result.outcome = Outcome::Skipped { message };
                    }
                }
                "system-out" if !empty => result.system_out = Some(self.text(Cap::Tail(max))?),
                "system-err" if !empty => result.system_err = Some(self.text(Cap::Tail(max))?),
                "properties" if !empty => {
                    let props = self.properties()?;
                    result.properties.extend(props);
                }
                _ if !empty => self.skip(&e)?,
                _ => {}
            }
        }
    }

    /// The text of the element just opened, with nested elements' text, up to its end.
    fn text(&mut self, cap: Cap) -> Result<String, JunitError> {
        let mut text = Capped::new(cap);
        let mut depth = 0usize;
        loop {
            let event = self.event()?;
            match event {
                Event::Text(t) => text.push(&t.decode().map_err(|e| self.syntax(e))?),
                Event::CData(t) => text.push(&t.decode().map_err(|e| self.syntax(e))?),
                Event::GeneralRef(r) => {
                    let resolved = match r.resolve_char_ref().map_err(|e| self.syntax(e))? {
                        Some(c) => c.to_string(),
                        None => {
                            let name = r.decode().map_err(|e| self.syntax(e))?;
                            match quick_xml::escape::resolve_xml_entity(&name) {
                                Some(s) => s.to_string(),
                                None => return Err(self.syntax(format!("unknown entity &{name};"))),
                            }
                        }
                    };
                    text.push(&resolved);
                }
                Event::Start(_) => depth += 1,
                Event::End(_) if depth == 0 => return Ok(text.finish()),
                Event::End(_) => depth -= 1,
                Event::Eof => return Err(self.syntax("the report ends inside a text element")),
                _ => {}
            }
        }
    }
}

impl<R: BufRead> Iterator for JunitReader<R> {
    type Item = Result<TestResult, JunitError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        match self.next_result() {
            Ok(Some(result)) => Some(Ok(result)),
            Ok(None) => {
                self.finished = true;
                None
            }
            Err(e) => {
                self.finished = !e.is_recoverable();
                Some(Err(e))
            }
        }
    }
}

fn local_name(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// Seconds as JUnit producers write them: `0.123`, `12`, and `1,234.5` from locales that
/// group thousands.
fn parse_seconds(s: &str) -> Option<Duration> {
    let secs: f64 = s.trim().replace(',', "").parse().ok()?;
    Duration::try_from_secs_f64(secs).ok()
}

fn join(mut first: Failure, next: Failure, max: usize) -> Failure {
    let mut details = Capped::new(Cap::Head(max));
    details.push(&first.details);
    details.push("\n\n");
    if let Some(m) = &next.message {
        details.push(m);
        details.push("\n");
    }
    details.push(&next.details);
    first.details = details.finish();
    first
}

/// Which part of a long text is kept.
#[derive(Clone, Copy)]
enum Cap {
    /// The start (stack traces: the assertion comes first).
    Head(usize),
    /// The end (output: the last lines explain the failure).
    Tail(usize),
}

/// A text that never holds more than about twice its cap.
struct Capped {
    cap: Cap,
    text: String,
    dropped: usize,
}

impl Capped {
    fn new(cap: Cap) -> Capped {
        Capped { cap, text: String::new(), dropped: 0 }
    }

    fn push(&mut self, s: &str) {
        match self.cap {
            Cap::Head(max) => {
                let room = max.saturating_sub(self.text.len());
                let keep = floor_char_boundary(s, room.min(s.len()));
                self.text.push_str(&s[..keep]);
                self.dropped += s.len() - keep;
            }
            Cap::Tail(max) => {
                self.text.push_str(s);
                if self.text.len() > max.saturating_mul(2).max(1) {
                    let cut = ceil_char_boundary(&self.text, self.text.len() - max);
                    self.dropped += cut;
                    self.text.drain(..cut);
                }
            }
        }
    }

    fn finish(mut self) -> String {
        match self.cap {
            Cap::Head(_) if self.dropped > 0 => {
                self.text.push_str(&format!("\n[… {} more bytes left out]", self.dropped));
                self.text
            }
            Cap::Tail(max) => {
                if self.text.len() > max {
                    let cut = ceil_char_boundary(&self.text, self.text.len() - max);
                    self.dropped += cut;
                    self.text.drain(..cut);
                }
                if self.dropped > 0 {
                    format!("[… {} earlier bytes left out]\n{}", self.dropped, self.text)
                } else {
                    self.text
                }
            }
            Cap::Head(_) => self.text,
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(xml: &str) -> Vec<Result<TestResult, JunitError>> {
        JunitReader::new(xml.as_bytes()).collect()
    }

    #[test]
    fn nested_suites_pass_down_names_hosts_and_properties() {
        let xml = r#"<?xml version="1.0"?>
<testsuites name="all">
  <testsuite name="outer" hostname="ci-7" timestamp="2026-12-01T10:00:00">
    <properties><property name="build" value="1234"/></properties>
    <testsuite name="inner">
      <testcase classname="pkg.Cls" name="ok" time="1,234.5"/>
      <testcase classname="pkg.Cls" name="skip"><skipped>not on linux</skipped></testcase>
    </testsuite>
  </testsuite>
</testsuites>"#;
        let results: Vec<_> = read(xml).into_iter().map(Result::unwrap).collect();
        assert_eq!(results.len(), 2);
        assert_eq!(results[0].suites, ["outer", "inner"]);
        assert_eq!(results[0].hostname.as_deref(), Some("ci-7"));
        assert_eq!(results[0].timestamp.as_deref(), Some("2026-12-01T10:00:00"));
        assert_eq!(results[0].property("build"), Some("1234"));
        assert_eq!(results[0].duration, Some(Duration::from_secs_f64(1234.5)));
        assert_eq!(results[0].line, 6);
        assert_eq!(results[1].outcome, Outcome::Skipped { message: Some("not on linux".into()) });
    }

    #[test]
    fn failure_text_is_unescaped_and_cdata_kept() {
        let xml = r#"<testsuite><testcase name="t"><failure message="a &lt; b" type="Assert">x &amp;&#x41;<![CDATA[<raw>]]></failure></testcase></testsuite>"#;
        let r = read(xml).remove(0).unwrap();
        let Outcome::Failed(f) = r.outcome else { panic!("{:?}", r.outcome) };
        assert_eq!(f.message.as_deref(), Some("a < b"));
        assert_eq!(f.kind.as_deref(), Some("Assert"));
        assert_eq!(f.details, "x &A<raw>");
    }

    #[test]
    fn reruns_are_kept_and_a_flaky_test_passes() {
        let xml = r#"<testsuite><testcase name="t"><flakyFailure message="once" type="E"><stackTrace>st</stackTrace></flakyFailure></testcase></testsuite>"#;
        let r = read(xml).remove(0).unwrap();
        assert_eq!(r.outcome, Outcome::Passed);
        assert_eq!(r.reruns.len(), 1);
        assert_eq!(r.reruns[0].details, "st");
    }

    #[test]
    fn not_junit_and_broken_xml_say_where() {
        match read("<html>\n<body/></html>").remove(0) {
            Err(JunitError::NotJunit { root, line: 1 }) => assert_eq!(root, "html"),
            other => panic!("{other:?}"),
        }
        let errs = read("<testsuite>\n<testcase name=\"a\"/>\n<testcase name=\"b\">\n</testsuite>");
        assert!(errs[0].is_ok());
        match &errs[1] {
            Err(JunitError::Syntax { line, .. }) => assert_eq!(*line, 4, "{errs:?}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(errs.len(), 2, "reading stops after a syntax error");
        assert!(matches!(read("").remove(0), Err(JunitError::NotJunit { .. })));
        let truncated = read("<testsuite><testcase name=\"a\"/>");
        assert!(matches!(truncated.last(), Some(Err(JunitError::Syntax { .. }))), "{truncated:?}");
    }

    #[test]
    fn a_nameless_test_case_is_reported_and_reading_goes_on() {
        let results = read(r#"<testsuite><testcase classname="x"/><testcase name="b"/></testsuite>"#);
        assert!(matches!(results[0], Err(JunitError::Invalid { .. })));
        assert_eq!(results[1].as_ref().unwrap().name, "b");
    }

    #[test]
    fn long_output_keeps_its_tail_and_long_traces_their_head() {
        let out = format!("{}END", "x".repeat(5000));
        let trace = format!("START{}", "y".repeat(5000));
        let xml = format!(
            "<testsuite><testcase name=\"t\"><error>{trace}</error><system-out>{out}</system-out></testcase></testsuite>"
        );
        let r = JunitReader::with_options(xml.as_bytes(), JunitOptions { max_text: 100 }).next().unwrap().unwrap();
        let out = r.system_out.unwrap();
        assert!(out.ends_with("END") && out.starts_with("[… 4903 earlier bytes"), "{out}");
        let Outcome::Errored(f) = r.outcome else { panic!() };
        assert!(f.details.starts_with("START") && f.details.ends_with("[… 4905 more bytes left out]"), "{}", f.details);
    }

    #[test]
    fn keys() {
        let mut r = read(r#"<testsuite><testcase classname="A.B" name="A.B.c"/></testsuite>"#).remove(0).unwrap();
        assert_eq!(r.key(), "A.B.c");
        r.name = "c".into();
        assert_eq!(r.key(), "A.B.c");
        r.classname.clear();
        assert_eq!(r.key(), "c");
    }
}
