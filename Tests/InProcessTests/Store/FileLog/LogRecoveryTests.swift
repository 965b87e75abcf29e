import LOW
import Testing

@testable import InProcess

/// How recovery tells a torn tail (cut) from damage a crash cannot leave (refused, with where it
/// is and where intact records resume), over log bytes built in memory.
struct LogRecoveryTests {
    /// A log of `count` one-event records, and where each record starts.
    static func log(records count: Int) -> (bytes: [UInt8], starts: [Int]) {
        var bytes = LogRecord.fileMagic
        var starts: [Int] = []
        for index in 0..<count {
            starts.append(bytes.count)
            bytes += LogRecord.frame(changes(index))
        }
        return (bytes, starts)
    }

    static func changes(_ index: Int) -> ChangeSet {
        let command = CommandEnvelope(
            id: ID.random(), name: "Deposit", payload: ["n": .int(index)], issuedAt: Timestamp(microseconds: 0))
        return ChangeSet(
            command: command, events: [.init(id: ID.random(), type: "Deposited", streamID: "s", payload: ["n": 1])])
    }

    static func replay(_ bytes: [UInt8]) -> Result<LogRecovery, LogDamage> {
        var index = EventIndex()
        return bytes.withUnsafeBytes { file in
            Result { () throws(LogDamage) in try LogRecovery.replay(file, into: &index) }
        }
    }

    /// A frame whose CRC is right for `body`, whatever the body holds.
    static func frame(body: [UInt8]) -> [UInt8] {
        var bytes = ByteWriter()
        bytes.fixed32(UInt32(body.count))
        bytes.fixed32(CRC32C.checksum(body))
        return bytes.bytes + body
    }

    @Test func aTornTailOfEveryLengthIsCutAndEverythingBeforeItKept() throws {
        let (bytes, starts) = Self.log(records: 4)
        let last = try #require(starts.last)
        for length in 1...(bytes.count - last) {
            let recovery = try Self.replay(Array(bytes.dropLast(length))).get()
            #expect(recovery.records == 3, "a tail of \(length) bytes")
            #expect(recovery.validLength == last, "a tail of \(length) bytes")
            #expect(recovery.truncatedBytes == bytes.count - length - last, "a tail of \(length) bytes")
        }
    }

    @Test func aTornTailAfterAWholeRecordOfEveryLengthIsCut() throws {
        let (bytes, _) = Self.log(records: 3)
        let next = LogRecord.frame(Self.changes(9))
        for length in 1..<next.count {
            let recovery = try Self.replay(bytes + next.prefix(length)).get()
            #expect(recovery.records == 3 && recovery.validLength == bytes.count && recovery.truncatedBytes == length)
        }
    }

    @Test func aFlippedBitInAnyMiddleRecordIsDamageWithTheRecordsAfterItNamed() {
        let (bytes, starts) = Self.log(records: 5)
        let (start, end) = (starts[2], starts[3])
        for offset in start..<end {
            for bit in 0..<8 {
                var damaged = bytes
                damaged[offset] ^= 1 << bit
                let expected = LogDamage(.checksum, offset: start, resumesAt: end)
                #expect(Self.replay(damaged) == .failure(expected), "bit \(bit) of byte \(offset)")
            }
        }
    }

    @Test func aFlippedBitInTheLastRecordReadsAsATornTail() throws {
        // Nothing intact follows it, which is all a crash can leave: it is cut (see LogDamage).
        let (bytes, starts) = Self.log(records: 3)
        var damaged = bytes
        damaged[bytes.count - 2] ^= 0x10
        let recovery = try Self.replay(damaged).get()
        #expect(recovery.records == 2 && recovery.validLength == starts[2])
    }

    @Test func garbageBetweenRecordsIsDamageEndingWhereTheRecordsResume() {
        let (bytes, starts) = Self.log(records: 4)
        for garbage in [[UInt8](repeating: 0, count: 100), [0xFF], Array("hello".utf8)] {
            let damaged = Array(bytes[..<starts[2]]) + garbage + bytes[starts[2]...]
            let expected = LogDamage(.checksum, offset: starts[2], resumesAt: starts[2] + garbage.count)
            #expect(Self.replay(damaged) == .failure(expected))
        }
    }

    @Test func anIntactRecordThatDoesNotDecodeIsDamageEvenAtTheEnd() {
        let (bytes, starts) = Self.log(records: 3)
        let broken = Self.frame(body: [1, 0xEE, 0xEE])
        let atEnd = bytes + broken
        #expect(Self.replay(atEnd) == .failure(LogDamage(.undecodable, offset: bytes.count, resumesAt: atEnd.count)))
        let inMiddle = Array(bytes[..<starts[1]]) + broken + bytes[starts[1]...]
        let expected = LogDamage(.undecodable, offset: starts[1], resumesAt: starts[1] + broken.count)
        #expect(Self.replay(inMiddle) == .failure(expected))
    }

    @Test func anIntactRecordOfANewerFormatIsRefusedByName() {
        let (bytes, _) = Self.log(records: 2)
        var body = LogRecord.frame(Self.changes(7)).dropFirst(8)
        body[body.startIndex] = 2
        let newer = bytes + Self.frame(body: Array(body))
        let damage = LogDamage(.newerFormat(2), offset: bytes.count, resumesAt: newer.count)
        #expect(Self.replay(newer) == .failure(damage))
        #expect(damage.reason == "log format 2, this binary reads 1")
        #expect(!damage.isRepairable)
    }

    @Test func aHeaderOfANewerFormatIsRefusedByName() {
        let (bytes, _) = Self.log(records: 1)
        let newer = Array("LOWLOG02".utf8) + bytes.dropFirst(8)
        #expect(Self.replay(newer) == .failure(LogDamage(.newerFormat(2), offset: 0, resumesAt: 0)))
    }

    @Test func zerosAfterTheLastRecordAreATornTail() throws {
        // A block the file system allocated but a crash did not fill reads as zeros; a frame of
        // length 0 and CRC 0 would check out, so an empty body is never an intact frame.
        let (bytes, _) = Self.log(records: 2)
        let recovery = try Self.replay(bytes + [UInt8](repeating: 0, count: 4096)).get()
        #expect(recovery.records == 2 && recovery.truncatedBytes == 4096)
    }

    @Test func aFileThatIsNotALogIsRefused() {
        #expect(Self.replay(Array("not a log at all".utf8)) == .failure(LogDamage(.notALog, offset: 0, resumesAt: 0)))
        #expect(Self.replay(Array("LOWX".utf8)) == .failure(LogDamage(.notALog, offset: 0, resumesAt: 0)))
    }
}
