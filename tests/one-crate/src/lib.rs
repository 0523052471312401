//! The README's examples of the `testtrack` bindings, compiled as doctests of a crate whose
//! only dependency is `testtrack` (see `build.rs`). They are `no_run`: they need a server.

#![doc = include_str!(concat!(env!("OUT_DIR"), "/examples.md"))]

/// How many README examples `build.rs` found.
pub const EXAMPLES: usize = include!(concat!(env!("OUT_DIR"), "/count.rs"));

// "Using the bindings from Rust" and "Large lists": if the filter in `build.rs` lost them, the
// doctests would prove nothing, so the crate does not build.
const _: () = assert!(EXAMPLES >= 2, "build.rs found fewer README examples than expected");
