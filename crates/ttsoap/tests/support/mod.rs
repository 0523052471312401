//! Test support, one job per file: `loopback` a listener thread with its own tokio runtime,
//! `http` a loopback HTTP/1.1 server (hyper) with a blocking API, `ops` the hand-written
//! operations in the shape the generator emits, and `fake` a fake TestTrack with sessions and
//! an edit-lock table served over `http`. Also included by path from the codegen and interop
//! tests; `front.rs` (TLS and flaky fronts) is included by path on its own.

#![allow(dead_code)]

mod fake;
mod http;
mod loopback;
mod ops;

// Each test file uses part of the support; the rest is unused there.
#[allow(unused_imports)]
pub use fake::*;
#[allow(unused_imports)]
pub use http::*;
#[allow(unused_imports)]
pub use ops::*;
