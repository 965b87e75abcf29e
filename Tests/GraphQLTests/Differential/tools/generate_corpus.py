#!/usr/bin/env python3
"""Writes the generated part of the differential corpus (spec-*, gen-*, bad-*, hostile-*, vars-*),
deterministically: the same files every time. The peers' corpus (kitchen sinks, bff/) is read
from Tests/GraphQLTests/Fixtures by the test itself, not copied here.

Usage: python3 generate_corpus.py CORPUS_DIR"""
import json
import os
import random
import sys

from spec_examples import EXAMPLES

# The repository's Schema/ as the generator needs it: field -> (type, {arg: type}).
TYPES = {
    "Query": {
        "account": ("Account", {"id": "ID!"}),
        "transfer": ("Transfer", {"id": "ID!"}),
        "customer": ("Customer", {"id": "ID!"}),
        "customerByEmail": ("Customer", {"email": "String!"}),
        "customers": ("[Customer!]!", {"first": "Int", "after": "String"}),
        "events": ("EventPage!", {"streamId": "ID", "type": "String", "from": "DateTime", "to": "DateTime",
                                  "first": "Int", "after": "String"}),
        "user": ("User", {"id": "ID!"}),
        "users": ("[User!]!", {"first": "Int", "after": "String"}),
    },
    "Mutation": {
        "OpenAccount": ("Account", {"owner": "String!", "initialDeposit": "Int"}),
        "DepositMoney": ("Account", {"accountId": "ID!", "amount": "Int!"}),
        "WithdrawMoney": ("Account", {"accountId": "ID!", "amount": "Int!"}),
        "TransferMoney": ("Transfer", {"from": "ID!", "to": "ID!", "amount": "Int!"}),
        "InviteCustomer": ("Customer", {"email": "String!"}),
        "RegisterUser": ("User", {"name": "String!", "age": "Int"}),
        "UpdateUserEmail": ("User", {"id": "ID!", "email": "String!"}),
        "DisableUser": ("User", {"id": "ID!"}),
        "RecordPageview": ("User", {"id": "ID!", "url": "String!", "renderTime": "Int!"}),
    },
    "Account": {"id": "ID!", "owner": "String!", "balance": "Int!", "version": "Int!"},
    "Transfer": {"id": "ID!", "from": "ID!", "to": "ID!", "amount": "Int!", "status": "TransferStatus!",
                 "reason": "String"},
    "Customer": {"id": "ID!", "email": "String!", "invited": "Boolean!", "invitedAt": "DateTime"},
    "Event": {"id": "ID!", "type": "String!", "streamId": "ID!", "version": "Int!", "position": "String!",
              "occurredAt": "DateTime!", "commandId": "ID!", "data": "String!"},
    "EventPage": {"events": ("[Event!]!", {}), "next": ("String", {})},
    "User": {"id": "ID!", "name": "String!", "age": "Int", "email": "String", "status": "UserStatus!",
             "viewcount": "Int!"},
}
OBJECTS = {"Account", "Transfer", "Customer", "Event", "EventPage", "User"}


def base(t):
    return t.strip("[]!")


def fields_of(type_name):
    out = {}
    for name, spec in TYPES[type_name].items():
        out[name] = spec if isinstance(spec, tuple) else (spec, {})
    return out


