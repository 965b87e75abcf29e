// GraphQL spec (Oct 2021) §2.9: input values.

/// One input value as written: a literal, a variable, a list or an input object.
///
/// Scalars keep their source bytes; read them with `document.string(_:)`, `document.intValue(_:)`,
/// `document.floatValue(_:)`. Lists and objects hold contiguous children.
package struct ValueNode: Hashable, Sendable, SourceLocated {
    /// What a value is.
    package enum Kind: Hashable, Sendable {
        /// `$name` (the name without `$`); never in a constant value.
        case variable(NameNode)
        /// `-12`: the token's bytes, sign included.
        case int(SourceRange)
        /// `1.5e3`: the token's bytes, sign included.
        case float(SourceRange)
        /// `"..."` or `"""..."""`.
        case string(StringLiteral)
        /// `true` or `false`.
        case boolean(Bool)
        /// `null`
        case null
        /// An enum value: any name but `true`, `false`, `null`.
        case enumValue(NameNode)
        /// `[a, b]`: the items in order.
        case list(NodeList<ValueNode>)
        /// `{name: value}`: the fields in order.
        case object(NodeList<ObjectFieldNode>)
    }

    /// The value's kind and payload.
    package var kind: Kind
    /// Where the value's first token starts.
    package var offset: UInt32
}

/// `name: value` inside an input object value.
package struct ObjectFieldNode: Hashable, Sendable, SourceLocated {
    /// The field's name.
    package var name: NameNode
    /// The field's value.
    package var value: NodeRef<ValueNode>
    /// Where the name starts.
    package var offset: UInt32
}
