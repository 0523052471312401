//! How tolerant decoding is: the options every reader takes.

use super::refs::BUDGET_FLOOR;

/// How tolerant the reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Unknown elements, missing required elements and type mismatches are errors when set;
    /// by default they are tolerated (unknown elements are skipped).
    pub strict: bool,
    /// Deepest element nesting accepted before the document is refused.
    pub max_depth: usize,
    /// How much following `href` references may decode, as a multiple of the document's size
    /// (never less than 1 MiB): each reference followed costs the size of the element it
    /// points at plus 256 bytes. Beyond it decoding stops with
    /// [`DecodeError::RefBudgetExceeded`](crate::DecodeError::RefBudgetExceeded). Default 8; Axis, which writes every struct as a
    /// multi-reference used once, needs about 1.
    pub max_ref_expansion: usize,
    /// An explicit `xsi:type` that contradicts the declared type of a simple value is an
    /// error ([`DecodeError::TypeMismatch`](crate::DecodeError::TypeMismatch)) even when not `strict`; everything else stays
    /// lenient. gSOAP servers from 2015 on refuse such requests. Default off.
    pub check_declared_types: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { strict: false, max_depth: 200, max_ref_expansion: 8, check_declared_types: false }
    }
}

impl ReadOptions {
    /// Options with unknown elements and type mismatches reported as errors.
    pub fn strict() -> Self {
        ReadOptions { strict: true, ..Self::default() }
    }

    /// The bytes that following references may decode in a document of `doc_len` bytes.
    pub fn ref_budget(&self, doc_len: usize) -> usize {
        doc_len.saturating_mul(self.max_ref_expansion).max(BUDGET_FLOOR)
    }
}