class Gen:
    """Builds one valid operation with its variables and fragments."""

    def __init__(self, rng):
        self.rng = rng
        self.variables = []  # (name, type, default)
        self.fragments = []
        self.counter = 0

    def literal(self, t):
        b = base(t)
        r = self.rng.random()
        if b in ("ID", "String"):
            words = ["acc-1", "fail-7", "missing", "x@example.com", "héllo ✓", "tab\\there", "q\\\"uote",
                     "\\u00e9t\\u00e9", "long-" + "z" * 40, "😀"]
            s = self.rng.choice(words)
            if b == "ID" and r < 0.2:
                return str(self.rng.randint(0, 99999))
            if r < 0.1:
                return '"""block ' + s.replace('\\', '') + '"""'
            return '"' + s + '"'
        if b == "Int":
            return self.rng.choice(["0", "1", "2", "-1", "7", "2147483647", "-2147483648", "100"])
        if b == "DateTime":
            return '"2026-01-0%dT00:00:00Z"' % self.rng.randint(1, 9)
        if b == "Boolean":
            return self.rng.choice(["true", "false"])
        return "null"

    def argument_value(self, name, t):
        if self.rng.random() < 0.35:
            self.counter += 1
            var = "%s%d" % (name, self.counter)
            default = None
            if not t.endswith("!") and self.rng.random() < 0.4:
                default = self.literal(t)
            vtype = t if self.rng.random() < 0.8 or t.endswith("!") else t + "!"
            self.variables.append((var, vtype, default))
            return "$" + var
        if not t.endswith("!") and self.rng.random() < 0.1:
            return "null"
        return self.literal(t)

    def arguments(self, args):
        parts = []
        for name, t in args.items():
            if t.endswith("!") or self.rng.random() < 0.5:
                parts.append("%s: %s" % (name, self.argument_value(name, t)))
        self.rng.shuffle(parts)
        return "(" + ", ".join(parts) + ")" if parts else ""

    def directive(self):
        r = self.rng.random()
        if r < 0.08:
            return " @include(if: %s)" % self.rng.choice(["true", "false"])
        if r < 0.14:
            return " @skip(if: %s)" % self.rng.choice(["true", "false"])
        if r < 0.18:
            self.counter += 1
            var = "flag%d" % self.counter
            self.variables.append((var, "Boolean!", None))
            return " @include(if: $%s)" % var
        return ""

    def selection(self, type_name, depth):
        fields = fields_of(type_name)
        names = list(fields)
        chosen = self.rng.sample(names, self.rng.randint(1, len(names)))
        parts = []
        for i, name in enumerate(chosen):
            t, args = fields[name]
            alias = "a%d_%s: " % (i, name) if self.rng.random() < 0.15 else ""
            text = alias + name + self.arguments(args) + self.directive()
            if base(t) in OBJECTS:
                text += " " + self.selection(base(t), depth + 1)
            parts.append(text)
        r = self.rng.random()
        if r < 0.15:
            parts.append("__typename")
        elif r < 0.25:
            parts.append("... on %s { %s }" % (type_name, self.rng.choice([n for n in names if base(fields[n][0]) not in OBJECTS])))
        elif r < 0.35:
            leaf = [n for n in names if base(fields[n][0]) not in OBJECTS]
            self.counter += 1
            frag = "F%d%s" % (self.counter, type_name)
            self.fragments.append("fragment %s on %s {\n  %s\n}" % (frag, type_name, "\n  ".join(self.rng.sample(leaf, min(2, len(leaf))))))
            parts.append("..." + frag)
        elif r < 0.4:
            parts.append("...%s { %s }" % (self.directive() or " @include(if: true)", "__typename"))
        indent = "  " * (depth + 1)
        return "{\n" + "".join(indent + p + "\n" for p in parts) + "  " * depth + "}"

    def operation(self, kind, index):
        root = "Query" if kind == "query" else "Mutation"
        fields = fields_of(root)
        chosen = self.rng.sample(list(fields), self.rng.randint(1, 3 if kind == "query" else 2))
        body = []
        for i, name in enumerate(chosen):
            t, args = fields[name]
            alias = "r%d: " % i if self.rng.random() < 0.3 else ""
            body.append(alias + name + self.arguments(args) + self.directive() + " " + self.selection(base(t), 1))
        header = kind + " Op%d" % index
        if self.variables:
            defs = []
            for name, t, default in self.variables:
                defs.append("$%s: %s%s" % (name, t, " = " + default if default else ""))
            header += "(" + ", ".join(defs) + ")"
        doc = header + " {\n" + "".join("  " + b + "\n" for b in body) + "}\n"
        if self.fragments:
            doc += "\n" + "\n\n".join(self.fragments) + "\n"
        return doc


