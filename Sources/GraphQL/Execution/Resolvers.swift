/// Everything a resolver receives: the parent value, the coerced arguments, the server's
/// context, and which field it is resolving.
package struct ResolveInput<Context: Sendable>: Sendable {
    /// The value of the object the field belongs to (`.null` for a root type's fields).
    package var parent: FieldValue
    /// The field's coerced arguments.
    package var arguments: Arguments
    /// The context the server passed to `execute`.
    package var context: Context
    /// The field's name (not its alias).
    package var fieldName: String
    /// The object type the field is resolved on.
    package var parentTypeName: String
}

/// A field's resolver: synchronous (an in-memory lookup, run inline) or asynchronous (run with
/// `await`, concurrently with its async siblings in a query).
///
/// A thrown `GraphQLError` keeps its message and extensions (e.g. `code` `COMMAND_REJECTED`) and
/// gains the field's locations and path; any other error becomes a field error whose message
/// is the error's description.
package enum Resolver<Context: Sendable>: Sendable {
    case sync(@Sendable (ResolveInput<Context>) throws -> FieldValue)
    case async(@Sendable (ResolveInput<Context>) async throws -> FieldValue)

    var isAsync: Bool {
        if case .async = self { true } else { false }
    }
}

/// The resolver registry: resolvers keyed by (type name, field name), type resolvers for
/// interfaces and unions, and coercion hooks for custom scalars.
///
/// A field without a resolver reads its own name from an `.object` parent. An abstract type's
/// runtime type is the parent's `"__typename"` entry, else what its type resolver answers.
///
/// ```swift
/// var resolvers = Resolvers<AppContext>()
/// resolvers.field("Query", "user") { input in try input.context.users.find(input.arguments.string("id")) }
/// resolvers.scalars["DateTime"] = .string(named: "DateTime", isValid: isRFC3339)
/// ```
package struct Resolvers<Context: Sendable>: Sendable {
    /// Field resolvers.
    package var fields: [FieldKey: Resolver<Context>] = [:]
    /// Runtime type resolvers per interface or union name: the object type name of a value.
    package var typeResolvers: [String: @Sendable (FieldValue, Context) -> String?] = [:]
    /// Coercion of custom scalars by scalar name; unregistered scalars pass values through.
    package var scalars: [String: ScalarCoercion] = [:]

    /// An empty registry.
    package init() {}

    /// Registers a synchronous resolver for `typeName.fieldName`.
    package mutating func field(
        _ typeName: String, _ fieldName: String,
        _ resolve: @escaping @Sendable (ResolveInput<Context>) throws -> FieldValue
    ) {
        fields[FieldKey(typeName, fieldName)] = .sync(resolve)
    }

    /// Registers an asynchronous resolver for `typeName.fieldName`.
    package mutating func asyncField(
        _ typeName: String, _ fieldName: String,
        _ resolve: @escaping @Sendable (ResolveInput<Context>) async throws -> FieldValue
    ) {
        fields[FieldKey(typeName, fieldName)] = .async(resolve)
    }

    /// Registers how to find the object type of a value of interface or union `typeName`.
    package mutating func type(_ typeName: String, _ resolve: @escaping @Sendable (FieldValue, Context) -> String?) {
        typeResolvers[typeName] = resolve
    }
}
