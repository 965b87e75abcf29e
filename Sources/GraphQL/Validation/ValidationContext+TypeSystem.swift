// Type-system definitions sent in a request. ExecutableDefinitions already refuses them, but
// graphql-js' other rules still look at them (and at what they define), so for the same errors
// the walk visits them too: named types, directives and their arguments.

extension ValidationContext {
    /// What the document's own type-system definitions define (graphql-js' KnownTypeNames and
    /// the directive rules count these as known), computed once; nil when there are none.
    struct DocumentDefinitions {
        /// Names of the document's type definitions (not extensions).
        var types = Set<String>()
        /// The document's directive definitions, as the schema would hold them.
        var directives: [String: DirectiveDefinition] = [:]
    }

    /// Builds `documentDefinitions` from the document's type-system definitions.
    static func definitions(in document: Document) -> DocumentDefinitions? {
        guard document.definitions.contains(where: { !$0.isExecutable }) else { return nil }
        var found = DocumentDefinitions()
        for type in document.typeDefinitions where !type.isExtension { found.types.insert(document.string(type.name)) }
        for directive in document.directiveDefinitions {
            let arguments = document.nodes(directive.arguments).map { argument in
                InputValueDefinition(
                    name: document.string(argument.name), type: typeReference(argument.type, document),
                    defaultValue: argument.defaultValue.map { ConstantValue(document: document, value: $0) })
            }
            let locations = document.nodes(directive.locations).compactMap {
                DirectiveLocation(rawValue: document.string($0))
            }
            found.directives[document.string(directive.name)] = DirectiveDefinition(
                name: document.string(directive.name), arguments: arguments, locations: locations,
                isRepeatable: directive.isRepeatable)
        }
        return found
    }

    private static func typeReference(_ ref: NodeRef<TypeNode>, _ document: Document) -> TypeReference {
        switch document[ref].shape {
        case .named(let name): .named(document.string(name))
        case .list(let inner): .list(typeReference(inner, document))
        case .nonNull(let inner): .nonNull(typeReference(inner, document))
        }
    }

    /// The directive called `name`: the document's own definition, else the schema's.
    func directiveDefinition(named name: String) -> DirectiveDefinition? {
        documentDefinitions?.directives[name] ?? schema.directive(named: name)
    }

    /// Whether the type called `name` is unknown: neither in the schema nor defined by the document.
    func isUnknownType(_ name: NameNode) -> Bool {
        let string = document.string(name)
        return index.typeID(string) == nil && documentDefinitions?.types.contains(string) != true
    }

    /// Walks a schema definition or extension.
    func walkSchemaDefinition(_ definition: SchemaDefinitionNode) {
        checkUniqueDirectives(definition.directives, shared: &schemaDirectivesSeen)
        walkDirectives(definition.directives, location: .schema)
        for operationType in document.nodes(definition.operationTypes) { checkKnownType(operationType.type) }
    }

    /// Walks a type definition or extension.
    func walkTypeDefinition(_ definition: TypeDefinitionNode) {
        let name = document.string(definition.name)
        var seen = typeDirectivesSeen[name] ?? []
        checkUniqueDirectives(definition.directives, shared: &seen)
        typeDirectivesSeen[name] = seen
        for interface in document.nodes(definition.interfaces) { checkKnownType(interface) }
        let location: DirectiveLocation =
            switch definition.kind {
            case .scalar: .scalar
            case .object: .object
            case .interface: .interface
            case .union: .union
            case .enumeration: .enumeration
            case .inputObject: .inputObject
            }
        walkDirectives(definition.directives, location: location)
        for field in document.nodes(definition.fields) {
            checkUniqueDirectives(field.directives)
            walkInputValueDefinitions(field.arguments, location: .argumentDefinition)
            checkKnownType(document.namedType(of: field.type))
            walkDirectives(field.directives, location: .fieldDefinition)
        }
        for member in document.nodes(definition.unionMembers) { checkKnownType(member) }
        for value in document.nodes(definition.enumValues) {
            checkUniqueDirectives(value.directives)
            walkDirectives(value.directives, location: .enumValue)
        }
        // graphql-js: INPUT_FIELD_DEFINITION only under an input object definition; under an
        // extension its fields count as ARGUMENT_DEFINITION.
        let inputLocation: DirectiveLocation =
            definition.kind == .inputObject && !definition.isExtension ? .inputFieldDefinition : .argumentDefinition
        walkInputValueDefinitions(definition.inputFields, location: inputLocation)
    }

    /// Walks a directive definition.
    func walkDirectiveDefinition(_ definition: DirectiveDefinitionNode) {
        walkInputValueDefinitions(definition.arguments, location: .argumentDefinition)
    }

    private func walkInputValueDefinitions(_ list: NodeList<InputValueDefinitionNode>, location: DirectiveLocation) {
        for value in document.nodes(list) {
            checkUniqueDirectives(value.directives)
            checkKnownType(document.namedType(of: value.type))
            // graphql-js' TypeInfo gives default values in SDL no input type: only
            // UniqueInputFieldNames looks at them.
            if let defaultValue = value.defaultValue {
                walkValue(defaultValue, type: nil, hasLocationDefault: false, checksValue: true)
            }
            walkDirectives(value.directives, location: location)
        }
    }

    /// KnownTypeNames in a type-system definition, where graphql-js lets the standard scalars
    /// and introspection types through even when the schema does not have them.
    private func checkKnownType(_ name: NameNode) {
        guard checks(.knownTypeNames), isUnknownType(name),
            !KnownTypeNamesRule.standardTypeNames.contains(document.string(name))
        else { return }
        KnownTypeNamesRule.report(name, inTypeSystem: true, in: self)
    }
}
