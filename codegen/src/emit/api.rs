//! Emission of the `client` module: the typed `Client` (one method per operation), the
//! `Session` (one method per cookie operation, the cookie filled in), edit-lock guards for
//! every editX/saveX/cancelSaveX triple, and, for TestTrack-shaped WSDLs, `login`.
//!
//! Conventions are found by rule, not by a list: a first part named `cookie` of type
//! `xsd:long`; an operation taking only the cookie whose name ends in `Logoff`; `editX`,
//! `editXByRecordID`, `saveX(cookie, entity)` and `cancelSaveX(cookie, id)` with an entity that
//! has a `recordid`; and `getProjectList`/`ProjectLogon`/`DatabaseLogon` for logging on.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc_attr;
use super::names::{snake, Scope};
use super::ops::OpPlan;
use super::plan::{ident, Plan, Shape};
use super::types::{FieldPlan, Mode};
use crate::model::{QName, TypeKind};

fn arg_decl(f: &FieldPlan) -> (TokenStream, TokenStream) {
    let id = ident(&f.rust);
    let ty = f.ty.to_string();
    if ty == "String" {
        (quote!(#id: &str), quote!(#id: #id.to_owned()))
    } else if ty == "ttsoap :: Password" {
        (quote!(#id: &ttsoap::Password), quote!(#id: #id.clone()))
    } else {
        let t = &f.ty;
        (quote!(#id: #t), quote!(#id))
    }
}

/// The return type and the mapping from the response struct.
fn returns(o: &OpPlan<'_>) -> (TokenStream, TokenStream) {
    match o.outputs.as_slice() {
        [] => (quote!(()), quote!(.map(|_| ()))),
        [one] => {
            let t = &one.ty;
            let id = ident(&one.rust);
            (quote!(#t), quote!(.map(|r| r.#id)))
        }
        _ => {
            let r = ident(&o.response);
            (quote!(super::ops::#r), quote!())
        }
    }
}

fn op_doc(o: &OpPlan<'_>) -> TokenStream {
    doc_attr(&match &o.op.documentation {
        Some(d) => format!("`{}`: {d}", o.op.name),
        None => format!("Calls `{}`.", o.op.name),
    })
}

/// An edit/save/cancel triple found by rule.
struct EditFamily<'a> {
    /// Entity name (`Defect`).
    entity: String,
    /// Marker type name (`DefectEdit`).
    marker: String,
    /// Rust type of the entity.
    entity_ty: TokenStream,
    /// Field holding the record id.
    record_field: String,
    /// `saveX` parts between the cookie and the entity that repeat the record's original
    /// values (TestTrack's `saveUser(cookie, firstName, middleInitials, lastName, pUser)`):
    /// (part's Rust name, entity field's Rust name, entity field is an `Option`).
    save_keys: Vec<(String, String, bool)>,
    save: &'a OpPlan<'a>,
    cancel: &'a OpPlan<'a>,
    edits: Vec<(&'a OpPlan<'a>, Target<'a>)>,
}

/// How an edit operation's record id is found when its answer is lost (to cancel the lock
/// the server may have taken).
enum Target<'a> {
    /// A part of the edit names the id the cancel takes (`recordID`, `linkID`): its Rust name.
    Part(String),
    /// `getX` takes the same arguments (by position and type) and returns the same entity.
    Lookup(&'a OpPlan<'a>),
    /// Neither.
    Unknown,
}

/// The target rule for edit `o` of a family whose cancel is `cancel`.
fn edit_target<'a>(o: &OpPlan<'_>, cancel: &OpPlan<'_>, ops: &'a [OpPlan<'a>]) -> Target<'a> {
    let id_part = &cancel.inputs[1];
    if let Some(p) =
        o.inputs.iter().skip(1).find(|p| p.wire.eq_ignore_ascii_case(&id_part.wire) && p.ty.to_string() == "i64")
    {
        return Target::Part(p.rust.clone());
    }
    let rest = o.op.name.strip_prefix("edit").unwrap_or(&o.op.name);
    let types = |x: &OpPlan<'_>| x.inputs.iter().map(|p| p.ty.to_string()).collect::<Vec<_>>();
    let same_out = |g: &OpPlan<'_>| match (g.outputs.as_slice(), o.outputs.as_slice()) {
        ([a], [b]) => a.ty.to_string() == b.ty.to_string(),
        _ => false,
    };
    match ops.iter().find(|g| g.op.name == format!("get{rest}")) {
        Some(g) if g.has_cookie && types(g) == types(o) && same_out(g) => Target::Lookup(g),
        _ => Target::Unknown,
    }
}

fn find_edit_families<'a>(plan: &Plan<'_>, ops: &'a [OpPlan<'a>]) -> Vec<EditFamily<'a>> {
    let by_name = |n: &str| ops.iter().find(|o| o.op.name == n);
    let mut out: Vec<EditFamily<'a>> = Vec::new();
    for o in ops {
        let Some(rest) = o.op.name.strip_prefix("edit") else { continue };
        if !o.has_cookie || rest.is_empty() {
            continue;
        }
        let entity = rest.strip_suffix("ByRecordID").unwrap_or(rest).to_string();
        let (Some(save), Some(cancel)) = (by_name(&format!("save{entity}")), by_name(&format!("cancelSave{entity}")))
        else {
            continue;
        };
        // The edit returns one struct; save takes (cookie, that struct); cancel takes (cookie, id).
        let [out_part] = o.outputs.as_slice() else { continue };
        let entity_last = save.inputs.last().is_some_and(|p| p.ty.to_string() == out_part.ty.to_string());
        if !save.has_cookie || save.inputs.len() < 2 || !entity_last {
            continue;
        }
        if !cancel.has_cookie || cancel.inputs.len() != 2 || cancel.inputs[1].ty.to_string() != "i64" {
            continue;
        }
        let Some(entity_q) = struct_of_part(plan, o) else { continue };
        // Parts between the cookie and the entity must each name a string field of the entity.
        let Some(save_keys) = save.inputs[1..save.inputs.len() - 1]
            .iter()
            .map(|part| {
                let (fp, _) = field_of(plan, &entity_q, |n| n.eq_ignore_ascii_case(&part.wire))?;
                let ty = fp.ty.to_string();
                let optional = ty == "Option < String >";
                (part.ty.to_string() == "String" && (optional || ty == "String"))
                    .then(|| (part.rust.clone(), fp.rust.clone(), optional))
            })
            .collect::<Option<Vec<_>>>()
        else {
            continue;
        };
        let fields = plan.all_fields(&entity_q);
        let Some(rec) = fields.iter().find(|f| f.name.eq_ignore_ascii_case("recordid") && f.min_occurs >= 1) else {
            continue;
        };
        let target = edit_target(o, cancel, ops);
        if let Some(fam) = out.iter_mut().find(|f| f.entity == entity) {
            fam.edits.push((o, target));
            continue;
        }
        out.push(EditFamily {
            marker: format!("{}Edit", super::names::camel(&entity)),
            entity,
            entity_ty: out_part.ty.clone(),
            record_field: snake(&rec.name),
            save_keys,
            save,
            cancel,
            edits: vec![(o, target)],
        });
    }
    out
}

fn struct_of_part(plan: &Plan<'_>, o: &OpPlan<'_>) -> Option<QName> {
    let body = o.op.output.as_ref()?;
    let q = plan.part_type(body.parts.first()?).ok()?;
    match plan.shape(&q).ok()? {
        Shape::Struct(_) => Some(q),
        _ => None,
    }
}

fn result_check(o: &OpPlan<'_>) -> TokenStream {
    let name = &o.op.name;
    match o.outputs.as_slice() {
        [one] if one.rust == "result" && one.ty.to_string() == "i32" => quote! {
            let r = r.result;
            if r != 0 {
                return Err(ttsoap::Error::ResultCode { operation: #name, code: i64::from(r) });
            }
            Ok(())
        },
        _ => quote!({
            let _ = r;
            Ok(())
        }),
    }
}

fn emit_edits(fams: &[EditFamily<'_>], scope: &mut Scope) -> (TokenStream, TokenStream) {
    let mut markers = Vec::new();
    let mut methods = Vec::new();
    for f in fams {
        let marker = ident(&f.marker);
        let entity = &f.entity;
        let ety = &f.entity_ty;
        let rec = ident(&f.record_field);
        let save_req = ident(&f.save.request);
        let save_field = ident(&f.save.inputs[f.save.inputs.len() - 1].rust);
        let save_check = result_check(f.save);
        let key_values = f.save_keys.iter().map(|(_, field, optional)| {
            let id = ident(field);
            if *optional {
                quote!(e.#id.clone().unwrap_or_default())
            } else {
                quote!(e.#id.clone())
            }
        });
        let key_parts = f.save_keys.iter().enumerate().map(|(i, (part, _, _))| {
            let id = ident(part);
            quote!(#id: key.get(#i).cloned().unwrap_or_default(),)
        });
        let keyed = if f.save_keys.is_empty() {
            quote!()
        } else {
            quote! {
                fn save_key(e: &Self::Entity) -> Vec<String> { vec![#(#key_values),*] }
                fn save_keyed(s: &ttsoap::Session, key: &[String], e: &Self::Entity) -> Result<(), ttsoap::Error> {
                    let r = s.call(super::ops::#save_req { #(#key_parts)* #save_field: e.clone(), ..Default::default() })?;
                    #save_check
                }
            }
        };
        let save_body = if f.save_keys.is_empty() {
            quote! {
                let r = s.call(super::ops::#save_req { #save_field: e.clone(), ..Default::default() })?;
                #save_check
            }
        } else {
            quote!(Self::save_keyed(s, &Self::save_key(e), e))
        };
        let cancel_req = ident(&f.cancel.request);
        let cancel_field = ident(&f.cancel.inputs[1].rust);
        let cancel_check = result_check(f.cancel);
        let doc = doc_attr(&format!(
            "Edit lock on a {entity}: `{}` / `{}` / `{}`. Used with `EditGuard`.",
            f.edits.iter().map(|e| e.0.op.name.as_str()).collect::<Vec<_>>().join("`, `"),
            f.save.op.name,
            f.cancel.op.name
        ));
        markers.push(quote! {
            #doc
            #[derive(Debug, Clone, Copy, Default)]
            pub struct #marker;

            impl ttsoap::edit::Editable for #marker {
                type Entity = #ety;
                const ENTITY: &'static str = #entity;
                fn record_id(e: &Self::Entity) -> i64 { e.#rec }
                fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
                    #save_body
                }
                #keyed
                fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
                    let r = s.call(super::ops::#cancel_req { #cancel_field: record_id, ..Default::default() })?;
                    #cancel_check
                }
            }
        });
        for (e, target) in &f.edits {
            let req = ident(&e.request);
            let out = ident(&e.outputs[0].rust);
            let args: Vec<(TokenStream, TokenStream)> = e.inputs.iter().skip(1).map(arg_decl).collect();
            let decls: Vec<&TokenStream> = args.iter().map(|a| &a.0).collect();
            let inits: Vec<&TokenStream> = args.iter().map(|a| &a.1).collect();
            let target = match target {
                Target::Part(p) => {
                    let id = ident(p);
                    quote!(ttsoap::edit::EditTarget::RecordId(#id))
                }
                Target::Lookup(g) => {
                    let get_req = ident(&g.request);
                    let get_out = ident(&g.outputs[0].rust);
                    let fields = g.inputs.iter().skip(1).zip(e.inputs.iter().skip(1)).map(|(gp, ep)| {
                        let (gf, ef) = (ident(&gp.rust), ident(&ep.rust));
                        if ep.ty.to_string() == "String" {
                            quote!(#gf: #ef.to_owned())
                        } else {
                            quote!(#gf: #ef.clone())
                        }
                    });
                    quote!(ttsoap::edit::EditTarget::Lookup(Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::#get_req { #(#fields,)* ..Default::default() }).map(|r| r.#get_out.#rec)
                    })))
                }
                Target::Unknown => quote!(ttsoap::edit::EditTarget::Unknown),
            };
            let call = quote! {
                ttsoap::edit::begin_edit::<#marker>(s, #target, |s| {
                    s.call(super::ops::#req { #(#inits,)* ..Default::default() }).map(|r| r.#out)
                })
            };
            let edit_m = ident(&scope.claim(&snake(&e.op.name)));
            let try_m = ident(&scope.claim(&format!("try_{}", snake(&e.op.name))));
            let with_m =
                ident(&scope.claim(&format!("with_{}", snake(e.op.name.strip_prefix("edit").unwrap_or(&e.op.name)))));
            let try_with_m = ident(&scope.claim(&format!("try_{with_m}")));
            let name = &e.op.name;
            let d4 = doc_attr(&format!(
                "Like `{with_m}`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error."
            ));
            let d1 = doc_attr(&format!(
                "`{name}`: locks the {entity} and returns a guard that derefs to it. `save()` or `cancel()` \
                 the guard; dropping it cancels the lock."
            ));
            let d2 = doc_attr(&format!(
                "Like `{}`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.",
                snake(name)
            ));
            let d3 = doc_attr(&format!(
                "Locks the {entity} with `{name}`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic."
            ));
            methods.push(quote! {
                #d1
                pub fn #edit_m(&self, #(#decls),*) -> Result<ttsoap::edit::EditGuard<'_, #marker>, ttsoap::Error> {
                    let s: &ttsoap::Session = &self.inner;
                    let e = #call?;
                    Ok(ttsoap::edit::EditGuard::new(s, e))
                }
                #d2
                pub fn #try_m(&self, #(#decls),*) -> Result<ttsoap::edit::EditAttempt<'_, #marker>, ttsoap::Error> {
                    let s: &ttsoap::Session = &self.inner;
                    let e = #call;
                    ttsoap::edit::EditGuard::try_new(s, e)
                }
                #d3
                pub fn #with_m<T, E: From<ttsoap::Error>>(&self, #(#decls,)* f: impl FnOnce(&mut #ety) -> Result<T, E>) -> Result<T, E> {
                    ttsoap::edit::with_edit::<#marker, T, E>(
                        &self.inner,
                        |s| #call,
                        f,
                    )
                }
                #d4
                pub fn #try_with_m<T, E>(&self, #(#decls,)* f: impl FnOnce(&mut #ety) -> Result<T, E>) -> ttsoap::edit::EditOutcome<T, E> {
                    ttsoap::edit::try_with_edit::<#marker, T, E>(
                        &self.inner,
                        |s| #call,
                        f,
                    )
                }
            });
        }
    }
    (quote!(#(#markers)*), quote!(#(#methods)*))
}

/// Finds `field` (by wire name) in the struct named `q`.
fn field_of(plan: &Plan<'_>, q: &QName, matches: impl Fn(&str) -> bool) -> Option<(FieldPlan, Option<QName>)> {
    let fields = plan.all_fields(q);
    let f = fields.iter().find(|f| matches(&f.name))?;
    let fp = super::types::plan_fields(plan, q, &[f], false).ok()?.pop()?;
    Some((fp, Some(f.type_.clone())))
}

/// `Some(v)` or `v` depending on whether the field is optional.
fn wrap(fp: &FieldPlan, v: TokenStream) -> TokenStream {
    if matches!(fp.mode, Mode::Optional | Mode::Nillable) {
        quote!(Some(#v))
    } else {
        v
    }
}

/// An expression of type `Option<&T>` for field `fp` of `base`.
fn get_ref(fp: &FieldPlan, base: TokenStream) -> TokenStream {
    let id = ident(&fp.rust);
    if matches!(fp.mode, Mode::Optional | Mode::Nillable) {
        quote!(#base.#id.as_ref())
    } else {
        quote!(Some(&#base.#id))
    }
}

/// TestTrack logon support, when the WSDL has the operations and types it needs.
fn emit_login(plan: &Plan<'_>, ops: &[OpPlan<'_>]) -> Option<(TokenStream, TokenStream)> {
    let by_name = |n: &str| ops.iter().find(|o| o.op.name == n);
    let list = by_name("getProjectList")?;
    let plogon = by_name("ProjectLogon")?;
    let dlogon = by_name("DatabaseLogon")?;
    if list.inputs.len() != 2
        || plogon.inputs.len() != 3
        || dlogon.inputs.len() != 3
        || plogon.outputs.len() != 1
        || dlogon.outputs.len() != 1
    {
        return None;
    }
    // Types: CProject{database: CDatabase{name}, options: [CProjectDataOption{name}], servernumber}
    let proj_q = plan.part_type(&plogon.op.input.parts[0]).ok()?;
    let (db_fp, db_q) = field_of(plan, &proj_q, |n| n == "database")?;
    let (opts_fp, opts_q) = field_of(plan, &proj_q, |n| n == "options")?;
    let db_q = db_q?;
    let (dbname_fp, _) = field_of(plan, &db_q, |n| n == "name")?;
    let opt_q = match plan.model.type_def(&opts_q?)?.kind {
        TypeKind::Array(ref a) => a.item.clone(),
        _ => return None,
    };
    let (optname_fp, _) = field_of(plan, &opt_q, |n| n == "name")?;
    let proj_ty = ident(plan.type_names.get(&proj_q)?);
    let db_ty = ident(plan.type_names.get(&db_q)?);
    let opt_ty = ident(plan.type_names.get(&opt_q)?);
    let list_req = ident(&list.request);
    let list_out = ident(&list.outputs.first()?.rust);
    let (lu, lp) = (ident(&list.inputs[0].rust), ident(&list.inputs[1].rust));
    let plogon_req = ident(&plogon.request);
    let (pp, pu, ppw) = (ident(&plogon.inputs[0].rust), ident(&plogon.inputs[1].rust), ident(&plogon.inputs[2].rust));
    let plogon_out = ident(&plogon.outputs[0].rust);
    let dlogon_req = ident(&dlogon.request);
    let (dd, du, dpw) = (ident(&dlogon.inputs[0].rust), ident(&dlogon.inputs[1].rust), ident(&dlogon.inputs[2].rust));
    let dlogon_out = ident(&dlogon.outputs[0].rust);
    let db_field = ident(&db_fp.rust);
    let opts_field = ident(&opts_fp.rust);
    let dbname_field = ident(&dbname_fp.rust);
    let optname_field = ident(&optname_fp.rust);
    let name_of_db = get_ref(&dbname_fp, quote!(d));
    let db_of_proj = get_ref(&db_fp, quote!(p));
    let name_val = wrap(&dbname_fp, quote!(project.to_owned()));
    let db_val = wrap(&db_fp, quote!(super::types::#db_ty { #dbname_field: #name_val, ..Default::default() }));
    let opt_val = wrap(&optname_fp, quote!(o.to_string()));
    let _ = &opts_field;
    let is_pw = |f: &FieldPlan| f.ty.to_string() == "ttsoap :: Password";
    let lp_val =
        if is_pw(&list.inputs[1]) { quote!(c.password.clone()) } else { quote!(c.password.expose().to_owned()) };
    let ppw_val =
        if is_pw(&plogon.inputs[2]) { quote!(c.password.clone()) } else { quote!(c.password.expose().to_owned()) };
    let dpw_val =
        if is_pw(&dlogon.inputs[2]) { quote!(c.password.clone()) } else { quote!(c.password.expose().to_owned()) };
    let cookie_of = |id: &proc_macro2::Ident, f: &FieldPlan| {
        if f.ty.to_string() == "ttsoap :: Cookie" {
            quote!(r.#id)
        } else {
            quote!(ttsoap::Cookie::new(r.#id))
        }
    };
    let pcookie = cookie_of(&plogon_out, &plogon.outputs[0]);
    let dcookie = cookie_of(&dlogon_out, &dlogon.outputs[0]);
    let items = quote! {
        /// How `login` reaches a project.
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
            pub password: ttsoap::Password,
            /// How to log on.
            pub method: LogonMethod,
        }

        impl std::fmt::Debug for Credentials {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct("Credentials").field("project", &self.project).field("user", &self.user)
                    .field("password", &self.password).field("method", &self.method).finish()
            }
        }

        /// The project `name` as a `ProjectLogon` argument, with every data option.
        pub fn project_by_name(project: &str) -> super::types::#proj_ty {
            super::types::#proj_ty {
                #db_field: #db_val,
                #opts_field: ALL_DATA_OPTIONS.iter().map(|o| super::types::#opt_ty { #optname_field: #opt_val, ..Default::default() }).collect(),
                ..Default::default()
            }
        }

        fn logon(client: &ttsoap::Client, c: &Credentials) -> Result<ttsoap::Cookie, ttsoap::Error> {
            let project_logon = || -> Result<ttsoap::Cookie, ttsoap::Error> {
                // The CProject as the server lists it, else one built by name.
                let listed = client.call(&super::ops::#list_req { #lu: c.user.clone(), #lp: #lp_val })
                    .map(|r| r.#list_out)
                    .unwrap_or_default();
                let project = listed
                    .into_iter()
                    .find(|p| #db_of_proj.and_then(|d| #name_of_db).is_some_and(|n| n.as_str() == c.project))
                    .unwrap_or_else(|| project_by_name(&c.project));
                let r = client.call(&super::ops::#plogon_req { #pp: project, #pu: c.user.clone(), #ppw: #ppw_val })?;
                Ok(#pcookie)
            };
            let database_logon = || -> Result<ttsoap::Cookie, ttsoap::Error> {
                let r = client.call(&super::ops::#dlogon_req { #dd: c.project.clone(), #du: c.user.clone(), #dpw: #dpw_val })?;
                Ok(#dcookie)
            };
            match c.method {
                LogonMethod::Project => project_logon(),
                LogonMethod::Database => database_logon(),
                LogonMethod::Auto => match project_logon() {
                    Err(ttsoap::Error::Fault(f)) => {
                        ttsoap::log::debug!("ProjectLogon refused ({f}); trying DatabaseLogon");
                        database_logon()
                    }
                    other => other,
                },
            }
        }
    };
    let client_methods = quote! {
        /// Logs on to `project` as `user` (`ProjectLogon` with the project as `getProjectList`
        /// reports it, falling back to `DatabaseLogon`) and returns the session. The session
        /// logs off when dropped.
        pub fn login(&self, project: &str, user: &str, password: impl Into<ttsoap::Password>) -> Result<Session, ttsoap::Error> {
            self.login_with(Credentials { project: project.to_owned(), user: user.to_owned(), password: password.into(), method: LogonMethod::Auto })
        }

        /// Logs on with explicit credentials and method.
        pub fn login_with(&self, credentials: Credentials) -> Result<Session, ttsoap::Error> {
            let cookie = logon(&self.inner, &credentials)?;
            let hooks = std::sync::Arc::new(Hooks { credentials: Some(credentials) });
            Ok(Session { inner: ttsoap::Session::new(self.inner.clone(), cookie, hooks) })
        }
    };
    Some((items, client_methods))
}

/// The whole `client` module body.
pub fn emit_api(plan: &Plan<'_>, ops: &[OpPlan<'_>]) -> TokenStream {
    let mut client_scope =
        Scope::with_reserved(&["new", "runtime", "from_runtime", "login", "login_with", "session_from_cookie"]);
    let mut session_scope = Scope::with_reserved(&[
        "runtime",
        "cookie",
        "logoff",
        "into_cookie",
        "set_auto_relogon",
        "from_cookie",
        "client",
    ]);
    let fams = find_edit_families(plan, ops);
    let (markers, edit_methods) = emit_edits(&fams, &mut session_scope);
    let edit_ops: Vec<&str> = fams.iter().flat_map(|f| f.edits.iter().map(|e| e.0.op.name.as_str())).collect();
    let mut client_methods = Vec::new();
    let mut session_methods = Vec::new();
    for o in ops {
        let req = ident(&o.request);
        let doc = op_doc(o);
        let (ret, map) = returns(o);
        let args: Vec<(TokenStream, TokenStream)> = o.inputs.iter().map(arg_decl).collect();
        let decls: Vec<&TokenStream> = args.iter().map(|a| &a.0).collect();
        let inits: Vec<&TokenStream> = args.iter().map(|a| &a.1).collect();
        let m = ident(&client_scope.claim(&snake(&o.op.name)));
        client_methods.push(quote! {
            #doc
            pub fn #m(&self, #(#decls),*) -> Result<#ret, ttsoap::Error> {
                self.inner.call(&super::ops::#req { #(#inits),* })#map
            }
        });
        if o.has_cookie && !edit_ops.contains(&o.op.name.as_str()) {
            let sm = ident(&session_scope.claim(&snake(&o.op.name)));
            let sdecls = &decls[1..];
            let sinits = &inits[1..];
            session_methods.push(quote! {
                #doc
                pub fn #sm(&self, #(#sdecls),*) -> Result<#ret, ttsoap::Error> {
                    self.inner.call(super::ops::#req { #(#sinits,)* ..Default::default() })#map
                }
            });
        }
    }
    let logoff =
        ops.iter().find(|o| o.has_cookie && o.inputs.len() == 1 && o.op.name.to_ascii_lowercase().ends_with("logoff"));
    let logoff_body = match logoff {
        Some(o) => {
            let req = ident(&o.request);
            let f = ident(&o.inputs[0].rust);
            quote!(client.call(&super::ops::#req { #f: cookie }).map(|_| ()))
        }
        None => quote!({
            let _ = (client, cookie);
            Ok(())
        }),
    };
    let (login_items, login_methods, relogon) = match emit_login(plan, ops) {
        Some((items, methods)) => (items, methods, quote!(self.credentials.as_ref().map(|c| logon(client, c)))),
        None => (
            quote!(),
            quote!(),
            quote!({
                let _ = client;
                None
            }),
        ),
    };
    let creds_field = if login_items.is_empty() { quote!() } else { quote!(credentials: Option<Credentials>,) };
    let creds_init = if login_items.is_empty() { quote!() } else { quote!(credentials: None) };
    quote! {
        /// The typed client: one method per operation, every part an argument.
        #[derive(Clone, Debug)]
        pub struct Client {
            inner: ttsoap::Client,
        }

        impl Client {
            /// A client for the endpoint `url` (base URL, CGI URL or WSDL URL).
            pub fn new(url: &str) -> Result<Self, ttsoap::Error> {
                Ok(Client { inner: ttsoap::Client::new(url)? })
            }

            /// Wraps a configured runtime client (timeouts, TLS, strict mode...).
            pub fn from_runtime(inner: ttsoap::Client) -> Self {
                Client { inner }
            }

            /// The runtime client.
            pub fn runtime(&self) -> &ttsoap::Client {
                &self.inner
            }

            /// Resumes a session from an existing cookie. It logs off when dropped (use
            /// `Session::into_cookie` to hand it on instead).
            pub fn session_from_cookie(&self, cookie: ttsoap::Cookie) -> Session {
                let hooks = std::sync::Arc::new(Hooks { #creds_init });
                Session { inner: ttsoap::Session::new(self.inner.clone(), cookie, hooks) }
            }

            #login_methods
            #(#client_methods)*
        }

        #login_items

        struct Hooks {
            #creds_field
        }

        impl ttsoap::session::SessionHooks for Hooks {
            fn logoff(&self, client: &ttsoap::Client, cookie: ttsoap::Cookie) -> Result<(), ttsoap::Error> {
                #logoff_body
            }
            fn relogon(&self, client: &ttsoap::Client) -> Option<Result<ttsoap::Cookie, ttsoap::Error>> {
                #relogon
            }
        }

        /// A logged-on session: every cookie operation without the cookie argument, edit-lock
        /// guards, and log-off on drop. Calls on one session are serialised.
        #[derive(Debug)]
        pub struct Session {
            inner: ttsoap::Session,
        }

        impl Session {
            /// Resumes a session from an existing cookie, e.g. one handed over by another
            /// process. It logs off when dropped; `into_cookie` hands it on instead.
            pub fn from_cookie(client: &Client, cookie: ttsoap::Cookie) -> Session {
                client.session_from_cookie(cookie)
            }

            /// The runtime session (cookie, client, generic `call`).
            pub fn runtime(&self) -> &ttsoap::Session {
                &self.inner
            }

            /// The session cookie.
            pub fn cookie(&self) -> ttsoap::Cookie {
                self.inner.cookie()
            }

            /// Logs off now and reports any error (`Session Dropped.` is not one).
            pub fn logoff(self) -> Result<(), ttsoap::Error> {
                self.inner.logoff()
            }

            /// Gives up the session without logging off and returns its cookie.
            pub fn into_cookie(self) -> ttsoap::Cookie {
                self.inner.into_cookie()
            }

            /// Log on again and retry once when a read-only call finds the session dropped.
            pub fn set_auto_relogon(&self, on: bool) {
                self.inner.set_auto_relogon(on);
            }

            #edit_methods
            #(#session_methods)*
        }

        #markers
    }
}
