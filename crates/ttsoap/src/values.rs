//! Rust types for XSD values that have no exact std counterpart: dates that keep their
//! original text, decimals, binary data, raw XML, and the two secrets (cookie, password)
//! whose `Debug` never shows them.

use std::fmt;

/// Why a simple value did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(pub String);

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

/// The calendar and clock fields of a date or dateTime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct DateParts {
    /// Year, e.g. 2017.
    pub year: i32,
    /// Month 1..=12.
    pub month: u8,
    /// Day 1..=31.
    pub day: u8,
    /// Hour 0..=23 (0 when the text had no time).
    pub hour: u8,
    /// Minute 0..=59.
    pub minute: u8,
    /// Second 0..=60.
    pub second: u8,
    /// Fraction of a second in nanoseconds.
    pub nanos: u32,
    /// Offset from UTC in minutes, when the text had a zone (`Z` is 0).
    pub offset_minutes: Option<i16>,
    /// True when the text had a time part.
    pub has_time: bool,
}

/// `s` without leading and trailing whitespace, as [`str::trim`], without looking further
/// than the first and last byte when they are printable ASCII (numbers, dates, names).
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [a, .., z] if a.is_ascii_graphic() && z.is_ascii_graphic() => s,
        [a] if a.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

fn parse_date_parts(s: &str) -> Result<DateParts, ValueError> {
    let bad = || ValueError(format!("not an ISO 8601 date or dateTime: {:?}", truncate(s, 40)));
    let t = trim(s);
    let b = t.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    // A run of ASCII digits as a number (the runs are at most four digits long).
    let num = |r: std::ops::Range<usize>| -> Result<u32, ValueError> {
        b.get(r).ok_or_else(bad)?.iter().try_fold(0u32, |n, &c| {
            if c.is_ascii_digit() {
                Ok(n * 10 + u32::from(c - b'0'))
            } else {
                Err(bad())
            }
        })
    };
    let mut p =
        DateParts { year: num(0..4)? as i32, month: num(5..7)? as u8, day: num(8..10)? as u8, ..DateParts::default() };
    if p.month == 0 || p.month > 12 || p.day == 0 || p.day > days_in_month(p.year, p.month) {
        return Err(bad());
    }
    let mut rest = &t[10..];
    if let Some(time) = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')) {
        let tb = time.as_bytes();
        if tb.len() < 8 || tb[2] != b':' || tb[5] != b':' {
            return Err(bad());
        }
        let off = 11;
        p.hour = num(off..off + 2)? as u8;
        p.minute = num(off + 3..off + 5)? as u8;
        p.second = num(off + 6..off + 8)? as u8;
        if p.hour > 24 || p.minute > 59 || p.second > 60 {
            return Err(bad());
        }
        p.has_time = true;
        rest = &time[8..];
        if let Some(frac) = rest.strip_prefix('.') {
            let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return Err(bad());
            }
            let mut n: u64 = 0;
            for (i, c) in frac.bytes().take(digits).enumerate() {
                if i < 9 {
                    n = n * 10 + (c - b'0') as u64;
                }
            }
            for _ in digits..9 {
                n *= 10;
            }
            p.nanos = n as u32;
            rest = &frac[digits..];
        }
    }
    match rest {
        "" => {}
        "Z" | "z" => p.offset_minutes = Some(0),
        z if z.len() == 6 && (z.starts_with('+') || z.starts_with('-')) && &z[3..4] == ":" => {
            let h: i16 = z[1..3].parse().map_err(|_| bad())?;
            let m: i16 = z[4..6].parse().map_err(|_| bad())?;
            let v = h * 60 + m;
            p.offset_minutes = Some(if z.starts_with('-') { -v } else { v });
        }
        _ => return Err(bad()),
    }
    Ok(p)
}

fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// The civil (proleptic Gregorian) date of a day number, counted in days since 1970-01-01:
/// `(year, month 1..=12, day 1..=31)`. The inverse of [`days_from_civil`].
///
/// ```
/// use ttsoap::values::{civil_from_days, days_from_civil};
/// assert_eq!(civil_from_days(0), (1970, 1, 1));
/// assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), (2000, 2, 29));
/// ```
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

