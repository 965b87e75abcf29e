// A query whose resolvers are all synchronous needs no suspension point at all: the server can
// answer it on the thread that parsed it, without creating a task. `executeNow` decides that
// from the document's text before any work, then runs the same steps as `execute`.

extension Executor {
    /// Runs the operation without suspending when it can; nil when some resolver it would call
    /// is async (or it is a mutation/subscription): then call `execute`.
    ///
    /// The answer, when there is one, is byte for byte what `execute` answers: the operation
    /// selection, variable coercion, limits and root lookup are the same code, and below the
    /// root the synchronous completion `execute` itself uses.
    ///
    /// ```swift
    /// let result = executor.executeNow(document: document, context: context)
    ///     ?? await executor.execute(document: document, context: context)
    /// ```
    package func executeNow(
        document: Document, operationName: String? = nil, variables: InputValue? = nil, context: Context,
        rootValue: FieldValue = .null
    ) -> ExecutionResult? {
        let operation: OperationDefinitionNode
        switch selectOperation(document, operationName) {
        case .success(let found): operation = found
        case .failure(let error): return ExecutionResult(errors: [error])
        }
        // A mutation's fields run serially (§6.2.2) and its resolvers issue commands: always async here.
        guard operation.kind == .query, !selectsAsyncRootField(operation, document),
            !selectsNestedAsyncField(document)
        else { return nil }
        switch prepare(operation, document, variables, context, isSynchronous: true) {
        case .finished(let result): return result
        case .ready(let run, let root): return run.executeRootNow(operation, root: root, rootValue: rootValue)
        }
    }

    /// Whether the operation's root selection set, through its fragments, names a query field
    /// with an async resolver. Directives and type conditions are ignored (a skipped async field
    /// still declines): a conservative answer from the text alone, without allocating.
    private func selectsAsyncRootField(_ operation: OperationDefinitionNode, _ document: Document) -> Bool {
        guard !queryAsyncFieldNames.isEmpty else { return false }
        var pending = [operation.selectionSet]
        var spread: [NameNode] = []
        while let set = pending.popLast() {
            for selection in document.selections(of: set) {
                switch selection {
                case .field(let ref):
                    let name = document[ref].name
                    if queryAsyncFieldNames.contains(where: { document.name(name, equals: $0) }) { return true }
                case .inlineFragment(let ref):
                    pending.append(document[ref].selectionSet)
                case .fragmentSpread(let ref):
                    let name = document[ref].name
                    // Each fragment once: an unvalidated document may spread fragments in a cycle.
                    guard !spread.contains(where: { document.name($0, equals: name) }) else { continue }
                    spread.append(name)
                    if let fragment = document.fragments.first(where: { document.name($0.name, equals: name) }) {
                        pending.append(fragment.selectionSet)
                    }
                }
            }
        }
        return false
    }
}
