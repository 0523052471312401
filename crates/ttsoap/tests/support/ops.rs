//! Hand-written operations in the shape the generator emits (a record `Thing`, its get, set
//! and edit trio, logon and logoff), the session hooks and `Editable` as generated code would
//! write them, and canned SOAP bodies. Written by hand rather than generated: the runtime's
//! tests cannot use the generated `testtrack` crate (it links its own copy of `ttsoap`).

use std::sync::Arc;

use ttsoap::encoding::{start_struct, xsd};
use ttsoap::xml::{Elem, XmlReader, XmlWriter};
use ttsoap::{
    Client, Cookie, CookieOperation, Decode, DecodeError, Editable, Encode, Error, Message, Operation, Password,
    Session, SessionHooks, Style, TypeInfo,
};

pub const NS: &str = "urn:testtrack-interface";
pub const NAMESPACES: &[(&str, &str)] = &[("ttns", NS)];

/// A record with an id and a name (like CDefect, much smaller).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Thing {
    pub recordid: i64,
    pub name: String,
}

pub static THING: TypeInfo = TypeInfo::named("ttns:CThing");

impl Encode for Thing {
    fn encode(&self, name: &str, _ty: &TypeInfo, w: &mut XmlWriter) {
        start_struct(name, "ttns:CThing", w);
        self.recordid.encode("recordid", &xsd::LONG, w);
        self.name.encode("name", &xsd::STRING, w);
        w.end(name);
    }
}

impl Decode for Thing {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        let mut t = Thing::default();
        while let Some(c) = r.next_child(&el)? {
            match c.local_name() {
                b"recordid" => t.recordid = r.decode(c)?,
                b"name" => t.name = r.decode(c)?,
                _ => r.unknown(&c)?,
            }
        }
        Ok(t)
    }
}

macro_rules! message {
    ($name:ident { $($field:ident : $ty:ty = $xml:literal as $xsd:expr),* $(,)? }) => {
        #[derive(Debug, Default, Clone, PartialEq)]
        pub struct $name { $(pub $field: $ty),* }
        impl Message for $name {
            #[allow(unused_variables)]
            fn write_parts(&self, w: &mut XmlWriter) {
                $( self.$field.encode($xml, &$xsd, w); )*
            }
            fn read_part<'a>(&mut self, r: &mut XmlReader<'a>, child: Elem<'a>) -> Result<(), DecodeError> {
                $( if child.local_name() == $xml.as_bytes() {
                    self.$field = r.decode(child)?;
                    return Ok(());
                } )*
                r.unknown(&child)
            }
        }
    };
}

macro_rules! operation {
    ($name:ident, $resp:ident, $resp_name:literal, $action:literal) => {
        impl Operation for $name {
            const NAME: &'static str = stringify!($name);
            const NAMESPACE: &'static str = NS;
            const SOAP_ACTION: &'static str = $action;
            const RESPONSE_NAME: &'static str = $resp_name;
            const STYLE: Style = Style::Rpc;
            const ENCODED: bool = true;
            const NAMESPACES: &'static [(&'static str, &'static str)] = NAMESPACES;
            type Response = $resp;
        }
    };
}

macro_rules! cookie_op {
    ($name:ident, $read_only:literal) => {
        impl CookieOperation for $name {
            fn set_cookie(&mut self, cookie: Cookie) {
                self.cookie = cookie;
            }
            const READ_ONLY: bool = $read_only;
        }
    };
}

message!(Logon { username: String = "username" as xsd::STRING, password: Password = "password" as xsd::STRING });
message!(LogonResponse { cookie: Cookie = "Cookie" as xsd::LONG });
operation!(Logon, LogonResponse, "LogonResponse", "urn:testtrack-interface#Logon");

message!(ResultResponse { result: i32 = "result" as xsd::INT });

message!(Logoff { cookie: Cookie = "cookie" as xsd::LONG });
operation!(Logoff, ResultResponse, "LogoffResponse", "urn:testtrack-interface#Logoff");
cookie_op!(Logoff, false);

message!(GetThing { cookie: Cookie = "cookie" as xsd::LONG, id: i64 = "id" as xsd::LONG });
message!(ThingResponse { thing: Thing = "pThing" as THING });
operation!(GetThing, ThingResponse, "GetThingResponse", "urn:testtrack-interface#GetThing");
cookie_op!(GetThing, true);

