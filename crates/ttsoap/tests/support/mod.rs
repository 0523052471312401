//! Test support, one job per file: `http` is a loopback HTTP/1.1 server (hyper) with a
//! blocking API, `ops` the hand-written operations in the shape the generator emits, and
//! `fake` a fake TestTrack with sessions and an edit-lock table served over `http`.
//! Also included by path from the codegen and interop tests.

#![allow(dead_code)]

mod fake;
mod http;
mod ops;

// Each test file uses part of the support; the rest is unused there.
#[allow(unused_imports)]
pub use fake::*;
#[allow(unused_imports)]
pub use http::*;
#[allow(unused_imports)]
pub use ops::*;
