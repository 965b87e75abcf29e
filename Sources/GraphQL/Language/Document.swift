/// A parsed GraphQL document: its UTF-8 source and every node, in flat arrays, one per node kind.
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
    package internal(set) var source: [UInt8]
    /// The top-level definitions in source order.
    package internal(set) var definitions: [DefinitionNode] = []

    /// Every operation definition.
    package internal(set) var operations: [OperationDefinitionNode] = []
    /// Every fragment definition.
    package internal(set) var fragments: [FragmentDefinitionNode] = []
    /// Every variable definition, grouped per operation.
    package internal(set) var variableDefinitions: [VariableDefinitionNode] = []
    /// Every selection set.
    package internal(set) var selectionSets: [SelectionSetNode] = []
    /// Every selection, grouped per selection set.
    package internal(set) var selections: [SelectionNode] = []
    /// Every field.
    package internal(set) var fields: [FieldNode] = []
    /// Every fragment spread.
    package internal(set) var fragmentSpreads: [FragmentSpreadNode] = []
    /// Every inline fragment.
    package internal(set) var inlineFragments: [InlineFragmentNode] = []
    /// Every argument, grouped per field or directive.
    package internal(set) var arguments: [ArgumentNode] = []
    /// Every directive use, grouped per annotated node.
    package internal(set) var directives: [DirectiveNode] = []
    /// Every value, list items grouped per list.
    package internal(set) var values: [ValueNode] = []
    /// Every input object field, grouped per object value.
    package internal(set) var objectFields: [ObjectFieldNode] = []
    /// Every type reference (named, list and non-null wrappers).
    package internal(set) var typeNodes: [TypeNode] = []

    /// Every schema definition and extension.
    package internal(set) var schemaDefinitions: [SchemaDefinitionNode] = []
    /// Every root operation type entry, grouped per schema definition.
    package internal(set) var operationTypes: [OperationTypeDefinitionNode] = []
    /// Every type definition and extension.
    package internal(set) var typeDefinitions: [TypeDefinitionNode] = []
    /// Every field definition, grouped per type.
    package internal(set) var fieldDefinitions: [FieldDefinitionNode] = []
    /// Every argument definition and input field, grouped per owner.
    package internal(set) var inputValueDefinitions: [InputValueDefinitionNode] = []
    /// Every enum value definition, grouped per enum.
    package internal(set) var enumValueDefinitions: [EnumValueDefinitionNode] = []
    /// Every directive definition.
    package internal(set) var directiveDefinitions: [DirectiveDefinitionNode] = []
    /// Names in lists: implemented interfaces, union members and directive locations.
    package internal(set) var names: [NameNode] = []

    /// An empty document over `source`; the parser fills it.
    package init(source: [UInt8]) { self.source = source }
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
