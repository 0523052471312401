//! [`Tracked`]: a value that notes when it is borrowed for changing, so a state file writes
//! only the parts of the world a request may have changed.

use std::ops::{Deref, DerefMut};

/// A value with a "may have changed" mark, set by every mutable borrow (a borrow that changes
/// nothing marks it too: the part is then written again, unchanged). Reading does not mark.
#[derive(Clone, Default)]
pub struct Tracked<T> {
    value: T,
    changed: bool,
}

impl<T> Tracked<T> {
    /// True when the value was borrowed mutably since the last [`Tracked::take_changed`].
    #[cfg(feature = "state")]
    pub fn is_changed(&self) -> bool {
        self.changed
    }

    /// Returns the mark and clears it.
    #[cfg(any(test, feature = "state"))]
    pub fn take_changed(&mut self) -> bool {
        std::mem::take(&mut self.changed)
    }
}

impl<T> Deref for Tracked<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for Tracked<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        self.changed = true;
        &mut self.value
    }
}

/// The value alone (the mark is bookkeeping).
impl<T: std::fmt::Debug> std::fmt::Debug for Tracked<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.value.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_mutable_borrows_only() {
        let mut t = Tracked { value: vec![1], changed: false };
        assert_eq!(t.len(), 1);
        assert!(!t.changed);
        t.push(2);
        assert!(t.changed);
        assert!(t.take_changed());
        assert!(!t.take_changed());
        assert_eq!(format!("{t:?}"), "[1, 2]");
    }
}
