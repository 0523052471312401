//! The emulator's clock and calendar helpers.
//!
//! Everything time-dependent in the emulator (session idle timeouts, edit-lock expiry, the
//! `datetimecreated`/`datetimemodified` stamps, "This Week" in queries) reads one [`Clock`].
//! The default follows the system time; [`Clock::fixed`] only moves when advanced, which makes
//! tests and recorded fixtures reproducible. Either kind can be moved forward with
//! [`Clock::advance`]. The emulated server's time zone is UTC.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug)]
struct Inner {
    /// `None`: system time; `Some(ms)`: a fixed start.
    base_ms: Option<i64>,
    /// Milliseconds added by [`Clock::advance`].
    offset_ms: AtomicI64,
}

/// A shared, thread-safe clock (cloning shares the same time).
#[derive(Debug, Clone)]
pub struct Clock {
    inner: Arc<Inner>,
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl Clock {
    /// A clock that follows the system time (plus whatever it has been advanced by).
    pub fn system() -> Self {
        Clock { inner: Arc::new(Inner { base_ms: None, offset_ms: AtomicI64::new(0) }) }
    }

    /// A clock standing still at `start`, moving only when advanced.
    pub fn fixed(start: &ttsoap::DateTime) -> Self {
        Clock::fixed_unix(start.to_unix())
    }

    /// A clock standing still at `secs` seconds after the Unix epoch.
    pub fn fixed_unix(secs: i64) -> Self {
        Clock { inner: Arc::new(Inner { base_ms: Some(secs.saturating_mul(1000)), offset_ms: AtomicI64::new(0) }) }
    }

    /// True for a clock made by [`Clock::fixed`].
    pub fn is_fixed(&self) -> bool {
        self.inner.base_ms.is_some()
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX / 4);
        self.inner.offset_ms.fetch_add(ms, Ordering::SeqCst);
    }

    /// Milliseconds since the Unix epoch.
    pub fn now_millis(&self) -> i64 {
        let base = match self.inner.base_ms {
            Some(b) => b,
            None => match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
                Ok(d) => i64::try_from(d.as_millis()).unwrap_or(0),
                Err(_) => 0,
            },
        };
        base.saturating_add(self.inner.offset_ms.load(Ordering::SeqCst))
    }

    /// Seconds since the Unix epoch.
    pub fn now(&self) -> i64 {
        self.now_millis().div_euclid(1000)
    }

    /// Today's date, as days since 1970-01-01 (UTC).
    pub fn today(&self) -> i64 {
        self.now().div_euclid(86_400)
    }
}

pub use ttsoap::values::{civil_from_days, days_from_civil};

/// Day of the week of a day number, 0 = Sunday.
pub fn weekday(days: i64) -> i64 {
    (days + 4).rem_euclid(7)
}

/// Parses a strict ISO `YYYY-MM-DD` date into a day number (the form JSON queries require).
pub fn parse_iso_date(s: &str) -> Option<i64> {
    let b = s.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let d = ttsoap::Date::parse(s.trim()).ok()?;
    let (y, m, dd) = d.ymd();
    Some(days_from_civil(y, m, dd))
}

/// Formats a day number the way the server's (en-US) locale shows dates in record lists:
/// `8/14/2015`.
pub fn format_locale_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{m}/{d}/{y}")
}

/// Formats a time the way the server's (en-US) locale shows date-times in record lists:
/// `8/14/2015 at 6:31 AM` (12-hour clock, no seconds, UTC).
pub fn format_locale_datetime(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let s = secs.rem_euclid(86_400);
    let (h, min) = (s / 3600, (s / 60) % 60);
    let (h12, ampm) = match h {
        0 => (12, "AM"),
        1..=11 => (h, "AM"),
        12 => (12, "PM"),
        _ => (h - 12, "PM"),
    };
    format!("{} at {h12}:{min:02} {ampm}", format_locale_date(days))
}

/// An ISO date `YYYY-MM-DD` for a day number.
pub fn iso_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A zone-less ISO dateTime `YYYY-MM-DDTHH:MM:SS` (UTC) for a Unix time, the form the
/// emulator writes into `xsd:dateTime` fields.
pub fn iso_datetime(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let s = secs.rem_euclid(86_400);
    format!("{}T{:02}:{:02}:{:02}", iso_date(days), s / 3600, (s / 60) % 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_clock_moves_only_when_advanced() {
        let c = Clock::fixed_unix(1_500_000_000);
        assert_eq!(c.now(), 1_500_000_000);
        assert_eq!(c.now(), 1_500_000_000);
        c.advance(Duration::from_secs(90));
        assert_eq!(c.now(), 1_500_000_090);
        let shared = c.clone();
        shared.advance(Duration::from_millis(500));
        assert_eq!(c.now_millis(), 1_500_000_090_500);
        assert!(c.is_fixed());
        assert!(!Clock::system().is_fixed());
    }

    #[test]
    fn system_clock_is_near_now_and_advances() {
        let c = Clock::system();
        let before = c.now();
        c.advance(Duration::from_secs(3600));
        assert!(c.now() >= before + 3600);
    }

    #[test]
    fn civil_round_trip() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2015, 8, 14), (1969, 12, 31), (2100, 3, 1)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(weekday(0), 4); // Thursday
        assert_eq!(weekday(days_from_civil(2015, 8, 14)), 5); // Friday
    }

    #[test]
    fn locale_formats() {
        let t = days_from_civil(2015, 8, 14) * 86_400 + 6 * 3600 + 31 * 60 + 59;
        assert_eq!(format_locale_datetime(t), "8/14/2015 at 6:31 AM");
        assert_eq!(format_locale_datetime(t - 6 * 3600 - 31 * 60), "8/14/2015 at 12:00 AM");
        assert_eq!(format_locale_datetime(t + 6 * 3600), "8/14/2015 at 12:31 PM");
        assert_eq!(format_locale_datetime(t + 17 * 3600), "8/14/2015 at 11:31 PM");
        assert_eq!(format_locale_date(days_from_civil(2017, 5, 6)), "5/6/2017");
        assert_eq!(iso_datetime(t), "2015-08-14T06:31:59");
    }

    #[test]
    fn iso_dates_are_strict() {
        assert_eq!(parse_iso_date("2017-05-26"), Some(days_from_civil(2017, 5, 26)));
        assert_eq!(parse_iso_date("2017-5-26"), None);
        assert_eq!(parse_iso_date("2017-02-30"), None);
        assert_eq!(parse_iso_date("8/14/2015"), None);
        assert_eq!(parse_iso_date("2017-05-26T00:00:00"), None);
    }
}
