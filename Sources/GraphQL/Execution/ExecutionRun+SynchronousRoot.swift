// The root of a query run without `await`, for `Executor.executeNow`: the same steps as
// `executeRoot` for a query whose root fields all have synchronous resolvers (then
// `executeFields` writes each root field with `executeFieldNow`, as this does).

extension ExecutionRun {
    /// Executes the root selection set of a query synchronously; every root field must have a
    /// synchronous resolver and `isSynchronous` must hold.
    func executeRootNow(_ operation: OperationDefinitionNode, root: TypeInfo, rootValue: FieldValue)
        -> ExecutionResult
    {
        var output = ExecutionOutput()
        output.bytes.reserveCapacity(512)
        let fields = plan(root, collectFields(root, [operation.selectionSet]))
        do throws(GraphQLError) {
            try executeFieldsNow(root, rootValue, fields, into: &output)
        } catch {
            output.errors.append(error)
            output.bytes = Array("null".utf8)
        }
        return ExecutionResult(data: output.bytes, errors: output.errors)
    }
}
