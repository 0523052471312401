//! Reading the items of one array in a response one at a time, so that a 100,000-row record
//! list never exists as a whole in memory: only the response bytes and the current item do.
//!
//! ```no_run
//! # fn main() -> Result<(), ttsoap::Error> {
//! # let client = ttsoap::Client::new("http://127.0.0.1:8080/")?;
//! # let envelope = Vec::new();
//! // Any response body, here one posted by hand. With generated bindings,
//! // `session.call_deferred(GetRecordListForTable { .. })?` gives a `RawResponse` whose
//! // `items::<CRecordRowSoap>(&["recordlist", "records"])` does the same, typed.
//! let body = client.call_raw("getRecordListForTable", "", &envelope)?;
//! let rows = ttsoap::stream::items::<ttsoap::RawXml>(
//!     &body,
//!     "getRecordListForTableResponse",
//!     &["recordlist", "records"],
//!     client.read_options(),
//! )?;
//! for row in rows {
//!     let row = row?; // one decoded row; dropped before the next is read
//!     # let _ = row;
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The array is found by a path of element names below the rpc wrapper. Elements on the way
//! may be Axis references (`href`); every dialect the reader accepts is streamed, including
//! `SOAP-ENC:position` gaps (filled with default items, as the buffered decoder does). A fault
//! is returned when the stream is opened. The rest of the document is still read after the
//! last item, so a truncated response ends the stream with an error.

use std::marker::PhantomData;

use crate::encoding::Decode;
use crate::envelope::{finish, open_response, read_response};
use crate::error::{DecodeError, Error};
use crate::operation::{Message, Operation};
use crate::xml::{Elem, ReadOptions, XmlReader};

/// The response to operation `O`, kept as bytes ([`Client::call_deferred`],
/// [`Session::call_deferred`]): decode it whole, or read one of its arrays item by item.
///
/// [`Client::call_deferred`]: crate::Client::call_deferred
/// [`Session::call_deferred`]: crate::Session::call_deferred
pub struct RawResponse<O> {
    body: Vec<u8>,
    opts: ReadOptions,
    _op: PhantomData<fn() -> O>,
}

impl<O> std::fmt::Debug for RawResponse<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The body may hold secrets (a cookie); its size is enough here.
        f.debug_struct("RawResponse").field("bytes", &self.body.len()).finish_non_exhaustive()
    }
}

impl<O: Operation> RawResponse<O> {
    /// Wraps a response body; a SOAP fault in it is returned as [`Error::Fault`] now.
    pub fn new(body: Vec<u8>, opts: ReadOptions) -> Result<Self, Error> {
        open_response(&body, opts)?;
        Ok(RawResponse { body, opts, _op: PhantomData })
    }

    /// The response body as received.
    pub fn bytes(&self) -> &[u8] {
        &self.body
    }

    /// Decodes the whole response, as [`Client::call`](crate::Client::call) would have.
    pub fn decode(&self) -> Result<O::Response, Error> {
        read_response(&self.body, O::STYLE, O::RESPONSE_NAME, self.opts)
    }

    /// The items of the array at `path` (element names below the response wrapper), one at a
    /// time. For `getRecordListForTable`: `&["recordlist", "records"]`.
    pub fn items<T: Decode + Default>(&self, path: &[&str]) -> Result<Items<'_, T>, Error> {
        open_items(&self.body, O::RESPONSE_NAME, path, self.opts, <O::Response as Message>::PARTS)
    }
}

/// An iterator over the items of one array in a response; see the [module docs](self).
///
/// Each item is `Ok(T)` or, once, an `Err` after which the iterator ends.
pub struct Items<'a, T> {
    r: XmlReader<'a>,
    /// Open elements from the Body (when `r` reads the whole document) down to the array.
    open: Vec<Elem<'a>>,
    /// True while `r` reads the whole document, whose tail is checked after the last item;
    /// false once an `href` moved reading to a referenced element (the tail was checked then).
    whole_document: bool,
    /// An item whose `SOAP-ENC:position` lies ahead: default items are yielded up to it.
    pending: Option<Elem<'a>>,
    /// Items yielded so far.
    count: usize,
    done: bool,
    _item: PhantomData<fn() -> T>,
}

impl<T> std::fmt::Debug for Items<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items").field("count", &self.count).field("done", &self.done).finish_non_exhaustive()
    }
}

/// Opens the array at `path` (local names below the rpc wrapper) in the response `doc`.
///
/// A SOAP fault is [`Error::Fault`]; a wrapper not named `expected` or an empty Body is
/// [`DecodeError::WrongResponse`]. An array that is absent, nil or empty gives no items.
/// [`RawResponse::items`] also refuses a response that lacks the part `path` starts at.
pub fn items<'a, T: Decode + Default>(
    doc: &'a [u8],
    expected: &str,
    path: &[&str],
    opts: ReadOptions,
) -> Result<Items<'a, T>, Error> {
    open_items(doc, expected, path, opts, &[])
}