def valid_documents(rng, count):
    docs = []
    for i in range(count):
        kind = "mutation" if i % 3 == 2 else "query"
        docs.append(Gen(rng).operation(kind, i))
    return docs


# Each mutation turns a valid document into one that breaks a validation rule (or, for some,
# stays valid in ways validators get wrong).
def in_body(replace):
    """Applies `replace` to the text after the operation's header (variables stay intact)."""
    def apply(d):
        head, sep, body = d.partition(" {\n")
        return head + sep + replace(body)
    return apply


def mutations():
    return [
        ("unknown-field", in_body(lambda d: d.replace("    id\n", "    idd\n", 1))),
        ("unknown-root-field", lambda d: d.replace("{\n  ", "{\n  nosuchField\n  ", 1)),
        ("unknown-argument", in_body(lambda d: d.replace("(", "(bogus: 1, ", 1))),
        ("duplicate-argument", in_body(lambda d: d.replace("(", "(first: 1, first: 2, ", 1))),
        ("wrong-arg-int", in_body(lambda d: d.replace("(id: ", "(id: 1.5, x: ", 1))),
        ("unused-variable", lambda d: d.replace(" {\n", "($unusedVar: Int) {\n", 1) if "(" not in d.split("{")[0] else d.replace("(", "($unusedVar: Int, ", 1)),
        ("undefined-variable", in_body(lambda d: d.replace("    id\n", "    id @include(if: $undefinedFlag)\n", 1))),
        ("leaf-with-selection", in_body(lambda d: d.replace("    id\n", "    id { sub }\n", 1))),
        ("typename-alias-conflict", lambda d: d.replace("{\n", "{\n  id: __typename\n", 2)),
        ("skip-on-operation", lambda d: d.replace(" {\n", " @skip(if: true) {\n", 1)),
        ("duplicate-directive", in_body(lambda d: d.replace("    id\n", "    id @include(if: true) @include(if: false)\n", 1))),
        ("unknown-directive", in_body(lambda d: d.replace("    id\n", "    id @cached\n", 1))),
        ("unknown-fragment", in_body(lambda d: d.replace("    id\n", "    ...NoSuchFragment\n", 1))),
        ("unused-fragment", lambda d: d + "\nfragment Unused on User { id }\n"),
        ("fragment-unknown-type", in_body(lambda d: d.replace("    id\n", "    ... on Nope { id }\n", 1))),
        ("fragment-on-scalar", lambda d: d + "\nfragment OnScalar on String { id }\n"),
        ("anonymous-plus-named", lambda d: d + "\n{ __typename }\n"),
        ("duplicate-operation", lambda d: d + "\n" + d.split("\n\nfragment")[0]),
        ("subscription", lambda d: d.replace("query", "subscription", 1).replace("mutation", "subscription", 1)),
        ("sdl-in-request", lambda d: d + "\ntype Extra { id: ID }\n"),
        ("variable-non-input", lambda d: d.replace(" {\n", "($u: User) {\n  u: __typename\n", 1) if "(" not in d.split("{")[0] else d),
    ]


