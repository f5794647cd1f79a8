"""Checks a FollowTheMoney JSON-lines export against the FtM model of the installed
`followthemoney` package. Reads the file named on the command line, prints one JSON report:
{"entities": n, "schemata": {name: count}, "errors": [..]} (at most 50 errors listed, all counted).

An entity passes when: its schema exists and is not abstract; its id is a valid FtM entity id;
every property name exists in its schema; the model's own Schema.validate accepts the values
and finds every required property; re-reading it through the model (cleaned=False, which
re-validates and normalises every value) keeps every value; and every entity-typed value names
an entity of the file whose schema is the property's range or a descendant of it."""

import json
import sys
from collections import Counter

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.types import registry


def main(path):
    errors = []
    error_count = 0
    schemata = Counter()
    entities = {}
    references = []

    def fail(line_no, message):
        nonlocal error_count
        error_count += 1
        if len(errors) < 50:
            errors.append(f"line {line_no}: {message}")

    with open(path, encoding="utf-8") as f:
        for line_no, text in enumerate(f, 1):
            if not text.strip():
                continue
            data = json.loads(text)
            schema = model.get(data.get("schema"))
            if schema is None or schema.abstract:
                fail(line_no, f"schema {data.get('schema')!r} is not a concrete FtM schema")
                continue
            schemata[schema.name] += 1
            entity_id = data.get("id")
            if not registry.entity.validate(entity_id):
                fail(line_no, f"id {entity_id!r} is not a valid FtM entity id")
            if entity_id in entities:
                fail(line_no, f"id {entity_id} written twice")
            entities[entity_id] = schema
            props = data.get("properties", {})
            for name, values in props.items():
                prop = schema.get(name)
                if prop is None:
                    fail(line_no, f"{schema.name} has no property {name!r}")
                    continue
                if not isinstance(values, list) or not values:
                    fail(line_no, f"{schema.name}.{name} must be a non-empty list")
                    continue
                if prop.type == registry.entity:
                    for value in values:
                        references.append((line_no, schema.name, prop, value))
            for name in schema.required:
                if not props.get(name):
                    fail(line_no, f"{schema.name} lacks the required property {name!r}")
            try:
                schema.validate(data)
            except InvalidData as err:
                fail(line_no, f"{schema.name}: {err.errors}")
            proxy = model.get_proxy(data, cleaned=False)
            for name, values in props.items():
                if schema.get(name) is None:
                    continue
                kept = proxy.get(name)
                if len(kept) != len(set(values)):
                    lost = sorted(set(values) - set(kept))
                    fail(line_no, f"{schema.name}.{name}: the model drops {lost!r}")

    for line_no, schema_name, prop, value in references:
        target = entities.get(value)
        if target is None:
            fail(line_no, f"{schema_name}.{prop.name} names {value}, which the file does not hold")
        elif prop.range is not None and not target.is_a(prop.range):
            fail(line_no, f"{schema_name}.{prop.name} names a {target.name}, not a {prop.range.name}")

    print(json.dumps({"entities": len(entities), "schemata": dict(schemata), "errors": errors, "errorCount": error_count}))


if __name__ == "__main__":
    main(sys.argv[1])
