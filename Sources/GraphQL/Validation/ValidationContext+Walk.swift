// The single walk over the executable definitions. It tracks what graphql-js TypeInfo tracks
// (parent type, field definition, expected input type) and calls each enabled rule at the node
// it looks at, in graphql-js' rule order, so every rule shares one pass and one set of schema
// lookups and errors come out in graphql-js' order.

extension ValidationContext {
    /// Walks every operation and fragment definition once, in document order.
    func walkDefinitions() {
        var usageStart = 0
        for definition in document.definitions {
            switch definition {
            case .operation(let ref):
                walkOperation(document[ref])
                operationUsages[ref.intIndex] = usageStart..<usages.count
                operationErrorPositions[ref.intIndex] = errorCount
            case .fragment(let ref):
                walkFragment(document[ref], index: ref.intIndex)
                fragmentUsages[ref.intIndex] = usageStart..<usages.count
            case .schema, .type, .directive:
                break
            }
            usageStart = usages.count
        }
    }

    private func walkOperation(_ operation: OperationDefinitionNode) {
        currentVariableDefinitions = operation.variableDefinitions
        let rootName = schema.rootTypeName(for: operation.kind)
        if checks(.knownOperationTypes) { KnownOperationTypesRule.check(operation, rootTypeName: rootName, in: self) }
        if checks(.uniqueOperationNames) { UniqueOperationNamesRule.check(operation, in: self) }
        if checks(.loneAnonymousOperation) { LoneAnonymousOperationRule.check(operation, in: self) }
        if checks(.singleFieldSubscriptions), operation.kind == .subscription {
            SingleFieldSubscriptionsRule.check(operation, in: self)
        }
        if checks(.uniqueVariableNames) { UniqueVariableNamesRule.check(operation.variableDefinitions, in: self) }
        checkUniqueDirectives(operation.directives)
        for ref in operation.variableDefinitions { walkVariableDefinition(document[ref]) }
        let location: DirectiveLocation =
            switch operation.kind {
            case .query: .query
            case .mutation: .mutation
            case .subscription: .subscription
            }
        walkDirectives(operation.directives, location: location)
        walkSelectionSet(operation.selectionSet, parent: rootName.flatMap { schema.type(named: $0) })
    }

    private func walkVariableDefinition(_ definition: VariableDefinitionNode) {
        let type = document.typeReference(definition.type, in: schema)
        let isInput = type.map { schema.isInputType($0) } ?? false
        if checks(.variablesAreInputTypes), let type, !isInput {
            VariablesAreInputTypesRule.report(definition, type: type, in: self)
        }
        checkUniqueDirectives(definition.directives)
        if checks(.knownTypeNames) { KnownTypeNamesRule.check(document.namedType(of: definition.type), in: self) }
        if let value = definition.defaultValue {
            walkValue(value, type: isInput ? type : nil, hasLocationDefault: false, checksValue: true)
        }
        walkDirectives(definition.directives, location: .variableDefinition)
    }

    private func walkFragment(_ fragment: FragmentDefinitionNode, index: Int) {
        let type = schema.type(named: document.string(fragment.typeCondition))
        if checks(.fragmentsOnCompositeTypes), let type, !type.isComposite {
            FragmentsOnCompositeTypesRule.report(fragment.typeCondition, fragmentName: fragment.name, in: self)
        }
        if checks(.uniqueFragmentNames) { UniqueFragmentNamesRule.check(fragment, in: self) }
        if checks(.noFragmentCycles) { NoFragmentCyclesRule.check(fragment: index, in: self) }
        checkUniqueDirectives(fragment.directives)
        if checks(.knownTypeNames) { KnownTypeNamesRule.check(fragment.typeCondition, in: self) }
        walkDirectives(fragment.directives, location: .fragmentDefinition)
        walkSelectionSet(fragment.selectionSet, parent: type?.isComposite == true ? type : nil)
    }

