/// An error as a GraphQL response carries it: GraphQL spec (Oct 2021) §7.1.2 "Errors".
///
/// Shared by validation (which fills `message` and `locations`) and execution (which adds `path`
/// and `extensions`, e.g. `code`). Locations are 1-based, columns in Unicode code points.
package struct GraphQLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One step of a response path: a field's response key or a list index.
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

    /// What went wrong, as graphql-js 16 words it.
    package var message: String
    /// The source positions the error points at, in the order graphql-js gives them.
    package var locations: [SourceLocation]
    /// The response path of the field that failed during execution; empty otherwise.
    package var path: [PathComponent]
    /// Extra entries for the `extensions` object (e.g. `code`), in insertion order.
    package var extensions: [(key: String, value: String)]

    /// Makes an error.
    package init(
        message: String, locations: [SourceLocation] = [], path: [PathComponent] = [],
        extensions: [(key: String, value: String)] = []
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
    }

    /// `message (line:column, ...)`
    package var description: String {
        locations.isEmpty ? message : "\(message) (\(locations.map(\.description).joined(separator: ", ")))"
    }

    package static func == (left: GraphQLError, right: GraphQLError) -> Bool {
        left.message == right.message && left.locations == right.locations && left.path == right.path
            && left.extensions.elementsEqual(right.extensions) { $0.key == $1.key && $0.value == $1.value }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(locations)
        hasher.combine(path)
    }
}
