//! Name resolution for the transport: IP literals answered at once, host names cached per
//! agent for a short time.
//!
//! ureq resolves the host before every request, even one that goes out on a pooled
//! keep-alive connection, and while a deadline is set its default resolver runs each lookup
//! on a new thread so that it can give up in time. That is one thread per call (about 55 µs
//! and a dozen syscalls on these machines). Answering IP literals directly and keeping a
//! name's addresses for [`TTL`] leaves no lookup and no thread on the path of a call; a
//! lookup that does happen still obeys the deadline (ureq's own resolver does it).

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// How long a host name's addresses are reused before the next lookup.
pub const TTL: Duration = Duration::from_secs(30);

/// A resolver that skips the lookup for IP literals and caches names (see the module docs).
#[derive(Debug, Default)]
pub(crate) struct CachingResolver {
    inner: DefaultResolver,
    cache: Mutex<HashMap<String, (Instant, ResolvedSocketAddrs)>>,
}

impl Resolver for CachingResolver {
    fn resolve(&self, uri: &Uri, config: &Config, timeout: NextTimeout) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let Some(authority) = uri.authority() else { return self.inner.resolve(uri, config, timeout) };
        let port = authority.port_u16().or(match uri.scheme_str() {
            Some(s) if s.eq_ignore_ascii_case("https") => Some(443),
            Some(s) if s.eq_ignore_ascii_case("http") => Some(80),
            _ => None,
        });
        let host = authority.host().trim_start_matches('[').trim_end_matches(']');
        if let (Ok(ip), Some(port)) = (host.parse::<IpAddr>(), port) {
            let mut out = self.empty();
            out.push(SocketAddr::new(ip, port));
            return Ok(out);
        }
        let key = format!("{}://{}", uri.scheme_str().unwrap_or(""), authority.as_str().to_ascii_lowercase());
        let cached = self.cache.lock().ok().and_then(|c| c.get(&key).cloned());
        if let Some((at, addrs)) = cached.filter(|(at, _)| at.elapsed() < TTL) {
            let _ = at;
            return Ok(addrs);
        }
        let addrs = self.inner.resolve(uri, config, timeout)?;
        if let Ok(mut c) = self.cache.lock() {
            c.retain(|_, (at, _)| at.elapsed() < TTL);
            c.insert(key, (Instant::now(), addrs.clone()));
        }
        Ok(addrs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(r: &CachingResolver, url: &str) -> Vec<SocketAddr> {
        let uri: Uri = url.parse().unwrap();
        let config = Config::default();
        let timeout = NextTimeout {
            after: ureq::unversioned::transport::time::Duration::from_secs(5),
            reason: ureq::Timeout::Resolve,
            per_read: None,
            per_write: None,
        };
        r.resolve(&uri, &config, timeout).unwrap().to_vec()
    }

    #[test]
    fn ip_literals_need_no_lookup_and_names_are_cached() {
        let r = CachingResolver::default();
        assert_eq!(resolve(&r, "http://127.0.0.1:8080/x"), ["127.0.0.1:8080".parse::<SocketAddr>().unwrap()]);
        assert_eq!(resolve(&r, "https://[::1]/x"), ["[::1]:443".parse::<SocketAddr>().unwrap()]);
        assert!(r.cache.lock().unwrap().is_empty(), "literals are not cached");
        let first = resolve(&r, "http://localhost:9/x");
        assert!(first.iter().all(|a| a.port() == 9 && a.ip().is_loopback()), "{first:?}");
        assert_eq!(r.cache.lock().unwrap().len(), 1);
        assert_eq!(resolve(&r, "http://LOCALHOST:9/y"), first, "the cached addresses");
    }
}