    /// Walks a selection set whose parent type is `parent` (nil when unknown or not composite).
    func walkSelectionSet(_ ref: NodeRef<SelectionSetNode>, parent: SchemaType?) {
        if checks(.overlappingFieldsCanBeMerged) { OverlappingFieldsCanBeMergedRule.check(ref, parent: parent, in: self) }
        for selection in document.selections(of: ref) {
            switch selection {
            case .field(let field): walkField(document[field], parent: parent)
            case .fragmentSpread(let spread): walkFragmentSpread(document[spread], parent: parent)
            case .inlineFragment(let fragment): walkInlineFragment(document[fragment], parent: parent)
            }
        }
    }

    private func walkField(_ field: FieldNode, parent: SchemaType?) {
        let name = document.string(field.name)
        let definition = parent.flatMap { schema.validationField(named: name, on: $0) }
        let fieldType = definition.flatMap { schema.type(named: $0.type.namedType) }
        if let definition, checks(.scalarLeafs) {
            ScalarLeafsRule.check(field, definition: definition, type: fieldType, in: self)
        }
        if let parent, definition == nil, checks(.fieldsOnCorrectType) {
            FieldsOnCorrectTypeRule.report(field, name: name, parent: parent, in: self)
        }
        checkUniqueDirectives(field.directives)
        if checks(.uniqueArgumentNames) { UniqueArgumentNamesRule.check(field.arguments, in: self) }
        if checks(.maxIntrospectionDepth), name == "__schema" || name == "__type" {
            MaxIntrospectionDepthRule.check(field, in: self)
        }
        walkArguments(field.arguments, of: definition?.arguments) { argument in
            if let parent, let definition, self.checks(.knownArgumentNames) {
                KnownArgumentNamesRule.report(argument, field: definition, parent: parent, in: self)
            }
        }
        walkDirectives(field.directives, location: .field)
        if let selectionSet = field.selectionSet {
            walkSelectionSet(selectionSet, parent: fieldType?.isComposite == true ? fieldType : nil)
        }
        if let definition, checks(.providedRequiredArguments) {
            ProvidedRequiredArgumentsRule.check(field, definition: definition, in: self)
        }
    }

    private func walkFragmentSpread(_ spread: FragmentSpreadNode, parent: SchemaType?) {
        let fragment = fragment(named: spread.name)
        if fragment == nil, checks(.knownFragmentNames) {
            report("Unknown fragment \"\(document.string(spread.name))\".", at: spread.name.offset)
        }
        if let fragment, let parent, checks(.possibleFragmentSpreads) {
            PossibleFragmentSpreadsRule.check(spread, fragment: fragment.node, parent: parent, in: self)
        }
        checkUniqueDirectives(spread.directives)
        walkDirectives(spread.directives, location: .fragmentSpread)
    }

    private func walkInlineFragment(_ fragment: InlineFragmentNode, parent: SchemaType?) {
        let type = fragment.typeCondition.map { schema.type(named: document.string($0)) } ?? parent
        if checks(.fragmentsOnCompositeTypes), let condition = fragment.typeCondition, let type, !type.isComposite {
            FragmentsOnCompositeTypesRule.report(condition, fragmentName: nil, in: self)
        }
        if let type, let parent, type.isComposite, checks(.possibleFragmentSpreads) {
            PossibleFragmentSpreadsRule.check(fragment, type: type, parent: parent, in: self)
        }
        checkUniqueDirectives(fragment.directives)
        if let condition = fragment.typeCondition, checks(.knownTypeNames) { KnownTypeNamesRule.check(condition, in: self) }
        walkDirectives(fragment.directives, location: .inlineFragment)
        walkSelectionSet(fragment.selectionSet, parent: type?.isComposite == true ? type : nil)
    }

    /// UniqueDirectivesPerLocation, which graphql-js runs on entering the annotated node.
    private func checkUniqueDirectives(_ directives: NodeList<DirectiveNode>) {
        if directives.count > 1, checks(.uniqueDirectivesPerLocation) {
            UniqueDirectivesPerLocationRule.check(directives, in: self)
        }
    }
}
