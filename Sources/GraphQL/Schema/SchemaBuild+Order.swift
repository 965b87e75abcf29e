// The order of `Schema.types`, as graphql-js 16 and graphql-core 3.2 give it (and so as
// introspection lists them): the defined types in definition order, each referenced type that was
// not defined (a built-in scalar) right after the first type that refers to it, then the types of
// directive arguments, then the introspection types reachable from `__Schema`.

extension SchemaBuild {
    func orderedTypes(
        roots: (query: String?, mutation: String?, subscription: String?), directives: [DirectiveDefinition]
    ) -> [SchemaType] {
        var order = OrderedNames()
        let defined = definedTypeNames
        for name in defined { order.insert(name) }
        // graphql-js: each defined type is removed and collected again, moving it to the end.
        for name in defined {
            order.remove(name)
            collect(name, into: &order)
        }
        for root in [roots.query, roots.mutation, roots.subscription].compactMap({ $0 }) { collect(root, into: &order) }
        for directive in directives {
            for argument in directive.arguments { collect(argument.type.namedType, into: &order) }
        }
        collect("__Schema", into: &order)
        return order.names.compactMap { types[$0] }
    }

    /// graphql-js `collectReferencedTypes`: the type, then depth first what it refers to.
    private func collect(_ name: String, into order: inout OrderedNames) {
        guard !order.contains(name), let type = types[name] else { return }
        order.insert(name)
        switch type.kind {
        case .union:
            for member in type.unionMembers { collect(member, into: &order) }
        case .object, .interface:
            for interface in type.interfaces { collect(interface, into: &order) }
            for field in type.fields {
                collect(field.type.namedType, into: &order)
                for argument in field.arguments { collect(argument.type.namedType, into: &order) }
            }
        case .inputObject:
            for field in type.inputFields { collect(field.type.namedType, into: &order) }
        case .scalar, .enumeration:
            break
        }
    }
}

/// Names in insertion order with set membership, like a JavaScript `Set`.
private struct OrderedNames {
    private(set) var names: [String] = []
    private var members: Set<String> = []

    func contains(_ name: String) -> Bool { members.contains(name) }

    mutating func insert(_ name: String) {
        if members.insert(name).inserted { names.append(name) }
    }

    mutating func remove(_ name: String) {
        guard members.remove(name) != nil else { return }
        names.removeAll { $0 == name }
    }
}
