//! TLS trust: which certificate authorities a [`Transport`](crate::transport::Transport)
//! trusts, and certificate errors in words.
//!
//! Trusted roots, all together: the built-in Mozilla set (`webpki-root-certs`); unless
//! [`TransportConfig::system_roots`] is off, the operating system's store, or, when
//! `SSL_CERT_FILE` or `SSL_CERT_DIR` is set, the certificates there instead of the store
//! (as OpenSSL does; `rustls-native-certs`); and the certificates of a CA bundle
//! ([`TransportConfig::ca_bundle`]). A company CA is trusted by adding it to any of these.
//!
//! A refused certificate is [`Error::Tls`] with a [`CertProblem`] that says what is wrong and
//! what to do, instead of rustls' and webpki's names (`CaUsedAsEndEntity`).

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use ureq::tls::{Certificate, PemItem, RootCerts, TlsConfig};

use crate::error::Error;
use crate::transport::TransportConfig;

/// What is wrong with a server certificate that was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CertProblem {
    /// Signed by an authority this machine does not trust: a self-signed certificate or a
    /// company CA.
    UnknownIssuer,
    /// The server presents a CA certificate as its own: typically a self-signed certificate
    /// made with the CA flag.
    SelfSignedCa,
    /// The certificate's validity period has ended.
    Expired,
    /// The certificate's validity period has not begun.
    NotYetValid,
    /// The certificate is made out for other host names.
    WrongHost {
        /// The names the certificate holds (may be empty when not reported).
        presented: Vec<String>,
    },
    /// The certificate authority revoked the certificate.
    Revoked,
    /// Another verification failure, as rustls describes it.
    Other(String),
}

const TRUST_ADVICE: &str = "if you trust it, pass the issuing CA's certificate (PEM) as a CA bundle \
    (tt: --ca-bundle FILE or TT_CA_BUNDLE; Rust: ClientBuilder::ca_bundle), set SSL_CERT_FILE, \
    or add it to the system's certificate store";

impl fmt::Display for CertProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CertProblem::UnknownIssuer => write!(
                f,
                "it is signed by a certificate authority this machine does not trust (a self-signed \
                 certificate or a company CA); {TRUST_ADVICE}"
            ),
            CertProblem::SelfSignedCa => write!(
                f,
                "the server presents a CA certificate as its own (a self-signed certificate); {TRUST_ADVICE}, \
                 or better, have the server use a certificate issued by that CA"
            ),
            CertProblem::Expired => f.write_str(
                "the certificate has expired; the server's administrator must renew it (check this machine's clock too)",
            ),
            CertProblem::NotYetValid => {
                f.write_str("the certificate is not valid yet; check this machine's date and time")
            }
            CertProblem::WrongHost { presented } if presented.is_empty() => f.write_str(
                "the certificate is made out for another host name; use the host name it names in the URL",
            ),
            CertProblem::WrongHost { presented } => write!(
                f,
                "the certificate is made out for {} and not for the host in the URL; use one of those names in the URL",
                presented.join(", ")
            ),
            CertProblem::Revoked => f.write_str("the certificate has been revoked by its authority; do not use this server"),
            CertProblem::Other(m) => write!(f, "{m}"),
        }
    }
}