message!(SetThing {
    cookie: Cookie = "cookie" as xsd::LONG,
    id: i64 = "id" as xsd::LONG,
    name: String = "name" as xsd::STRING,
});
operation!(SetThing, ResultResponse, "SetThingResponse", "urn:testtrack-interface#SetThing");
cookie_op!(SetThing, false);

message!(EditThing { cookie: Cookie = "cookie" as xsd::LONG, id: i64 = "id" as xsd::LONG });
operation!(EditThing, ThingResponse, "EditThingResponse", "urn:testtrack-interface#EditThing");
cookie_op!(EditThing, false);

message!(SaveThing { cookie: Cookie = "cookie" as xsd::LONG, thing: Thing = "pThing" as THING });
operation!(SaveThing, ResultResponse, "SaveThingResponse", "urn:testtrack-interface#SaveThing");
cookie_op!(SaveThing, false);

message!(CancelSaveThing { cookie: Cookie = "cookie" as xsd::LONG, id: i64 = "recordID" as xsd::LONG });
operation!(CancelSaveThing, ResultResponse, "CancelSaveThingResponse", "urn:testtrack-interface#CancelSaveThing");
cookie_op!(CancelSaveThing, false);

// An operation whose SOAPAction is empty (like `formattedTextSupport`).
message!(Ping {});
operation!(Ping, ResultResponse, "PingResponse", "");

// ---------------------------------------------------------------------------------------
// Session hooks and the edit trio, as generated code would write them
// ---------------------------------------------------------------------------------------

pub const USER: &str = "tester";
pub const PASSWORD: &str = "Pa55-w0rd-SECRET";

pub struct FakeHooks {
    pub username: String,
    pub password: Password,
}

impl FakeHooks {
    pub fn new() -> Arc<FakeHooks> {
        Arc::new(FakeHooks { username: USER.into(), password: Password::new(PASSWORD) })
    }
}

fn check_result(operation: &'static str, result: i32) -> Result<(), Error> {
    if result == 0 {
        Ok(())
    } else {
        Err(Error::ResultCode { operation, code: result.into() })
    }
}

impl SessionHooks for FakeHooks {
    fn logoff(&self, client: &Client, cookie: Cookie) -> Result<(), Error> {
        let r = client.call(&Logoff { cookie })?;
        check_result("Logoff", r.result)
    }

    fn relogon(&self, client: &Client) -> Option<Result<Cookie, Error>> {
        Some(client.call(&Logon { username: self.username.clone(), password: self.password.clone() }).map(|r| r.cookie))
    }
}

/// Logs on and wraps the cookie in a session.
pub fn logon(client: &Client) -> Result<Session, Error> {
    let r = client.call(&Logon { username: USER.into(), password: Password::new(PASSWORD) })?;
    Ok(Session::new(client.clone(), r.cookie, FakeHooks::new()))
}

pub struct ThingEdit;

impl Editable for ThingEdit {
    type Entity = Thing;
    const ENTITY: &'static str = "Thing";

    fn record_id(e: &Thing) -> i64 {
        e.recordid
    }

    fn save(s: &Session, e: &Thing) -> Result<(), Error> {
        let r = s.call(SaveThing { thing: e.clone(), ..Default::default() })?;
        check_result("SaveThing", r.result)
    }

    fn cancel(s: &Session, record_id: i64) -> Result<(), Error> {
        let r = s.call(CancelSaveThing { id: record_id, ..Default::default() })?;
        check_result("CancelSaveThing", r.result)
    }
}

pub fn edit_thing(s: &Session, id: i64) -> Result<Thing, Error> {
    s.call(EditThing { id, ..Default::default() }).map(|r| r.thing)
}

/// A SOAP envelope with `inner` in the Body.
pub fn envelope(inner: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:ttns="urn:testtrack-interface"><SOAP-ENV:Body SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">{inner}</SOAP-ENV:Body></SOAP-ENV:Envelope>"#
    )
}

/// A GetThing response for record 1.
pub fn thing_response(name: &str) -> String {
    envelope(&format!(
        "<ttns:GetThingResponse><pThing><recordid>1</recordid><name>{name}</name></pThing></ttns:GetThingResponse>"
    ))
}

/// An IIS-like 404 page.
pub const IIS_404: &str = r#"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
<style type="text/css">
<!--
body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}
fieldset{padding:0 15px 10px 15px;}
-->
</style>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - File or directory not found.</h2>
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
 </fieldset></div>
</div>
</body>
</html>"#;
