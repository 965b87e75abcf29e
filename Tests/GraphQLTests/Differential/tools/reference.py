#!/usr/bin/env python3
"""The reference side of the differential test: graphql-core 3.2 (graphql-js 16 ported to
Python), which no one here wrote, run over every document of the corpus.

Usage: python3 reference.py SCHEMA_DIR CORPUS_DIR [CORPUS_DIR...]
Prints one JSON line per corpus file (folder by folder, each sorted by name; "file" is its path):
  {"file", "parses", "line", "column", "valid", "validation", "operationName", "variables",
   "executed", "result"}
where `result` is {"data": canonical JSON text, "errors": [...]} (see README.md): the Swift side
writes its data the same way and compares the texts.

Exit status 3 when graphql-core is not installed (the Swift test reports that as a skip, or a
failure when CQRS_REQUIRE_ALL=1).
"""
import json
import os
import re
import sys

try:
    import graphql
    from graphql import GraphQLError, GraphQLList, GraphQLNonNull, GraphQLEnumType, GraphQLObjectType
except ImportError:
    print("graphql-core is not installed: pip install 'graphql-core==3.2.*'", file=sys.stderr)
    sys.exit(3)

sys.setrecursionlimit(20000)


class KnownOperationTypesRule(graphql.ValidationRule):
    """An operation whose root type the schema lacks is invalid: the spec's "Operation Type
    Existence" rule (GraphQL spec, September 2025, §5.2.1.1; graphql-js 17's KnownOperationTypesRule).
    graphql-core 3.2 predates it and fails such a subscription only at execution; the contract
    (subscriptions fail validation) needs the newer rule, so the reference adds it."""

    def enter_operation_definition(self, node, *_args):
        operation = node.operation.value
        if self.context.schema.get_root_type(node.operation) is None:
            self.report_error(GraphQLError(
                "The %s operation is not supported by the schema." % operation, node))


RULES = list(graphql.specified_rules) + [KnownOperationTypesRule]


LINE_TERMINATOR = re.compile("\r\n|[\n\r]")


def locations(error):
    """The error's line:column pairs, computed from graphql-core's offsets the way graphql-js
    (and GraphQL spec (Oct 2021) §2.1.2 LineTerminator) count them. graphql-core 3.2's own
    Source.get_location uses str.splitlines, which drops a final empty line (an error at
    column 1 is put at the end of the previous line) and also splits at \\v \\f \\x1c-\\x1e
    \\x85 \\u2028 \\u2029, which GraphQL does not treat as line terminators."""
    if error.source is None or not error.positions:
        return [(l.line, l.column) for l in error.locations or []]
    body = error.source.body
    out = []
    for position in error.positions:
        line, line_start = 1, 0
        for match in LINE_TERMINATOR.finditer(body, 0, position):
            if match.start() >= position:
                break
            line += 1
            line_start = match.end()
        out.append((line, position - line_start + 1))
    return out


DIRECTIVE_LOCATION = re.compile(r"( may not be used on )([a-z ]+)\.$")


def graphql_js_message(message):
    """graphql-core 3.2's KnownDirectives names a location by its Python enum value (`field`,
    `fragment definition`) where graphql-js names the enum (`FIELD`, `FRAGMENT_DEFINITION`)."""
    return DIRECTIVE_LOCATION.sub(lambda m: m.group(1) + m.group(2).upper().replace(" ", "_") + ".", message)


def read_text(path):
    # Bytes, then UTF-8: universal newline translation would move every location after a "\r".
    with open(path, "rb") as f:
        return f.read().decode("utf-8")


def load_schema(schema_dir):
    names = sorted(n for n in os.listdir(schema_dir) if n.endswith(".graphql"))
    sdl = "\n".join(read_text(os.path.join(schema_dir, n)) for n in names)
    schema = graphql.build_schema(sdl)
    define_date_time(schema.type_map.get("DateTime"))
    return schema


# ---- the DateTime scalar, as the server defines it (GatewayResolvers.swift, DifferentialScalars.swift) ----

DATE_TIME_RULE = 'DateTime must be an RFC 3339 date-time string with an offset, such as "2020-01-01T00:00:00Z".'
RFC_3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))")


def is_date_time(text):
    """What the server's Timestamp(rfc3339:) accepts: real days of the month, hours < 24,
    minutes < 60, seconds < 61 (a leap second), offsets up to 23:59."""
    match = RFC_3339.fullmatch(text)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    if not 1 <= month <= 12 or hour >= 24 or minute >= 60 or second >= 61:
        return False
    leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
    days = 29 if month == 2 and leap else 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
    if not 1 <= day <= days:
        return False
    return match.group(9) is None or (int(match.group(9)) < 24 and int(match.group(10)) < 60)


def define_date_time(scalar):
    """The server's literal parser raises a plain error (not a GraphQLError), so graphql-core's
    ValuesOfCorrectType reports `Expected value of type 'DateTime', found <literal>; <rule>` at
    the literal, as graphql-js does (with its double quotes)."""
    if scalar is None:
        return

    def parse_value(value):
        if not isinstance(value, str):
            raise ValueError("DateTime cannot represent a non string value: " + json.dumps(value))
        if not is_date_time(value):
            raise ValueError("DateTime cannot represent an invalid value: " + json.dumps(value))
        return value

    def parse_literal(node, _variables=None):
        if isinstance(node, graphql.StringValueNode) and is_date_time(node.value):
            return node.value
        raise ValueError(DATE_TIME_RULE)

    scalar.parse_value = parse_value
    scalar.parse_literal = parse_literal