/// Days since 1970-01-01 of a civil (proleptic Gregorian) date; negative before 1970. The
/// fields are not checked: month 1..=12 and a day of that month are expected.
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// How dates are written in requests: which `xsi:type` a [`Date`] or [`DateTime`] carries,
/// and whether a bare date is written as a dateTime. Whatever the style, the `xsi:type`
/// written always matches the text written (a value is never labelled `xsd:date` while its
/// text has a time, or the reverse). Reading is not affected: both types accept both forms.
///
/// Set per client with `ClientBuilder::date_style`, per writer with
/// [`crate::xml::XmlWriter::set_date_style`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DateStyle {
    /// The type follows the text: `xsd:date` for a bare date, `xsd:dateTime` for text with a
    /// time, whatever the field declares. Text kept from a response is written back as
    /// received. Right for servers whose WSDL declares `xsd:date` for date-only fields
    /// (TestTrack 2014 and later).
    #[default]
    FollowText,
    /// Every date and dateTime is written as `xsd:dateTime`; a bare date gets the time
    /// `T00:00:00` (its zone, if any, kept). For TestTrack 2013 servers, whose WSDL declares
    /// only `xsd:dateTime` (date-only fields such as `datefound` included) and whose gSOAP
    /// stack rejects a request that labels one `xsd:date`.
    DateTimeOnly,
    /// The declared type, with the text as kept, even when they disagree: how a server writes
    /// its own WSDL's types (the 2013 server labels a bare date `xsd:dateTime`). Responses are
    /// written this way, so the emulator reproduces that; never use it for requests.
    Declared,
}

impl DateStyle {
    /// The `xsi:type` and text to write for date or dateTime `text` (as kept by [`Date`] or
    /// [`DateTime`]; `has_time` tells whether it has a time part) in this style; `declared`
    /// is the field's declared type, used only by [`DateStyle::Declared`].
    ///
    /// ```
    /// use ttsoap::values::DateStyle;
    /// let d = "xsd:date";
    /// assert_eq!(DateStyle::FollowText.wire(d, "2013-10-03T09:30:00Z", true), ("xsd:dateTime", "2013-10-03T09:30:00Z".into()));
    /// assert_eq!(DateStyle::FollowText.wire(d, "2013-10-03", false), ("xsd:date", "2013-10-03".into()));
    /// assert_eq!(DateStyle::DateTimeOnly.wire(d, "2013-10-03", false), ("xsd:dateTime", "2013-10-03T00:00:00".into()));
    /// assert_eq!(DateStyle::Declared.wire("xsd:dateTime", "2013-10-03", false), ("xsd:dateTime", "2013-10-03".into()));
    /// ```
    pub fn wire<'a>(
        self,
        declared: &'static str,
        text: &'a str,
        has_time: bool,
    ) -> (&'static str, std::borrow::Cow<'a, str>) {
        use std::borrow::Cow;
        if self == DateStyle::Declared {
            return (declared, Cow::Borrowed(text));
        }
        // Text kept by `Date`/`DateTime` starts with `YYYY-MM-DD` (checked when parsed).
        let (date, rest) = if text.is_char_boundary(10) { text.split_at(10) } else { (text, "") };
        match (has_time, self) {
            // The parser also accepts a space before the time; XML Schema wants a `T`.
            (true, _) if rest.starts_with(' ') => ("xsd:dateTime", Cow::Owned(format!("{date}T{}", &rest[1..]))),
            (true, _) => ("xsd:dateTime", Cow::Borrowed(text)),
            (false, DateStyle::FollowText | DateStyle::Declared) => ("xsd:date", Cow::Borrowed(text)),
            (false, DateStyle::DateTimeOnly) => ("xsd:dateTime", Cow::Owned(format!("{date}T00:00:00{rest}"))),
        }
    }
}

macro_rules! date_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, Default)]
        pub struct $name {
            text: String,
            parts: DateParts,
        }

        impl $name {
            /// Parses ISO 8601 text leniently (a date, or a dateTime with or without
            /// fraction and zone) and keeps the text as given.
            pub fn parse(text: &str) -> Result<Self, ValueError> {
                let parts = parse_date_parts(text)?;
                Ok($name { text: trim(text).to_string(), parts })
            }

            /// The text exactly as received or built; this is what is written back.
            pub fn as_str(&self) -> &str {
                &self.text
            }

            /// The parsed fields.
            pub fn parts(&self) -> DateParts {
                self.parts
            }

            /// Year, month and day.
            pub fn ymd(&self) -> (i32, u8, u8) {
                (self.parts.year, self.parts.month, self.parts.day)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.text)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.text)
            }
        }

        impl std::str::FromStr for $name {
            type Err = ValueError;
            fn from_str(s: &str) -> Result<Self, ValueError> {
                Self::parse(s)
            }
        }
    };
}

