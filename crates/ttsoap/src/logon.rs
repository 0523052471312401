//! Logging on to TestTrack: `ProjectLogon` with the project as `getProjectList` reports it,
//! falling back to the deprecated `DatabaseLogon` when the server refuses it.
//!
//! The steps and the fallback live here; generated code implements [`Logon`] with the WSDL's
//! own operations and types (the project struct, the calls).

use std::fmt;

use crate::client::Client;
use crate::error::Error;
use crate::values::{Cookie, Password};

/// How a logon reaches a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogonMethod {
    /// `ProjectLogon`, falling back to `DatabaseLogon` when the server refuses it.
    #[default]
    Auto,
    /// `ProjectLogon` only.
    Project,
    /// The deprecated `DatabaseLogon` only.
    Database,
}

/// The project data options TestTrack knows: issues, test cases/runs, requirements.
pub const ALL_DATA_OPTIONS: &[&str] = &["TestTrack Pro", "TestTrack TCM", "TestTrack RM"];

/// What a session needs to log on (again).
#[derive(Clone)]
pub struct Credentials {
    /// The project (database) name.
    pub project: String,
    /// The user name.
    pub user: String,
    /// The password.
    pub password: Password,
    /// How to log on.
    pub method: LogonMethod,
    /// The data options `ProjectLogon` asks for (names from [`ALL_DATA_OPTIONS`]); `None`
    /// asks for the project's own, as `getProjectList` lists them.
    pub options: Option<Vec<String>>,
}

impl Credentials {
    /// Credentials for `user` on `project`, [`LogonMethod::Auto`], the project's data options.
    pub fn new(project: &str, user: &str, password: impl Into<Password>) -> Self {
        Credentials {
            project: project.to_owned(),
            user: user.to_owned(),
            password: password.into(),
            method: LogonMethod::Auto,
            options: None,
        }
    }

    /// Asks `ProjectLogon` for these data options only (e.g. `&["TestTrack Pro"]` for a
    /// script that only touches issues). The server refuses options the project lacks.
    pub fn with_options(mut self, options: &[&str]) -> Self {
        self.options = Some(options.iter().map(|o| o.to_string()).collect());
        self
    }

    /// Logs on with `method`.
    pub fn with_method(mut self, method: LogonMethod) -> Self {
        self.method = method;
        self
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("project", &self.project)
            .field("user", &self.user)
            .field("password", &self.password)
            .field("method", &self.method)
            .field("options", &self.options)
            .finish()
    }
}

/// The logon operations of one set of bindings. Implemented by generated code.
pub trait Logon {
    /// The project argument of `ProjectLogon` (`CProject`).
    type Project;
    /// `getProjectList` for the credentials' user.
    fn projects(client: &Client, c: &Credentials) -> Result<Vec<Self::Project>, Error>;
    /// The project's database name, as listed.
    fn project_name(project: &Self::Project) -> Option<&str>;
    /// A project built from its name, with every data option ([`ALL_DATA_OPTIONS`]).
    fn project_by_name(name: &str) -> Self::Project;
    /// `project` asking for exactly these data options.
    fn with_options(project: Self::Project, options: &[String]) -> Self::Project;
    /// `ProjectLogon`.
    fn project_logon(client: &Client, project: Self::Project, c: &Credentials) -> Result<Cookie, Error>;
    /// `DatabaseLogon`.
    fn database_logon(client: &Client, c: &Credentials) -> Result<Cookie, Error>;
}

/// Logs on with `c`: `ProjectLogon` with the project as the server lists it (else one built
/// by name), then, for [`LogonMethod::Auto`], `DatabaseLogon` when the server answers the
/// first with a fault.
pub fn logon<L: Logon>(client: &Client, c: &Credentials) -> Result<Cookie, Error> {
    let project_logon = || {
        let listed = L::projects(client, c).unwrap_or_default();
        let project = listed
            .into_iter()
            .find(|p| L::project_name(p) == Some(c.project.as_str()))
            .unwrap_or_else(|| L::project_by_name(&c.project));
        let project = match &c.options {
            Some(options) => L::with_options(project, options),
            None => project,
        };
        L::project_logon(client, project, c)
    };
    match c.method {
        LogonMethod::Project => project_logon(),
        LogonMethod::Database => L::database_logon(client, c),
        LogonMethod::Auto => match project_logon() {
            Err(Error::Fault(f)) => {
                log::debug!("ProjectLogon refused ({f}); trying DatabaseLogon");
                L::database_logon(client, c)
            }
            other => other,
        },
    }
}