/// The certificate problem behind a ureq error, if it is one. rustls reports handshake
/// failures as an I/O error wrapping its own error, or as that error directly.
pub(crate) fn cert_problem(e: &ureq::Error) -> Option<CertProblem> {
    let rustls_error = match e {
        ureq::Error::Rustls(r) => r,
        ureq::Error::Io(io) => io.get_ref()?.downcast_ref::<rustls::Error>()?,
        _ => return None,
    };
    let rustls::Error::InvalidCertificate(c) = rustls_error else { return None };
    use rustls::CertificateError as C;
    Some(match c {
        C::UnknownIssuer => CertProblem::UnknownIssuer,
        C::Expired | C::ExpiredContext { .. } => CertProblem::Expired,
        C::NotValidYet | C::NotValidYetContext { .. } => CertProblem::NotYetValid,
        C::NotValidForName => CertProblem::WrongHost { presented: Vec::new() },
        C::NotValidForNameContext { presented, .. } => CertProblem::WrongHost { presented: presented.clone() },
        C::Revoked => CertProblem::Revoked,
        C::Other(other) => match other.0.downcast_ref::<webpki::Error>() {
            Some(webpki::Error::CaUsedAsEndEntity) => CertProblem::SelfSignedCa,
            Some(webpki::Error::UnknownIssuer) => CertProblem::UnknownIssuer,
            _ => CertProblem::Other(format!("the certificate is invalid: {other}")),
        },
        other => CertProblem::Other(format!("the certificate is invalid: {other}")),
    })
}

/// The ureq TLS settings for `config`: the trusted roots (see the [module docs](self)) and
/// whether verification is off. Fails with [`Error::Config`] for an unreadable CA bundle.
pub(crate) fn tls_config(config: &TransportConfig) -> Result<TlsConfig, Error> {
    let mut builder = TlsConfig::builder();
    let bundle = ca_bundle(config)?;
    if bundle.is_some() || config.system_roots {
        let mut roots: Vec<Certificate<'static>> =
            webpki_root_certs::TLS_SERVER_ROOT_CERTS.iter().map(|c| Certificate::from_der(c.as_ref())).collect();
        if config.system_roots {
            roots.extend(system_roots().iter().cloned());
        }
        roots.extend(bundle.unwrap_or_default());
        builder = builder.root_certs(RootCerts::from(roots));
    }
    if config.danger_accept_invalid_certs {
        log::warn!("TLS certificate verification is disabled (danger_accept_invalid_certs)");
        builder = builder.disable_verification(true);
    }
    Ok(builder.build())
}

/// The certificates of the configured CA bundle, if any.
fn ca_bundle(config: &TransportConfig) -> Result<Option<Vec<Certificate<'static>>>, Error> {
    let pem = match (&config.ca_bundle_pem, &config.ca_bundle) {
        (Some(pem), _) => pem.clone(),
        (None, Some(path)) => std::fs::read(path)
            .map_err(|e| Error::Config(format!("cannot read the CA bundle {}: {e}", path.display())))?,
        (None, None) => return Ok(None),
    };
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(&pem) {
        match item {
            Ok(PemItem::Certificate(c)) => certs.push(c),
            Ok(_) => {}
            Err(e) => return Err(Error::Config(format!("the CA bundle is not valid PEM: {e}"))),
        }
    }
    if certs.is_empty() {
        return Err(Error::Config("the CA bundle holds no certificate".into()));
    }
    Ok(Some(certs))
}

type RootCache = Option<((Option<String>, Option<String>), Arc<Vec<Certificate<'static>>>)>;

/// The system's roots (or those of `SSL_CERT_FILE`/`SSL_CERT_DIR`), loaded once per value
/// of those variables. Certificates that cannot be read are skipped with a debug line.
fn system_roots() -> Arc<Vec<Certificate<'static>>> {
    static CACHE: Mutex<RootCache> = Mutex::new(None);
    let key = (std::env::var("SSL_CERT_FILE").ok(), std::env::var("SSL_CERT_DIR").ok());
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((k, roots)) = cache.as_ref() {
        if *k == key {
            return roots.clone();
        }
    }
    let loaded = rustls_native_certs::load_native_certs();
    for e in &loaded.errors {
        log::debug!("skipping system certificates that cannot be loaded: {e}");
    }
    let roots: Arc<Vec<Certificate<'static>>> =
        Arc::new(loaded.certs.iter().map(|c| Certificate::from_der(c.as_ref()).to_owned()).collect());
    log::debug!("{} system root certificates loaded", roots.len());
    *cache = Some((key, roots.clone()));
    roots
}
