// Interface implementation: GraphQL spec (Oct 2021) §3.6.2 IsValidImplementation, with
// graphql-js's messages.

extension SchemaBuild {
    /// Checks the interfaces `type` declares and that it implements each of them correctly.
    mutating func validateInterfaces(of type: SchemaType, nodes: [TypeDefinitionNode]) {
        let at = nodes[0].name.offset
        for node in nodes {
            for interfaceName in document.nodes(node.interfaces) {
                guard let interface = checkKnown(interfaceName) else { continue }
                guard interface.kind == .interface else {
                    report(
                        "Type \(type.name) must only implement Interface types, it cannot implement \(interface.name).",
                        at: interfaceName.offset)
                    continue
                }
                if interface.name == type.name {
                    report(
                        "Type \(type.name) cannot implement itself because it would create a circular reference.",
                        at: interfaceName.offset)
                    continue
                }
                for transitive in interface.interfaces where !type.interfaces.contains(transitive) {
                    report(
                        "Type \(type.name) must implement \(transitive) because it is implemented by \(interface.name).",
                        at: interfaceName.offset)
                }
                validateImplementation(of: interface, by: type, nodes: nodes, at: at)
            }
        }
    }

    private mutating func validateImplementation(
        of interface: SchemaType, by type: SchemaType, nodes: [TypeDefinitionNode], at: UInt32
    ) {
        for expected in interface.fields {
            let owner = "\(interface.name).\(expected.name)"
            guard let field = type.field(named: expected.name), let node = fieldNode(expected.name, in: nodes) else {
                report("Interface field \(owner) expected but \(type.name) does not provide it.", at: at)
                continue
            }
            let fieldOwner = "\(type.name).\(field.name)"
            if types[field.type.namedType] != nil, !isSubtype(field.type, of: expected.type) {
                report(
                    "Interface field \(owner) expects type \(expected.type) but \(fieldOwner) is type \(field.type).",
                    at: document[node.type].offset)
            }
            for argument in expected.arguments {
                guard let provided = field.argument(named: argument.name) else {
                    report(
                        "Interface field argument \(owner)(\(argument.name):) expected but \(fieldOwner) does not provide it.",
                        at: node.name.offset)
                    continue
                }
                if provided.type != argument.type {
                    report(
                        "Interface field argument \(owner)(\(argument.name):) expects type \(argument.type) "
                            + "but \(fieldOwner)(\(argument.name):) is type \(provided.type).", at: node.name.offset)
                }
            }
            for argument in field.arguments where argument.type.isNonNull && argument.defaultValue == nil {
                if expected.argument(named: argument.name) == nil {
                    report(
                        "Object field \(fieldOwner) includes required argument \(argument.name) that is missing "
                            + "from the Interface field \(owner).", at: node.name.offset)
                }
            }
        }
    }

    private func fieldNode(_ name: String, in nodes: [TypeDefinitionNode]) -> FieldDefinitionNode? {
        for node in nodes {
            if let field = document.nodes(node.fields).first(where: { document.name($0.name, equals: name) }) {
                return field
            }
        }
        return nil
    }

    /// graphql-js `isTypeSubTypeOf` over the types built so far.
    private func isSubtype(_ type: TypeReference, of expected: TypeReference) -> Bool {
        switch (type, expected) {
        case (.nonNull(let inner), .nonNull(let expectedInner)): return isSubtype(inner, of: expectedInner)
        case (.nonNull(let inner), _): return isSubtype(inner, of: expected)
        case (_, .nonNull): return false
        case (.list(let inner), .list(let expectedInner)): return isSubtype(inner, of: expectedInner)
        case (.list, _), (_, .list): return false
        case (.named(let name), .named(let expectedName)):
            if name == expectedName { return true }
            guard let parent = types[expectedName] else { return false }
            if parent.kind == .union { return parent.unionMembers.contains(name) }
            return parent.kind == .interface && (types[name]?.interfaces.contains(expectedName) ?? false)
        }
    }
}
