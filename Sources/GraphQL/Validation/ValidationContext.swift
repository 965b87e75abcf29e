/// The state of one validation run: the document, the schema, the rules asked for, the errors
/// found so far, and the facts the walk gathers for the rules that look at a whole operation
/// (variable usages, fragment spreads).
///
/// One instance per `Validator.validate` call; never shared between tasks.
final class ValidationContext {
    /// A use of a variable, with the input type expected where it appears
    /// (graphql-js `VariableUsage`).
    struct VariableUsage {
        /// The `$name` value node.
        var node: NodeRef<ValueNode>
        /// The variable's name.
        var name: NameNode
        /// The input type at the position; nil where unknown (unknown argument or field).
        var type: TypeReference?
        /// Whether the argument or input field at the position has a default value.
        var hasLocationDefault: Bool
    }

    let document: Document
    let schema: Schema
    let rules: ValidationRules
    let maxErrors: Int
    /// Errors found so far, in graphql-js order, located only when the run finishes.
    private var pending: [(message: String, offsets: [UInt32])] = []
    /// Set once more than `maxErrors` errors are pending: later ones could never be returned.
    private(set) var isAborted = false
    /// Names seen by UniqueOperationNames and UniqueFragmentNames.
    var seenOperationNames: [String: NameNode] = [:]
    var seenFragmentNames: [String: NameNode] = [:]
    /// For each operation, where its "leave" errors go in `pending` (graphql-js reports
    /// NoUndefinedVariables and friends when leaving the operation).
    var operationErrorPositions: [Int]
    /// NoFragmentCycles' search state, shared across fragments as in graphql-js.
    var cycleSearch = FragmentCycleSearch()

    /// For each fragment name, the index of its LAST definition (graphql-js `getFragment`).
    private(set) var fragmentIndex: [String: Int] = [:]
    /// Variable usages in walk order; each definition's usages are contiguous.
    var usages: [VariableUsage] = []
    /// The range of `usages` for each operation, by operation index.
    var operationUsages: [Range<Int>]
    /// The range of `usages` for each fragment, by fragment index.
    var fragmentUsages: [Range<Int>]
    /// The variable definitions of the operation walked last (graphql-js keeps them across fragments).
    var currentVariableDefinitions: NodeList<VariableDefinitionNode> = .empty
    /// Cached `fragmentSpreads(in:)` per fragment, by fragment index.
    var spreadsCache: [[NodeRef<FragmentSpreadNode>]?]
    /// Memoised field maps for OverlappingFieldsCanBeMerged, by selection set index.
    var fieldMapCache: [Int: OverlapFieldMap] = [:]
    /// Fragment pairs already compared by OverlappingFieldsCanBeMerged.
    var comparedFragmentPairs = FragmentPairSet()

    init(document: Document, schema: Schema, rules: ValidationRules, maxErrors: Int) {
        self.document = document
        self.schema = schema
        self.rules = rules
        self.maxErrors = maxErrors
        operationUsages = Array(repeating: 0..<0, count: document.operations.count)
        fragmentUsages = Array(repeating: 0..<0, count: document.fragments.count)
        spreadsCache = Array(repeating: nil, count: document.fragments.count)
        operationErrorPositions = Array(repeating: 0, count: document.operations.count)
        for (index, fragment) in document.fragments.enumerated() {
            fragmentIndex[document.string(fragment.name)] = index
        }
    }

    /// Whether `rule` is to run.
    @inline(__always) func checks(_ rule: ValidationRules) -> Bool { rules.contains(rule) }

    /// The fragment definition called `name` (the last one, if repeated), with its index.
    func fragment(named name: NameNode) -> (index: Int, node: FragmentDefinitionNode)? {
        if document.fragments.isEmpty { return nil }
        guard let index = fragmentIndex[document.string(name)] else { return nil }
        return (index, document.fragments[index])
    }

    /// Records an error pointing at the given byte offsets.
    func report(_ message: String, at offsets: UInt32...) { report(message, atOffsets: offsets) }

    /// Records an error pointing at the given byte offsets.
    func report(_ message: String, atOffsets offsets: [UInt32]) {
        guard !isAborted else { return }
        pending.append((message, offsets))
        if pending.count > maxErrors { isAborted = true }
    }

    /// The number of errors recorded so far.
    var errorCount: Int { pending.count }

    /// Runs `checks` after the walk, recording their errors at `position` (an earlier
    /// `errorCount`), where graphql-js would have reported them.
    func reportAt(_ position: Int, _ checks: () -> Void) {
        guard position <= maxErrors else { return }
        let (saved, wasAborted) = (pending, isAborted)
        pending = []
        isAborted = false
        checks()
        let found = pending
        pending = saved
        pending.insert(contentsOf: found, at: position)
        isAborted = wasAborted || pending.count > maxErrors
    }

    /// The errors, located; past `maxErrors`, the first `maxErrors` and graphql-js' "Too many
    /// validation errors" error.
    func finish() -> [GraphQLError] {
        var errors = pending.prefix(maxErrors).map { error in
            GraphQLError(message: error.message, locations: error.offsets.map { document.location(ofOffset: Int($0)) })
        }
        if pending.count > maxErrors {
            errors.append(GraphQLError(message: "Too many validation errors, error limit reached. Validation aborted."))
        }
        return errors
    }
}
