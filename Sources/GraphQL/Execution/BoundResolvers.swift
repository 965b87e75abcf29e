/// The resolvers one request calls, bound to its context, behind a non-generic interface so
/// the execution engine itself is not generic (no generic metadata look-ups per call).
protocol FieldResolving: Sendable {
    /// Runs the synchronous resolver at `slot`.
    func resolve(_ slot: Int, _ input: ResolveInput<Void>) throws -> FieldValue
    /// Runs the resolver at `slot`, awaiting it if it is asynchronous.
    func resolveAsync(_ slot: Int, _ input: ResolveInput<Void>) async throws -> FieldValue
    /// The object type of `value` where an abstract type is expected, from the type resolver.
    func runtimeType(of value: FieldValue, abstract: String) -> String?
}

/// A registry's resolvers with the request's context.
struct BoundResolvers<Context: Sendable>: FieldResolving {
    let resolvers: [Resolver<Context>]
    let typeResolvers: [String: @Sendable (FieldValue, Context) -> String?]
    let context: Context

    private func input(_ input: ResolveInput<Void>) -> ResolveInput<Context> {
        ResolveInput(
            parent: input.parent, arguments: input.arguments, context: context, fieldName: input.fieldName,
            parentTypeName: input.parentTypeName)
    }

    func resolve(_ slot: Int, _ input: ResolveInput<Void>) throws -> FieldValue {
        switch resolvers[slot] {
        case .sync(let resolve): return try resolve(self.input(input))
        case .async:
            throw GraphQLError(message: "Field \(input.parentTypeName).\(input.fieldName) cannot run synchronously.")
        }
    }

    func resolveAsync(_ slot: Int, _ input: ResolveInput<Void>) async throws -> FieldValue {
        switch resolvers[slot] {
        case .sync(let resolve): return try resolve(self.input(input))
        case .async(let resolve): return try await resolve(self.input(input))
        }
    }

    func runtimeType(of value: FieldValue, abstract: String) -> String? { typeResolvers[abstract]?(value, context) }
}
