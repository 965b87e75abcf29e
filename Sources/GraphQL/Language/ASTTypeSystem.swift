// The nodes of type-system documents (SDL). GraphQL spec (Oct 2021) §3: schema, types,
// directives, and their extensions (`extend ...`), which reuse the definition nodes with a flag.

/// `schema @dir { query: Q mutation: M }` or `extend schema ...`.
package struct SchemaDefinitionNode: Hashable, Sendable, SourceLocated {
    /// The description before `schema`; never on an extension.
    package var description: StringLiteral?
    /// Whether it is `extend schema`.
    package var isExtension: Bool
    /// Directives after the keyword.
    package var directives: NodeList<DirectiveNode>
    /// `query: Q` entries; may be empty on an extension.
    package var operationTypes: NodeList<OperationTypeDefinitionNode>
    /// Where the description, `extend` or `schema` starts.
    package var offset: UInt32
}

/// `query: TypeName` inside a schema definition.
package struct OperationTypeDefinitionNode: Hashable, Sendable, SourceLocated {
    /// Which root.
    package var operation: OperationKind
    /// The root type's name.
    package var type: NameNode
    /// Where the operation keyword is.
    package var offset: UInt32
}

/// The kind of a named type definition.
package enum TypeDefinitionKind: UInt8, Hashable, Sendable {
    case scalar, object, interface, union, enumeration, inputObject

    /// The SDL keyword: `scalar`, `type`, `interface`, `union`, `enum`, `input`.
    package var keyword: String {
        switch self {
        case .scalar: "scalar"
        case .object: "type"
        case .interface: "interface"
        case .union: "union"
        case .enumeration: "enum"
        case .inputObject: "input"
        }
    }
}

/// A named type definition or extension: `scalar`, `type`, `interface`, `union`, `enum`, `input`.
///
/// The lists a kind does not use are empty: only objects and interfaces have `interfaces` and
/// `fields`, only unions `unionMembers`, only enums `enumValues`, only input objects `inputFields`.
package struct TypeDefinitionNode: Hashable, Sendable, SourceLocated {
    /// Which kind of type.
    package var kind: TypeDefinitionKind
    /// Whether it is an `extend ...`.
    package var isExtension: Bool
    /// The description; never on an extension.
    package var description: StringLiteral?
    /// The type's name.
    package var name: NameNode
    /// `implements A & B` (objects and interfaces).
    package var interfaces: NodeList<NameNode>
    /// Directives after the name (and interfaces).
    package var directives: NodeList<DirectiveNode>
    /// `{ field(args): Type }` (objects and interfaces).
    package var fields: NodeList<FieldDefinitionNode>
    /// `= A | B` (unions).
    package var unionMembers: NodeList<NameNode>
    /// `{ A B }` (enums).
    package var enumValues: NodeList<EnumValueDefinitionNode>
    /// `{ name: Type = default }` (input objects).
    package var inputFields: NodeList<InputValueDefinitionNode>
    /// Where the description, `extend` or keyword starts.
    package var offset: UInt32
}

/// `"description" name(arguments): Type @directives` in an object or interface.
package struct FieldDefinitionNode: Hashable, Sendable, SourceLocated {
    /// The description, if any.
    package var description: StringLiteral?
    /// The field's name.
    package var name: NameNode
    /// `(name: Type = default, ...)`; empty when absent.
    package var arguments: NodeList<InputValueDefinitionNode>
    /// The field's output type.
    package var type: NodeRef<TypeNode>
    /// Directives after the type.
    package var directives: NodeList<DirectiveNode>
    /// Where the description or name starts.
    package var offset: UInt32
}

/// `"description" name: Type = default @directives`: an argument or an input object field.
package struct InputValueDefinitionNode: Hashable, Sendable, SourceLocated {
    /// The description, if any.
    package var description: StringLiteral?
    /// The name.
    package var name: NameNode
    /// The input type.
    package var type: NodeRef<TypeNode>
    /// The default (a constant value), if any.
    package var defaultValue: NodeRef<ValueNode>?
    /// Directives after the type or default.
    package var directives: NodeList<DirectiveNode>
    /// Where the description or name starts.
    package var offset: UInt32
}

/// `"description" VALUE @directives` in an enum.
package struct EnumValueDefinitionNode: Hashable, Sendable, SourceLocated {
    /// The description, if any.
    package var description: StringLiteral?
    /// The value's name (never `true`, `false` or `null`).
    package var name: NameNode
    /// Directives after the name.
    package var directives: NodeList<DirectiveNode>
    /// Where the description or name starts.
    package var offset: UInt32
}

/// `"description" directive @name(arguments) repeatable on LOCATION | ...`.
package struct DirectiveDefinitionNode: Hashable, Sendable, SourceLocated {
    /// The description, if any.
    package var description: StringLiteral?
    /// The directive's name, without `@`.
    package var name: NameNode
    /// `(name: Type = default, ...)`; empty when absent.
    package var arguments: NodeList<InputValueDefinitionNode>
    /// Whether `repeatable` was written.
    package var isRepeatable: Bool
    /// The locations as names (`FIELD`, `QUERY`, ...), each checked by the parser to be a valid one.
    package var locations: NodeList<NameNode>
    /// Where the description or `directive` starts.
    package var offset: UInt32
}

/// One top-level definition of a document, in source order.
package enum DefinitionNode: Hashable, Sendable {
    /// An operation (including the shorthand).
    case operation(NodeRef<OperationDefinitionNode>)
    /// `fragment Name on Type { ... }`
    case fragment(NodeRef<FragmentDefinitionNode>)
    /// `schema { ... }` or `extend schema ...`
    case schema(NodeRef<SchemaDefinitionNode>)
    /// A type definition or extension.
    case type(NodeRef<TypeDefinitionNode>)
    /// `directive @name ... on ...`
    case directive(NodeRef<DirectiveDefinitionNode>)

    /// Whether it may appear in an executable document (operation or fragment).
    package var isExecutable: Bool {
        switch self {
        case .operation, .fragment: true
        case .schema, .type, .directive: false
        }
    }
}
