// The nodes of executable documents. GraphQL spec (Oct 2021) §2: operations, selections,
// fragments, arguments, variables, directives and type references.

/// The kind of an operation (also the key of a root operation type in a schema definition).
package enum OperationKind: UInt8, Hashable, Sendable {
    case query, mutation, subscription

    /// The keyword as written: `query`, `mutation` or `subscription`.
    package var keyword: String {
        switch self {
        case .query: "query"
        case .mutation: "mutation"
        case .subscription: "subscription"
        }
    }
}

/// `query Name($var: Type) @dir { ... }`, or the anonymous shorthand `{ ... }`.
package struct OperationDefinitionNode: Hashable, Sendable, SourceLocated {
    /// Query, mutation or subscription; `.query` for the shorthand.
    package var kind: OperationKind
    /// The operation's name; nil when anonymous.
    package var name: NameNode?
    /// `($a: Int = 1, ...)`; empty when absent.
    package var variableDefinitions: NodeList<VariableDefinitionNode>
    /// Directives after the name and variables.
    package var directives: NodeList<DirectiveNode>
    /// The operation's top-level selections.
    package var selectionSet: NodeRef<SelectionSetNode>
    /// Whether it was written as the shorthand `{ ... }` (no keyword, no name).
    package var isShorthand: Bool
    package var offset: UInt32
}

/// `$name: Type = default @dir` inside an operation's variable definitions.
package struct VariableDefinitionNode: Hashable, Sendable, SourceLocated {
    /// The variable's name, without the `$`.
    package var name: NameNode
    /// The declared type.
    package var type: NodeRef<TypeNode>
    /// The default value (a constant), if any.
    package var defaultValue: NodeRef<ValueNode>?
    /// Directives after the type or default.
    package var directives: NodeList<DirectiveNode>
    /// Where the `$` is.
    package var offset: UInt32
}

/// `{ selection ... }`: the braces and what is between them.
package struct SelectionSetNode: Hashable, Sendable, SourceLocated {
    /// The selections in source order; never empty in a parsed document.
    package var selections: NodeList<SelectionNode>
    /// Where the `{` is.
    package var offset: UInt32
}

/// One entry of a selection set: a field, a fragment spread or an inline fragment.
package enum SelectionNode: Hashable, Sendable {
    /// `alias: name(args) @dir { ... }`
    case field(NodeRef<FieldNode>)
    /// `...FragmentName @dir`
    case fragmentSpread(NodeRef<FragmentSpreadNode>)
    /// `... on Type @dir { ... }` (the type condition is optional)
    case inlineFragment(NodeRef<InlineFragmentNode>)
}

/// `alias: name(arguments) @directives { selections }`.
package struct FieldNode: Hashable, Sendable, SourceLocated {
    /// The alias, if any.
    package var alias: NameNode?
    /// The field's name in its parent type.
    package var name: NameNode
    /// `(name: value, ...)`; empty when absent.
    package var arguments: NodeList<ArgumentNode>
    /// Directives after the arguments.
    package var directives: NodeList<DirectiveNode>
    /// The sub-selections; nil for a leaf.
    package var selectionSet: NodeRef<SelectionSetNode>?
    /// Where the alias (or the name, without alias) starts.
    package var offset: UInt32

    /// The key of this field in the response: the alias if present, else the name.
    package var responseKey: NameNode { alias ?? name }
}

/// `...FragmentName @directives` in a selection set.
package struct FragmentSpreadNode: Hashable, Sendable, SourceLocated {
    /// The spread fragment's name.
    package var name: NameNode
    /// Directives after the name.
    package var directives: NodeList<DirectiveNode>
    /// Where the `...` is.
    package var offset: UInt32
}

/// `... on TypeCondition @directives { selections }` in a selection set.
package struct InlineFragmentNode: Hashable, Sendable, SourceLocated {
    /// The named type after `on`; nil when omitted (the enclosing type applies).
    package var typeCondition: NameNode?
    /// Directives before the selections.
    package var directives: NodeList<DirectiveNode>
    /// The fragment's selections.
    package var selectionSet: NodeRef<SelectionSetNode>
    /// Where the `...` is.
    package var offset: UInt32
}

/// `fragment Name on TypeCondition @directives { selections }` at the top level.
package struct FragmentDefinitionNode: Hashable, Sendable, SourceLocated {
    /// The fragment's name (never `on`).
    package var name: NameNode
    /// The named type after `on`.
    package var typeCondition: NameNode
    /// Directives before the selections.
    package var directives: NodeList<DirectiveNode>
    /// The fragment's selections.
    package var selectionSet: NodeRef<SelectionSetNode>
    /// Where the `fragment` keyword is.
    package var offset: UInt32
}

/// `name: value` in a field's or directive's argument list.
package struct ArgumentNode: Hashable, Sendable, SourceLocated {
    /// The argument's name.
    package var name: NameNode
    /// The argument's value (may hold variables in an executable document).
    package var value: NodeRef<ValueNode>
    /// Where the name starts.
    package var offset: UInt32
}

/// `@name(arguments)` on any node that takes directives.
package struct DirectiveNode: Hashable, Sendable, SourceLocated {
    /// The directive's name, without the `@`.
    package var name: NameNode
    /// `(name: value, ...)`; empty when absent.
    package var arguments: NodeList<ArgumentNode>
    /// Where the `@` is.
    package var offset: UInt32
}

/// A type reference as written: `Name`, `[Type]` or `Type!`.
package struct TypeNode: Hashable, Sendable, SourceLocated {
    /// The shape of a type reference.
    package enum Shape: Hashable, Sendable {
        /// A named type: `Int`, `User`.
        case named(NameNode)
        /// `[ofType]`
        case list(NodeRef<TypeNode>)
        /// `ofType!` (ofType is named or list, never non-null)
        case nonNull(NodeRef<TypeNode>)
    }

    /// Named, list or non-null.
    package var shape: Shape
    /// Where the name or `[` starts.
    package var offset: UInt32
}
