// ResolveFieldValue and CompleteValue, GraphQL spec (Oct 2021) §6.4.2-§6.4.3, with graphql-js
// 16's messages for values that do not fit their type.

extension ExecutionRun {
    /// Coerces the field's arguments and runs its resolver.
    func resolve(
        _ field: FieldInfo, _ type: TypeInfo, _ parent: FieldValue, _ group: FieldGroup, _ path: [PathStep]
    ) async throws(GraphQLError) -> FieldValue {
        guard case .registered(let slot) = field.resolution, slot.isAsync else {
            return try resolveNow(field, type, parent, group, path)
        }
        let arguments = try coerceArguments(field, group, path)
        do {
            return try await resolvers.resolveAsync(slot.index, input(field, type, parent, arguments))
        } catch {
            throw located(error, group, path)
        }
    }

    /// Coerces the field's arguments and runs its synchronous resolver.
    func resolveNow(
        _ field: FieldInfo, _ type: TypeInfo, _ parent: FieldValue, _ group: FieldGroup, _ path: [PathStep]
    ) throws(GraphQLError) -> FieldValue {
        if case .byName = field.resolution {
            guard case .object(let fields) = parent else { return .null }
            return fields[field.definition.name] ?? .null
        }
        let arguments = try coerceArguments(field, group, path)
        switch field.resolution {
        case .byName: return .null
        case .introspection(let which): return Introspection(table: table).resolve(which, parent, arguments)
        case .registered(let slot):
            do {
                return try resolvers.resolve(slot.index, input(field, type, parent, arguments))
            } catch {
                throw located(error, group, path)
            }
        }
    }

    private func input(_ field: FieldInfo, _ type: TypeInfo, _ parent: FieldValue, _ arguments: Arguments)
        -> ResolveInput<Void>
    {
        ResolveInput(
            parent: parent, arguments: arguments, context: (), fieldName: field.definition.name,
            parentTypeName: type.name)
    }

    private func coerceArguments(_ field: FieldInfo, _ group: FieldGroup, _ path: [PathStep]) throws(GraphQLError)
        -> Arguments
    {
        var arguments = Arguments.none
        if field.hasArguments {
            let node = document[group.first]
            do throws(GraphQLError) {
                arguments = try Arguments.coerce(
                    field.definition.arguments, given: node.arguments, node: node, document: document,
                    variables: variables, table: table)
            } catch {
                var located = error
                located.path = responsePath(path)
                throw located
            }
        }
        return arguments
    }

    /// A resolver's error as a field error: a thrown `GraphQLError` keeps its message and
    /// extensions, any other error becomes its description.
    func located(_ error: any Error, _ group: FieldGroup, _ path: [PathStep]) -> GraphQLError {
        guard var graphQLError = error as? GraphQLError else {
            return fieldError(String(describing: error), group, path)
        }
        if graphQLError.locations.isEmpty { graphQLError.locations = locations(of: group) }
        graphQLError.path = responsePath(path)
        return graphQLError
    }

    /// CompleteValue, §6.4.3: writes `value` as `type`, or throws the field error.
    func complete(
        _ type: OutputType, _ value: FieldValue, _ field: FieldInfo, _ group: FieldGroup,
        into output: inout ExecutionOutput
    ) async throws(GraphQLError) {
        if isSynchronous { return try completeNow(type, value, field, group, into: &output) }
        switch type {
        case .nonNull(let inner):
            if value.isNull {
                throw fieldError("Cannot return null for non-nullable field \(field.coordinate).", group, output.path)
            }
            try await complete(inner, value, field, group, into: &output)
        case .list(let itemType):
            if value.isNull { return output.bytes.append(contentsOf: "null".utf8) }
            guard case .list(let items) = value else {
                throw fieldError(
                    "Expected Iterable, but did not find one for field \"\(field.coordinate)\".", group, output.path)
            }
            try await completeList(itemType, items, field, group, into: &output)
        case .named(let index):
            if value.isNull { return output.bytes.append(contentsOf: "null".utf8) }
            guard index >= 0 else {
                throw fieldError("Unknown type for field \(field.coordinate).", group, output.path)
            }
            let info = table.types[index]
            switch info.kind {
            case .scalar, .enumeration: try writeLeaf(info, value, group, into: &output)
            case .object:
                try await executeFields(info, value, plan(info, group), serially: false, into: &output)
            case .interface, .union:
                let runtime = try runtimeType(of: value, info, field, group, output.path)
                try await executeFields(runtime, value, plan(runtime, group), serially: false, into: &output)
            case .inputObject:
                throw fieldError("Field \(field.coordinate) has an input type.", group, output.path)
            }
        }
    }

