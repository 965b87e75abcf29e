import GraphQL
import Synchronization

/// A document as a request needs it: parsed and validated once, then shared by every request
/// with the same query text.
enum PreparedDocument: Sendable {
    case valid(Document)
    /// The text does not parse: one `GRAPHQL_PARSE_FAILED` error.
    case parseFailed(GraphQLError)
    /// It parses but breaks validation rules: `GRAPHQL_VALIDATION_FAILED` errors.
    case invalid([GraphQLError])
}

/// A bounded cache of prepared documents keyed by query text.
///
/// Two generations instead of an LRU list: lookups read the young one, then the old one (and
/// promote a hit); when the young generation is full it becomes the old one. Documents used
/// since the last turn survive it, no per-hit bookkeeping moves nodes around, and the cache never
/// holds more than twice its capacity.
final class DocumentCache: Sendable {
    private struct Generations: ~Copyable {
        var young: [String: PreparedDocument] = [:]
        var old: [String: PreparedDocument] = [:]
    }

    /// Query texts longer than this are prepared every time, so the cache's memory stays bounded.
    static let largestCachedQuery = 16 * 1024

    private let generations = Mutex(Generations())
    private let capacity: Int
    private let validator: Validator

    /// - Parameter scalars: the custom scalars' coercions, the executor's: validation asks them
    ///   whether a literal is one of theirs.
    init(schema: Schema, scalars: [String: ScalarCoercion], capacity: Int) {
        self.capacity = max(1, capacity)
        validator = Validator(schema: schema, scalars: scalars)
    }

    /// The prepared document for `query`, from the cache when it was seen recently.
    func prepared(_ query: String) -> PreparedDocument {
        if let hit = lookup(query) { return hit }
        let prepared = prepare(query)
        guard query.utf8.count <= Self.largestCachedQuery else { return prepared }
        let capacity = capacity
        generations.withLock { Self.store(query, prepared, into: &$0, capacity: capacity) }
        return prepared
    }

    private func lookup(_ query: String) -> PreparedDocument? {
        let capacity = capacity
        return generations.withLock { generations in
            if let hit = generations.young[query] { return hit }
            guard let hit = generations.old[query] else { return nil }
            Self.store(query, hit, into: &generations, capacity: capacity)
            return hit
        }
    }

    private static func store(
        _ query: String, _ prepared: PreparedDocument, into generations: inout Generations, capacity: Int
    ) {
        if generations.young.count >= capacity {
            generations.old = generations.young
            generations.young = [:]
        }
        generations.young[query] = prepared
    }

    private func prepare(_ query: String) -> PreparedDocument {
        let document: Document
        do { document = try Parser.parse(query) } catch {
            return .parseFailed(ContractCode.parseFailed.error(error.message, locations: [error.location]))
        }
        let errors = validator.validate(document)
        guard errors.isEmpty else {
            return .invalid(
                errors.map { error in
                    var coded = error
                    coded.extensions = [("code", ContractCode.validationFailed.rawValue)]
                    return coded
                })
        }
        return .valid(document)
    }
}
