/// Tasks waiting for the visible head of a log to pass a position (`EventStore.waitForEvents`).
///
/// Kept under the log's lock. Continuations are returned to the caller to resume outside the lock.
struct HeadWaiters {
    private struct Waiter {
        var position: Int64
        var continuation: CheckedContinuation<Void, Never>
    }

    private var nextID = 0
    private var waiting: [Int: Waiter] = [:]

    var isEmpty: Bool { waiting.isEmpty }

    /// A fresh id to register a waiter under.
    mutating func makeID() -> Int {
        nextID += 1
        return nextID
    }

    mutating func add(_ id: Int, position: Int64, _ continuation: CheckedContinuation<Void, Never>) {
        waiting[id] = Waiter(position: position, continuation: continuation)
    }

    /// The waiter `id`'s continuation if it is still waiting (it was cancelled).
    mutating func remove(_ id: Int) -> CheckedContinuation<Void, Never>? {
        waiting.removeValue(forKey: id)?.continuation
    }

    /// Removes and returns every waiter the head `head` has passed.
    mutating func due(head: Int64) -> [CheckedContinuation<Void, Never>] {
        guard !waiting.isEmpty else { return [] }
        var due: [CheckedContinuation<Void, Never>] = []
        for (id, waiter) in waiting where waiter.position < head {
            due.append(waiter.continuation)
            waiting[id] = nil
        }
        return due
    }

    /// Removes and returns every waiter (the log is closing).
    mutating func all() -> [CheckedContinuation<Void, Never>] {
        defer { waiting = [:] }
        return waiting.values.map(\.continuation)
    }
}
