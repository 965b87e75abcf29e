import Foundation
import LOW
import TestSupport
import Testing

@testable import InProcess

/// `LogRepair` on log bytes built in memory: what it keeps, what it moves aside, and that the two
/// together are every byte of the damaged file.
struct LogRepairTests {
    static func write(_ bytes: [UInt8], in directory: TemporaryDirectory) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: directory.logPath))
    }

    static func contents(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test func aDamagedRecordMovesToAQuarantineFileAndTheRecordsAfterItStay() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (bytes, starts) = LogRecoveryTests.log(records: 10)
        var damaged = bytes
        damaged[starts[4] + 20] ^= 0x01
        try Self.write(damaged, in: directory)

        let report = try LogRepair.repair(directory: directory.path)

        let moved = LogRepair.Report.Moved(
            offset: starts[4], length: starts[5] - starts[4], path: directory.logPath + ".quarantine-\(starts[4])")
        #expect(report.moved == [moved] && report.keptRecords == 9 && report.keptEvents == 9)
        #expect(try Self.contents(moved.path) == Array(damaged[starts[4]..<starts[5]]))
        #expect(try Self.contents(directory.logPath) == Array(bytes[..<starts[4]] + bytes[starts[5]...]))
        let log = try FileEventLog.open(directory: directory.path)
        #expect(log.recovery.records == 9 && log.recovery.truncatedBytes == 0)
        await log.close()
    }

    @Test func twoDamagedStretchesAndATornTailAllMoveAside() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (bytes, starts) = LogRecoveryTests.log(records: 8)
        var damaged = bytes + Array(LogRecord.frame(LogRecoveryTests.changes(99)).prefix(30))
        damaged[starts[1] + 9] ^= 0x80
        damaged[starts[6]] ^= 0x02
        try Self.write(damaged, in: directory)

        let report = try LogRepair.repair(directory: directory.path)

        #expect(report.moved.map(\.offset) == [starts[1], starts[6], bytes.count])
        #expect(report.keptRecords == 6)
        // Every byte of the damaged file is in the log or in a quarantine file, in its place.
        var rebuilt = try Self.contents(directory.logPath)
        for moved in report.moved {
            rebuilt.insert(contentsOf: try Self.contents(moved.path), at: moved.offset)
        }
        #expect(rebuilt == damaged)
    }

    @Test func aWholeLogIsLeftAsItWas() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (bytes, _) = LogRecoveryTests.log(records: 3)
        try Self.write(bytes, in: directory)
        let report = try LogRepair.repair(directory: directory.path)
        #expect(report.moved.isEmpty && report.keptRecords == 3)
        #expect(try Self.contents(directory.logPath) == bytes)
    }

    @Test func aLogOfANewerFormatIsNotRepaired() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (bytes, _) = LogRecoveryTests.log(records: 2)
        let newer = Array("LOWLOG02".utf8) + bytes.dropFirst(8)
        try Self.write(newer, in: directory)
        #expect(throws: LogDamage(.newerFormat(2), offset: 0, resumesAt: 0)) {
            try LogRepair.repair(directory: directory.path)
        }
        #expect(try Self.contents(directory.logPath) == newer)
    }

    @Test func aMissingLogIsAnErrorAndCreatesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: StoreError.self) { try LogRepair.repair(directory: directory.path) }
        #expect(!FileManager.default.fileExists(atPath: directory.logPath))
    }
}
