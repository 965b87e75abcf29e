import LOW
import Testing

/// `Idempotency-Key` (CONTRACT.md "HTTP endpoints"): 1 to 255 printable ASCII characters, else
/// 400 with one `BAD_REQUEST` error and nothing runs, on a query as on a mutation.
struct IdempotencyKeyTests {
    private func expectNothingStored(
        in harness: GatewayHarness, sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        let stored = await harness.post("{ customers { id } events { events { type } } }")
        #expect(stored.data == ["customers": [], "events": ["events": []]], sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "", String(repeating: "k", count: 256), "a\tb", "caf\u{E9}", "\u{FFFD}", "a\u{7F}b",
    ])
    func aMalformedIdempotencyKeyAnswers400AndRunsNothing(_ key: String) async throws {
        try await GatewayHarness.with { harness in
            let mutation = #"mutation { InviteCustomer(email: "ada@b.io") { id } }"#
            let reply = await harness.post(mutation, headers: [("Idempotency-Key", key)])
            #expect(reply.status == 400)
            #expect(reply.codes == ["BAD_REQUEST"])
            let query = await harness.post("{ __typename }", headers: [("Idempotency-Key", key)])
            #expect(query.status == 400)
            #expect(query.codes == ["BAD_REQUEST"])
            await expectNothingStored(in: harness)
        }
    }

    @Test func aKeyRepeatedWithAnotherValueAnswers400AndRunsNothing() async throws {
        try await GatewayHarness.with { harness in
            let mutation = #"mutation { InviteCustomer(email: "ada@b.io") { id } }"#
            let reply = await harness.post(mutation, headers: [("Idempotency-Key", "a"), ("idempotency-key", "b")])
            #expect(reply.status == 400)
            #expect(reply.codes == ["BAD_REQUEST"])
            await expectNothingStored(in: harness)
        }
    }

    @Test func aKeyRepeatedWithTheSameValueIsThatKey() async throws {
        try await GatewayHarness.with { harness in
            let mutation = #"mutation { InviteCustomer(email: "ada@b.io") { id } }"#
            let reply = await harness.post(mutation, headers: [("Idempotency-Key", "a"), ("IDEMPOTENCY-KEY", "a")])
            #expect(reply.errors.isEmpty, "\(reply.text)")
            #expect(reply.data?["InviteCustomer"]?["id"] != nil)
        }
    }

    @Test(arguments: [String(repeating: "k", count: 255), " ~", "!"])
    func aKeyOfPrintableASCIIUpTo255CharactersRuns(_ key: String) async throws {
        try await GatewayHarness.with { harness in
            let mutation = #"mutation { InviteCustomer(email: "ada@b.io") { id } }"#
            let reply = await harness.post(mutation, headers: [("Idempotency-Key", key)])
            #expect(reply.errors.isEmpty, "\(reply.text)")
            let events = await harness.post(#"{ events(type: "CustomerInvited") { events { commandId } } }"#)
            #expect(
                events.data?["events"]?["events"] == [["commandId": .string(ID.forIdempotencyKey(key).description)]])
        }
    }
}
