//! The TestTrack tables (`tt_domain::Table`, shared with `tt-records`).

pub use tt_domain::Table;
