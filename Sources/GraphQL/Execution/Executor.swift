/// Executes GraphQL requests against one schema and one resolver registry: built once at
/// start-up, then shared by every request (GraphQL spec (Oct 2021) §6).
///
/// ```swift
/// let executor = Executor(schema: schema, resolvers: resolvers, limits: QueryLimits(maxDepth: 12))
/// let result = await executor.execute(document: document, variables: variables, context: context)
/// body = result.json()
/// ```
///
/// The document must have passed validation; execution assumes it did (as graphql-js does)
/// but never traps on one that did not.
package final class Executor<Context: Sendable>: Sendable {
    let table: TypeTable
    let resolvers: [Resolver<Context>]
    let typeResolvers: [String: @Sendable (FieldValue, Context) -> String?]
    /// Names of fields with async resolvers on types other than the roots: a document that
    /// selects none of them completes everything below its root fields synchronously.
    let nestedAsyncFieldNames: Set<String>
    /// Names of the query root's fields with async resolvers: `executeNow` declines a query
    /// that selects one at its root.
    let queryAsyncFieldNames: [String]
    /// The depth and cost maxima checked before any resolver runs.
    package let limits: QueryLimits
    /// `__schema` and `__type` on the query root.
    let schemaField: FieldInfo
    let typeField: FieldInfo

    /// Prepares `schema` with `resolvers` for execution.
    package init(schema: Schema, resolvers: Resolvers<Context>, limits: QueryLimits = QueryLimits()) {
        var slots: [FieldKey: ResolverSlot] = [:]
        var list: [Resolver<Context>] = []
        var nestedAsync: Set<String> = []
        var queryAsync: [String] = []
        let roots = [schema.queryTypeName, schema.mutationTypeName, schema.subscriptionTypeName]
        for (key, resolver) in resolvers.fields {
            slots[key] = ResolverSlot(index: list.count, isAsync: resolver.isAsync)
            list.append(resolver)
            if resolver.isAsync && !roots.contains(key.typeName) { nestedAsync.insert(key.fieldName) }
            if resolver.isAsync && key.typeName == schema.queryTypeName { queryAsync.append(key.fieldName) }
        }
        nestedAsyncFieldNames = nestedAsync
        queryAsyncFieldNames = queryAsync.sorted()
        let table = TypeTable(schema: schema, scalars: resolvers.scalars, resolverSlots: slots)
        self.table = table
        self.resolvers = list
        typeResolvers = resolvers.typeResolvers
        self.limits = limits
        let query = schema.queryTypeName ?? "Query"
        let index = Dictionary(table.types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        schemaField = FieldInfo(
            definition: Schema.schemaField, type: OutputType(Schema.schemaField.type, index: index),
            resolution: .introspection(.rootSchema), coordinate: query + ".__schema")
        typeField = FieldInfo(
            definition: Schema.typeField, type: OutputType(Schema.typeField.type, index: index),
            resolution: .introspection(.rootType), coordinate: query + ".__type")
    }

    /// The schema executed against.
    package var schema: Schema { table.schema }

    /// Runs the operation `operationName` (or the only one) of `document`.
    ///
    /// - Parameters:
    ///   - variables: the raw variable values, a JSON object (nil or `.null` for none).
    ///   - context: handed to every resolver.
    ///   - rootValue: the parent value of the root type's fields.
    /// - Returns: the data as JSON and the errors; errors before execution starts (unknown
    ///   operation, variable coercion, limits) come without `data`.
    package func execute(
        document: Document, operationName: String? = nil, variables: InputValue? = nil, context: Context,
        rootValue: FieldValue = .null
    ) async -> ExecutionResult {
        let operation: OperationDefinitionNode
        switch selectOperation(document, operationName) {
        case .success(let found): operation = found
        case .failure(let error): return ExecutionResult(errors: [error])
        }
        switch prepare(
            operation, document, variables, context, isSynchronous: !self.selectsNestedAsyncField(document))
        {
        case .finished(let result): return result
        case .ready(let run, let root): return await run.executeRoot(operation, root: root, rootValue: rootValue)
        }
    }

    /// What is left once an operation is chosen: an answer already (variables or limits
    /// failed, or no root type), or a run ready to execute from its root type.
    enum Preparation {
        case finished(ExecutionResult)
        case ready(ExecutionRun, root: TypeInfo)
    }

    /// Coerces the variables, checks the limits and finds the root type: the steps before any
    /// resolver runs, shared by `execute` and `executeNow` so both answer the same.
    func prepare(
        _ operation: OperationDefinitionNode, _ document: Document, _ variables: InputValue?, _ context: Context,
        isSynchronous: @autoclosure () -> Bool
    ) -> Preparation {
        let (coerced, errors) = VariableValues.coerce(variables, for: operation, in: document, table: table)
        guard errors.isEmpty else { return .finished(ExecutionResult(errors: errors)) }
        if let error = limits.check(operation, in: document, variables: coerced, table: table) {
            return .finished(ExecutionResult(errors: [error]))
        }
        guard let rootName = table.schema.rootTypeName(for: operation.kind), let root = table.info(named: rootName),
            operation.kind != .subscription
        else {
            let error = GraphQLError(
                message: "Schema is not configured to execute \(operation.kind.keyword) operation.",
                locations: [document.location(of: operation)])
            return .finished(ExecutionResult(data: Array("null".utf8), errors: [error]))
        }
        let run = ExecutionRun(
            table: table, document: document, variables: coerced,
            resolvers: BoundResolvers(resolvers: resolvers, typeResolvers: typeResolvers, context: context),
            metaFields: (schemaField, typeField), isSynchronous: isSynchronous())
        return .ready(run, root: root)
    }

    func selectsNestedAsyncField(_ document: Document) -> Bool {
        guard !nestedAsyncFieldNames.isEmpty else { return false }
        // A few names are compared byte by byte (no `String` per field); many, through the set.
        guard nestedAsyncFieldNames.count <= 8 else {
            return document.fields.contains { nestedAsyncFieldNames.contains(document.string($0.name)) }
        }
        return document.fields.contains { field in
            nestedAsyncFieldNames.contains { document.name(field.name, equals: $0) }
        }
    }

    /// GetOperation, GraphQL spec (Oct 2021) §6.1, with graphql-js 16's messages.
    func selectOperation(
        _ document: Document, _ name: String?
    ) -> Result<OperationDefinitionNode, GraphQLError> {
        if let operation = document.operation(named: name) { return .success(operation) }
        let message =
            if let name { "Unknown operation named \"\(name)\"." } else if document.operations.isEmpty {
                "Must provide an operation."
            } else {
                "Must provide operation name if query contains multiple operations."
            }
        return .failure(GraphQLError(message: message))
    }
}

/// Executes `document` against `schema` with `resolvers` (a convenience that prepares an
/// `Executor` per call; a server keeps one `Executor` instead).
package func execute<Context: Sendable>(
    schema: Schema, document: Document, operationName: String? = nil, variables: InputValue? = nil,
    context: Context, resolvers: Resolvers<Context>, limits: QueryLimits = QueryLimits(), rootValue: FieldValue = .null
) async -> ExecutionResult {
    await Executor(schema: schema, resolvers: resolvers, limits: limits).execute(
        document: document, operationName: operationName, variables: variables, context: context,
        rootValue: rootValue)
}
