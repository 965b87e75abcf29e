// Lookups validation and execution need: fields with the introspection meta-fields, and
// the predicates on type references.

extension Schema {
    /// `__typename: String!`, selectable on every object, interface and union.
    package static let typenameField = FieldDefinition(
        name: "__typename", description: "The name of the current Object type at runtime.",
        type: .nonNull(.named("String")))

    /// `__schema: __Schema!`, selectable on the query root.
    package static let schemaField = FieldDefinition(
        name: "__schema", description: "Access the current type schema of this server.",
        type: .nonNull(.named("__Schema")))

    /// `__type(name: String!): __Type`, selectable on the query root.
    package static let typeField = FieldDefinition(
        name: "__type", description: "Request the type information of a single type.",
        arguments: [InputValueDefinition(name: "name", type: .nonNull(.named("String")))],
        type: .named("__Type"))

    /// The field called `name` on the composite type `typeName`, meta-fields included.
    ///
    /// GraphQL spec (Oct 2021) §4.1 and §4.2: `__typename` resolves on every object, interface and
    /// union (a union has no other field); `__schema` and `__type` only on the query root type.
    /// The executor must resolve these three itself; they are not in `SchemaType.fields`.
    package func field(named name: String, on typeName: String) -> FieldDefinition? {
        guard let type = type(named: typeName), type.isComposite else { return nil }
        if name.utf8.first == UInt8(ascii: "_") {
            if name == "__typename" { return Self.typenameField }
            if typeName == queryTypeName {
                if name == "__schema" { return Self.schemaField }
                if name == "__type" { return Self.typeField }
            }
        }
        return type.field(named: name)
    }

    /// Whether the object, interface or union `subtype` can be used where `supertype` is
    /// expected: the same type, an object or interface implementing the interface `supertype`,
    /// or a member of the union `supertype`.
    package func isSubtype(_ subtype: String, of supertype: String) -> Bool {
        if subtype == supertype { return true }
        guard let parent = type(named: supertype) else { return false }
        switch parent.kind {
        case .union: return parent.unionMembers.contains(subtype)
        case .interface: return type(named: subtype)?.interfaces.contains(supertype) ?? false
        default: return false
        }
    }

    /// Whether `type` (with its wrappers) may be used where `expected` is, per graphql-js
    /// `isTypeSubTypeOf`: non-null fits nullable, lists match lists item by item, named types by
    /// `isSubtype`. Used for interface field types and variable usages.
    package func isTypeReference(_ type: TypeReference, subtypeOf expected: TypeReference) -> Bool {
        switch (type, expected) {
        case (.nonNull(let inner), .nonNull(let expectedInner)):
            return isTypeReference(inner, subtypeOf: expectedInner)
        case (.nonNull(let inner), _): return isTypeReference(inner, subtypeOf: expected)
        case (_, .nonNull): return false
        case (.list(let inner), .list(let expectedInner)): return isTypeReference(inner, subtypeOf: expectedInner)
        case (.list, _), (_, .list): return false
        case (.named(let name), .named(let expectedName)): return isSubtype(name, of: expectedName)
        }
    }

    /// Whether the named type of `reference` exists and is an input type (scalar, enum, input object).
    package func isInputType(_ reference: TypeReference) -> Bool {
        type(named: reference.namedType)?.isInputType ?? false
    }

    /// Whether the named type of `reference` exists and is an output type (not an input object).
    package func isOutputType(_ reference: TypeReference) -> Bool {
        type(named: reference.namedType)?.isOutputType ?? false
    }

    /// Whether the named type of `reference` exists and is a scalar or enum.
    package func isLeafType(_ reference: TypeReference) -> Bool { type(named: reference.namedType)?.isLeaf ?? false }

    /// Whether the named type of `reference` exists and is an object, interface or union.
    package func isCompositeType(_ reference: TypeReference) -> Bool {
        type(named: reference.namedType)?.isComposite ?? false
    }

    /// Whether the named type of `reference` exists and is an interface or union.
    package func isAbstractType(_ reference: TypeReference) -> Bool {
        type(named: reference.namedType)?.isAbstract ?? false
    }
}
