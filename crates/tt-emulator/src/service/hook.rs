//! What happens before an operation runs: faults and delays a test injected, and the 2013
//! profile's gate on the operations added later. Every adapter calls [`EmulatorState::enter`] first,
//! with the generated operation's name, so the request is parsed once.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use ttsoap::{Fault, Operation};

use super::{lock, EmulatorState};
use crate::Profile;

/// Faults and delays injected by a test, per operation name, each for a number of calls.
#[derive(Default)]
pub(crate) struct Injected {
    /// True while any fault is pending (saves a lock on every call).
    any_fault: AtomicBool,
    faults: Mutex<HashMap<String, (Fault, u32)>>,
    delays: Mutex<HashMap<String, (Duration, u32)>>,
}

/// Takes one use of an injected item, dropping it when used up.
fn take_one<T: Clone>(map: &mut HashMap<String, (T, u32)>, op: &str) -> Option<T> {
    let hit = match map.get_mut(op) {
        Some((v, n)) if *n > 0 => {
            *n -= 1;
            Some(v.clone())
        }
        _ => None,
    };
    map.retain(|_, (_, n)| *n > 0);
    hit
}

impl Injected {
    /// The next `times` calls of `op` answer `fault` (0 removes it).
    pub(crate) fn set(&self, op: &str, fault: Fault, times: u32) {
        let mut map = lock(&self.faults);
        if times == 0 {
            map.remove(op);
        } else {
            map.insert(op.to_string(), (fault, times));
        }
        self.any_fault.store(!map.is_empty(), Ordering::SeqCst);
    }

    /// The next `times` calls of `op` wait `delay` once their session is marked busy.
    pub(crate) fn set_delay(&self, op: &str, delay: Duration, times: u32) {
        lock(&self.delays).insert(op.to_string(), (delay, times));
    }

    fn take_fault(&self, op: &str) -> Option<Fault> {
        if !self.any_fault.load(Ordering::SeqCst) {
            return None;
        }
        let mut map = lock(&self.faults);
        let hit = take_one(&mut map, op);
        self.any_fault.store(!map.is_empty(), Ordering::SeqCst);
        hit
    }

    /// Waits the delay injected for `op`, if any.
    pub(crate) fn delay(&self, op: &str) {
        let d = take_one(&mut lock(&self.delays), op);
        if let Some(d) = d {
            std::thread::sleep(d);
        }
    }
}

impl EmulatorState {
    /// Runs before every operation: an injected fault answers instead (no state is touched),
    /// and the 2013 profile answers the operations it does not have as unknown methods.
    pub(crate) fn enter<O: Operation>(&self) -> Result<(), Fault> {
        if let Some(f) = self.injected.take_fault(O::NAME) {
            return Err(f);
        }
        if self.profile == Profile::V2013 && super::NEWER_THAN_2013.contains(&O::NAME) {
            return Err(Fault::client(format!(
                "Method '{}' not implemented: method name or namespace not recognized",
                O::NAME
            )));
        }
        Ok(())
    }
}
