import Glibc
import GraphQL
import Testing

/// How long validation takes per request. The server validates every request, so this is a hot
/// path: run `swift test -c release --filter ValidationPerformanceTests` for real figures. It
/// reports CPU time of the measuring thread, so a busy machine does not inflate it.
@Suite struct ValidationPerformanceTests {
    /// The calling thread's CPU time.
    static func threadCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    @Test("validating a BFF corpus document takes microseconds")
    func corpusValidationIsFast() throws {
        let validator = Validator(schema: try ValidationHarness.repositorySchema())
        let documents = try ValidatorTests.corpus().map { try Parser.parse($0.source) }
        let rounds = 5_000
        var errorCount = 0
        var slowest: (name: Int, time: Duration) = (0, .zero)
        let start = Self.threadCPUTime()
        for (position, document) in documents.enumerated() {
            let documentStart = Self.threadCPUTime()
            for _ in 0..<rounds { errorCount += validator.validate(document).count }
            let time = (Self.threadCPUTime() - documentStart) / rounds
            if time > slowest.time { slowest = (position, time) }
        }
        let perDocument = (Self.threadCPUTime() - start) / (rounds * documents.count)
        #expect(errorCount == 0)
        print("validation: \(perDocument) CPU per corpus document on average, slowest \(slowest.time) (#\(slowest.name + 1))")
        // A loose bound that only a pathological slowdown (or a debug build) breaks.
        #expect(perDocument < .milliseconds(2))
    }
}
