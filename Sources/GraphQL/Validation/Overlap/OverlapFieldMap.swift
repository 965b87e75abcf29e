/// A field as OverlappingFieldsCanBeMerged compares it: the node, the type it was selected on,
/// and its definition (graphql-js `NodeAndDef`). Plain values: building maps retains nothing.
struct OverlapField {
    /// The field node.
    var node: NodeRef<FieldNode>
    /// The type the field was selected on; nil when unknown.
    var parent: TypeID?
    /// The field's definition on that type; nil when unknown. As in graphql-js, meta-fields
    /// (`__typename`) have no definition here.
    var definition: FieldID?
}

/// graphql-js' "fields and fragment names" of a selection set: its fields grouped by response
/// key (fields of inline fragments included), in first-seen order, and the names of the
/// fragments it spreads directly. Stored flat: one array of fields with their group number.
struct OverlapFieldMap {
    /// The selection set the map was built for (graphql-js compares maps by identity, and a
    /// map is memoised per selection set).
    var selectionSet: Int = -1
    /// The response key of each group, in first-seen order.
    private(set) var keys: [NameNode] = []
    /// Every field, in selection order.
    private(set) var fields: [OverlapField] = []
    /// The group of each field of `fields`.
    private(set) var groupOfField: [Int32] = []
    /// How many fields each group has.
    private(set) var groupSizes: [Int32] = []
    /// The fragments spread (by index of the last definition of each name), in first-seen
    /// order, without repeats. Undefined fragments are left out: graphql-js skips them anyway.
    var fragments: [Int] = []
    /// Group position by key, built once the map is large enough for linear search to hurt.
    private var index: [String: Int]? = nil

    private static let linearSearchLimit = 12

    /// The position of the group with response key `key`.
    func group(_ key: NameNode, in document: Document) -> Int? {
        if let index { return index[document.string(key)] }
        return keys.firstIndex { document.name($0, equals: key) }
    }

    /// Adds `field` to the group of `key`.
    mutating func append(_ field: OverlapField, key: NameNode, in document: Document) {
        let position: Int
        if let existing = group(key, in: document) {
            position = existing
            groupSizes[position] += 1
        } else {
            position = keys.count
            keys.append(key)
            groupSizes.append(1)
            addToIndex(key, in: document)
        }
        fields.append(field)
        groupOfField.append(Int32(position))
    }

    private mutating func addToIndex(_ key: NameNode, in document: Document) {
        if index != nil {
            if index?[document.string(key)] == nil { index?[document.string(key)] = keys.count - 1 }
        } else if keys.count > Self.linearSearchLimit {
            var built: [String: Int] = [:]
            for (position, name) in keys.enumerated() where built[document.string(name)] == nil {
                built[document.string(name)] = position
            }
            index = built
        }
    }
}

/// Pairs of fragment names already compared, and whether they were compared as mutually
/// exclusive (graphql-js `PairSet`): the memo that keeps the rule from going exponential.
struct FragmentPairSet {
    private struct Pair: Hashable {
        var first: Int
        var second: Int
    }

    private var storage: [Pair: Bool] = [:]

    private static func pair(_ a: Int, _ b: Int) -> Pair {
        a < b ? Pair(first: a, second: b) : Pair(first: b, second: a)
    }

    /// Whether the pair (of fragment indices) was compared in a way that covers `mutuallyExclusive`.
    func contains(_ a: Int, _ b: Int, mutuallyExclusive: Bool) -> Bool {
        guard let stored = storage[Self.pair(a, b)] else { return false }
        // A pair compared as not mutually exclusive was checked strictly enough for both cases.
        return mutuallyExclusive ? true : stored == mutuallyExclusive
    }

    mutating func insert(_ a: Int, _ b: Int, mutuallyExclusive: Bool) {
        storage[Self.pair(a, b)] = mutuallyExclusive
    }
}

/// Why two fields conflict: a message, or the conflicts of their subfields.
indirect enum OverlapReason {
    case message(String)
    case subfields([(responseName: String, reason: OverlapReason)])

    /// graphql-js `reasonMessage`.
    var text: String {
        switch self {
        case .message(let message): message
        case .subfields(let reasons):
            reasons.map { "subfields \"\($0.responseName)\" conflict because \($0.reason.text)" }
                .joined(separator: " and ")
        }
    }
}

/// One conflict: the response key, the reason, and the fields on each side.
struct OverlapConflict {
    var responseName: String
    var reason: OverlapReason
    var fields1: [NodeRef<FieldNode>]
    var fields2: [NodeRef<FieldNode>]
}
