//! The README's examples of the `testtrack` bindings, compiled as doctests of a crate whose
//! only dependency is `testtrack` (see `build.rs`). They are `no_run`: they need a server.

#![doc = include_str!(concat!(env!("OUT_DIR"), "/examples.md"))]

/// How many README examples `build.rs` found.
pub const EXAMPLES: usize = include!(concat!(env!("OUT_DIR"), "/count.rs"));

#[cfg(test)]
mod tests {
    #[test]
    fn the_readme_bindings_examples_are_all_here() {
        // "Using the bindings from Rust" and "Large lists": if the filter lost them, the
        // doctests would prove nothing.
        assert!(super::EXAMPLES >= 2, "found {} examples", super::EXAMPLES);
    }
}
