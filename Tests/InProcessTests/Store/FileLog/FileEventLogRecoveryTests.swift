import Foundation
import InProcess
import LOW
import ShellTesting
import TestSupport
import Testing

/// Opening a log whose end was torn or damaged: the whole records stay, the rest is cut, and the
/// log takes new commits.
@Suite(.exclusive)
struct FileEventLogRecoveryTests {
    /// A log of `count` single-event commits: its bytes, and the length before its last record.
    static func makeLog(records count: Int) async throws -> (bytes: [UInt8], lastRecordStart: Int) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var lastRecordStart = 0
        for index in 0..<count {
            let log = try FileEventLog.open(directory: directory.path)
            lastRecordStart = log.recovery.validLength
            try await ContractFixtures.append(log, type: "T\(index)", stream: "s-\(index % 2)")
            await log.close()
        }
        return (Array(try Data(contentsOf: URL(fileURLWithPath: directory.logPath))), lastRecordStart)
    }

    /// Opens a log made of `bytes`, checks it holds `records` whole commits and takes a new one.
    static func expectRecovers(
        _ bytes: [UInt8], records: Int, cutting: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Data(bytes).write(to: URL(fileURLWithPath: directory.logPath))
        let log = try FileEventLog.open(directory: directory.path)
        #expect(log.recovery.records == records, sourceLocation: sourceLocation)
        #expect(log.recovery.truncatedBytes == cutting, sourceLocation: sourceLocation)
        let positions = try await log.read(after: 0, limit: 100, filter: .all).map(\.position)
        #expect(positions == (0..<Int64(records)).map { $0 + 1 }, sourceLocation: sourceLocation)
        let next = try await ContractFixtures.append(log, stream: "after")
        #expect(next.position == Int64(records + 1), sourceLocation: sourceLocation)
        await log.close()
        let reopened = try FileEventLog.open(directory: directory.path)
        #expect(reopened.recovery.records == records + 1, sourceLocation: sourceLocation)
        #expect(reopened.recovery.truncatedBytes == 0, sourceLocation: sourceLocation)
        await reopened.close()
    }

    @Test func aTornLastRecordOfEveryLengthIsCutAndTheRestKept() async throws {
        let (bytes, lastStart) = try await Self.makeLog(records: 3)
        for cut in lastStart..<bytes.count {
            try await Self.expectRecovers(Array(bytes[..<cut]), records: 2, cutting: cut - lastStart)
        }
    }

    @Test func aLastRecordWithABadChecksumIsCut() async throws {
        let (bytes, lastStart) = try await Self.makeLog(records: 3)
        for offset in [lastStart + 4, lastStart + 8, bytes.count - 1] {
            var damaged = bytes
            damaged[offset] ^= 0x5A
            try await Self.expectRecovers(damaged, records: 2, cutting: bytes.count - lastStart)
        }
    }

    @Test(arguments: [
        [UInt8](repeating: 0xFF, count: 37), [UInt8](repeating: 0, count: 4096),
        [10, 0, 0, 0, 1, 2, 3, 4] + [UInt8](repeating: 7, count: 10),
        [3],
    ])
    func garbageAfterTheLastRecordIsCut(_ garbage: [UInt8]) async throws {
        let (bytes, _) = try await Self.makeLog(records: 2)
        try await Self.expectRecovers(bytes + garbage, records: 2, cutting: garbage.count)
    }

    @Test func aDamagedMiddleRecordIsRefusedAndTheFileLeftAsItWas() async throws {
        let (bytes, _) = try await Self.makeLog(records: 6)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var damaged = bytes
        damaged[bytes.count / 2] ^= 0x04
        try Data(damaged).write(to: URL(fileURLWithPath: directory.logPath))
        #expect(throws: LogDamage.self) { try FileEventLog.open(directory: directory.path) }
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: directory.logPath))) == damaged)
    }

    @Test func anEmptyFileOpensAsAnEmptyLog() async throws {
        try await Self.expectRecovers([], records: 0, cutting: 0)
    }

    @Test func aHeaderTornAtCreationOpensAsAnEmptyLog() async throws {
        try await Self.expectRecovers(Array("LOWL".utf8), records: 0, cutting: 4)
    }

    @Test func aFileThatIsNotALogIsRefusedAndLeftAlone() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let text = Array("hello, this is not an event log\n".utf8)
        try Data(text).write(to: URL(fileURLWithPath: directory.logPath))
        #expect(throws: LogDamage(.notALog, offset: 0, resumesAt: 0)) {
            try FileEventLog.open(directory: directory.path)
        }
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: directory.logPath))) == text)
    }
}
