/// The nodes of a document being parsed, one growable array per node kind, and the parser's
/// pending stacks. `NodeStorage.make(from:)` packs them into the document's single allocation.
///
/// Builders are reused from parse to parse on a thread (`DocumentBuilderCache`), so after the
/// first few parses appending to them no longer allocates.
struct DocumentBuilder {
    var definitions: [DefinitionNode] = []
    var operations: [OperationDefinitionNode] = []
    var fragments: [FragmentDefinitionNode] = []
    var variableDefinitions: [VariableDefinitionNode] = []
    var selectionSets: [SelectionSetNode] = []
    var selections: [SelectionNode] = []
    var fields: [FieldNode] = []
    var fragmentSpreads: [FragmentSpreadNode] = []
    var inlineFragments: [InlineFragmentNode] = []
    var arguments: [ArgumentNode] = []
    var directives: [DirectiveNode] = []
    var values: [ValueNode] = []
    var objectFields: [ObjectFieldNode] = []
    var typeNodes: [TypeNode] = []
    var schemaDefinitions: [SchemaDefinitionNode] = []
    var operationTypes: [OperationTypeDefinitionNode] = []
    var typeDefinitions: [TypeDefinitionNode] = []
    var fieldDefinitions: [FieldDefinitionNode] = []
    var inputValueDefinitions: [InputValueDefinitionNode] = []
    var enumValueDefinitions: [EnumValueDefinitionNode] = []
    var directiveDefinitions: [DirectiveDefinitionNode] = []
    var names: [NameNode] = []
    /// Pending children of selection sets, list values and object values still being parsed:
    /// they nest, so they wait here and are copied contiguously into the arrays when complete.
    var pendingSelections = PendingStack<SelectionNode>()
    var pendingValues = PendingStack<ValueNode>()
    var pendingObjectFields = PendingStack<ObjectFieldNode>()

    /// Empties every array, keeping its capacity for the next parse (most kinds are already empty).
    mutating func removeAll() {
        if !definitions.isEmpty { definitions.removeAll(keepingCapacity: true) }
        if !operations.isEmpty { operations.removeAll(keepingCapacity: true) }
        if !fragments.isEmpty { fragments.removeAll(keepingCapacity: true) }
        if !variableDefinitions.isEmpty { variableDefinitions.removeAll(keepingCapacity: true) }
        if !selectionSets.isEmpty { selectionSets.removeAll(keepingCapacity: true) }
        if !selections.isEmpty { selections.removeAll(keepingCapacity: true) }
        if !fields.isEmpty { fields.removeAll(keepingCapacity: true) }
        if !fragmentSpreads.isEmpty { fragmentSpreads.removeAll(keepingCapacity: true) }
        if !inlineFragments.isEmpty { inlineFragments.removeAll(keepingCapacity: true) }
        if !arguments.isEmpty { arguments.removeAll(keepingCapacity: true) }
        if !directives.isEmpty { directives.removeAll(keepingCapacity: true) }
        if !values.isEmpty { values.removeAll(keepingCapacity: true) }
        if !objectFields.isEmpty { objectFields.removeAll(keepingCapacity: true) }
        if !typeNodes.isEmpty { typeNodes.removeAll(keepingCapacity: true) }
        if !schemaDefinitions.isEmpty { schemaDefinitions.removeAll(keepingCapacity: true) }
        if !operationTypes.isEmpty { operationTypes.removeAll(keepingCapacity: true) }
        if !typeDefinitions.isEmpty { typeDefinitions.removeAll(keepingCapacity: true) }
        if !fieldDefinitions.isEmpty { fieldDefinitions.removeAll(keepingCapacity: true) }
        if !inputValueDefinitions.isEmpty { inputValueDefinitions.removeAll(keepingCapacity: true) }
        if !enumValueDefinitions.isEmpty { enumValueDefinitions.removeAll(keepingCapacity: true) }
        if !directiveDefinitions.isEmpty { directiveDefinitions.removeAll(keepingCapacity: true) }
        if !names.isEmpty { names.removeAll(keepingCapacity: true) }
        pendingSelections.removeAll()
        pendingValues.removeAll()
        pendingObjectFields.removeAll()
    }
}
