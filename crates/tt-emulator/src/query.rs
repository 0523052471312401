//! The JSON query grammar of `getRecordListForTableWithQuery` and of saved filters
//! (examples/04; Helix ALM "Supported restriction types").
//!
//! The text is JSON as real clients write it: strings in single **or** double quotes, keys in
//! angle brackets for restrictions. Supported:
//!
//! | form | meaning |
//! |---|---|
//! | `{'Product': 'Expert'}` | text equality, ignoring case (dropdown, user and text columns; for a list column, "contains") |
//! | `{'Number': 5}` / `{'Number': '5'}` | numeric equality |
//! | `{'Number': {'<numbers>': [30001, 30002]}}` | one of the numbers |
//! | `{'Is Locked': true}` / `'True'` / `{'<bool>': true}` | check box |
//! | `{'Date Entered': '2015-03-17'}` | on that day (ISO dates only) |
//! | `{'Date Entered': {'<from>': '2015-03-17', '<through>': '2015-03-20'}}` | inclusive range; either end may be left out |
//! | `{'Date Entered': 'This Week'}` / `{'<named>': 'This Week'}` | a named range: Today, Yesterday, This Week, Last Week, This Month, Last Month, This Year, Last Year (weeks start on Sunday, UTC) |
//! | `{'<matches>': false, ...}` | negates the restrictions beside it |
//! | `{'<and>': [q, q]}`, `{'<or>': [q, q]}` | combinations; several keys in one object are ANDed |
//!
//! An unknown column, a restriction that does not fit the column's kind, an unknown
//! restriction key (including `<event>`, which the emulator does not model), a date that is not
//! `YYYY-MM-DD`, or malformed text is an error (fault 11). The text is read by
//! `tt_domain::query` (shared with `tt-records`); this module gives it its meaning.

use crate::clock;
use crate::fields::FieldKind;
use crate::lists::ColumnDef;
use crate::value::{ListText, Value};
pub use tt_domain::query::Json;

/// A compiled query.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    /// Matches everything (the empty query).
    All,
    /// All must match.
    And(Vec<Query>),
    /// One must match.
    Or(Vec<Query>),
    /// A restriction on one column.
    Field {
        /// The column's name.
        column: String,
        /// The test.
        test: Test,
    },
}

/// A restriction on one column's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    /// Text equality ignoring case (membership for lists).
    Text(String),
    /// Numeric equality.
    Num(f64),
    /// One of the numbers.
    Numbers(Vec<i64>),
    /// Check box state.
    Bool(bool),
    /// Date within an inclusive range of day numbers.
    Days {
        /// First day, if bounded.
        from: Option<i64>,
        /// Last day, if bounded.
        through: Option<i64>,
    },
    /// All tests must hold.
    All(Vec<Test>),
    /// The test must not hold (`<matches>: false`).
    Not(Box<Test>),
}

impl Query {
    /// Parses and compiles query text against a table's columns. `today` (a day number)
    /// anchors the named date ranges. Empty text is [`Query::All`].
    pub fn compile(text: &str, columns: &[ColumnDef], today: i64) -> Result<Query, String> {
        if text.trim().is_empty() {
            return Ok(Query::All);
        }
        let j = tt_domain::query::parse(text).map_err(|e| e.0)?;
        Query::from_json(&j, columns, today)
    }

