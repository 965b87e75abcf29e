/// Maxima on a query's depth and cost, checked after variable coercion and before any resolver
/// runs; over a maximum the request fails with `extensions.code` `QUERY_TOO_COMPLEX`.
///
/// Depth counts nested fields (`{ a { b } }` is 2). Cost counts every field once per item of
/// the lists above it: a list field multiplies the cost of its selections by its `first`
/// argument when given, else by `defaultListSize` (`{ users(first: 20) { id name } }` costs
/// 1 + 20 × 2 = 41). Fragments count where they are spread; `__typename` is free, and the
/// introspection fields `__schema` and `__type` are left out unless `countsIntrospection`.
package struct QueryLimits: Sendable {
    /// The deepest nesting allowed; nil for no limit.
    package var maxDepth: Int?
    /// The highest cost allowed; nil for no limit.
    package var maxCost: Int?
    /// The assumed size of a list field without a `first` argument.
    package var defaultListSize: Int
    /// Whether `__schema` and `__type` selections count.
    package var countsIntrospection: Bool

    /// Makes limits; by default there are none.
    package init(
        maxDepth: Int? = nil, maxCost: Int? = nil, defaultListSize: Int = 10, countsIntrospection: Bool = false
    ) {
        self.maxDepth = maxDepth
        self.maxCost = maxCost
        self.defaultListSize = defaultListSize
        self.countsIntrospection = countsIntrospection
    }

    /// The error for `operation` when it is over a maximum, else nil.
    func check(
        _ operation: OperationDefinitionNode, in document: Document, variables: VariableValues, table: TypeTable
    ) -> GraphQLError? {
        guard maxDepth != nil || maxCost != nil else { return nil }
        let measured = measure(operation, in: document, variables: variables, table: table)
        let message: String
        if let maxDepth, measured.depth > maxDepth {
            message = "Query depth \(measured.depth) exceeds the maximum depth of \(maxDepth)."
        } else if let maxCost, measured.cost > maxCost {
            message = "Query cost \(measured.cost) exceeds the maximum cost of \(maxCost)."
        } else {
            return nil
        }
        return GraphQLError(
            message: message, locations: [document.location(of: operation)],
            extensions: ExecutionErrorCode.queryTooComplex)
    }

    /// The depth and cost of `operation`.
    func measure(
        _ operation: OperationDefinitionNode, in document: Document, variables: VariableValues, table: TypeTable
    ) -> (depth: Int, cost: Int) {
        var measure = ComplexityMeasure(limits: self, document: document, variables: variables, table: table)
        let root = table.schema.rootTypeName(for: operation.kind).flatMap { table.info(named: $0) }
        let result = measure.measure(operation.selectionSet, on: root)
        return (result.depth, result.cost)
    }
}

/// Walks a selection set summing cost and taking the deepest field; a named fragment is
/// measured once and remembered, so fragments spread many times cannot blow up the walk.
private struct ComplexityMeasure {
    let limits: QueryLimits
    let document: Document
    let variables: VariableValues
    let table: TypeTable
    var fragments: [String: (depth: Int, cost: Int)] = [:]
    var active: Set<String> = []

    init(limits: QueryLimits, document: Document, variables: VariableValues, table: TypeTable) {
        self.limits = limits
        self.document = document
        self.variables = variables
        self.table = table
    }

    mutating func measure(_ set: NodeRef<SelectionSetNode>, on type: TypeInfo?) -> (depth: Int, cost: Int) {
        var depth = 0
        var cost = 0
        for selection in document.selections(of: set) {
            let part: (depth: Int, cost: Int)
            switch selection {
            case .field(let ref): part = measureField(document[ref], on: type)
            case .inlineFragment(let ref):
                let fragment = document[ref]
                guard Directives.shouldInclude(fragment.directives, in: document, variables: variables) else {
                    continue
                }
                let inner = fragment.typeCondition.flatMap { table.info(named: document.string($0)) } ?? type
                part = measure(fragment.selectionSet, on: inner)
            case .fragmentSpread(let ref):
                let spread = document[ref]
                guard Directives.shouldInclude(spread.directives, in: document, variables: variables) else { continue }
                part = measureFragment(document.string(spread.name))
            }
            depth = max(depth, part.depth)
            cost = Self.add(cost, part.cost)
        }
        return (depth, cost)
    }

    private mutating func measureFragment(_ name: String) -> (depth: Int, cost: Int) {
        if let known = fragments[name] { return known }
        guard !active.contains(name), let fragment = document.fragment(named: name) else { return (0, 0) }
        active.insert(name)
        let result = measure(fragment.selectionSet, on: table.info(named: document.string(fragment.typeCondition)))
        active.remove(name)
        fragments[name] = result
        return result
    }

    private mutating func measureField(_ field: FieldNode, on type: TypeInfo?) -> (depth: Int, cost: Int) {
        guard Directives.shouldInclude(field.directives, in: document, variables: variables) else { return (0, 0) }
        let name = document.string(field.name)
        if name == "__typename" { return (1, 0) }
        if (name == "__schema" || name == "__type") && !limits.countsIntrospection { return (0, 0) }
        let definition = type?.fields[name]?.definition
        guard let selectionSet = field.selectionSet else { return (1, 1) }
        let inner = definition.flatMap { table.info(named: $0.type.namedType) }
        let children = measure(selectionSet, on: inner)
        let multiplier = definition.map { listMultiplier($0.type, field) } ?? 1
        return (children.depth + 1, Self.add(1, Self.multiply(multiplier, children.cost)))
    }

    /// `first` (literal or variable) for the outer list, the default size for every list level.
    private func listMultiplier(_ type: TypeReference, _ field: FieldNode) -> Int {
        var multiplier = 1
        var current = type
        var isOuter = true
        while true {
            switch current {
            case .nonNull(let inner): current = inner
            case .list(let inner):
                multiplier = Self.multiply(
                    multiplier, isOuter ? firstArgument(field) ?? limits.defaultListSize : limits.defaultListSize)
                isOuter = false
                current = inner
            case .named: return multiplier
            }
        }
    }

    private func firstArgument(_ field: FieldNode) -> Int? {
        guard let argument = document.argument(named: "first", in: field.arguments) else { return nil }
        switch document[argument.value].kind {
        case .int(let range): return document.intValue(range).map { max(0, $0) }
        case .variable(let name):
            if case .int(let value)? = variables[document.string(name)] { return max(0, value) }
            return nil
        default: return nil
        }
    }

    private static func add(_ left: Int, _ right: Int) -> Int {
        let (sum, overflow) = left.addingReportingOverflow(right)
        return overflow ? Int.max : sum
    }

    private static func multiply(_ left: Int, _ right: Int) -> Int {
        let (product, overflow) = left.multipliedReportingOverflow(by: right)
        return overflow ? Int.max : product
    }
}
