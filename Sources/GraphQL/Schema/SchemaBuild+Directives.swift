// Directive definitions and the directives used in the SDL itself, with graphql-js's messages
// (KnownDirectives, UniqueDirectivesPerLocation, KnownArgumentNames, ProvidedRequiredArguments).

extension SchemaBuild {
    /// Argument types of directive definitions are known input types.
    mutating func validateDirectiveDefinitions() {
        for name in directiveNames {
            guard let ref = directiveDefinitions[name], !isBuiltIn(document[ref].offset) else { continue }
            validateArguments(document[ref].arguments, owner: "@\(name)")
        }
    }

    /// Every directive used in the schema files is known, allowed where it stands, not repeated
    /// unless repeatable, and given known and required arguments.
    mutating func validateDirectiveUses() {
        var typeDirectives: [String: [String]] = [:]
        for definition in document.definitions {
            switch definition {
            case .schema(let ref):
                checkDirectives(document[ref].directives, at: .schema)
            case .type(let ref):
                let node = document[ref]
                let name = string(node.name)
                // Repetition counts across a type's definition and its extensions.
                typeDirectives[name] = checkDirectives(
                    node.directives, at: node.kind.directiveLocation, seen: typeDirectives[name] ?? [])
                checkMemberDirectives(of: node)
            case .directive(let ref):
                for argument in document.nodes(document[ref].arguments) {
                    checkDirectives(argument.directives, at: .argumentDefinition)
                }
            case .operation, .fragment:
                break
            }
        }
    }

    private mutating func checkMemberDirectives(of node: TypeDefinitionNode) {
        for field in document.nodes(node.fields) {
            checkDirectives(field.directives, at: .fieldDefinition)
            for argument in document.nodes(field.arguments) {
                checkDirectives(argument.directives, at: .argumentDefinition)
            }
        }
        for field in document.nodes(node.inputFields) { checkDirectives(field.directives, at: .inputFieldDefinition) }
        for value in document.nodes(node.enumValues) { checkDirectives(value.directives, at: .enumValue) }
    }

    /// Checks one node's directives; returns the names of non-repeatable directives seen so far.
    @discardableResult
    private mutating func checkDirectives(
        _ list: NodeList<DirectiveNode>, at location: DirectiveLocation, seen: [String] = []
    ) -> [String] {
        var seen = seen
        for use in document.nodes(list) where !isBuiltIn(use.offset) {
            let name = string(use.name)
            guard let ref = directiveDefinitions[name] else {
                report("Unknown directive \"@\(name)\".", at: use.offset)
                continue
            }
            let definition = document[ref]
            if !document.nodes(definition.locations).contains(where: { document.name($0, equals: location.rawValue) }) {
                report("Directive \"@\(name)\" may not be used on \(location.rawValue).", at: use.offset)
            }
            if !definition.isRepeatable {
                if seen.contains(name) {
                    report("The directive \"@\(name)\" can only be used once at this location.", at: use.offset)
                }
                seen.append(name)
            }
            checkArguments(of: use, against: definition)
        }
        return seen
    }

    private mutating func checkArguments(of use: DirectiveNode, against definition: DirectiveDefinitionNode) {
        let name = string(use.name)
        let defined = document.nodes(definition.arguments)
        for argument in document.arguments(of: use)
        where !defined.contains(where: { document.name($0.name, equals: argument.name) }) {
            report("Unknown argument \"\(string(argument.name))\" on directive \"@\(name)\".", at: argument.offset)
        }
        for argument in defined {
            guard case .nonNull = document[argument.type].shape, argument.defaultValue == nil,
                document.argument(named: string(argument.name), in: use.arguments) == nil
            else { continue }
            report(
                "Directive \"@\(name)\" argument \"\(string(argument.name))\" of type "
                    + "\"\(typeReference(argument.type))\" is required, but it was not provided.", at: use.offset)
        }
    }
}

extension TypeDefinitionKind {
    /// Where a directive on such a definition stands.
    var directiveLocation: DirectiveLocation {
        switch self {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumeration: .enumeration
        case .inputObject: .inputObject
        }
    }
}