def bff_invalid():
    return {
        "fragment-cycle": "query Q { user(id: \"1\") { ...A } }\nfragment A on User { id ...B }\nfragment B on User { name ...A }\n",
        "fragment-self-cycle": "{ user(id: \"1\") { ...A } }\nfragment A on User { ...A }\n",
        "overlap-different-fields": "{ user(id: \"1\") { x: id x: name } }\n",
        "overlap-different-args": "{ customers(first: 1) { id } customers(first: 2) { id } }\n",
        "overlap-same-args": "{ customers(first: 1) { id } customers(first: 1) { email } }\n",
        "overlap-nested": "{ a: user(id: \"1\") { n: name } a: user(id: \"1\") { n: email } }\n",
        "overlap-in-fragments": "{ user(id: \"1\") { ...A ...B } }\nfragment A on User { v: id }\nfragment B on User { v: name }\n",
        "impossible-spread": "{ user(id: \"1\") { ...AccountBits } }\nfragment AccountBits on Account { balance }\n",
        "impossible-inline": "{ user(id: \"1\") { ... on Account { balance } } }\n",
        "missing-required-arg": "{ user { id } }\n",
        "missing-required-arg-mutation": "mutation { DepositMoney(accountId: \"a\") { id } }\n",
        "null-for-required": "{ user(id: null) { id } }\n",
        "string-for-int": "mutation { DepositMoney(accountId: \"a\", amount: \"5\") { id } }\n",
        "float-for-int": "mutation { DepositMoney(accountId: \"a\", amount: 5.0) { id } }\n",
        "int-overflow": "mutation { DepositMoney(accountId: \"a\", amount: 2147483648) { id } }\n",
        "int-underflow": "mutation { DepositMoney(accountId: \"a\", amount: -2147483649) { id } }\n",
        "int-max": "mutation { DepositMoney(accountId: \"a\", amount: 2147483647) { id balance } }\n",
        "bool-for-string": "{ customerByEmail(email: true) { id } }\n",
        "enum-for-string": "{ customerByEmail(email: SOME_ENUM) { id } }\n",
        "list-for-id": "{ user(id: [\"1\"]) { id } }\n",
        "object-for-id": "{ user(id: {a: 1}) { id } }\n",
        "int-for-id": "{ user(id: 12) { id } }\n",
        "list-for-int-arg": "{ customers(first: [1]) { id } }\n",
        "datetime-int": "{ events(from: 1) { next } }\n",
        "datetime-word": "{ events(to: \"tomorrow\") { next } }\n",
        "datetime-space": "{ events(from: \"2020-01-01 00:00\") { next } }\n",
        "datetime-no-offset": "{ events(from: \"2020-01-01T00:00:00\") { next } }\n",
        "datetime-bool": "{ events(to: true) { next } }\n",
        "datetime-list": "{ events(to: [\"2020-01-01T00:00:00Z\"]) { next } }\n",
        "datetime-ok": "{ events(from: \"2020-01-01T00:00:00Z\", to: \"2030-01-01t00:00:00.5+01:00\") { next } }\n",
        "variable-wrong-type": "query Q($id: String!) { user(id: $id) { id } }\n",
        "variable-nullable-to-required": "query Q($id: ID) { user(id: $id) { id } }\n",
        "variable-default-ok": "query Q($id: ID = \"x\") { user(id: $id) { id } }\n",
        "variable-default-wrong": "query Q($n: Int = \"x\") { customers(first: $n) { id } }\n",
        "variable-duplicate": "query Q($n: Int, $n: Int) { customers(first: $n) { id } }\n",
        "variable-unknown-type": "query Q($n: Nope) { customers(first: $n) { id } }\n",
        "variable-list-to-scalar": "query Q($n: [Int]) { customers(first: $n) { id } }\n",
        "object-without-selection": "{ user(id: \"1\") }\n",
        "enum-field-with-selection": "{ user(id: \"1\") { status { x } } }\n",
        "typename-on-root": "{ __typename }\n",
        "typename-on-mutation": "mutation { __typename }\n",
        "schema-introspection-name": "{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }\n",
        "type-introspection": "{ __type(name: \"Account\") { name kind fields { name type { name kind ofType { name kind } } } } }\n",
        "type-introspection-enum": "{ __type(name: \"TransferStatus\") { name enumValues { name isDeprecated deprecationReason } } }\n",
        "type-introspection-missing": "{ __type(name: \"Nope\") { name } }\n",
        "type-introspection-args": "{ __type(name: \"Query\") { fields { name args { name defaultValue type { kind name ofType { kind name } } } } } }\n",
        "type-introspection-scalar": "{ __type(name: \"DateTime\") { name kind description specifiedByURL } }\n",
        "introspection-unknown-field": "{ __schema { nope } }\n",
        "typename-in-fragment": "{ user(id: \"1\") { ... on User { __typename t: __typename } } }\n",
        "deep-unknown": "{ user(id: \"1\") { id { a { b { c { d } } } } } }\n",
        "skip-and-include": "{ user(id: \"1\") { id @skip(if: true) @include(if: true) name @skip(if: false) @include(if: true) } }\n",
        "include-variable-default": "query Q($f: Boolean = false) { user(id: \"1\") { id @include(if: $f) name } }\n",
        "directive-on-fragment-def": "{ user(id: \"1\") { ...A } }\nfragment A on User @include(if: true) { id }\n",
        "directive-arg-missing": "{ user(id: \"1\") { id @include } }\n",
        "directive-arg-wrong-type": "{ user(id: \"1\") { id @include(if: \"yes\") } }\n",
        "deprecated-on-field": "{ user(id: \"1\") { id @deprecated } }\n",
        "fail-null-propagation": "{ account(id: \"fail-1\") { id balance } ok: account(id: \"acc\") { id balance } }\n",
        "fail-nullable-string": "{ transfer(id: \"fail\") { id reason status } }\n",
        "fail-nonnull-root": "{ events(streamId: \"fail\") { events { id version } next } }\n",
        "fail-list-items": "{ users(after: \"fail\") { id age viewcount } }\n",
        "missing-returns-null": "{ customer(id: \"missing\") { id } user(id: \"u\") { id email } }\n",
        "first-zero": "{ customers(first: 0) { id } users(first: 1) { id } }\n",
        "first-negative": "{ customers(first: -5) { id } }\n",
        "mutations-in-order": "mutation { a: OpenAccount(owner: \"o\") { id balance } b: DepositMoney(accountId: \"fail\", amount: 3) { id balance } c: RegisterUser(name: \"n\", age: null) { id age } }\n",
        "multiple-ops-named": "query A { user(id: \"a\") { id } }\nquery B { user(id: \"b\") { name } }\n",
        "unicode-values": "{ customerByEmail(email: \"\\u00e9\\u{1F600}\\uD83D\\uDE00 日本\") { email id } }\n",
        "introspection-directives": "{ __schema { directives { name isRepeatable locations args { name type { name kind ofType { name } } defaultValue } } types { name kind } } }\n",
        "introspection-full": introspection_query(),
        "introspection-typename-everywhere": "{ __typename __schema { __typename queryType { __typename name } } user(id: \"1\") { __typename } }\n",
        "block-string-arg": "{ customerByEmail(email: \"\"\"\n    line one\n      line two\n\n    \"\"\") { email } }\n",
    }


