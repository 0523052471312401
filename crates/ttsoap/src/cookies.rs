//! The HTTP cookie jar of a client whose service keeps its session in cookies
//! (`ClientBuilder::cookie_store(true)`): `Set-Cookie` answers to SOAP requests are kept by
//! the rules of RFC 6265 (the `cookie_store` crate: domain, path, expiry, `Secure`) and sent
//! back on later requests to the endpoint. Cookie values are never shown by `Debug`.

use std::fmt;
use std::sync::Mutex;

use crate::endpoint::Endpoint;
use crate::error::Error;

/// The cookies received from one endpoint.
pub(crate) struct CookieJar {
    store: Mutex<cookie_store::CookieStore>,
    url: url::Url,
}

impl CookieJar {
    /// An empty jar for `endpoint`.
    pub(crate) fn new(endpoint: &Endpoint) -> Result<CookieJar, Error> {
        let url = url::Url::parse(endpoint.as_str())
            .map_err(|e| Error::Config(format!("the endpoint {endpoint} is not a URL for cookies: {e}")))?;
        Ok(CookieJar { store: Mutex::new(cookie_store::CookieStore::default()), url })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, cookie_store::CookieStore> {
        // A panic while the jar was held leaves it consistent (each call is one insert or read).
        self.store.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The `Cookie` header for the next request, if any cookie applies.
    pub(crate) fn request_header(&self) -> Option<String> {
        let store = self.lock();
        let pairs: Vec<String> = store.get_request_values(&self.url).map(|(n, v)| format!("{n}={v}")).collect();
        (!pairs.is_empty()).then(|| pairs.join("; "))
    }

    /// Keeps the cookies of a response's `Set-Cookie` headers; malformed ones, or ones for
    /// another domain, are ignored (as browsers do).
    pub(crate) fn store<'a>(&self, set_cookies: impl Iterator<Item = &'a str>) {
        let mut store = self.lock();
        for header in set_cookies {
            if let Err(e) = store.parse(header, &self.url) {
                log::debug!(target: "ttsoap::transport", "ignored a Set-Cookie header: {e}");
            }
        }
    }

    /// The number of cookies kept (expired ones excluded).
    pub(crate) fn len(&self) -> usize {
        self.lock().iter_unexpired().count()
    }
}

impl fmt::Debug for CookieJar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CookieJar({} cookies)", self.len())
    }
}
