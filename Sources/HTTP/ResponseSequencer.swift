/// Keeps a connection's answers in request order, whichever finishes first (RFC 9112 §9.3.2).
///
/// Each request takes the next sequence number; an answer is released once every earlier
/// one has been, so a fast `.now` answer waits behind a slow `.later` one.
struct ResponseSequencer {
    /// An answer with what its encoding needs to know about its request.
    struct Answer: Sendable {
        var response: HTTPResponse
        var isHead: Bool
        var keepAlive: Bool
        var isHTTP10 = false
    }

    private(set) var nextSequence = 0
    private(set) var nextToRelease = 0
    private var waiting: [(sequence: Int, answer: Answer)] = []

    /// Requests taken whose answers are not released yet.
    var outstanding: Int { nextSequence - nextToRelease }

    /// The sequence number of the next request.
    mutating func take() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    /// Stores the answer to request `sequence` and passes `release` every answer now in order,
    /// with the number of requests still unanswered after it.
    mutating func complete(_ sequence: Int, _ answer: Answer, release: (Answer, _ stillOutstanding: Int) -> Void) {
        guard sequence >= nextToRelease, sequence < nextSequence else { return }
        guard sequence == nextToRelease else {
            waiting.append((sequence, answer))
            return
        }
        nextToRelease += 1
        release(answer, outstanding)
        while !waiting.isEmpty, let index = waiting.firstIndex(where: { $0.sequence == nextToRelease }) {
            let next = waiting.remove(at: index).answer
            nextToRelease += 1
            release(next, outstanding)
        }
    }
}
