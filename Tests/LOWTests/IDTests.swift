import LOW
import Testing

struct IDTests {
    @Test func idempotencyKeyGivesTheContractsVersion5UUID() {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "idempotency-key:abc")
        #expect(ID.forIdempotencyKey("abc").description == "8489e9a4-f1d1-5c38-afd3-7f87b3687b77")
    }

    @Test func derivedIDsAreNameBasedUnderTheParent() {
        #expect(ID.urlNamespace.derived("customer").description == "e5e7f3fb-9331-5f07-b00e-2c25fa9a6c8b")
    }

    @Test func textFormRoundTripsAndRejectsMalformedText() throws {
        let id = ID.random()
        #expect(ID(id.description) == id)
        #expect(ID(id.description.uppercased()) == id)
        #expect(ID("not-a-uuid") == nil)
        #expect(ID("6ba7b8119dad-11d1-80b4-00c04fd430c8a") == nil)
    }

    @Test func randomIDsAreVersion4() {
        let text = ID.random().description
        #expect(Array(text)[14] == "4")
        #expect("89ab".contains(Array(text)[19]))
    }

    @Test func sha1MatchesKnownDigests() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).leftPad(2) }.joined() }
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(
            hex(SHA1.digest(Array(repeating: UInt8(ascii: "a"), count: 1000)))
                == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
    }
}

extension String {
    fileprivate func leftPad(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
