// Turning definition nodes into the schema model. Duplicates are reported here and the first
// definition kept, so that validation can go on and report everything at once.

extension SchemaBuild {
    /// The type called `name`, from its definition and extensions.
    mutating func buildType(named name: String) -> SchemaType {
        let nodes = definitionNodes(of: name)
        let base = nodes[0]
        var type = SchemaType(
            name: name, kind: base.kind.typeKind, description: base.description.map { document.string($0) })
        var fields: [FieldDefinition] = []
        var inputFields: [InputValueDefinition] = []
        var interfaces: [String] = []
        var members: [String] = []
        var values: [EnumValueDefinition] = []
        for node in nodes {
            for field in document.nodes(node.fields) {
                guard let built = uniqueField(field, in: name, fields) else { continue }
                fields.append(built)
            }
            for field in document.nodes(node.inputFields) {
                if inputFields.contains(where: { $0.name == string(field.name) }) {
                    report("Field \"\(name).\(string(field.name))\" can only be defined once.", at: field.name.offset)
                    continue
                }
                inputFields.append(inputValue(field, owner: "\(name).\(string(field.name))"))
            }
            appendUniqueNames(node.interfaces, to: &interfaces) { "Type \(name) can only implement \($0) once." }
            appendUniqueNames(node.unionMembers, to: &members) {
                "Union type \(name) can only include type \($0) once."
            }
            for value in document.nodes(node.enumValues) {
                let valueName = string(value.name)
                checkReservedName(value.name)
                if values.contains(where: { $0.name == valueName }) {
                    report("Enum value \"\(name).\(valueName)\" can only be defined once.", at: value.name.offset)
                    continue
                }
                values.append(
                    EnumValueDefinition(
                        name: valueName, description: value.description.map { document.string($0) },
                        deprecationReason: deprecationReason(value.directives)))
            }
            if document.directive(named: "oneOf", in: node.directives) != nil { type.isOneOf = true }
            if let url = stringArgument("url", of: "specifiedBy", in: node.directives) { type.specifiedByURL = url }
        }
        return SchemaType(
            name: name, kind: type.kind, description: type.description, fields: fields, interfaces: interfaces,
            unionMembers: members, enumValues: values, inputFields: inputFields, isOneOf: type.isOneOf,
            specifiedByURL: type.specifiedByURL)
    }

    /// A field definition, or nil (reported) when `fields` already has one of that name.
    private mutating func uniqueField(_ field: FieldDefinitionNode, in typeName: String, _ fields: [FieldDefinition])
        -> FieldDefinition?
    {
        let fieldName = string(field.name)
        checkReservedName(field.name)
        if fields.contains(where: { $0.name == fieldName }) {
            report("Field \"\(typeName).\(fieldName)\" can only be defined once.", at: field.name.offset)
            return nil
        }
        return FieldDefinition(
            name: fieldName, description: field.description.map { document.string($0) },
            arguments: arguments(field.arguments, owner: "\(typeName).\(fieldName)"),
            type: typeReference(field.type), deprecationReason: deprecationReason(field.directives))
    }

    private mutating func appendUniqueNames(
        _ list: NodeList<NameNode>, to names: inout [String], message: (String) -> String
    ) {
        for node in document.nodes(list) {
            let name = string(node)
            if names.contains(name) {
                report(message(name), at: node.offset)
            } else {
                names.append(name)
            }
        }
    }

    /// Argument definitions, the duplicates reported; `owner` is `Type.field` or `@directive`.
    mutating func arguments(_ list: NodeList<InputValueDefinitionNode>, owner: String) -> [InputValueDefinition] {
        var built: [InputValueDefinition] = []
        for node in document.nodes(list) {
            let name = string(node.name)
            if built.contains(where: { $0.name == name }) {
                report("Argument \"\(owner)(\(name):)\" can only be defined once.", at: node.name.offset)
                continue
            }
            built.append(inputValue(node, owner: "\(owner)(\(name):)"))
        }
        return built
    }