date_type!(
    /// An `xsd:date` value. Accepts a full dateTime too (servers mix them up) and keeps the
    /// original text, so an untouched value round-trips unchanged.
    ///
    /// ```
    /// let d = ttsoap::Date::parse("2017-05-26").unwrap();
    /// assert_eq!(d.ymd(), (2017, 5, 26));
    /// assert_eq!(ttsoap::Date::from_ymd(2017, 5, 26).unwrap(), d);
    /// ```
    Date
);

date_type!(
    /// An `xsd:dateTime` value. Accepts a bare date too (the 2013 server sends one for
    /// date-only fields) and keeps the original text.
    ///
    /// ```
    /// let t = ttsoap::DateTime::parse("2015-08-14T06:31:00").unwrap();
    /// assert_eq!(t.parts().hour, 6);
    /// assert!(ttsoap::DateTime::parse("8/14/2015 at 6:31 AM").is_err());
    /// ```
    DateTime
);

impl Date {
    /// A date from its fields, written `YYYY-MM-DD`.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Result<Self, ValueError> {
        Self::parse(&format!("{year:04}-{month:02}-{day:02}"))
    }

    /// Today's date in UTC.
    pub fn today_utc() -> Self {
        let (y, m, d) = civil_from_days(unix_now().0.div_euclid(86_400));
        Self::from_ymd(y, m, d).unwrap_or_default()
    }
}

impl DateTime {
    /// A zone-less dateTime `YYYY-MM-DDTHH:MM:SS`, as TestTrack clients send.
    pub fn from_ymd_hms(year: i32, month: u8, day: u8, hour: u8, minute: u8, second: u8) -> Result<Self, ValueError> {
        Self::parse(&format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}"))
    }

    /// A dateTime from seconds since the Unix epoch, in UTC with a `Z`.
    pub fn from_unix(secs: i64) -> Self {
        let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
        let s = secs.rem_euclid(86_400);
        Self::parse(&format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", s / 3600, (s / 60) % 60, s % 60))
            .unwrap_or_default()
    }

    /// The current time in UTC.
    pub fn now_utc() -> Self {
        Self::from_unix(unix_now().0)
    }

    /// Seconds since the Unix epoch; a zone-less value is taken as UTC.
    pub fn to_unix(&self) -> i64 {
        let p = self.parts;
        let days = days_from_civil(p.year, p.month, p.day);
        days * 86_400 + i64::from(p.hour) * 3600 + i64::from(p.minute) * 60 + i64::from(p.second)
            - i64::from(p.offset_minutes.unwrap_or(0)) * 60
    }
}

fn unix_now() -> (i64, u32) {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos()),
        Err(_) => (0, 0),
    }
}

/// An `xsd:decimal`, kept as its validated text so no precision is lost.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Decimal(String);

impl Decimal {
    /// Validates decimal text (`-12.50`, `3`, `.5`).
    pub fn parse(s: &str) -> Result<Self, ValueError> {
        let t = s.trim();
        let body = t.strip_prefix(['-', '+']).unwrap_or(t);
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        let ok = !(int.is_empty() && frac.is_empty())
            && int.bytes().all(|c| c.is_ascii_digit())
            && frac.bytes().all(|c| c.is_ascii_digit());
        if ok {
            Ok(Decimal(t.to_string()))
        } else {
            Err(ValueError(format!("not an xsd:decimal: {:?}", truncate(s, 40))))
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The value as a float (may round).
    pub fn to_f64(&self) -> f64 {
        self.0.parse().unwrap_or(0.0)
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({})", self.0)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `xsd:base64Binary` content, decoded. `Debug` shows only the length, since attachments
/// can be large.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Bytes(pub Vec<u8>);

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bytes({} bytes)", self.0.len())
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(v: Vec<u8>) -> Self {
        Bytes(v)
    }
}

impl std::ops::Deref for Bytes {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.0
    }
}

/// An element kept as raw XML: an unknown polymorphic subtype, or `xsd:anyType` content.
/// `xml` holds the element as received; encoding writes it back verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawXml {
    /// The `xsi:type` attribute as written (prefix included), or empty.
    pub type_name: String,
    /// The element's markup.
    pub xml: String,
}

impl RawXml {
    /// Raw XML with its type name.
    pub fn new(type_name: impl Into<String>, xml: impl Into<String>) -> Self {
        RawXml { type_name: type_name.into(), xml: xml.into() }
    }
}

/// A session cookie (`xsd:long`). Its `Debug` never shows the value.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Cookie(i64);

impl Cookie {
    /// Wraps a cookie value.
    pub const fn new(v: i64) -> Self {
        Cookie(v)
    }

