// Validation and execution of a parsed fuzz input, with resolvers that answer every field.
import Dispatch

enum FuzzPipeline {
    /// The executor for every input: resolvers for all fields, and limits (so their checks run).
    static func executor(for schema: Schema) -> Executor<FuzzContext> {
        Executor(
            schema: schema, resolvers: FuzzResolvers.registry(for: schema),
            limits: QueryLimits(maxDepth: 16, maxCost: 5000))
    }

    /// Validates `document` and, when valid, executes its first operation.
    static func run(_ document: Document, executor: Executor<FuzzContext>) {
        guard Validator.validate(document, against: executor.schema).isEmpty else { return }
        let name = document.operations.first?.name.map { document.string($0) }
        let done = DispatchSemaphore(value: 0)
        Task {
            let result = await executor.execute(document: document, operationName: name, context: FuzzContext())
            precondition(result.data != nil || !result.errors.isEmpty, "a result with neither data nor errors")
            _ = result.json()
            done.signal()
        }
        done.wait()
    }
}

/// The resolvers' context (nothing).
struct FuzzContext: Sendable {}
