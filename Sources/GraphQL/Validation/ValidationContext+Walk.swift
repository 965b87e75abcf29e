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
                operationFacts[ref.intIndex] = OperationFacts(
                    usages: usageStart..<usages.count, errorPosition: errorCount)
            case .fragment(let ref):
                walkFragment(document[ref], position: ref.intIndex)
                fragmentFacts[ref.intIndex].usages = usageStart..<usages.count
            case .schema(let ref): walkSchemaDefinition(document[ref])
            case .type(let ref): walkTypeDefinition(document[ref])
            case .directive(let ref): walkDirectiveDefinition(document[ref])
            }
            usageStart = usages.count
        }
    }

    private func walkOperation(_ operation: OperationDefinitionNode) {
        currentVariableDefinitions = operation.variableDefinitions
        let root = index.rootType(operation.kind)
        if checks(.knownOperationTypes) { KnownOperationTypesRule.check(operation, hasRoot: root != nil, in: self) }
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
        walkSelectionSet(operation.selectionSet, parent: root)
    }

    private func walkVariableDefinition(_ definition: VariableDefinitionNode) {
        let namedType = index.typeID(document.string(document.namedType(of: definition.type)))
        let isInput = namedType.map { index.isInput($0) } ?? false
        if checks(.variablesAreInputTypes), namedType != nil, !isInput {
            VariablesAreInputTypesRule.report(definition, in: self)
        }
        checkUniqueDirectives(definition.directives)
        if namedType == nil, checks(.knownTypeNames), isUnknownType(document.namedType(of: definition.type)) {
            KnownTypeNamesRule.report(document.namedType(of: definition.type), in: self)
        }
        if let value = definition.defaultValue {
            let type = isInput ? document.typeReference(definition.type, in: index) : nil
            walkValue(value, type: type, hasLocationDefault: false, checksValue: true)
        }
        walkDirectives(definition.directives, location: .variableDefinition)
    }

    private func walkFragment(_ fragment: FragmentDefinitionNode, position: Int) {
        let type = index.typeID(document.string(fragment.typeCondition))
        if checks(.fragmentsOnCompositeTypes), let type, !index.isComposite(type) {
            FragmentsOnCompositeTypesRule.report(fragment.typeCondition, fragmentName: fragment.name, in: self)
        }
        if checks(.uniqueFragmentNames) { UniqueFragmentNamesRule.check(fragment, position: position, in: self) }
        if checks(.noFragmentCycles) { NoFragmentCyclesRule.check(fragment: position, in: self) }
        checkUniqueDirectives(fragment.directives)
        if type == nil, checks(.knownTypeNames), isUnknownType(fragment.typeCondition) {
            KnownTypeNamesRule.report(fragment.typeCondition, in: self)
        }
        walkDirectives(fragment.directives, location: .fragmentDefinition)
        walkSelectionSet(fragment.selectionSet, parent: compositeOrNil(type))
    }

    /// `type` when it is an object, interface or union (graphql-js TypeInfo's parent type).
    private func compositeOrNil(_ type: TypeID?) -> TypeID? {
        guard let type, index.isComposite(type) else { return nil }
        return type
    }

    /// Walks a selection set whose parent type is `parent` (nil when unknown or not composite).
    func walkSelectionSet(_ ref: NodeRef<SelectionSetNode>, parent: TypeID?) {
        if checks(.overlappingFieldsCanBeMerged) {
            OverlappingFieldsCanBeMergedRule.check(ref, parent: parent, in: self)
        }
        for selection in document.selections(of: ref) {
            switch selection {
            case .field(let field): walkField(document[field], parent: parent)
            case .fragmentSpread(let spread): walkFragmentSpread(document[spread], parent: parent)
            case .inlineFragment(let fragment): walkInlineFragment(document[fragment], parent: parent)
            }
        }
    }

    private func walkField(_ field: FieldNode, parent: TypeID?) {
        let name = document.string(field.name)
        let definition = parent.flatMap { index.field(named: name, on: $0) }
        let fieldType = definition.flatMap { index.namedType($0) }
        if let definition, let fieldType, checks(.scalarLeafs) {
            ScalarLeafsRule.check(field, definition: definition, type: fieldType, in: self)
        }
        if let parent, definition == nil, checks(.fieldsOnCorrectType) {
            FieldsOnCorrectTypeRule.report(field, name: name, parent: index.type(parent), in: self)
        }
        checkUniqueDirectives(field.directives)
        if checks(.uniqueArgumentNames) { UniqueArgumentNamesRule.check(field.arguments, in: self) }
        if checks(.maxIntrospectionDepth), name == "__schema" || name == "__type" {
            MaxIntrospectionDepthRule.check(field, in: self)
        }
        let arguments = definition.map { index.arguments($0) }
        walkArguments(field.arguments, of: arguments) { argument in
            if let parent, let definition, self.checks(.knownArgumentNames) {
                KnownArgumentNamesRule.report(
                    argument, field: self.index.definition(definition), parent: self.index.type(parent), in: self)
            }
        }
        walkDirectives(field.directives, location: .field)
        if let selectionSet = field.selectionSet {
            walkSelectionSet(selectionSet, parent: compositeOrNil(fieldType))
        }
        if let arguments, checks(.providedRequiredArguments) {
            ProvidedRequiredArgumentsRule.check(field, arguments: arguments, in: self)
        }
    }

    private func walkFragmentSpread(_ spread: FragmentSpreadNode, parent: TypeID?) {
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

    private func walkInlineFragment(_ fragment: InlineFragmentNode, parent: TypeID?) {
        let type = fragment.typeCondition.map { index.typeID(document.string($0)) } ?? parent
        if checks(.fragmentsOnCompositeTypes), let condition = fragment.typeCondition, let type,
            !index.isComposite(type)
        {
            FragmentsOnCompositeTypesRule.report(condition, fragmentName: nil, in: self)
        }
        if let type, let parent, index.isComposite(type), checks(.possibleFragmentSpreads) {
            PossibleFragmentSpreadsRule.check(fragment, type: type, parent: parent, in: self)
        }
        checkUniqueDirectives(fragment.directives)
        if let condition = fragment.typeCondition, type == nil, checks(.knownTypeNames), isUnknownType(condition) {
            KnownTypeNamesRule.report(condition, in: self)
        }
        walkDirectives(fragment.directives, location: .inlineFragment)
        walkSelectionSet(fragment.selectionSet, parent: compositeOrNil(type))
    }

    /// UniqueDirectivesPerLocation, which graphql-js runs on entering the annotated node.
    func checkUniqueDirectives(_ directives: NodeList<DirectiveNode>) {
        var seen: [NodeRef<DirectiveNode>] = []
        if directives.count > 1 { checkUniqueDirectives(directives, shared: &seen) }
    }

    /// UniqueDirectivesPerLocation with directives `seen` at the same location before.
    func checkUniqueDirectives(_ directives: NodeList<DirectiveNode>, shared seen: inout [NodeRef<DirectiveNode>]) {
        if !directives.isEmpty, checks(.uniqueDirectivesPerLocation) {
            UniqueDirectivesPerLocationRule.check(directives, seen: &seen, in: self)
        }
    }
}
