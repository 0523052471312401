//! A tiny deterministic random generator (SplitMix64) for session cookies.

/// SplitMix64: fast, small, and good enough for cookies. Not cryptographic; the emulator
/// is a test server on loopback.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator with a fixed seed (same seed, same cookies).
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    /// A generator seeded from the system time and the process id.
    pub fn from_entropy() -> Self {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x5eed);
        let local = 0u8;
        let addr = &local as *const u8 as u64;
        SplitMix64::new(t ^ (u64::from(std::process::id()) << 32) ^ addr.rotate_left(17))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A random positive `i64` (never 0 or negative: clients test `cookie > 0`).
    pub fn next_positive_i64(&mut self) -> i64 {
        loop {
            let v = (self.next_u64() >> 1) as i64;
            if v > 0 {
                return v;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_positive() {
        let mut a = SplitMix64::new(42);
        let mut b = SplitMix64::new(42);
        for _ in 0..1000 {
            let x = a.next_positive_i64();
            assert_eq!(x, b.next_positive_i64());
            assert!(x > 0);
        }
        let mut c = SplitMix64::new(43);
        assert_ne!(SplitMix64::new(42).next_u64(), c.next_u64());
    }
}
