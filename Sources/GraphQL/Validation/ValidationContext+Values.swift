// Arguments, directives and input values: the part of the walk that tracks the expected input
// type (graphql-js TypeInfo's input type stack) and records variable usages.

extension ValidationContext {
    /// Walks an argument list whose definitions are `definitions` (nil when the field or directive
    /// is unknown), calling `unknown` just before walking an argument that has no definition.
    func walkArguments(
        _ list: NodeList<ArgumentNode>, of definitions: [InputValueDefinition]?, unknown: (ArgumentNode) -> Void
    ) {
        for ref in list {
            let argument = document[ref]
            // Read the definition in place: copying an InputValueDefinition copies its default value's document.
            let position = definitions?.firstIndex { document.name(argument.name, equals: $0.name) }
            guard let definitions, let position else {
                unknown(argument)
                walkValue(argument.value, type: nil, hasLocationDefault: false, checksValue: true)
                continue
            }
            walkValue(
                argument.value, type: definitions[position].type,
                hasLocationDefault: definitions[position].defaultValue != nil, checksValue: true)
        }
    }

    /// Walks the directives of a node at `location` (UniqueDirectivesPerLocation ran on the node).
    func walkDirectives(_ list: NodeList<DirectiveNode>, location: DirectiveLocation) {
        for ref in list {
            let directive = document[ref]
            let definition = directiveDefinition(named: document.string(directive.name))
            if checks(.knownDirectives) {
                KnownDirectivesRule.check(directive, definition: definition, location: location, in: self)
            }
            // graphql-js checks a directive's argument names all at once, on entering it.
            if let definition, checks(.knownArgumentNames) {
                for argument in document.nodes(directive.arguments)
                where definition.argument(named: document.string(argument.name)) == nil {
                    KnownArgumentNamesRule.report(argument, directive: definition, in: self)
                }
            }
            if checks(.uniqueArgumentNames) { UniqueArgumentNamesRule.check(directive.arguments, in: self) }
            walkArguments(directive.arguments, of: definition?.arguments) { _ in }
            if let definition, checks(.providedRequiredArguments) {
                ProvidedRequiredArgumentsRule.check(directive, definition: definition, in: self)
            }
        }
    }

    /// Walks a value expected to be of `type` (nil when unknown). `checksValue` is false under a
    /// list or object that ValuesOfCorrectType already reported whole (graphql-js skips those).
    func walkValue(_ ref: NodeRef<ValueNode>, type: TypeReference?, hasLocationDefault: Bool, checksValue: Bool) {
        let value = document[ref]
        let checksValue = checksValue && checks(.valuesOfCorrectType)
        switch value.kind {
        case .variable(let name):
            usages.append(VariableUsage(node: ref, name: name, type: type, hasLocationDefault: hasLocationDefault))
        case .list(let items):
            // graphql-js TypeInfo: a list at a non-list position gives its items the position's type.
            var itemType = type?.nullable
            var checksItems = checksValue
            if case .list(let inner)? = itemType {
                itemType = inner
            } else {
                if checksValue { ValuesOfCorrectTypeRule.checkLiteral(ref, type: itemType, in: self) }
                checksItems = false
            }
            for item in items {
                walkValue(item, type: itemType, hasLocationDefault: false, checksValue: checksItems)
            }
        case .object(let fields):
            walkObject(ref, fields: fields, type: type, checksValue: checksValue)
        case .null:
            if checksValue, let type, type.isNonNull {
                report("Expected value of type \"\(type)\", found null.", at: value.offset)
            }
        case .int, .float, .string, .boolean, .enumValue:
            if checksValue { ValuesOfCorrectTypeRule.checkLiteral(ref, type: type, in: self) }
        }
    }

    private func walkObject(
        _ ref: NodeRef<ValueNode>, fields: NodeList<ObjectFieldNode>, type: TypeReference?, checksValue: Bool
    ) {
        let value = document[ref]
        var inputObject = type.flatMap { index.typeID($0.namedType) }
        if let id = inputObject, index.kind(id) != .inputObject { inputObject = nil }
        if checksValue {
            if let inputObject {
                ValuesOfCorrectTypeRule.checkObject(value, fields: fields, type: index.type(inputObject), in: self)
            } else {
                ValuesOfCorrectTypeRule.checkLiteral(ref, type: type, in: self)
            }
        }
        for fieldRef in fields {
            let field = document[fieldRef]
            let definition = inputObject.flatMap {
                schema.types[$0.index].inputField(named: document.string(field.name))
            }
            if let inputObject, definition == nil, checksValue {
                ValuesOfCorrectTypeRule.reportUnknownField(field, type: index.type(inputObject), in: self)
            }
            if checks(.uniqueInputFieldNames) {
                UniqueInputFieldNamesRule.check(field, earlier: fields.startIndex..<fieldRef.intIndex, in: self)
            }
            walkValue(
                field.value, type: definition?.type, hasLocationDefault: definition?.defaultValue != nil,
                checksValue: checksValue && inputObject != nil)
        }
    }
}

extension NodeRef {
    /// The index as an `Int`.
    var intIndex: Int { Int(index) }
}
