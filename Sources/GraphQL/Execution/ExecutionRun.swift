import Synchronization

// ExecuteSelectionSet, ExecuteField and CompleteValue: GraphQL spec (Oct 2021) §6.3-§6.4, with
// the response written straight to JSON bytes in response-key order. A field error is thrown
// (typed, no allocation) up to the nearest nullable position, which records it, cuts its own
// partial output and writes `null` (§6.4.4 Handling Field Errors).

/// One step of the current response path, kept cheap while executing.
enum PathStep: Sendable {
    case key(NameNode)
    case index(Int)
}

/// What one branch of execution produces: response bytes, errors, and the current path.
struct ExecutionOutput: Sendable {
    var bytes: [UInt8] = []
    var errors: [GraphQLError] = []
    var path: [PathStep] = []
}

/// One request being executed: the prepared executor, the document and the coerced variables.
///
/// A class, so the many async calls of one request share it by reference instead of copying
/// the document's arrays. It also remembers each object type's collected fields per field
/// group, so a list of 500 objects collects its sub-selection once (CollectFields is pure).
final class ExecutionRun: Sendable {
    let document: Document
    let variables: VariableValues
    let table: TypeTable
    let resolvers: any FieldResolving
    /// `__schema` and `__type`.
    let metaFields: (schema: FieldInfo, type: FieldInfo)
    /// Whether no resolver below the root fields is asynchronous: completion then runs without
    /// `await` (no executor hops, no async frames).
    let isSynchronous: Bool
    private let plans = Mutex<[PlanKey: [PlannedField]]>([:])

    init(
        table: TypeTable, document: Document, variables: VariableValues, resolvers: any FieldResolving,
        metaFields: (schema: FieldInfo, type: FieldInfo), isSynchronous: Bool
    ) {
        self.table = table
        self.document = document
        self.variables = variables
        self.resolvers = resolvers
        self.metaFields = metaFields
        self.isSynchronous = isSynchronous
    }

    /// The fields to execute for an object of `type` under `group` (CollectSubfields, memoised).
    func plan(_ type: TypeInfo, _ group: FieldGroup) -> [PlannedField] {
        let key = PlanKey(type: ObjectIdentifier(type), first: group.first.index, more: group.more.map(\.index))
        if let known = plans.withLock({ $0[key] }) { return known }
        let planned = plan(type, collectSubfields(type, group))
        plans.withLock { $0[key] = planned }
        return planned
    }

    func plan(_ type: TypeInfo, _ groups: [FieldGroup]) -> [PlannedField] {
        groups.compactMap { group in selectedField(type, group).map { PlannedField(group: group, selected: $0) } }
    }

    /// Executes the root selection set: serially for a mutation (§6.2.2), else normally.
    func executeRoot(_ operation: OperationDefinitionNode, root: TypeInfo, rootValue: FieldValue) async
        -> ExecutionResult
    {
        var output = ExecutionOutput()
        output.bytes.reserveCapacity(512)
        let fields = plan(root, collectFields(root, [operation.selectionSet]))
        do throws(GraphQLError) {
            try await executeFields(root, rootValue, fields, serially: operation.kind == .mutation, into: &output)
        } catch {
            output.errors.append(error)
            output.bytes = Array("null".utf8)
        }
        return ExecutionResult(data: output.bytes, errors: output.errors)
    }

    /// Writes `{"key":value,...}` for `fields` on an object of `type`.
    func executeFields(
        _ type: TypeInfo, _ parent: FieldValue, _ fields: [PlannedField], serially: Bool,
        into output: inout ExecutionOutput
    ) async throws(GraphQLError) {
        if !serially, fields.lazy.filter({ $0.selected.isAsync }).count > 1 {
            return try await executeConcurrently(type, parent, fields, into: &output)
        }
        output.bytes.append(UInt8(ascii: "{"))
        var isFirst = true
        for field in fields {
            writeKey(field.group.key, isFirst: &isFirst, into: &output)
            try await executeField(type, parent, field.group, field.selected, into: &output)
        }
        output.bytes.append(UInt8(ascii: "}"))
    }