    /// An argument or input field; `owner` names it in messages.
    private mutating func inputValue(_ node: InputValueDefinitionNode, owner: String) -> InputValueDefinition {
        checkReservedName(node.name)
        return InputValueDefinition(
            name: string(node.name), description: node.description.map { document.string($0) },
            type: typeReference(node.type),
            defaultValue: node.defaultValue.map { ConstantValue(document: document, value: $0) },
            deprecationReason: deprecationReason(node.directives))
    }

    /// A directive definition.
    mutating func buildDirective(_ ref: NodeRef<DirectiveDefinitionNode>) -> DirectiveDefinition {
        let node = document[ref]
        let name = string(node.name)
        return DirectiveDefinition(
            name: name, description: node.description.map { document.string($0) },
            arguments: arguments(node.arguments, owner: "@\(name)"),
            locations: document.nodes(node.locations).compactMap { DirectiveLocation(rawValue: string($0)) },
            isRepeatable: node.isRepeatable)
    }

    /// The model's form of a type reference node.
    func typeReference(_ ref: NodeRef<TypeNode>) -> TypeReference {
        switch document[ref].shape {
        case .named(let name): .named(string(name))
        case .list(let inner): .list(typeReference(inner))
        case .nonNull(let inner): .nonNull(typeReference(inner))
        }
    }

    /// `@deprecated(reason:)`'s reason, its default when the argument is absent, nil without it.
    private func deprecationReason(_ directives: NodeList<DirectiveNode>) -> String? {
        guard let directive = document.directive(named: "deprecated", in: directives) else { return nil }
        guard let argument = document.argument(named: "reason", in: directive.arguments) else {
            return "No longer supported"
        }
        switch document[argument.value].kind {
        case .string(let literal): return document.string(literal)
        case .null: return nil
        default: return "No longer supported"
        }
    }

    /// The string value of argument `argument` of directive `@directive` in `directives`.
    private func stringArgument(_ argument: String, of directive: String, in directives: NodeList<DirectiveNode>)
        -> String?
    {
        guard let node = document.directive(named: directive, in: directives),
            let value = document.argument(named: argument, in: node.arguments),
            case .string(let literal) = document[value.value].kind
        else { return nil }
        return document.string(literal)
    }

    /// The root operation types: from `schema { ... }` and its extensions, or by the
    /// conventional names `Query`, `Mutation`, `Subscription` when there is no schema definition.
    mutating func rootTypeNames() -> (query: String?, mutation: String?, subscription: String?) {
        var roots: [OperationKind: String] = [:]
        for ref in schemaDefinitions {
            for entry in document.nodes(document[ref].operationTypes) {
                if roots[entry.operation] != nil {
                    report("There can be only one \(entry.operation.keyword) type in schema.", at: entry.offset)
                    continue
                }
                let name = string(entry.type)
                roots[entry.operation] = name
                checkRootType(name, kind: entry.operation, at: entry.type.offset)
            }
        }
        // graphql-js buildASTSchema: without a schema definition (extensions aside), the types
        // named Query, Mutation and Subscription are the roots.
        if !schemaDefinitions.contains(where: { !document[$0].isExtension }) {
            for (kind, name) in [
                (OperationKind.query, "Query"), (.mutation, "Mutation"), (.subscription, "Subscription"),
            ]
            where types[name] != nil {
                roots[kind] = name
            }
        }
        return (roots[.query], roots[.mutation], roots[.subscription])
    }

    private mutating func checkRootType(_ name: String, kind: OperationKind, at offset: UInt32) {
        guard let type = types[name] else {
            report("Unknown type \"\(name)\".", at: offset)
            return
        }
        if type.kind != .object {
            let root = kind.keyword.prefix(1).uppercased() + kind.keyword.dropFirst()
            report("\(root) root type must be Object type, it cannot be \(name).", at: offset)
        }
    }
}