    private func completeList(
        _ itemType: OutputType, _ items: [FieldValue], _ field: FieldInfo, _ group: FieldGroup,
        into output: inout ExecutionOutput
    ) async throws(GraphQLError) {
        output.bytes.append(UInt8(ascii: "["))
        for (position, item) in items.enumerated() {
            if position > 0 { output.bytes.append(UInt8(ascii: ",")) }
            output.path.append(.index(position))
            let mark = output.bytes.count
            do throws(GraphQLError) {
                try await complete(itemType, item, field, group, into: &output)
            } catch {
                do throws(GraphQLError) {
                    try handle(error, at: itemType, mark: mark, into: &output)
                } catch {
                    output.path.removeLast()
                    throw error
                }
            }
            output.path.removeLast()
        }
        output.bytes.append(UInt8(ascii: "]"))
    }

    /// ResolveAbstractType, §6.4.3: the parent's `__typename`, else the type resolver.
    func runtimeType(
        of value: FieldValue, _ abstract: TypeInfo, _ field: FieldInfo, _ group: FieldGroup, _ path: [PathStep]
    ) throws(GraphQLError) -> TypeInfo {
        let name = value.typename ?? resolvers.runtimeType(of: value, abstract: abstract.name)
        guard let name else {
            throw fieldError(
                "Abstract type \"\(abstract.name)\" must resolve to an Object type at runtime for field "
                    + "\"\(field.coordinate)\". Either the \"\(abstract.name)\" type should provide a \"resolveType\" "
                    + "function or each possible type should provide an \"isTypeOf\" function.", group, path)
        }
        guard let runtime = table.info(named: name) else {
            throw fieldError(
                "Abstract type \"\(abstract.name)\" was resolved to a type \"\(name)\" that does not exist inside the schema.",
                group, path)
        }
        guard runtime.kind == .object else {
            throw fieldError(
                "Abstract type \"\(abstract.name)\" was resolved to a non-object type \"\(name)\".", group, path)
        }
        guard abstract.possibleTypes.contains(name) else {
            throw fieldError(
                "Runtime Object type \"\(name)\" is not a possible type for \"\(abstract.name)\".", group, path)
        }
        return runtime
    }

    /// CompleteValue for scalars and enums: result coercion (§3.5, §3.9), then JSON.
    func writeLeaf(
        _ info: TypeInfo, _ value: FieldValue, _ group: FieldGroup, into output: inout ExecutionOutput
    ) throws(GraphQLError) {
        let serialized: FieldValue
        do throws(CoercionFailure) {
            switch info.leaf {
            case .string?:
                if case .string(let text) = value { return JSONWriter.writeString(text, into: &output.bytes) }
                serialized = try BuiltInScalars.serializeString(value)
            case .int?: serialized = try BuiltInScalars.serializeInt(value)
            case .float?: serialized = try BuiltInScalars.serializeFloat(value)
            case .boolean?: serialized = try BuiltInScalars.serializeBoolean(value)
            case .id?: serialized = try BuiltInScalars.serializeID(value)
            case .custom(let coercion)?: serialized = try coercion.serialize(value)
            case .enumeration?, nil:
                guard case .string(let name) = value, info.enumNames.contains(name) else {
                    throw CoercionFailure("Enum \"\(info.name)\" cannot represent value: \(Inspect.show(value))")
                }
                serialized = value
            }
        } catch {
            throw fieldError(error.message, group, output.path)
        }
        Self.writeJSON(serialized, into: &output.bytes)
    }

    /// A completed leaf (or a custom scalar's structured value) as JSON.
    static func writeJSON(_ value: FieldValue, into output: inout [UInt8]) {
        switch value {
        case .null, .opaque: output.append(contentsOf: "null".utf8)
        case .int(let number): JSONWriter.writeInt(number, into: &output)
        case .float(let number): JSONWriter.writeDouble(number, into: &output)
        case .string(let text): JSONWriter.writeString(text, into: &output)
        case .boolean(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list(let items):
            output.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                writeJSON(item, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let fields):
            output.append(UInt8(ascii: "{"))
            for (position, entry) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(entry.key, into: &output)
                output.append(UInt8(ascii: ":"))
                writeJSON(entry.value, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }
}
