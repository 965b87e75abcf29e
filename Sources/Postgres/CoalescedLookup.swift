/// Lookups by key that run at the same time share one statement: under load, many requests each
/// reading one row cost the server one statement and the process one round trip, instead of one
/// each. A lone lookup runs at once, unbatched in effect (`BatchingQueue`).
///
/// ```swift
/// let owners = CoalescedLookup<UniqueKey, String> { keys in try await ownersOf(keys) }
/// let owner = try await owners.value(for: key)
/// ```
final class CoalescedLookup<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// Answers the value of each key found; keys not in the answer have none.
    typealias Fetch = @Sendable ([Key]) async throws -> [Key: Value]

    private let queue: BatchingQueue<Key, Result<Value?, any Error>>
    private let fetch: Fetch

    /// - Parameters:
    ///   - maximumBatchSize: the most keys one statement looks up.
    ///   - maximumInFlight: statements running at once; lookups beyond them wait and share one.
    init(maximumBatchSize: Int = 256, maximumInFlight: Int = 4, fetch: @escaping Fetch) {
        queue = BatchingQueue(maximumBatchSize: maximumBatchSize, maximumLeaders: maximumInFlight)
        self.fetch = fetch
    }

    /// The value of `key`, nil when there is none.
    /// - Throws: what the batch's statement threw (every lookup of that batch gets it).
    func value(for key: Key) async throws -> Value? {
        let fetch = fetch
        return try await queue.submit(key) { keys in
            do {
                let found = try await fetch(Array(Set(keys)))
                return keys.map { .success(found[$0]) }
            } catch {
                return keys.map { _ in .failure(error) }
            }
        }.get()
    }
}