    /// Compiles an already parsed query.
    pub fn from_json(j: &Json, columns: &[ColumnDef], today: i64) -> Result<Query, String> {
        let Json::Obj(entries) = j else {
            return Err("a query must be a JSON object".into());
        };
        let mut parts = Vec::new();
        for (key, v) in entries {
            let k = key.trim();
            if k.eq_ignore_ascii_case("<and>") || k.eq_ignore_ascii_case("<or>") {
                let Json::Arr(items) = v else {
                    return Err(format!("{k} needs an array of queries"));
                };
                let qs = items.iter().map(|i| Query::from_json(i, columns, today)).collect::<Result<Vec<_>, _>>()?;
                parts.push(if k.eq_ignore_ascii_case("<and>") { Query::And(qs) } else { Query::Or(qs) });
                continue;
            }
            if k.starts_with('<') {
                return Err(format!("unknown query operator {k}"));
            }
            let col = columns
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(k))
                .ok_or_else(|| format!("unknown field '{k}' in the query"))?;
            let test = compile_test(col, v, today)?;
            parts.push(Query::Field { column: col.name.clone(), test });
        }
        Ok(match parts.len() {
            0 => Query::All,
            1 => parts.pop().unwrap_or(Query::All),
            _ => Query::And(parts),
        })
    }

    /// True when the record whose column values `get` returns matches.
    pub fn matches<'v>(&self, get: &dyn Fn(&str) -> &'v Value) -> bool {
        match self {
            Query::All => true,
            Query::And(qs) => qs.iter().all(|q| q.matches(get)),
            Query::Or(qs) => qs.iter().any(|q| q.matches(get)),
            Query::Field { column, test } => test.matches(get(column)),
        }
    }

    /// Adds the columns this query reads to `out`, each once.
    pub fn columns<'q>(&'q self, out: &mut Vec<&'q str>) {
        match self {
            Query::All => {}
            Query::And(qs) | Query::Or(qs) => qs.iter().for_each(|q| q.columns(out)),
            Query::Field { column, .. } => {
                if !out.contains(&column.as_str()) {
                    out.push(column);
                }
            }
        }
    }
}

fn is_date(kind: FieldKind) -> bool {
    matches!(kind, FieldKind::Date | FieldKind::DateTime)
}

fn day_of(col: &ColumnDef, j: &Json) -> Result<i64, String> {
    match j {
        Json::Str(s) => clock::parse_iso_date(s)
            .ok_or_else(|| format!("'{s}' is not a date in the form YYYY-MM-DD (field '{}')", col.name)),
        _ => Err(format!("the field '{}' needs a date in the form YYYY-MM-DD", col.name)),
    }
}

/// A named date range as (first day, last day).
pub fn named_range(name: &str, today: i64) -> Option<(i64, i64)> {
    let (y, m, _) = clock::civil_from_days(today);
    let month_start = |y: i32, m: u8| clock::days_from_civil(y, m, 1);
    let next_month = |y: i32, m: u8| if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    let prev_month = |y: i32, m: u8| if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    let week_start = today - clock::weekday(today);
    let n = name.trim().to_ascii_lowercase();
    Some(match n.as_str() {
        "today" => (today, today),
        "yesterday" => (today - 1, today - 1),
        "this week" => (week_start, week_start + 6),
        "last week" => (week_start - 7, week_start - 1),
        "this month" => {
            let (ny, nm) = next_month(y, m);
            (month_start(y, m), month_start(ny, nm) - 1)
        }
        "last month" => {
            let (py, pm) = prev_month(y, m);
            (month_start(py, pm), month_start(y, m) - 1)
        }
        "this year" => (clock::days_from_civil(y, 1, 1), clock::days_from_civil(y + 1, 1, 1) - 1),
        "last year" => (clock::days_from_civil(y - 1, 1, 1), clock::days_from_civil(y, 1, 1) - 1),
        _ => return None,
    })
}

fn named(col: &ColumnDef, j: &Json, today: i64) -> Result<Test, String> {
    let Json::Str(s) = j else {
        return Err(format!("<named> needs a range name (field '{}')", col.name));
    };
    let (from, through) = named_range(s, today).ok_or_else(|| format!("unknown named date range '{s}'"))?;
    Ok(Test::Days { from: Some(from), through: Some(through) })
}

fn bool_of(col: &ColumnDef, j: &Json) -> Result<bool, String> {
    match j {
        Json::Bool(b) => Ok(*b),
        Json::Str(s) if s.eq_ignore_ascii_case("true") || s.eq_ignore_ascii_case("yes") => Ok(true),
        Json::Str(s) if s.eq_ignore_ascii_case("false") || s.eq_ignore_ascii_case("no") => Ok(false),
        Json::Num(n) => Ok(*n != 0.0),
        _ => Err(format!("the field '{}' needs true or false", col.name)),
    }
}