def introspection_query():
    """graphql-js' getIntrospectionQuery with every option on, as graphql-core 3.2 writes it."""
    from graphql import get_introspection_query
    return get_introspection_query(descriptions=True, specified_by_url=True, directive_is_repeatable=True,
                                   schema_description=True, input_value_deprecation=True) + "\n"


def hostile():
    items = {
        "empty": "",
        "whitespace": "   \n\t  \r\n ",
        "comment-only": "# nothing here\n# and here",
        "lone-brace": "{",
        "close-brace": "}",
        "unclosed-selection": "{ a",
        "empty-selection": "{ }",
        "query-keyword-only": "query",
        "fragment-on-on": "fragment on on on { id }",
        "fragment-no-type": "fragment X on { id }",
        "spread-alone": "{ ... }",
        "two-dots": "{ .. }",
        "one-dot": "{ . }",
        "dollar-alone": "query ($) { a }",
        "at-alone": "{ a @ }",
        "amp": "{ a & b }",
        "pipe": "{ a | b }",
        "equals": "{ a = b }",
        "bang": "{ a! }",
        "colon-alone": "{ : a }",
        "alias-missing-name": "{ a: }",
        "args-empty": "{ a() }",
        "arg-no-value": "{ a(x:) }",
        "arg-no-colon": "{ a(x 1) }",
        "unclosed-args": "{ a(x: 1 }",
        "unclosed-list": "{ a(x: [1, 2) }",
        "unclosed-object": "{ a(x: {y: 1) }",
        "variable-in-default": "query ($a: Int = $b) { f }",
        "variable-no-type": "query ($a) { f }",
        "variable-no-dollar": "query (a: Int) { f }",
        "unterminated-string": "{ a(x: \"abc) }",
        "unterminated-string-newline": "{ a(x: \"abc\n\") }",
        "unterminated-block-string": "{ a(x: \"\"\"abc) }",
        "bad-escape-q": "{ a(x: \"\\q\") }",
        "bad-escape-u-short": "{ a(x: \"\\u12\") }",
        "bad-escape-u-nonhex": "{ a(x: \"\\u12G4\") }",
        "bad-escape-braced-too-big": "{ a(x: \"\\u{110000}\") }",
        "bad-escape-braced-empty": "{ a(x: \"\\u{}\") }",
        "bad-escape-braced-unclosed": "{ a(x: \"\\u{1F600\") }",
        "lone-high-surrogate": "{ a(x: \"\\uD800\") }",
        "lone-low-surrogate": "{ a(x: \"\\uDC00\") }",
        "braced-surrogate": "{ a(x: \"\\u{D800}\") }",
        "reversed-surrogates": "{ a(x: \"\\uDE00\\uD83D\") }",
        "surrogate-pair-ok": "{ a(x: \"\\uD83D\\uDE00\") }",
        "num-leading-zero": "{ a(x: 01) }",
        "num-double-zero": "{ a(x: 00) }",
        "num-trailing-dot": "{ a(x: 1.) }",
        "num-leading-dot": "{ a(x: .5) }",
        "num-exp-empty": "{ a(x: 1e) }",
        "num-exp-sign-empty": "{ a(x: 1.5e+) }",
        "num-dot-exp": "{ a(x: 1.e5) }",
        "num-hex": "{ a(x: 0x10) }",
        "num-letter": "{ a(x: 123abc) }",
        "num-underscore": "{ a(x: 1_000) }",
        "num-minus-alone": "{ a(x: -) }",
        "num-minus-letter": "{ a(x: -a) }",
        "num-two-dots": "{ a(x: 1.5.5) }",
        "num-plus": "{ a(x: +1) }",
        "num-minus-zero": "{ a(x: -0) }",
        "num-name-after-float": "{ a(x: 1.5e3x) }",
        "num-dot-after-int": "{ a(x: 1.a) }",
        "num-huge": "{ a(x: 123456789012345678901234567890) }",
        "float-huge": "{ a(x: 1e400) }",
        "name-unicode": "{ café }",
        "name-digit-start": "{ 1abc }",
        "unicode-in-comment-then-error": "# 😀 日本語 é\n{ a(x: \"日本語\", y: 😀) }",
        "unicode-string-then-error": "{ a(x: \"😀😀😀\") ? }",
        "cjk-columns": "{ a(x: \"中文字符\") b(y: \"é\") } }",
        "bom-start": "\ufeff{ __typename }",
        "bom-middle": "{ __typename \ufeff }",
        "bom-then-error": "\ufeff{ ) }",
        "nul-byte": "{ a\u0000 }",
        "control-char": "{ a\u0001 }",
        "control-in-string": "{ a(x: \"a\u0001b\") }",
        "tab-in-string": "{ a(x: \"a\tb\") }",
        "form-feed": "{ a\u000c }",
        "vertical-tab": "{ a\u000b }",
        "cr-only-lines": "{\r a\r b\r ) }",
        "crlf-lines": "{\r\n a\r\n b\r\n ) }",
        "mixed-lines": "{\n\r\n\r a\r\r\n ) }",
        "nbsp": "{ a\u00a0b }",
        "zero-width-space": "{ a\u200bb }",
        "line-separator": "{ a\u2028b }",
        "ellipsis-char": "{ …F }",
        "garbage-ascii": "%^&*()_+<>?;'~`",
        "garbage-words": "hello world this is not graphql",
        "json-instead": "{\"query\": \"{ a }\"}",
        "keyword-fields": "{ query mutation subscription fragment on true false null type schema }",
        "keyword-values": "{ a(x: on, y: query, z: fragment) }",
        "enum-value-true-as-name": "{ a(x: TRUE, y: True) }",
        "fragment-named-on": "fragment on on User { id }",
        "operation-trailing-junk": "{ a } }",
        "two-anonymous": "{ a } { b }",
        "type-missing-fields-brace": "type T {",
        "type-empty-fields": "type T { }",
        "interface-implements-trailing-amp": "type T implements A & { f: Int }",
        "union-empty": "union U =",
        "union-leading-pipe-only": "union U = |",
        "enum-true-value": "enum E { true }",
        "enum-null-value": "enum E { A null }",
        "directive-bad-location": "directive @d on NOWHERE",
        "directive-no-on": "directive @d FIELD",
        "input-default-variable": "input I { a: Int = $x }",
        "schema-empty": "schema { }",
        "extend-nothing": "extend",
        "extend-type-no-body": "extend type T",
        "description-on-operation": "\"desc\" query { a }",
        "description-on-extension": "\"desc\" extend type T { a: Int }",
        "block-string-escapes": "{ a(x: \"\"\"\\n \\t \\\"\"\" \\u0041 \"\"\") }",
        "block-string-crlf": "{ a(x: \"\"\"\r\n  one\r\n    two\r\n\"\"\") }",
        "block-string-only-whitespace": "{ a(x: \"\"\"   \n   \n\"\"\") }",
        "block-string-unterminated-escaped": "{ a(x: \"\"\"abc\\\"\"\") }",
        "string-escaped-slash": "{ a(x: \"\\/\") }",
        "string-long": "{ a(x: \"" + "abcdefghij" * 500 + "\") }",
        "name-long": "{ " + "n" * 3000 + " }",
        "many-fields": "{ " + " ".join("f%d" % i for i in range(2000)) + " }",
        "many-aliases-valid": "{ " + " ".join("c%d: customers(first: %d) { id }" % (i, i % 3) for i in range(60)) + " }",
        "nested-lists-60": "{ a(x: " + "[" * 60 + "1" + "]" * 60 + ") }",
        "nested-objects-60": "{ a(x: " + "{a: " * 60 + "1" + "}" * 60 + ") }",
        "nested-selections-60": "{ " + "a { " * 60 + "b" + " }" * 60 + " }",
        "nested-list-type-40": "query ($v: " + "[" * 40 + "Int" + "]" * 40 + ") { a }",
        "nested-lists-unclosed": "{ a(x: " + "[" * 40 + ") }",
        "comment-eof-no-newline": "{ a } # trailing",
        "comment-with-cr": "# c\r{ a }",
        "dollar-space-name": "query ($ a: Int) { f }",
        "at-space-name": "{ a @ skip(if: true) }",
        "spread-space": "{ . .. }",
        "spread-on-without-type": "{ ... on { a } }",
        "inline-fragment-no-selection": "{ ... on User }",
        "variable-definition-directive-bad": "query ($a: Int @) { f }",
        "object-field-no-colon": "{ a(x: {y 1}) }",
        "object-field-dup": "{ a(x: {y: 1, y: 2}) }",
        "list-of-variables": "query ($a: Int) { f(x: [$a, $a]) }",
        "string-quote-in-block": "{ a(x: \"\"\" \" \"\" \"\"\") }",
        "non-ascii-punctuation": "{ a（x: 1） }",
        "emoji-name": "{ 😀 }",
        "random-1": "query { user(id: \"1\") { id name } } fragment",
        "random-2": "query Q($a: Int!) @dir { f(a: $a) @x(y: [1 2 3]) }",
        "random-3": "mutation M { m(input: {a: [1, {b: \"c\"}], d: ENUM}) { ok } }",
    }
    rng = random.Random(77)
    alphabet = "{}()[]:$@!.=|&\"#,abcxyz019 \n\t-+e_"
    for i in range(25):
        items["fuzzed-%02d" % i] = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
    tokens = ["{", "}", "(", ")", "[", "]", ":", "$v", "@d", "...", "on", "query", "fragment", "F", "a",
              "1", "2.5", "\"s\"", "true", "null", "=", "!", "Int", "|", "&", "type", "\"\"\"b\"\"\""]
    for i in range(25):
        items["tokens-%02d" % i] = " ".join(rng.choice(tokens) for _ in range(rng.randint(1, 25)))
    return items


