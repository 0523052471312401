//! Versions: which TestTrack interface a server speaks ([`Session::server_version`]) and which
//! WSDL a set of generated bindings came from ([`WsdlInfo`], the `WSDL` constant at the root of
//! every generated crate). When the two differ, `ttsoap-codegen diff` says what matters.

use std::fmt;

use crate::error::{Error, Fault};
use crate::session::Session;
use crate::Cookie;

/// Where generated bindings came from: every generated crate has `pub const WSDL: WsdlInfo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WsdlInfo {
    /// The WSDL's file name (`ttsoapcgi.wsdl`).
    pub name: &'static str,
    /// SHA-256 of the WSDL file's bytes, lower-case hex.
    pub sha256: &'static str,
    /// The version label given to the generator (`Helix ALM 2017`), or "".
    pub label: &'static str,
    /// How many operations the bindings have.
    pub operations: usize,
}

impl fmt::Display for WsdlInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = if self.label.is_empty() { "no version label" } else { self.label };
        let sha = self.sha256.get(..12).unwrap_or(self.sha256);
        write!(f, "{} ({label}, {} operations, SHA-256 {sha}…)", self.name, self.operations)
    }
}

/// What a TestTrack server says about its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerVersion {
    /// `getTTVersionInfo` answered (Helix ALM 2017 and later).
    Known {
        /// `serverVersion` as the server wrote it.
        server: String,
        /// `cgiVersion` as the server wrote it.
        cgi: String,
    },
    /// The server does not know `getTTVersionInfo`: a TestTrack server older than 2017.
    Pre2017,
}

impl fmt::Display for ServerVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServerVersion::Known { server, cgi } => write!(f, "{server} (CGI {cgi})"),
            ServerVersion::Pre2017 => f.write_str("unknown (pre-2017: the server has no getTTVersionInfo)"),
        }
    }
}

/// The one operation this module sends, declared with the same macros generated code uses,
/// so that it works whichever bindings (2013 or 2017) the caller has.
#[allow(unused_mut)] // the struct macro declares its list of missing members mutable
mod wire {
    use crate::encoding::TypeInfo;

    pub const NAMESPACES: &[(&str, &str)] = &[("ttns", "urn:testtrack-interface")];
    const XSD_LONG: TypeInfo = TypeInfo::named("xsd:long");
    const XSD_STRING: TypeInfo = TypeInfo::named("xsd:string");
    const VERSION_INFO: TypeInfo = TypeInfo::named("ttns:CTTVersionInfo");

    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct VersionInfo {
        pub server_version: Option<String>,
        pub cgi_version: Option<String>,
    }
    crate::__struct!(VersionInfo, "ttns:CTTVersionInfo", "CTTVersionInfo", plain {
        server_version: opt("serverVersion") b"serverVersion" &XSD_STRING,
        cgi_version: opt("cgiVersion") b"cgiVersion" &XSD_STRING
    });

    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct GetTtVersionInfo {
        pub cookie: crate::Cookie,
    }
    crate::__message!(GetTtVersionInfo { cookie: req("cookie") b"cookie" &XSD_LONG });

    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct GetTtVersionInfoResponse {
        pub info: VersionInfo,
    }
    crate::__message!(GetTtVersionInfoResponse { info: req("pVersionInfo") b"pVersionInfo" &VERSION_INFO });

    crate::__operation!(
        GetTtVersionInfo => GetTtVersionInfoResponse, name "getTTVersionInfo", namespace
        "urn:testtrack-interface", action "urn:testtrack-interface#getTTVersionInfo",
        response "getTTVersionInfoResponse", style Rpc, encoded true, namespaces
        NAMESPACES, cookie cookie read_only true
    );
}

impl Session {
    /// The server's version from `getTTVersionInfo` (Helix ALM 2017 and later), or
    /// [`ServerVersion::Pre2017`] when the server answers that it does not know the method, as
    /// TestTrack 2013 does. Other failures are errors.
    ///
    /// ```no_run
    /// # fn demo(session: &ttsoap::Session) -> Result<(), ttsoap::Error> {
    /// println!("server: {}", session.server_version()?);
    /// # Ok(()) }
    /// ```
    pub fn server_version(&self) -> Result<ServerVersion, Error> {
        // Straight to the client: `Session::call` would describe an unknown operation with
        // this very method.
        match self.call_with(wire::GetTtVersionInfo { cookie: Cookie::new(0) }, |c, op| c.call_op(op)) {
            Ok(r) => Ok(ServerVersion::Known {
                server: r.info.server_version.unwrap_or_default(),
                cgi: r.info.cgi_version.unwrap_or_default(),
            }),
            Err(Error::UnknownOperation { .. }) => Ok(ServerVersion::Pre2017),
            Err(e) if e.fault().is_some_and(Fault::is_unknown_method) => Ok(ServerVersion::Pre2017),
            Err(e) => Err(e),
        }
    }
}