fn compile_test(col: &ColumnDef, v: &Json, today: i64) -> Result<Test, String> {
    let kind = col.kind;
    match v {
        Json::Obj(entries) => {
            let mut tests = Vec::new();
            let mut from = None;
            let mut through = None;
            let mut matches = true;
            for (key, val) in entries {
                match key.trim().to_ascii_lowercase().as_str() {
                    "<from>" if is_date(kind) => from = Some(day_of(col, val)?),
                    "<through>" if is_date(kind) => through = Some(day_of(col, val)?),
                    "<named>" if is_date(kind) => tests.push(named(col, val, today)?),
                    "<matches>" => match val {
                        Json::Bool(b) => matches = *b,
                        _ => return Err("<matches> needs true or false".into()),
                    },
                    "<numbers>" if kind == FieldKind::Integer => {
                        let Json::Arr(items) = val else {
                            return Err("<numbers> needs an array of numbers".into());
                        };
                        let nums = items
                            .iter()
                            .map(|i| match i {
                                Json::Num(n) if n.fract() == 0.0 => Ok(*n as i64),
                                Json::Str(s) => s.trim().parse::<i64>().map_err(|_| format!("'{s}' is not a number")),
                                _ => Err("<numbers> needs whole numbers".to_string()),
                            })
                            .collect::<Result<Vec<_>, _>>()?;
                        tests.push(Test::Numbers(nums));
                    }
                    "<bool>" if kind == FieldKind::Boolean => tests.push(Test::Bool(bool_of(col, val)?)),
                    "<event>" => {
                        return Err(format!(
                            "the <event> restriction (field '{}') is not supported by the emulator",
                            col.name
                        ))
                    }
                    other => return Err(format!("the restriction {other} does not apply to the field '{}'", col.name)),
                }
            }
            if from.is_some() || through.is_some() {
                tests.push(Test::Days { from, through });
            }
            let t = match tests.len() {
                0 => return Err(format!("no restriction given for the field '{}'", col.name)),
                1 => tests.pop().unwrap_or(Test::All(vec![])),
                _ => Test::All(tests),
            };
            Ok(if matches { t } else { Test::Not(Box::new(t)) })
        }
        Json::Arr(_) | Json::Null => Err(format!("unsupported value for the field '{}'", col.name)),
        scalar => match kind {
            FieldKind::Date | FieldKind::DateTime => match scalar {
                Json::Str(s) if clock::parse_iso_date(s).is_some() => {
                    let d = day_of(col, scalar)?;
                    Ok(Test::Days { from: Some(d), through: Some(d) })
                }
                Json::Str(_) => named(col, scalar, today).map_err(|_| {
                    format!("the field '{}' needs a date in the form YYYY-MM-DD or a named range", col.name)
                }),
                _ => Err(format!("the field '{}' needs a date in the form YYYY-MM-DD", col.name)),
            },
            FieldKind::Boolean => Ok(Test::Bool(bool_of(col, scalar)?)),
            FieldKind::Integer | FieldKind::Decimal | FieldKind::Timespan => match scalar {
                Json::Num(n) => Ok(Test::Num(*n)),
                Json::Str(s) => s
                    .trim()
                    .parse::<f64>()
                    .map(Test::Num)
                    .map_err(|_| format!("the field '{}' needs a number, not '{s}'", col.name)),
                _ => Err(format!("the field '{}' needs a number", col.name)),
            },
            _ => match scalar {
                Json::Str(s) => Ok(Test::Text(s.clone())),
                Json::Num(n) => Ok(Test::Text(if n.fract() == 0.0 { format!("{}", *n as i64) } else { n.to_string() })),
                Json::Bool(b) => Ok(Test::Text(if *b { "true".into() } else { "false".into() })),
                _ => Err(format!("unsupported value for the field '{}'", col.name)),
            },
        },
    }
}

