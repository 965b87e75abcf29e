/// A reference to a type in a schema: a named type, or a list or non-null wrapper around one.
package indirect enum TypeReference: Hashable, Sendable, CustomStringConvertible {
    /// A named type: `Int`, `User`.
    case named(String)
    /// `[ofType]`
    case list(TypeReference)
    /// `ofType!`; `ofType` is never itself non-null.
    case nonNull(TypeReference)

    /// The named type inside all wrappers: `User` for `[User!]!`.
    package var namedType: String {
        switch self {
        case .named(let name): name
        case .list(let inner), .nonNull(let inner): inner.namedType
        }
    }

    /// Whether it is a non-null type.
    package var isNonNull: Bool {
        if case .nonNull = self { true } else { false }
    }

    /// The type without an outer non-null wrapper.
    package var nullable: TypeReference {
        if case .nonNull(let inner) = self { inner } else { self }
    }

    /// The SDL spelling: `[User!]!`.
    package var description: String {
        switch self {
        case .named(let name): name
        case .list(let inner): "[\(inner)]"
        case .nonNull(let inner): "\(inner)!"
        }
    }
}
