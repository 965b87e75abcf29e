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
    let index: SchemaIndex
    let rules: ValidationRules
    let maxErrors: Int
    /// Errors found so far, in graphql-js order, located only when the run finishes.
    private var pending: [(message: String, offsets: [UInt32])] = []
    /// Set once more than `maxErrors` errors are pending: later ones could never be returned.
    private(set) var isAborted = false
    /// Names seen by UniqueOperationNames and UniqueFragmentNames.
    var seenOperationNames: [String: NameNode] = [:]
    var seenFragmentNames: [String: NameNode] = [:]
    /// Types and directives the document itself defines; nil for a purely executable document.
    let documentDefinitions: DocumentDefinitions?
    /// UniqueDirectivesPerLocation's memory across schema definitions and extensions, and across
    /// the definition and extensions of each type (graphql-js keeps these).
    var schemaDirectivesSeen: [NodeRef<DirectiveNode>] = []
    var typeDirectivesSeen: [String: [NodeRef<DirectiveNode>]] = [:]
    /// How deep the rules that follow fragment spreads (and nest through them) have recursed.
    private var recursionDepth = 0
    /// Set when a document nests (through fragments) deeper than `maxRecursionDepth`: the rules
    /// unwind, and validation answers one error instead of overflowing the stack.
    private(set) var isTooDeep = false
    /// Generous for real documents (fragments rarely nest ten deep), small enough for any stack.
    static let maxRecursionDepth = 1_000
    /// NoFragmentCycles' search state, shared across fragments as in graphql-js.
    var cycleSearch = FragmentCycleSearch()

    /// What the walk learnt about an operation.
    struct OperationFacts {
        /// Its range of `usages`.
        var usages: Range<Int> = 0..<0
        /// Where its "leave" errors go (graphql-js reports NoUndefinedVariables and friends when
        /// leaving the operation).
        var errorPosition = 0
        /// The fragments it uses, once computed.
        var referencedFragments: [Int]? = nil
    }

    /// What the walk learnt about a fragment definition.
    struct FragmentFacts {
        /// Its range of `usages`.
        var usages: Range<Int> = 0..<0
        /// `fragmentSpreads(in:)` of its selection set, once computed.
        var spreads: [NodeRef<FragmentSpreadNode>]? = nil
    }

    /// For each fragment name, the index of its LAST definition (graphql-js `getFragment`).
    private(set) lazy var fragmentIndex: [String: Int] = {
        var index: [String: Int] = [:]
        for (position, fragment) in document.fragments.enumerated() { index[document.string(fragment.name)] = position }
        return index
    }()
    /// Variable usages in walk order; each definition's usages are contiguous.
    var usages: [VariableUsage] = []
    /// Per operation, by index.
    var operationFacts: [OperationFacts]
    /// Per fragment definition, by index.
    var fragmentFacts: [FragmentFacts]
    /// The variable definitions of the operation walked last (graphql-js keeps them across fragments).
    var currentVariableDefinitions: NodeList<VariableDefinitionNode> = .empty
    /// Memoised field maps for OverlappingFieldsCanBeMerged, by selection set index.
    var fieldMapCache: [Int: OverlapFieldMap] = [:]
    /// Fragment pairs already compared by OverlappingFieldsCanBeMerged.
    var comparedFragmentPairs = FragmentPairSet()

    init(document: Document, index: SchemaIndex, rules: ValidationRules, maxErrors: Int) {
        self.document = document
        self.index = index
        schema = index.schema
        documentDefinitions = Self.definitions(in: document)
        self.rules = rules
        self.maxErrors = maxErrors
        operationFacts = Array(repeating: OperationFacts(), count: document.operations.count)
        fragmentFacts = Array(repeating: FragmentFacts(), count: document.fragments.count)
    }

    /// Enters one level of recursion; false (and nothing to undo) when the budget is spent.
    func enterRecursion() -> Bool {
        guard !isTooDeep, recursionDepth < Self.maxRecursionDepth else {
            isTooDeep = true
            return false
        }
        recursionDepth += 1
        return true
    }

    /// Leaves a level entered with `enterRecursion()`.
    func leaveRecursion() { recursionDepth -= 1 }

    /// Whether `rule` is to run.
    @inline(__always) func checks(_ rule: ValidationRules) -> Bool { rules.contains(rule) }

    /// The fragment definition called `name` (the last one, if repeated), with its index.
    func fragment(named name: NameNode) -> (index: Int, node: FragmentDefinitionNode)? {
        let fragments = document.fragments
        if fragments.count <= Self.linearFragmentLookupLimit {
            // A few fragments: comparing bytes beats building a dictionary.
            guard let index = fragments.lastIndex(where: { document.name($0.name, equals: name) }) else { return nil }
            return (index, fragments[index])
        }
        guard let index = fragmentIndex[document.string(name)] else { return nil }
        return (index, fragments[index])
    }

    private static let linearFragmentLookupLimit = 8

    /// Records an error pointing at the given byte offsets. The message is only built while
    /// errors can still be returned (suggestions are costly, and a hostile document can have many).
    func report(_ message: @autoclosure () -> String, at offsets: UInt32...) {
        report(message(), atOffsets: offsets)
    }

    /// Records an error pointing at the given byte offsets.
    func report(_ message: @autoclosure () -> String, atOffsets offsets: @autoclosure () -> [UInt32]) {
        guard !isAborted else { return }
        pending.append((message(), offsets()))
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
        if isTooDeep {
            // graphql-js would exhaust its call stack on such a document; we refuse it instead.
            return [GraphQLError(message: "The document nests fragments too deeply to be validated.")]
        }
        var errors = pending.prefix(maxErrors).map { error in
            GraphQLError(message: error.message, locations: error.offsets.map { document.location(ofOffset: Int($0)) })
        }
        if pending.count > maxErrors {
            errors.append(GraphQLError(message: "Too many validation errors, error limit reached. Validation aborted."))
        }
        return errors
    }
}
