/// One entry of a response's `errors`: a message, where in the document, where in the result,
/// and `extensions` (GraphQL spec (Oct 2021) §7.1.2).
///
/// `kind` tells the HTTP layer which code an error maps to: a variable or argument value that
/// does not coerce is `BAD_USER_INPUT`, a query over the limits already carries
/// `extensions.code` `QUERY_TOO_COMPLEX`, a resolver's error keeps the extensions it threw with.
///
/// Resolvers may throw a `GraphQLError` to choose the message and extensions; any other error
/// becomes a field error whose message is the error's description.
package struct GraphQLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, for a person.
    package var message: String
    /// Places in the request document, if known.
    package var locations: [SourceLocation]
    /// The response path of the field that failed (keys and list indices), if a field is known.
    package var path: [PathComponent]?
    /// `extensions`, in insertion order (e.g. `code`).
    package var extensions: [(key: String, value: InputValue)]
    /// Which stage produced the error.
    package var kind: Kind

    /// Which stage of a request produced an error.
    package enum Kind: Hashable, Sendable {
        /// A variable value did not coerce to its declared type (CoerceVariableValues).
        case variableCoercion
        /// An argument value did not coerce (CoerceArgumentValues) while executing a field.
        case argumentCoercion
        /// A resolver failed or a value could not be completed.
        case field
        /// Depth or cost over the configured maxima; `extensions.code` is `QUERY_TOO_COMPLEX`.
        case limits
        /// The request cannot run at all: no such operation, no root type.
        case request
        /// A validation rule failed (GraphQL spec (Oct 2021) §5).
        case validation
    }

    /// Makes an error.
    package init(
        _ message: String, locations: [SourceLocation] = [], path: [PathComponent]? = nil,
        extensions: [(key: String, value: InputValue)] = [], kind: Kind = .field
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
        self.kind = kind
    }

    /// The `extensions.code` string, if any.
    package var code: String? {
        for entry in extensions where entry.key == "code" {
            if case .string(let code) = entry.value { return code }
        }
        return nil
    }

    /// Whether the error means the client's input did not coerce (`BAD_USER_INPUT`).
    package var isUserInputError: Bool { kind == .variableCoercion || kind == .argumentCoercion }

    package var description: String { message }

    package static func == (left: GraphQLError, right: GraphQLError) -> Bool {
        left.message == right.message && left.locations == right.locations && left.path == right.path
            && left.kind == right.kind && left.extensions.elementsEqual(right.extensions) { $0 == $1 }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(path)
    }
}

/// One step of a response path: an object key (alias or field name) or a list index.
package enum PathComponent: Hashable, Sendable, CustomStringConvertible {
    case key(String)
    case index(Int)

    package var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): String(index)
        }
    }
}