impl Test {
    /// True when the value passes.
    pub fn matches(&self, v: &Value) -> bool {
        match self {
            Test::Text(s) => match v {
                Value::Empty => s.trim().is_empty(),
                Value::List(items) => items.iter().any(|i| i.eq_ignore_ascii_case(s.trim())),
                Value::Text(t) => t.eq_ignore_ascii_case(s.trim()),
                other => other.display().eq_ignore_ascii_case(s.trim()),
            },
            Test::Num(n) => match v {
                Value::Integer(i) => (*i as f64 - n).abs() < 1e-9,
                Value::Decimal(f) => (f - n).abs() < 1e-9,
                Value::Text(t) => t.trim().parse::<f64>().is_ok_and(|x| (x - n).abs() < 1e-9),
                _ => false,
            },
            Test::Numbers(ns) => match v {
                Value::Integer(i) => ns.contains(i),
                Value::Text(t) => t.trim().parse::<i64>().is_ok_and(|x| ns.contains(&x)),
                _ => false,
            },
            Test::Bool(b) => match v {
                Value::Bool(x) => x == b,
                Value::Empty => !b,
                _ => false,
            },
            Test::Days { from, through } => match v.day() {
                Some(d) => from.is_none_or(|f| d >= f) && through.is_none_or(|t| d <= t),
                None => false,
            },
            Test::All(ts) => ts.iter().all(|t| t.matches(v)),
            Test::Not(t) => !t.matches(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::days_from_civil;

    fn cols() -> Vec<ColumnDef> {
        vec![
            ColumnDef::new("Number", FieldKind::Integer),
            ColumnDef::new("Product", FieldKind::Text),
            ColumnDef::new("Date Entered", FieldKind::Date),
            ColumnDef::new("Date Modified", FieldKind::DateTime),
            ColumnDef::new("Is Locked", FieldKind::Boolean),
            ColumnDef::new("Estimate", FieldKind::Decimal),
            ColumnDef::new("Currently Assigned To", FieldKind::Users),
        ]
    }

    /// [`Query::matches`] over a record given as a function of the column name.
    trait Hit {
        fn hit(&self, r: &impl Fn(&str) -> Value) -> bool;
    }

    impl Hit for Query {
        fn hit(&self, r: &impl Fn(&str) -> Value) -> bool {
            let mut cols = Vec::new();
            self.columns(&mut cols);
            let values: Vec<Value> = cols.iter().map(|c| r(c)).collect();
            self.matches(&|c| &values[cols.iter().position(|x| *x == c).expect("a column the query reads")])
        }
    }

    fn rec(number: i64, product: &str, y: i32, m: u8, d: u8, locked: bool) -> impl Fn(&str) -> Value {
        let product = product.to_string();
        move |c: &str| match c {
            "Number" => Value::Integer(number),
            "Product" => Value::text(product.clone()),
            "Date Entered" => Value::from_days(days_from_civil(y, m, d)),
            "Date Modified" => Value::from_unix(days_from_civil(y, m, d) * 86_400 + 3600),
            "Is Locked" => Value::Bool(locked),
            "Estimate" => Value::Decimal(2.5),
            "Currently Assigned To" => Value::List(vec!["Lovelace, Ada".into()]),
            _ => Value::Empty,
        }
    }

    fn q(text: &str) -> Query {
        Query::compile(text, &cols(), days_from_civil(2017, 6, 1)).unwrap()
    }

    fn err(text: &str) -> String {
        Query::compile(text, &cols(), 0).unwrap_err()
    }

    #[test]
    fn examples_from_the_corpus() {
        let may = rec(30001, "Expert", 2017, 5, 26, false);
        let june = rec(30002, "Basic", 2017, 6, 27, true);
        let july = rec(30003, "Expert", 2017, 7, 1, false);
        let query = q(r#"{"Date Entered":{"<from>":"2017-05-26","<through>":"2017-06-27"}}"#);
        assert!(query.hit(&may) && query.hit(&june) && !query.hit(&july));
        let query = q("{'Number':{'<numbers>':[30001,30002]}}");
        assert!(query.hit(&may) && query.hit(&june) && !query.hit(&july));
        let query =
            q("{'<and>': [{'Product':'Expert'},{'Date Entered':{'<from>':'2017-05-26','<through>':'2017-06-27'}}]}");
        assert!(query.hit(&may) && !query.hit(&june) && !query.hit(&july));
        for t in ["{'Is Locked': true}", "{'Is Locked': 'True'}", "{'Is Locked': {'<bool>': true}}"] {
            assert!(q(t).hit(&june) && !q(t).hit(&may), "{t}");
        }
        assert!(q("{'Date Entered': '2017-05-26'}").hit(&may));
        assert!(q("{'Date Entered': {'<matches>': true, '<from>': '2017-05-26', '<through>': '2017-05-26'}}").hit(&may));
        assert!(q("{'Date Entered': {'<from>': '2017-06-01'}}").hit(&june));
        assert!(!q("{'Date Entered': {'<through>': '2017-06-01'}}").hit(&june));
        assert!(q("{'Date Modified': '2017-06-27'}").hit(&june));
    }

    #[test]
    fn or_not_named_and_scalars() {
        let may = rec(1, "Expert", 2017, 5, 26, false);
        let june1 = rec(2, "Basic", 2017, 6, 1, false);
        assert!(q("{'<or>': [{'Product':'basic'},{'Number':1}]}").hit(&may));
        assert!(q("{'Date Entered': 'This Week'}").hit(&june1)); // 2017-06-01 is a Thursday
        assert!(!q("{'Date Entered': {'<named>': 'This Week', '<matches>': false}}").hit(&june1));
        assert!(q("{'Date Entered': 'Last Month'}").hit(&may));
        assert!(q("{'Number': '2'}").hit(&june1));
        assert!(q("{'Estimate': 2.5}").hit(&may));
        assert!(q("{'Currently Assigned To': 'lovelace, ada'}").hit(&may));
        assert!(q("{'Product': 'Expert', 'Number': 1}").hit(&may));
        assert!(!q("{'Product': 'Expert', 'Number': 2}").hit(&may));
        assert_eq!(q(""), Query::All);
        assert_eq!(q("{}"), Query::All);
    }

    #[test]
    fn errors() {
        assert!(err("{'Nope': 1}").contains("unknown field"));
        assert!(err("{'Product': {'<from>': '2017-01-01'}}").contains("does not apply"));
        assert!(err("{'Date Entered': '8/14/2015'}").contains("YYYY-MM-DD"));
        assert!(err("{'Date Entered': {'<from>': '2017-1-1'}}").contains("YYYY-MM-DD"));
        assert!(err("{'Fix': {'<bool>': true, '<event>': 'first'}}").contains("unknown field"));
        assert!(err("{'Is Locked': {'<bool>': true, '<event>': 'first'}}").contains("not supported"));
        assert!(err("{'<xor>': []}").contains("unknown query operator"));
        assert!(err("{'<and>': {}}").contains("array"));
        assert!(err("[1]").contains("object"));
        assert!(err("{'Number': 'x'}").contains("number"));
        assert!(err("{'Date Entered': {'<named>': 'Someday'}}").contains("named date range"));
        assert!(err("{'Number': {}}").contains("no restriction"));
    }

    #[test]
    fn named_ranges() {
        let today = days_from_civil(2017, 3, 15); // Wednesday
        assert_eq!(named_range("this week", today), Some((today - 3, today + 3)));
        assert_eq!(named_range("Last Month", today), Some((days_from_civil(2017, 2, 1), days_from_civil(2017, 2, 28))));
        let jan = days_from_civil(2017, 1, 10);
        assert_eq!(named_range("Last Month", jan), Some((days_from_civil(2016, 12, 1), days_from_civil(2016, 12, 31))));
        assert_eq!(named_range("This Year", jan).map(|r| r.1), Some(days_from_civil(2017, 12, 31)));
        assert_eq!(named_range("Next Decade", jan), None);
    }
}
