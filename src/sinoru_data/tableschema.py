"""Table Schemas and Arrow schemas, derived from the pydantic models (never written by hand).

The models' JSON Schema is translated field by field into a Frictionless
Table Schema (``schema/<table>.json``) and into an Arrow schema (used to
write Parquet), so the published files cannot drift from the models.

Example:
-------
>>> from sinoru_data.models import Source
>>> [f["name"] + ":" + f["type"] for f in table_schema(Source)["fields"]][:3]
['source_id:string', 'name:string', 'labels:array']
>>> arrow_schema(Source).field("labels").type
ListType(list<item: string>)

"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from .models import Record

_ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "date": pa.date32(),
    "array": pa.list_(pa.string()),
    "boolean": pa.bool_(),
}


def _json_type(prop: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The non-null branch of a JSON Schema property, and whether null is allowed."""
    options = prop.get("anyOf")
    if options is None:
        return prop, False
    branches = [o for o in options if o.get("type") != "null"]
    return {**prop, **branches[0]}, len(branches) < len(options)


def _field(name: str, prop: dict[str, Any], required: bool) -> dict[str, Any]:
    """Translate one JSON Schema property into a Table Schema field.

    >>> _field("n", {"type": "integer", "minimum": 1, "description": "A count."}, True)
    {'name': 'n', 'type': 'integer', 'description': 'A count.', 'constraints': {'required': True, 'minimum': 1}}
    """
    spec, nullable = _json_type(prop)
    kind = {
        "string": "date" if spec.get("format") == "date" else "string",
        "integer": "integer",
        "array": "array",
        "boolean": "boolean",
    }.get(spec.get("type", "string"), "string")
    constraints: dict[str, Any] = {"required": required and not nullable}
    if "const" in spec:
        constraints["enum"] = [spec["const"]]
    for source, target in (
        ("enum", "enum"),
        ("pattern", "pattern"),
        ("minimum", "minimum"),
        ("minLength", "minLength"),
        ("maxLength", "maxLength"),
    ):
        if source in spec:
            constraints[target] = spec[source]
    field: dict[str, Any] = {"name": name, "type": kind, "description": prop.get("description", "")}
    if "basis" in prop:
        field["basis"] = prop["basis"]
    field["constraints"] = constraints
    return field


def table_schema(model: type[Record]) -> dict[str, Any]:
    """The Frictionless Table Schema of a table, with its primary and foreign keys."""
    schema = model.model_json_schema(mode="serialization")
    required = set(schema.get("required", []))
    fields = [_field(name, prop, name in required) for name, prop in schema["properties"].items()]
    result: dict[str, Any] = {"fields": fields, "primaryKey": list(model.primary_key)}
    if model.foreign_keys:
        result["foreignKeys"] = [
            {
                "fields": list(fk.fields),
                "reference": {"resource": fk.table, "fields": list(fk.reference)},
            }
            for fk in model.foreign_keys
        ]
    result["missingValues"] = [""]
    return result


def arrow_schema(model: type[Record]) -> pa.Schema:
    """The Arrow schema of a table: one typed, nullable-or-not column per field."""
    fields = table_schema(model)["fields"]
    return pa.schema(
        [
            pa.field(f["name"], _ARROW_TYPES[f["type"]], nullable=not f["constraints"]["required"])
            for f in fields
        ]
    )