    /// The value, for sending.
    pub const fn expose(self) -> i64 {
        self.0
    }

    /// True for a cookie a server could have issued (clients test `cookie > 0`).
    pub const fn is_valid(self) -> bool {
        self.0 > 0
    }
}

impl fmt::Debug for Cookie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Cookie(***)")
    }
}

impl From<i64> for Cookie {
    fn from(v: i64) -> Self {
        Cookie(v)
    }
}

/// A password. Its `Debug` never shows the value, and it is masked in traces.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Password(String);

impl Password {
    /// Wraps a password.
    pub fn new(s: impl Into<String>) -> Self {
        Password(s.into())
    }

    /// The password text, for sending.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

impl From<&str> for Password {
    fn from(s: &str) -> Self {
        Password(s.to_string())
    }
}

impl From<String> for Password {
    fn from(s: String) -> Self {
        Password(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_is_str_trim() {
        for t in ["", " ", "1", " 1", "1 ", "\t12\n", "x\u{a0}", "\u{a0}x\u{3000}", "é", " é ", "2013-10-03", "a b"] {
            assert_eq!(trim(t), t.trim(), "{t:?}");
        }
    }

    #[test]
    fn date_digits_are_checked() {
        assert_eq!(Date::parse(" 2013-10-03T09:30:59Z ").unwrap().parts().second, 59);
        for bad in
            ["2013-1a-03", "2013-10-0é", "+013-10-03", "2013-10-03T09:3x:00", "2013-10-03T0 :30:00", "２０１３-10-03"]
        {
            assert!(DateTime::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn dates_are_lenient_and_keep_text() {
        for s in ["2017-05-26", "2017-05-26T10:11:12", "2017-05-26T10:11:12.5Z", "2017-05-26T10:11:12-05:00"] {
            assert_eq!(DateTime::parse(s).unwrap().as_str(), s);
            assert_eq!(Date::parse(s).unwrap().as_str(), s);
        }
        assert_eq!(DateTime::parse("2017-05-26T10:11:12.5Z").unwrap().parts().nanos, 500_000_000);
        assert!(Date::parse("2017-02-30").is_err());
        assert!(Date::parse("").is_err());
        assert!(DateTime::parse("2017-05-26T10:11").is_err());
        assert!(DateTime::parse("2017-05-26T10:11:12+5").is_err());
    }

    #[test]
    fn unix_round_trip() {
        for secs in [0i64, 1_500_000_000, 951_782_400, -86_400] {
            assert_eq!(DateTime::from_unix(secs).to_unix(), secs);
        }
        assert_eq!(DateTime::from_unix(951_782_400).as_str(), "2000-02-29T00:00:00Z");
        assert_eq!(DateTime::parse("2000-02-29T01:00:00+01:00").unwrap().to_unix(), 951_782_400);
    }

    #[test]
    fn secrets_hide_in_debug() {
        assert_eq!(format!("{:?}", Cookie::new(123456789)), "Cookie(***)");
        assert_eq!(format!("{:?}", Password::new("hunter2")), "Password(***)");
        assert!(!format!("{:?}", Some(Password::new("hunter2"))).contains("hunter2"));
    }

    #[test]
    fn decimals_validate() {
        assert!(Decimal::parse("-12.50").is_ok());
        assert!(Decimal::parse(".5").is_ok());
        assert!(Decimal::parse("1e5").is_err());
        assert!(Decimal::parse("-").is_err());
    }
}
