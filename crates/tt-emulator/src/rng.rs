//! Session cookie generation: the operating system's cryptographic source, or a fixed-seed
//! SplitMix64 when a test asks for reproducible cookies.

/// Where session cookies come from.
#[derive(Debug, Clone)]
pub enum CookieRng {
    /// The operating system's cryptographic random source: one cookie tells nothing about
    /// the next.
    Os,
    /// A fixed-seed SplitMix64 (same seed, same cookies). Predictable; for tests only.
    Seeded(SplitMix64),
}

impl CookieRng {
    /// Reproducible cookies from `seed`.
    pub fn seeded(seed: u64) -> Self {
        CookieRng::Seeded(SplitMix64::new(seed))
    }

    /// Reproducible cookies for the `run`-th start on one state file (0: the first, the same
    /// cookies as [`CookieRng::seeded`]); later runs get other sequences, so a restarted
    /// emulator does not hand out the cookies (and with them the edit locks) of a previous run.
    pub fn seeded_for_run(seed: u64, run: u64) -> Self {
        match run {
            0 => CookieRng::seeded(seed),
            n => CookieRng::Seeded(SplitMix64::new(seed ^ mix(n.wrapping_mul(GAMMA)))),
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        match self {
            CookieRng::Seeded(r) => r.next_u64(),
            CookieRng::Os => {
                let mut b = [0u8; 8];
                // The OS source failing is an unrecoverable platform fault (no /dev/urandom,
                // no getrandom syscall); serving guessable cookies instead would be worse.
                getrandom::getrandom(&mut b).expect("the operating system's random source failed");
                u64::from_le_bytes(b)
            }
        }
    }

    /// A random positive `i64` (never 0 or negative: clients test `cookie > 0`).
    pub fn next_positive_i64(&mut self) -> i64 {
        Self::positive_from(|| self.next_u64())
    }
}

/// SplitMix64: small and fast; used only with a fixed seed for reproducible runs.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator with a fixed seed (same seed, same cookies).
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GAMMA);
        mix(self.state)
    }

    /// A random positive `i64` (never 0 or negative: clients test `cookie > 0`).
    pub fn next_positive_i64(&mut self) -> i64 {
        CookieRng::positive_from(|| self.next_u64())
    }
}

impl CookieRng {
    fn positive_from(mut next: impl FnMut() -> u64) -> i64 {
        loop {
            let v = (next() >> 1) as i64;
            if v > 0 {
                return v;
            }
        }
    }
}

const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;
const M1: u64 = 0xBF58_476D_1CE4_E5B9;
const M2: u64 = 0x94D0_49BB_1331_11EB;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(M1);
    z = (z ^ (z >> 27)).wrapping_mul(M2);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unshift(y: u64, s: u32) -> u64 {
        let mut x = y;
        for _ in 0..(64 / s + 1) {
            x = y ^ (x >> s);
        }
        x
    }

    fn inverse(m: u64) -> u64 {
        let mut inv = m;
        for _ in 0..6 {
            inv = inv.wrapping_mul(2u64.wrapping_sub(m.wrapping_mul(inv)));
        }
        inv
    }

    /// The cookies that would follow `cookie` if it came from SplitMix64.
    pub(crate) fn predicted_next(cookie: i64) -> Vec<i64> {
        [0u64, 1]
            .iter()
            .map(|b| {
                let out = ((cookie as u64) << 1) | b;
                let mut z = unshift(out, 31).wrapping_mul(inverse(M2));
                z = unshift(z, 27).wrapping_mul(inverse(M1));
                let state = unshift(z, 30);
                let mut r = SplitMix64::new(state);
                r.next_positive_i64()
            })
            .collect()
    }

    #[test]
    fn deterministic_and_positive() {
        let mut a = CookieRng::seeded(42);
        let mut b = CookieRng::seeded(42);
        for _ in 0..1000 {
            let x = a.next_positive_i64();
            assert_eq!(x, b.next_positive_i64());
            assert!(x > 0);
        }
        assert_ne!(SplitMix64::new(42).next_u64(), SplitMix64::new(43).next_u64());
    }

    #[test]
    fn restarted_runs_get_other_cookies() {
        let first: Vec<i64> =
            (0..4).scan(CookieRng::seeded_for_run(7, 0), |r, _| Some(r.next_positive_i64())).collect();
        let again: Vec<i64> = (0..4).scan(CookieRng::seeded(7), |r, _| Some(r.next_positive_i64())).collect();
        assert_eq!(first, again, "the first run is the plain seeded sequence");
        let second: Vec<i64> =
            (0..64).scan(CookieRng::seeded_for_run(7, 1), |r, _| Some(r.next_positive_i64())).collect();
        let third: Vec<i64> =
            (0..4).scan(CookieRng::seeded_for_run(7, 2), |r, _| Some(r.next_positive_i64())).collect();
        assert!(first.iter().chain(&third).all(|c| !second.contains(c)));
        assert_eq!(
            second[..4],
            (0..4).scan(CookieRng::seeded_for_run(7, 1), |r, _| Some(r.next_positive_i64())).collect::<Vec<_>>()[..]
        );
    }

    #[test]
    fn seeded_cookies_are_predictable_os_cookies_are_not() {
        let mut s = CookieRng::seeded(7);
        let first = s.next_positive_i64();
        assert!(predicted_next(first).contains(&s.next_positive_i64()));
        let mut os = CookieRng::Os;
        for _ in 0..64 {
            let c = os.next_positive_i64();
            assert!(c > 0);
            assert!(!predicted_next(c).contains(&os.next_positive_i64()));
        }
    }
}
