import LOW
import Testing

@testable import InProcess

struct LogRecordTests {
    static let payload: Value = [
        "null": nil, "yes": true, "no": false, "zero": 0, "negative": -42, "min": .int(Int.min), "max": .int(Int.max),
        "pi": 3.14159, "nan-free": -0.0, "text": "héllo \"wörld\"\n\u{1F600}", "empty": "",
        "list": [1, "two", [3, [4]], [:]], "object": ["a": ["b": ["c": nil]]],
    ]

    static func sample(causation: ID? = nil, claims: [UniqueKey: String] = [:]) -> ChangeSet {
        let command = CommandEnvelope(
            id: ID.random(), name: "DepositMoney", payload: payload, causationID: causation,
            correlationID: causation == nil ? nil : ID.random(), issuedAt: Timestamp(microseconds: -123_456))
        return ChangeSet(
            command: command,
            events: [
                .init(id: ID.random(), type: "MoneyDeposited", streamID: "account-1", payload: payload),
                .init(id: ID.random(), type: "Noted", streamID: "notes", payload: nil),
            ],
            claims: claims)
    }

    private func decode(_ frame: [UInt8]) throws -> ChangeSet {
        try frame.withUnsafeBytes { try LogRecord.decode(body: UnsafeRawBufferPointer(rebasing: $0[8...])) }
    }

    @Test(arguments: [false, true])
    func aChangeSetReadsBackAsItWasWritten(caused: Bool) throws {
        let claims = [
            UniqueKey(scope: "customer-email", value: "ada@x.io"): "c-1", UniqueKey(scope: "s", value: ""): "o",
        ]
        let changes = Self.sample(causation: caused ? ID.random() : nil, claims: claims)
        let decoded = try decode(LogRecord.frame(changes))
        #expect(decoded == changes)
    }

    @Test func theFrameCarriesTheBodyLengthAndItsChecksum() {
        let frame = LogRecord.frame(Self.sample())
        let length = frame[0..<4].reversed().reduce(0) { $0 << 8 | Int($1) }
        let crc = frame[4..<8].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(length == frame.count - 8)
        #expect(crc == CRC32C.checksum(Array(frame[8...])))
    }

    @Test func aBodyCutShortDoesNotDecode() throws {
        let frame = LogRecord.frame(Self.sample())
        for cut in 8..<(frame.count - 1) {
            #expect(throws: ByteReader.Malformed.self) {
                try Array(frame[..<cut]).withUnsafeBytes {
                    try LogRecord.decode(body: UnsafeRawBufferPointer(rebasing: $0[8...]))
                }
            }
        }
    }
}