    /// Query fields with several async resolvers: those run concurrently, each into its own
    /// buffer, and are spliced back in response-key order with the synchronous ones.
    private func executeConcurrently(
        _ type: TypeInfo, _ parent: FieldValue, _ fields: [PlannedField], into output: inout ExecutionOutput
    ) async throws(GraphQLError) {
        let path = output.path
        var branches = [(ExecutionOutput, GraphQLError?)?](repeating: nil, count: fields.count)
        await withTaskGroup(of: (Int, ExecutionOutput, GraphQLError?).self) { taskGroup in
            for (position, field) in fields.enumerated() where field.selected.isAsync {
                taskGroup.addTask {
                    var branch = ExecutionOutput(path: path)
                    do throws(GraphQLError) {
                        try await self.executeField(type, parent, field.group, field.selected, into: &branch)
                        return (position, branch, nil)
                    } catch {
                        return (position, branch, error)
                    }
                }
            }
            for await (position, branch, error) in taskGroup { branches[position] = (branch, error) }
        }
        output.bytes.append(UInt8(ascii: "{"))
        var isFirst = true
        for (position, field) in fields.enumerated() {
            writeKey(field.group.key, isFirst: &isFirst, into: &output)
            guard let (branch, error) = branches[position] else {
                try await executeField(type, parent, field.group, field.selected, into: &output)
                continue
            }
            output.errors.append(contentsOf: branch.errors)
            if let error { throw error }
            output.bytes.append(contentsOf: branch.bytes)
        }
        output.bytes.append(UInt8(ascii: "}"))
    }

    private func writeKey(_ key: NameNode, isFirst: inout Bool, into output: inout ExecutionOutput) {
        if !isFirst { output.bytes.append(UInt8(ascii: ",")) }
        isFirst = false
        output.bytes.append(UInt8(ascii: "\""))
        // Names are [_A-Za-z][_0-9A-Za-z]* (§2.1.9): nothing to escape.
        output.bytes.append(contentsOf: document.source[Int(key.range.start)..<Int(key.range.end)])
        output.bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// The field a group selects on `type`: a schema field, or a meta-field; nil for a field
    /// the type does not have (graphql-js skips it; validation rejects it).
    func selectedField(_ type: TypeInfo, _ group: FieldGroup) -> SelectedField? {
        let name = document[group.first].name
        if document.source[Int(name.range.start)] == UInt8(ascii: "_") {
            if document.name(name, equals: "__typename") { return .typename }
            if type.name == table.schema.queryTypeName {
                if document.name(name, equals: "__schema") { return .field(metaFields.schema) }
                if document.name(name, equals: "__type") { return .field(metaFields.type) }
            }
        }
        return type.fields[document.string(name)].map { .field($0) }
    }

    /// ExecuteField, §6.4: coerce arguments, resolve, complete; a field error is recorded here
    /// when the field is nullable, else thrown to the parent.
    private func executeField(
        _ type: TypeInfo, _ parent: FieldValue, _ group: FieldGroup, _ selected: SelectedField,
        into output: inout ExecutionOutput
    ) async throws(GraphQLError) {
        guard case .field(let field) = selected else {
            JSONWriter.writeString(type.name, into: &output.bytes)
            return
        }
        if isSynchronous && !selected.isAsync { return try executeFieldNow(type, parent, group, field, into: &output) }
        output.path.append(.key(group.key))
        defer { output.path.removeLast() }
        let mark = output.bytes.count
        do throws(GraphQLError) {
            let value = try await resolve(field, type, parent, group, output.path)
            try await complete(field.type, value, field, group, into: &output)
        } catch {
            try handle(error, at: field.type, mark: mark, into: &output)
        }
    }

    /// §6.4.4: a nullable position absorbs the error (recorded once, output replaced by null);
    /// a non-null one passes it to its parent.
    func handle(_ error: GraphQLError, at type: OutputType, mark: Int, into output: inout ExecutionOutput)
        throws(GraphQLError)
    {
        if case .nonNull = type { throw error }
        output.errors.append(error)
        output.bytes.removeSubrange(mark...)
        output.bytes.append(contentsOf: "null".utf8)
    }

    /// The located error for `message` at the current path.
    func fieldError(_ message: String, _ group: FieldGroup, _ path: [PathStep]) -> GraphQLError {
        GraphQLError(message: message, locations: locations(of: group), path: responsePath(path))
    }

    func locations(of group: FieldGroup) -> [SourceLocation] {
        [document.location(of: document[group.first])] + group.more.map { document.location(of: document[$0]) }
    }

    func responsePath(_ path: [PathStep]) -> [GraphQLError.PathComponent] {
        path.map { step in
            switch step {
            case .key(let name): .key(document.string(name))
            case .index(let index): .index(index)
            }
        }
    }
}

/// A field group with the field it selects, ready to execute.
struct PlannedField: Sendable {
    let group: FieldGroup
    let selected: SelectedField
}

/// The memo key of a sub-selection plan: the object type and the field group's nodes.
struct PlanKey: Hashable, Sendable {
    let type: ObjectIdentifier
    let first: UInt32
    let more: [UInt32]
}

/// A field selected on an object: `__typename` or a field with its execution plan.
enum SelectedField: Sendable {
    case typename
    case field(FieldInfo)

    var isAsync: Bool {
        guard case .field(let field) = self, case .registered(let slot) = field.resolution else { return false }
        return slot.isAsync
    }
}
