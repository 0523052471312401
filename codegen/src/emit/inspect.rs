//! The plan as JSON (`ttsoap-codegen plan FILE`): the Rust names emission gives types,
//! families and boxed fields, and the mode and Rust type of every struct field and operation
//! part, for inspecting what the generator will write without reading the generated code.

use serde_json::{json, Value};

use super::ops::{plan_ops, OpPlan};
use super::plan::Plan;
use super::types::{plan_fields, FieldPlan};
use crate::error::Result;
use crate::model::{Field, Model, TypeKind};

/// The plan for `model`, as JSON. Keys are in model (WSDL) order; output is deterministic.
pub fn plan_json(model: &Model) -> Result<Value> {
    let plan = Plan::new(model)?;
    let mut types = Vec::new();
    for t in &model.types {
        let Some(rust) = plan.type_names.get(&t.name) else { continue };
        let mut entry = json!({ "type": t.name.to_string(), "rust": rust });
        if let Some(any) = plan.any_names.get(&t.name) {
            let mut subs: Vec<String> =
                plan.subtypes.get(&t.name).into_iter().flatten().map(|q| q.to_string()).collect();
            subs.sort();
            entry["family"] = json!({ "rust": any, "subtypes": subs });
        }
        if let TypeKind::Struct(s) = &t.kind {
            let own: Vec<&Field> = s.fields.iter().collect();
            entry["fields"] = Value::Array(plan_fields(&plan, &t.name, &own, true)?.iter().map(field).collect());
        }
        types.push(entry);
    }
    let boxed: Vec<Value> = plan.boxed.iter().map(|(t, f)| json!({ "type": t.to_string(), "field": f })).collect();
    let operations: Vec<Value> = plan_ops(&plan)?.iter().map(operation).collect();
    Ok(json!({ "types": types, "boxed": boxed, "operations": operations }))
}

fn operation(o: &OpPlan<'_>) -> Value {
    json!({
        "name": o.op.name,
        "request": o.request,
        "response": o.response,
        "cookie": o.has_cookie,
        "inputs": o.inputs.iter().map(field).collect::<Vec<_>>(),
        "outputs": o.outputs.iter().map(field).collect::<Vec<_>>(),
    })
}

fn field(f: &FieldPlan) -> Value {
    json!({
        "wire": f.wire,
        "rust": f.rust,
        "mode": format!("{:?}", f.mode),
        // Generated types are paths with generic arguments: no space in them is significant.
        "type": f.ty.to_string().replace(' ', ""),
    })
}
