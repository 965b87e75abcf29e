// Lookups the validation walk makes on the schema model, shaped like graphql-js TypeInfo's.

extension Schema {
    /// graphql-js `doTypesOverlap`: whether some object type could be both `first` and `second`.
    func typesOverlap(_ first: SchemaType, _ second: SchemaType) -> Bool {
        if first.name == second.name { return true }
        if first.isAbstract {
            if second.isAbstract {
                let secondTypes = possibleTypes(of: second.name)
                return possibleTypes(of: first.name).contains { secondTypes.contains($0) }
            }
            return isSubtype(second.name, of: first.name)
        }
        if second.isAbstract { return isSubtype(first.name, of: second.name) }
        return false
    }

    /// Whether an input value definition is required: non-null and without a default.
    static func isRequired(_ input: InputValueDefinition) -> Bool {
        input.type.isNonNull && input.defaultValue == nil
    }
}

extension Document {
    /// graphql-js `typeFromAST`: the schema type a written type reference denotes, or nil when its
    /// named type is not in `schema`.
    func typeReference(_ ref: NodeRef<TypeNode>, in index: SchemaIndex) -> TypeReference? {
        switch self[ref].shape {
        case .named(let name):
            let string = string(name)
            return index.typeID(string) == nil ? nil : .named(string)
        case .list(let inner): return typeReference(inner, in: index).map { .list($0) }
        case .nonNull(let inner): return typeReference(inner, in: index).map { .nonNull($0) }
        }
    }

    /// graphql-js `isTypeSubTypeOf` for a variable's written type (whose named type exists)
    /// against an expected type, without building a `TypeReference`.
    func isType(_ ref: NodeRef<TypeNode>, subtypeOf expected: TypeReference, in schema: Schema) -> Bool {
        switch (self[ref].shape, expected) {
        case (.nonNull(let inner), .nonNull(let expectedInner)): isType(inner, subtypeOf: expectedInner, in: schema)
        case (.nonNull(let inner), _): isType(inner, subtypeOf: expected, in: schema)
        case (_, .nonNull): false
        case (.list(let inner), .list(let expectedInner)): isType(inner, subtypeOf: expectedInner, in: schema)
        case (.list, _), (_, .list): false
        case (.named(let named), .named(let expectedName)):
            name(named, equals: expectedName) || schema.isSubtype(string(named), of: expectedName)
        }
    }

    /// A written type reference as graphql-js prints it: `[Int!]!`.
    func printed(_ ref: NodeRef<TypeNode>) -> String {
        switch self[ref].shape {
        case .named(let name): string(name)
        case .list(let inner): "[" + printed(inner) + "]"
        case .nonNull(let inner): printed(inner) + "!"
        }
    }
}
