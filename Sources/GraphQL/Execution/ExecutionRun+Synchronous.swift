// The same ExecuteSelectionSet / ExecuteField / CompleteValue as the async engine, without
// `await`: used below the root fields when no resolver there is asynchronous, which for
// in-memory reads is every request. Each async call costs a task-allocator frame and an
// executor check; a field completed here costs neither.

extension ExecutionRun {
    /// Writes `{"key":value,...}` for `fields` on an object of `type`.
    func executeFieldsNow(
        _ type: TypeInfo, _ parent: FieldValue, _ fields: [PlannedField], into output: inout ExecutionOutput
    ) throws(GraphQLError) {
        output.bytes.append(UInt8(ascii: "{"))
        var isFirst = true
        for planned in fields {
            if !isFirst { output.bytes.append(UInt8(ascii: ",")) }
            isFirst = false
            let key = planned.group.key
            output.bytes.append(UInt8(ascii: "\""))
            output.bytes.append(contentsOf: document.source[Int(key.range.start)..<Int(key.range.end)])
            output.bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
            switch planned.selected {
            case .typename: JSONWriter.writeString(type.name, into: &output.bytes)
            case .field(let field): try executeFieldNow(type, parent, planned.group, field, into: &output)
            }
        }
        output.bytes.append(UInt8(ascii: "}"))
    }

    /// ExecuteField, §6.4, synchronously.
    func executeFieldNow(
        _ type: TypeInfo, _ parent: FieldValue, _ group: FieldGroup, _ field: FieldInfo,
        into output: inout ExecutionOutput
    ) throws(GraphQLError) {
        output.path.append(.key(group.key))
        defer { output.path.removeLast() }
        let mark = output.bytes.count
        do throws(GraphQLError) {
            let value = try resolveNow(field, type, parent, group, output.path)
            try completeNow(field.type, value, field, group, into: &output)
        } catch {
            try handle(error, at: field.type, mark: mark, into: &output)
        }
    }

    /// CompleteValue, §6.4.3, synchronously.
    func completeNow(
        _ type: OutputType, _ value: FieldValue, _ field: FieldInfo, _ group: FieldGroup,
        into output: inout ExecutionOutput
    ) throws(GraphQLError) {
        switch type {
        case .nonNull(let inner):
            if value.isNull {
                throw fieldError("Cannot return null for non-nullable field \(field.coordinate).", group, output.path)
            }
            try completeNow(inner, value, field, group, into: &output)
        case .list(let itemType):
            if value.isNull { return output.bytes.append(contentsOf: "null".utf8) }
            guard case .list(let items) = value else {
                throw fieldError(
                    "Expected Iterable, but did not find one for field \"\(field.coordinate)\".", group, output.path)
            }
            try completeListNow(itemType, items, field, group, into: &output)
        case .named(let index):
            if value.isNull { return output.bytes.append(contentsOf: "null".utf8) }
            guard index >= 0 else {
                throw fieldError("Unknown type for field \(field.coordinate).", group, output.path)
            }
            let info = table.types[index]
            switch info.kind {
            case .scalar, .enumeration: try writeLeaf(info, value, group, into: &output)
            case .object: try executeFieldsNow(info, value, plan(info, group), into: &output)
            case .interface, .union:
                let runtime = try runtimeType(of: value, info, field, group, output.path)
                try executeFieldsNow(runtime, value, plan(runtime, group), into: &output)
            case .inputObject:
                throw fieldError("Field \(field.coordinate) has an input type.", group, output.path)
            }
        }
    }

    private func completeListNow(
        _ itemType: OutputType, _ items: [FieldValue], _ field: FieldInfo, _ group: FieldGroup,
        into output: inout ExecutionOutput
    ) throws(GraphQLError) {
        output.bytes.append(UInt8(ascii: "["))
        for (position, item) in items.enumerated() {
            if position > 0 { output.bytes.append(UInt8(ascii: ",")) }
            output.path.append(.index(position))
            defer { output.path.removeLast() }
            let mark = output.bytes.count
            do throws(GraphQLError) {
                try completeNow(itemType, item, field, group, into: &output)
            } catch {
                try handle(error, at: itemType, mark: mark, into: &output)
            }
        }
        output.bytes.append(UInt8(ascii: "]"))
    }
}
