// Argument equality for field merging: graphql-js compares `print(sortValueNode(value))`, i.e.
// values as written with input object fields sorted by name. This compares the same way
// without printing.

extension Document {
    /// Whether two argument lists are the same: same count, and each argument of the first has
    /// an equal value under the same name in the second (the last one, if repeated).
    func sameArguments(_ first: NodeList<ArgumentNode>, _ second: NodeList<ArgumentNode>) -> Bool {
        if first.count != second.count { return false }
        for argument in nodes(first) {
            guard let other = nodes(second).last(where: { name($0.name, equals: argument.name) }),
                sameValue(argument.value, other.value)
            else { return false }
        }
        return true
    }

    /// Whether two values print the same once their object fields are sorted.
    func sameValue(_ left: NodeRef<ValueNode>, _ right: NodeRef<ValueNode>) -> Bool {
        switch (self[left].kind, self[right].kind) {
        case (.variable(let a), .variable(let b)), (.enumValue(let a), .enumValue(let b)): return name(a, equals: b)
        case (.int(let a), .int(let b)), (.float(let a), .float(let b)):
            return source[Int(a.start)..<Int(a.end)].elementsEqual(source[Int(b.start)..<Int(b.end)])
        case (.string(let a), .string(let b)): return a.isBlock == b.isBlock && string(a) == string(b)
        case (.boolean(let a), .boolean(let b)): return a == b
        case (.null, .null): return true
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { sameValue($0, $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            let sortedA = sortedFields(a)
            let sortedB = sortedFields(b)
            return zip(sortedA, sortedB).allSatisfy { name($0.name, equals: $1.name) && sameValue($0.value, $1.value) }
        default: return false
        }
    }

    private func sortedFields(_ list: NodeList<ObjectFieldNode>) -> [ObjectFieldNode] {
        // A stable sort: fields with the same name keep their order, as in graphql-js.
        nodes(list).enumerated().sorted { left, right in
            let a = string(left.element.name)
            let b = string(right.element.name)
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }
}
