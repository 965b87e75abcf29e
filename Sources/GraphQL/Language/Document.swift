/// A parsed GraphQL document: its UTF-8 source and every node, in flat arrays, one per node kind
/// (all of them in one allocation).
///
/// A node's children are a `NodeList` (a contiguous index range) or a `NodeRef` into those arrays,
/// names and literals are byte ranges of `source`, and every node knows its start offset. Nothing
/// is allocated per node, so parsing is a single pass that appends small structs.
///
/// ```swift
/// let document = try Parser.parse("{ user(id: 4) { name } }")
/// let operation = try #require(document.operation(named: nil))
/// for selection in document.selections(of: operation.selectionSet) {
///     if case .field(let ref) = selection { print(document.string(document[ref].name)) }
/// }
/// ```
///
/// Documents are immutable values once parsed; copies share storage and are `Sendable`.
package struct Document: Sendable {
    /// The document's UTF-8 source; every `SourceRange` points into it.
    package let source: [UInt8]
    /// Every node, packed in one allocation. Never mutated once made, so sharing it is safe.
    nonisolated(unsafe) let storage: NodeStorage

    /// The document over `source` whose nodes `builder` collected.
    init(source: [UInt8], nodes builder: UnsafePointer<DocumentBuilder>) {
        self.source = source
        self.storage = NodeStorage.make(from: builder)
    }

    /// The top-level definitions in source order.
    package var definitions: NodeArray<DefinitionNode> { storage.nodes { $0.definitions } }

    /// Every operation definition.
    package var operations: NodeArray<OperationDefinitionNode> { storage.nodes { $0.operations } }
    /// Every fragment definition.
    package var fragments: NodeArray<FragmentDefinitionNode> { storage.nodes { $0.fragments } }
    /// Every variable definition, grouped per operation.
    package var variableDefinitions: NodeArray<VariableDefinitionNode> {
        storage.nodes { $0.variableDefinitions }
    }
    /// Every selection set.
    package var selectionSets: NodeArray<SelectionSetNode> { storage.nodes { $0.selectionSets } }
    /// Every selection, grouped per selection set.
    package var selections: NodeArray<SelectionNode> { storage.nodes { $0.selections } }
    /// Every field.
    package var fields: NodeArray<FieldNode> { storage.nodes { $0.fields } }
    /// Every fragment spread.
    package var fragmentSpreads: NodeArray<FragmentSpreadNode> { storage.nodes { $0.fragmentSpreads } }
    /// Every inline fragment.
    package var inlineFragments: NodeArray<InlineFragmentNode> { storage.nodes { $0.inlineFragments } }
    /// Every argument, grouped per field or directive.
    package var arguments: NodeArray<ArgumentNode> { storage.nodes { $0.arguments } }
    /// Every directive use, grouped per annotated node.
    package var directives: NodeArray<DirectiveNode> { storage.nodes { $0.directives } }
    /// Every value, list items grouped per list.
    package var values: NodeArray<ValueNode> { storage.nodes { $0.values } }
    /// Every input object field, grouped per object value.
    package var objectFields: NodeArray<ObjectFieldNode> { storage.nodes { $0.objectFields } }
    /// Every type reference (named, list and non-null wrappers).
    package var typeNodes: NodeArray<TypeNode> { storage.nodes { $0.typeNodes } }
    /// Every schema definition and extension.
    package var schemaDefinitions: NodeArray<SchemaDefinitionNode> { storage.nodes { $0.schemaDefinitions } }
    /// Every root operation type entry, grouped per schema definition.
    package var operationTypes: NodeArray<OperationTypeDefinitionNode> { storage.nodes { $0.operationTypes } }
    /// Every type definition and extension.
    package var typeDefinitions: NodeArray<TypeDefinitionNode> { storage.nodes { $0.typeDefinitions } }
    /// Every field definition, grouped per type.
    package var fieldDefinitions: NodeArray<FieldDefinitionNode> { storage.nodes { $0.fieldDefinitions } }
    /// Every argument definition and input field, grouped per owner.
    package var inputValueDefinitions: NodeArray<InputValueDefinitionNode> {
        storage.nodes { $0.inputValueDefinitions }
    }
    /// Every enum value definition, grouped per enum.
    package var enumValueDefinitions: NodeArray<EnumValueDefinitionNode> {
        storage.nodes { $0.enumValueDefinitions }
    }
    /// Every directive definition.
    package var directiveDefinitions: NodeArray<DirectiveDefinitionNode> {
        storage.nodes { $0.directiveDefinitions }
    }

    /// Names in lists: implemented interfaces, union members and directive locations.
    package var names: NodeArray<NameNode> { storage.nodes { $0.names } }
}

// MARK: - Reading nodes by reference

extension Document {
    package subscript(ref: NodeRef<OperationDefinitionNode>) -> OperationDefinitionNode { operations[Int(ref.index)] }
    package subscript(ref: NodeRef<FragmentDefinitionNode>) -> FragmentDefinitionNode { fragments[Int(ref.index)] }
    package subscript(ref: NodeRef<VariableDefinitionNode>) -> VariableDefinitionNode {
        variableDefinitions[Int(ref.index)]
    }
    package subscript(ref: NodeRef<SelectionSetNode>) -> SelectionSetNode { selectionSets[Int(ref.index)] }
    package subscript(ref: NodeRef<SelectionNode>) -> SelectionNode { selections[Int(ref.index)] }
    package subscript(ref: NodeRef<FieldNode>) -> FieldNode { fields[Int(ref.index)] }
    package subscript(ref: NodeRef<FragmentSpreadNode>) -> FragmentSpreadNode { fragmentSpreads[Int(ref.index)] }
    package subscript(ref: NodeRef<InlineFragmentNode>) -> InlineFragmentNode { inlineFragments[Int(ref.index)] }
    package subscript(ref: NodeRef<ArgumentNode>) -> ArgumentNode { arguments[Int(ref.index)] }
    package subscript(ref: NodeRef<DirectiveNode>) -> DirectiveNode { directives[Int(ref.index)] }
    package subscript(ref: NodeRef<ValueNode>) -> ValueNode { values[Int(ref.index)] }
    package subscript(ref: NodeRef<ObjectFieldNode>) -> ObjectFieldNode { objectFields[Int(ref.index)] }
    package subscript(ref: NodeRef<TypeNode>) -> TypeNode { typeNodes[Int(ref.index)] }
    package subscript(ref: NodeRef<SchemaDefinitionNode>) -> SchemaDefinitionNode {
        schemaDefinitions[Int(ref.index)]
    }
    package subscript(ref: NodeRef<OperationTypeDefinitionNode>) -> OperationTypeDefinitionNode {
        operationTypes[Int(ref.index)]
    }
    package subscript(ref: NodeRef<TypeDefinitionNode>) -> TypeDefinitionNode { typeDefinitions[Int(ref.index)] }
    package subscript(ref: NodeRef<FieldDefinitionNode>) -> FieldDefinitionNode { fieldDefinitions[Int(ref.index)] }
    package subscript(ref: NodeRef<InputValueDefinitionNode>) -> InputValueDefinitionNode {
        inputValueDefinitions[Int(ref.index)]
    }
    package subscript(ref: NodeRef<EnumValueDefinitionNode>) -> EnumValueDefinitionNode {
        enumValueDefinitions[Int(ref.index)]
    }
    package subscript(ref: NodeRef<DirectiveDefinitionNode>) -> DirectiveDefinitionNode {
        directiveDefinitions[Int(ref.index)]
    }
    package subscript(ref: NodeRef<NameNode>) -> NameNode { names[Int(ref.index)] }
}
