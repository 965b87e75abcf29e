import LOW
import Synchronization

/// What one request's resolvers share: the client's Idempotency-Key and how many mutation fields
/// have taken a command id so far.
final class RequestContext: Sendable {
    /// A well-formed key (`IdempotencyKey.of`), nil when the request has none.
    let idempotencyKey: String?
    private let issued = Atomic<Int>(0)

    init(idempotencyKey: String?) { self.idempotencyKey = idempotencyKey }

    /// The command id of the next mutation field. With a key, the first is the contract's
    /// `ID.forIdempotencyKey(K)` and each later one derives from it by its place, so a retry of the
    /// same document gives every field its first id again; without a key, a random id each.
    /// Root mutation fields run one after another (GraphQL spec (Oct 2021) §6.2.2), so the places
    /// follow the document's order.
    func nextCommandID() -> ID {
        let place = issued.add(1, ordering: .relaxed).oldValue
        guard let idempotencyKey else { return ID.random() }
        let first = ID.forIdempotencyKey(idempotencyKey)
        return place == 0 ? first : first.derived("mutation-\(place)")
    }
}
