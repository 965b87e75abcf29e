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
        #if DEBUG
            let rounds = 100
        #else
            let rounds = 5_000
        #endif
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
        print(
            "validation: \(perDocument) CPU per corpus document on average, slowest \(slowest.time) (#\(slowest.name + 1))"
        )
        // A loose bound that only a pathological slowdown (or a debug build) breaks.
        #expect(perDocument < .milliseconds(2))
    }

    /// Validates `source` against the harness schema and returns the errors and the CPU time.
    static func timed(_ source: String) throws -> (errors: [GraphQLError], time: Duration) {
        let validator = Validator(schema: try ValidationHarness.harness.get())
        let document = try Parser.parse(source, maxDepth: 1_000)
        let start = threadCPUTime()
        let errors = validator.validate(document)
        return (errors, threadCPUTime() - start)
    }

    @Test("fragments spreading the next one twice, forty deep, are compared once per pair, not 2^40 times")
    func fragmentDoublingIsNotExponential() throws {
        let chain = (0..<40).map { "fragment F\($0) on Dog { ...F\($0 + 1) ...F\($0 + 1) name }" }
        let source = "{ dog { ...F0 } }\n" + chain.joined(separator: "\n") + "\nfragment F40 on Dog { name }"
        let (errors, time) = try Self.timed(source)
        #expect(errors.isEmpty)
        #expect(time < .seconds(1))
    }

    @Test("a thousand repeats of one field cost a million cheap steps, not a million comparisons")
    func repeatedFieldsAreCheap() throws {
        let (errors, time) = try Self.timed("{ dog { " + String(repeating: "name ", count: 1_000) + "} }")
        #expect(errors.isEmpty)
        #expect(time < .seconds(1))
    }

    @Test("thousands of unknown fields stop at the error cap without building every message")
    func unknownFieldsStopAtTheCap() throws {
        let (errors, time) = try Self.timed("{ " + (0..<5_000).map { "f\($0) " }.joined() + "}")
        #expect(errors.count == 101)
        #expect(time < .seconds(1))
    }
}