# ---- fixed resolvers (resolvers.md states the same rules for the Swift side) ----

def fmt(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "[" + ",".join(fmt(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(k + "=" + fmt(value[k]) for k in sorted(value)) + "}"
    return str(value)


def named_type(t):
    while isinstance(t, (GraphQLList, GraphQLNonNull)):
        t = t.of_type
    return t


def resolve(source, info, **args):
    key = source + "." + info.field_name
    if args:
        key += "(" + ",".join(k + "=" + fmt(args[k]) for k in sorted(args)) + ")"
    return_type = info.return_type
    nullable = not isinstance(return_type, GraphQLNonNull)
    inner = return_type.of_type if not nullable else return_type
    base = named_type(return_type)
    if "fail" in key and (base.name == "Int" or (base.name == "String" and nullable)):
        raise GraphQLError("fail: " + info.parent_type.name + "." + info.field_name)
    if nullable and any(v == "missing" for v in args.values()):
        return None
    if isinstance(inner, GraphQLList):
        count = 2
        first = args.get("first")
        if isinstance(first, int) and not isinstance(first, bool):
            count = max(0, min(first, 2))
        return [key + "#" + str(i) for i in range(count)]
    if isinstance(base, GraphQLObjectType):
        return key
    if isinstance(base, GraphQLEnumType):
        values = list(base.values)
        return values[len(key) % len(values)]
    name = base.name
    if name == "ID":
        return "id:" + key
    if name == "String":
        return info.field_name + ":" + key
    if name == "Int":
        return len(key) * 7 % 1000
    if name == "Float":
        return len(key) / 4
    if name == "Boolean":
        return len(key) % 2 == 0
    if name == "DateTime":
        return "2026-11-25T10:%02d:00Z" % (len(key) % 60)
    return key


# ---- variables for an operation (used unless a .json sidecar names them) ----

def sample_value(type_node, name, schema):
    if isinstance(type_node, graphql.NonNullTypeNode):
        return sample_value(type_node.type, name, schema)
    if isinstance(type_node, graphql.ListTypeNode):
        return [sample_value(type_node.type, name, schema)]
    t = schema.get_type(type_node.name.value)
    samples = {"ID": "v-" + name, "String": name + "-value", "Int": 3, "Float": 1.5,
               "Boolean": True, "DateTime": "2026-11-25T00:00:00Z"}
    if t is None:
        return None
    if isinstance(t, GraphQLEnumType):
        return list(t.values)[0]
    return samples.get(t.name)


def pick_operation(document):
    operations = [d for d in document.definitions if isinstance(d, graphql.OperationDefinitionNode)]
    if len(operations) == 1:
        return operations[0], None
    for op in operations:
        if op.name is not None:
            return op, op.name.value
    return (operations[0] if operations else None), None


def sample_variables(operation, schema):
    variables = {}
    for definition in operation.variable_definitions or []:
        if definition.default_value is not None:
            continue
        value = sample_value(definition.type, definition.variable.name.value, schema)
        if value is not None:
            variables[definition.variable.name.value] = value
    return variables


# ---- canonical result text ----

def canonical(result):
    """`data` as canonical JSON text (keys in response order, as json.dumps writes them with
    ensure_ascii=False and no spaces) and `errors` as a list sorted by that same text."""
    errors = []
    for e in result.errors or []:
        entry = {"message": e.message}
        if e.locations:
            entry["locations"] = [{"line": line, "column": column} for line, column in locations(e)]
        if e.path is not None:
            entry["path"] = list(e.path)
        errors.append(entry)
    errors.sort(key=lambda e: json.dumps(e, ensure_ascii=False, separators=(",", ":")))
    return {"data": json.dumps(result.data, ensure_ascii=False, separators=(",", ":")), "errors": errors}


def run_one(path, schema):
    text = read_text(path)
    line = {"file": path}
    try:
        document = graphql.parse(text)
    except GraphQLError as e:
        loc = locations(e)[0] if e.locations else (0, 0)
        line.update(parses=False, line=loc[0], column=loc[1], message=e.message)
        return line
    except RecursionError:
        line.update(parses=False, line=0, column=0, message="RecursionError")
        return line
    line["parses"] = True
    line["printed"] = graphql.print_ast(document)
    errors = graphql.validate(schema, document, RULES)
    line["valid"] = not errors
    if errors:
        line["validation"] = graphql_js_message(errors[0].message)
        line["validationLocations"] = ["%d:%d" % location for location in locations(errors[0])]
        return line
    operation, operation_name = pick_operation(document)
    sidecar = os.path.splitext(path)[0] + ".json"
    if os.path.exists(sidecar):
        options = json.loads(read_text(sidecar))
        variables = options.get("variables", {})
        operation_name = options.get("operationName", operation_name)
    else:
        variables = sample_variables(operation, schema)
    result = graphql.execute(schema, document, root_value="root", variable_values=variables,
                             operation_name=operation_name, field_resolver=resolve)
    line.update(operationName=operation_name, variables=json.dumps(variables, ensure_ascii=False), executed=True,
                result=canonical(result))
    return line


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    schema = load_schema(sys.argv[1])
    for corpus in sys.argv[2:]:
        for name in sorted(os.listdir(corpus)):
            if name.endswith(".graphql"):
                print(json.dumps(run_one(os.path.join(corpus, name), schema), ensure_ascii=False))


if __name__ == "__main__":
    main()
