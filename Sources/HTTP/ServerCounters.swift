import Synchronization

/// The live counters behind `HTTPServer.statistics`, shared by every loop.
final class ServerCounters: Sendable {
    let accepted = Atomic<Int>(0)
    let open = Atomic<Int>(0)
    let refused = Atomic<Int>(0)
    /// Loops whose thread has not ended yet.
    let runningLoops = Atomic<Int>(0)
    // The statuses the server answers on its own (`HTTPServer.Statistics.countedStatuses`).
    private let status400 = Atomic<Int>(0)
    private let status408 = Atomic<Int>(0)
    private let status413 = Atomic<Int>(0)
    private let status414 = Atomic<Int>(0)
    private let status431 = Atomic<Int>(0)
    private let status501 = Atomic<Int>(0)
    private let status503 = Atomic<Int>(0)
    private let status505 = Atomic<Int>(0)

    /// Counts one answer the server made itself.
    func countAnswer(status: Int) {
        switch status {
        case 400: status400.wrappingAdd(1, ordering: .relaxed)
        case 408: status408.wrappingAdd(1, ordering: .relaxed)
        case 413: status413.wrappingAdd(1, ordering: .relaxed)
        case 414: status414.wrappingAdd(1, ordering: .relaxed)
        case 431: status431.wrappingAdd(1, ordering: .relaxed)
        case 501: status501.wrappingAdd(1, ordering: .relaxed)
        case 503: status503.wrappingAdd(1, ordering: .relaxed)
        case 505: status505.wrappingAdd(1, ordering: .relaxed)
        default: break
        }
    }

    func snapshot() -> HTTPServer.Statistics {
        let answers: [Int: Int] = [
            400: status400.load(ordering: .relaxed), 408: status408.load(ordering: .relaxed),
            413: status413.load(ordering: .relaxed), 414: status414.load(ordering: .relaxed),
            431: status431.load(ordering: .relaxed), 501: status501.load(ordering: .relaxed),
            503: status503.load(ordering: .relaxed), 505: status505.load(ordering: .relaxed),
        ]
        return HTTPServer.Statistics(
            connectionsAccepted: accepted.load(ordering: .relaxed), connectionsOpen: open.load(ordering: .relaxed),
            connectionsRefused: refused.load(ordering: .relaxed), serverAnswers: answers)
    }
}