/// [`items`], with the response message's declared parts ([`Message::PARTS`]): a required
/// part that the path starts at must be present.
fn open_items<'a, T: Decode + Default>(
    doc: &'a [u8],
    expected: &str,
    path: &[&str],
    opts: ReadOptions,
    parts: &[(&[u8], bool)],
) -> Result<Items<'a, T>, Error> {
    let (r, body, first) = open_response(doc, opts)?;
    let wrong = |found: String| DecodeError::WrongResponse { expected: expected.into(), found };
    let Some(wrapper) = first else {
        return Err(wrong("an empty Body".into()).into());
    };
    if wrapper.local_name() != expected.as_bytes() {
        return Err(wrong(format!("<{}>", String::from_utf8_lossy(wrapper.qname()))).into());
    }
    let required = path.first().filter(|p| parts.iter().any(|(local, req)| *req && *local == p.as_bytes()));
    let mut items = Items {
        r,
        open: vec![body, wrapper],
        whole_document: true,
        pending: None,
        count: 0,
        done: false,
        _item: PhantomData,
    };
    items.descend(path, required.map(|p| (expected, *p)))?;
    Ok(items)
}

impl<'a, T: Decode + Default> Items<'a, T> {
    /// Walks down `path`, skipping other elements, following references. `required` names
    /// the response and its part when the first step is a part that must be present.
    fn descend(&mut self, path: &[&str], required: Option<(&str, &str)>) -> Result<(), DecodeError> {
        for (depth, name) in path.iter().enumerate() {
            let parent = self.open.last().expect("the wrapper is open").clone();
            let found = loop {
                match self.r.next_child(&parent)? {
                    Some(c) if c.local_name() == name.as_bytes() => break Some(c),
                    Some(c) => self.r.skip(&c)?,
                    None => break None,
                }
            };
            let Some(child) = found else {
                if let Some((response, part)) = required.filter(|_| depth == 0) {
                    return Err(DecodeError::MissingPart { response: response.into(), part: part.into() });
                }
                // The parent ended without the element: no items.
                self.open.pop();
                return self.close();
            };
            if let Some((sub, target)) = self.r.follow(&child)? {
                // Check the whole document now; the rest is read from the referenced element.
                self.close()?;
                self.r = sub;
                self.open = vec![target];
                self.whole_document = false;
                self.done = false;
            } else if child.is_empty() || self.r.is_nil(&child) {
                self.r.skip(&child)?;
                return self.close();
            } else {
                self.open.push(child);
            }
        }
        Ok(())
    }

    /// Reads what is left of the open elements (and, for the whole document, its tail), and
    /// ends the stream.
    fn close(&mut self) -> Result<(), DecodeError> {
        self.done = true;
        self.pending = None;
        let keep = usize::from(self.whole_document);
        while self.open.len() > keep {
            let el = self.open.pop().expect("checked above");
            while let Some(c) = self.r.next_child(&el)? {
                self.r.skip(&c)?;
            }
        }
        if let Some(body) = self.open.pop() {
            finish(&mut self.r, &body)?;
        }
        Ok(())
    }

    /// The next item, or `None` at the end of the array.
    fn read_next(&mut self) -> Result<Option<T>, DecodeError> {
        if let Some(child) = self.pending.take() {
            return self.yield_at(child);
        }
        match self.r.next_child(self.open.last().expect("the array is open"))? {
            Some(child) => self.yield_at(child),
            None => {
                // The array's end tag is read: close everything around it.
                self.open.pop();
                self.close()?;
                Ok(None)
            }
        }
    }

    /// Yields `child`, or a default item first when `child` is positioned further on.
    fn yield_at(&mut self, child: Elem<'a>) -> Result<Option<T>, DecodeError> {
        match self.r.array_position(&child) {
            Some(pos) if pos > self.count => {
                if pos - self.count > 1_000_000 {
                    return Err(self.r.invalid(&child, format!("SOAP-ENC:position [{pos}] leaves too large a gap")));
                }
                self.pending = Some(child);
                Ok(Some(T::default()))
            }
            Some(pos) if pos < self.count => Err(self.r.invalid(
                &child,
                format!(
                    "SOAP-ENC:position [{pos}] goes back to an item already read; such an array cannot be streamed"
                ),
            )),
            _ => self.r.decode(child).map(Some),
        }
    }
}

impl<T: Decode + Default> Iterator for Items<'_, T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.read_next() {
            Ok(Some(item)) => {
                self.count += 1;
                Some(Ok(item))
            }
            Ok(None) => None,
            Err(e) => {
                self.done = true;
                Some(Err(e.into()))
            }
        }
    }
}