def variable_cases():
    """Documents with a .json sidecar: variable values the reference passes as they are."""
    q = "query Q($id: ID!, $n: Int) {\n  user(id: $id) { id name }\n  customers(first: $n) { id }\n}\n"
    m = "mutation M($id: ID!, $amount: Int!) { DepositMoney(accountId: $id, amount: $amount) { id balance } }\n"
    cases = {
        "int-for-id": (m, {"id": 5, "amount": 1}),
        "string-for-int": (m, {"id": "a", "amount": "x"}),
        "float-for-int": (m, {"id": "a", "amount": 1.5}),
        "int-overflow": (m, {"id": "a", "amount": 2147483648}),
        "missing-required": (m, {"id": "a"}),
        "null-for-required": (m, {"id": None, "amount": 2}),
        "extra-variable": (m, {"id": "a", "amount": 2, "other": 1}),
        "bool-for-id": (m, {"id": True, "amount": 2}),
        "list-for-int": (m, {"id": "a", "amount": [1]}),
        "object-for-id": (m, {"id": {"x": 1}, "amount": 1}),
        "fail-value": (m, {"id": "fail", "amount": 2}),
        "first-null": (q, {"id": "u", "n": None}),
        "first-one": (q, {"id": "missing", "n": 1}),
        "unicode": (m, {"id": "é😀\u0001\"\\", "amount": 0}),
        "datetime-invalid": ("query Q($from: DateTime) { events(from: $from) { next } }\n", {"from": "tomorrow"}),
    }
    out = {}
    for name, (doc, variables) in cases.items():
        out[name] = (doc, {"variables": variables})
    two = "query A { user(id: \"a\") { id } }\nquery B { customer(id: \"b\") { email } }\n"
    out["operation-b"] = (two, {"operationName": "B"})
    out["operation-unknown"] = (two, {"operationName": "C"})
    out["operation-none"] = (two, {"operationName": None})
    return out


def write(corpus, name, text):
    with open(os.path.join(corpus, name + ".graphql"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "corpus"
    for name in os.listdir(corpus):
        if name.split("-")[0] in ("spec", "gen", "bad", "hostile", "vars"):
            os.remove(os.path.join(corpus, name))
    for i, text in enumerate(EXAMPLES):
        write(corpus, "spec-%03d" % i, text + "\n")
    rng = random.Random(2026)
    valid = valid_documents(rng, 80)
    for i, text in enumerate(valid):
        write(corpus, "gen-valid-%03d" % i, text)
    for j, (label, mutate) in enumerate(mutations()):
        for k in range(3):
            source = valid[(j * 3 + k) % len(valid)]
            write(corpus, "gen-%s-%d" % (label, k), mutate(source))
    for label, text in bff_invalid().items():
        write(corpus, "bad-" + label, text)
    for label, text in hostile().items():
        write(corpus, "hostile-" + label, text)
    for label, (text, options) in variable_cases().items():
        write(corpus, "vars-" + label, text)
        with open(os.path.join(corpus, "vars-%s.json" % label), "w", encoding="utf-8") as f:
            json.dump(options, f, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
