import GraphQL
import Testing

/// How long validation takes per request. The server validates every request, so this is a hot
/// path: run `swift test -c release --filter ValidationPerformanceTests` for real figures.
@Suite struct ValidationPerformanceTests {
    @Test("validating a BFF corpus document takes microseconds")
    func corpusValidationIsFast() throws {
        let validator = Validator(schema: try ValidationHarness.repositorySchema())
        let documents = try ValidatorTests.corpus().map { try Parser.parse($0.source) }
        let rounds = 10_000
        var errorCount = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for document in documents { errorCount += validator.validate(document).count }
            }
        }
        #expect(errorCount == 0)
        let perDocument = elapsed / (rounds * documents.count)
        print("validation: \(perDocument) per corpus document (\(documents.count) documents, \(rounds) rounds)")
        // A loose bound that only a pathological slowdown (or a debug build on a busy machine) breaks.
        #expect(perDocument < .milliseconds(2))
    }
}
