/// The nodes of a document being parsed, one growable array per node kind, and the parser's
/// pending stacks. `NodeStorage.make(from:)` packs them into the document's single allocation.
///
/// Builders are reused from parse to parse on a thread (`DocumentBuilderCache`), so after the
/// first few parses appending to them no longer allocates.
struct DocumentBuilder: ~Copyable {
    var definitions = NodeBuffer<DefinitionNode>()
    var operations = NodeBuffer<OperationDefinitionNode>()
    var fragments = NodeBuffer<FragmentDefinitionNode>()
    var variableDefinitions = NodeBuffer<VariableDefinitionNode>()
    var selectionSets = NodeBuffer<SelectionSetNode>()
    var selections = NodeBuffer<SelectionNode>()
    var fields = NodeBuffer<FieldNode>()
    var fragmentSpreads = NodeBuffer<FragmentSpreadNode>()
    var inlineFragments = NodeBuffer<InlineFragmentNode>()
    var arguments = NodeBuffer<ArgumentNode>()
    var directives = NodeBuffer<DirectiveNode>()
    var values = NodeBuffer<ValueNode>()
    var objectFields = NodeBuffer<ObjectFieldNode>()
    var typeNodes = NodeBuffer<TypeNode>()
    var schemaDefinitions = NodeBuffer<SchemaDefinitionNode>()
    var operationTypes = NodeBuffer<OperationTypeDefinitionNode>()
    var typeDefinitions = NodeBuffer<TypeDefinitionNode>()
    var fieldDefinitions = NodeBuffer<FieldDefinitionNode>()
    var inputValueDefinitions = NodeBuffer<InputValueDefinitionNode>()
    var enumValueDefinitions = NodeBuffer<EnumValueDefinitionNode>()
    var directiveDefinitions = NodeBuffer<DirectiveDefinitionNode>()
    var names = NodeBuffer<NameNode>()
    /// Pending children of selection sets, list values and object values still being parsed:
    /// they nest, so they wait here and are copied contiguously into the arrays when complete.
    var pendingSelections = PendingStack<SelectionNode>()
    var pendingValues = PendingStack<ValueNode>()
    var pendingObjectFields = PendingStack<ObjectFieldNode>()
    /// Where the selection set being parsed began appending its selections straight to
    /// `selections`, or -1 when none is: a set holding no nested set (most of them) then skips
    /// the pending stack.
    var directSelectionsStart = -1
    /// `ByteClass.table`, read once per builder: reading the static each parse costs a
    /// `swift_once` call.
    let byteClasses = ByteClass.table

    /// Whether any type-system node was parsed. The other type-system kinds are only children
    /// of schema, type and directive definitions, so without those they are all empty.
    var hasTypeSystemNodes: Bool {
        schemaDefinitions.count != 0 || typeDefinitions.count != 0 || directiveDefinitions.count != 0
    }

    /// Empties every array, keeping its capacity for the next parse .
    mutating func removeAll() {
        definitions.removeAll()
        operations.removeAll()
        fragments.removeAll()
        variableDefinitions.removeAll()
        selectionSets.removeAll()
        selections.removeAll()
        fields.removeAll()
        fragmentSpreads.removeAll()
        inlineFragments.removeAll()
        arguments.removeAll()
        directives.removeAll()
        values.removeAll()
        objectFields.removeAll()
        typeNodes.removeAll()
        schemaDefinitions.removeAll()
        operationTypes.removeAll()
        typeDefinitions.removeAll()
        fieldDefinitions.removeAll()
        inputValueDefinitions.removeAll()
        enumValueDefinitions.removeAll()
        directiveDefinitions.removeAll()
        names.removeAll()
        pendingSelections.removeAll()
        pendingValues.removeAll()
        pendingObjectFields.removeAll()
        directSelectionsStart = -1
    }

    /// A nested selection set is starting: the enclosing set appending straight to `selections`
    /// moves its selections so far to the pending stack, so the nested set's selections do not
    /// land in the middle of its own.
    @inline(__always)
    mutating func divertDirectSelections() {
        let start = directSelectionsStart
        guard start >= 0 else { return }
        for index in start..<selections.count { pendingSelections.push(selections[index]) }
        selections.removeSuffix(from: start)
        directSelectionsStart = -1
    }
}
