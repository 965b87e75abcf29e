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

    // Python: hashlib.sha1(b"a" * n); the lengths around 56 and 64 take one or two padding blocks.
    @Test(arguments: [
        (55, "c1c8bbdc22796e28c0e15163d20899b65621d65a"), (56, "c2db330f6083854c99d4b5bfb6e8f29f201be699"),
        (63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5"), (64, "0098ba824b5c16427bd7a1122a5a442a25ec644d"),
        (119, "ee971065aaa017e0632a8ca6c77bb3bf8b1dfc56"), (120, "f34c1488385346a55709ba056ddd08280dd4c6d6"),
    ])
    func sha1PadsEveryLengthAroundABlockBoundary(length: Int, expected: String) {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).leftPad(2) }.joined() }
        #expect(hex(SHA1.digest(Array(repeating: UInt8(ascii: "a"), count: length))) == expected)
    }

    @Test func namedIDsMatchPythonForEmptyLongAndNonASCIINames() {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, name)
        #expect(ID.named("", in: .urlNamespace).description == "1b4db7eb-4057-5ddf-91e0-36dec72071f5")
        #expect(
            ID.named(String(repeating: "x", count: 2000), in: .urlNamespace).description
                == "2531ac98-e97b-589b-ac68-3d0e65f0aa4a")
        #expect(ID.named("é-event-0", in: .urlNamespace).description == "aadfc6a1-72aa-5f70-aac0-0c8018146746")
    }
}

extension String {
    fileprivate func leftPad(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
