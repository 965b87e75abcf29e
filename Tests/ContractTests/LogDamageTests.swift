import Foundation
import TestSupport
import Testing

/// The file log under damage that is not a crash, from outside: copies of a real log are damaged
/// and the real executable started on them. Damage in the middle is refused with one line and
/// the file left byte for byte; `repair` moves it aside; a torn tail is cut and reported; a newer
/// format is refused by name; a disk that fills stops the process and loses nothing acknowledged.
@Suite(.exclusive, .enabled(if: ProductUnderTest.current.hasFileLog, "the file log's own damage"))
struct LogDamageTests {
    /// A log written by the server: one account opened, then `deposits` deposits of 2^k cents
    /// (deposit k), one record each, so a balance tells exactly which deposits it holds.
    struct Fixture {
        static let deposits = 24
        var bytes: [UInt8]
        var account: String
        static let shared: Result<Fixture, any Error> = Result { try Fixture() }

        private init() throws {
            let directory = TemporaryDirectory()
            let server = try ServerProcess(["--data-dir", directory.path])
            account = try server.openAccount("damage", deposit: 0)
            for k in 0..<Self.deposits {
                let result = try server.mutate("DepositMoney", ["accountId": account, "amount": 1 << k], fields: "id")
                guard result.object("DepositMoney") != nil else { throw ClientError(description: "\(result.raw)") }
            }
            server.signal(SIGTERM)
            guard server.waitForExit() == 0 else { throw ClientError(description: server.errorText()) }
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory.path + "/events.log")))
        }

        static var allDeposits: Int { (1 << deposits) - 1 }

        /// Where each record starts, read from the frames' lengths.
        var recordStarts: [Int] {
            var starts: [Int] = []
            var offset = 8
            while offset + 8 <= bytes.count {
                starts.append(offset)
                offset += 8 + Int(length(at: offset))
            }
            return starts
        }

        /// The little-endian length that starts the frame at `offset`.
        private func length(at offset: Int) -> UInt32 {
            (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
        }
    }

    /// A data directory holding `bytes` as its log.
    static func directory(holding bytes: [UInt8]) throws -> TemporaryDirectory {
        let directory = TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: directory.path + "/events.log"))
        return directory
    }

    static func contents(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try ProcessTests().runToExit(arguments)
    }

    @Test(arguments: [10, 50, 90])
    func aFlippedBitIsRefusedWithOneLineAndTheFileLeftAsItWas(percent: Int) async throws {
        try await offPool {
            let fixture = try Fixture.shared.get()
            var damaged = fixture.bytes
            let offset = fixture.bytes.count * percent / 100
            damaged[offset] ^= 0x08
            let directory = try Self.directory(holding: damaged)
            let log = directory.path + "/events.log"

            let run = try Self.run(["--data-dir", directory.path, "--port", "0"])

            #expect(run.status == 1)
            let lines = run.errors.split(separator: "\n")
            #expect(lines.count == 1, "\(run.errors)")
            let start = try #require(fixture.recordStarts.last { $0 <= offset })
            #expect(
                run.errors.hasPrefix(
                    "gql-inprocess: the event log \(log) is damaged at byte \(start) (a record fails its checksum "
                        + "and valid records follow); run 'gql-inprocess repair --data-dir \(directory.path)'"),
                "\(run.errors)")
            #expect(run.output.isEmpty, "it never listened")
            #expect(try Self.contents(log) == damaged, "nothing cut")
        }
    }

    @Test(arguments: [10, 50, 90])
    func repairMovesTheDamagedRecordAsideAndTheServerStartsWithoutIt(percent: Int) async throws {
        try await offPool {
            let fixture = try Fixture.shared.get()
            var damaged = fixture.bytes
            let offset = fixture.bytes.count * percent / 100
            damaged[offset] ^= 0x40
            let directory = try Self.directory(holding: damaged)
            let log = directory.path + "/events.log"
            let starts = fixture.recordStarts
            let record = try #require(starts.lastIndex { $0 <= offset })
            let recordEnd = record + 1 < starts.count ? starts[record + 1] : fixture.bytes.count

            let run = try Self.run(["repair", "--data-dir", directory.path])

            #expect(run.status == 0, "\(run.errors)")
            let quarantine = "\(log).quarantine-\(starts[record])"
            #expect(
                run.output.contains(
                    "moved \(recordEnd - starts[record]) damaged bytes at byte \(starts[record]) to \(quarantine)"),
                "\(run.output)")
            #expect(run.output.contains("kept \(starts.count - 1) records"), "\(run.output)")
            #expect(try Self.contents(quarantine) == Array(damaged[starts[record]..<recordEnd]))
            #expect(try Self.contents(log) == Array(fixture.bytes[..<starts[record]] + fixture.bytes[recordEnd...]))

            // Record 0 opened the account; record k + 1 deposited 2^k.
            #expect(record >= 1)
            let server = try ServerProcess(["--data-dir", directory.path])
            try server.waitUntilReady()
            #expect(try server.balance(fixture.account) == Fixture.allDeposits - (1 << (record - 1)))
            #expect(server.errorText().isEmpty, "\(server.errorText())")
        }
    }

    /// A tail of the last record cut off: 1 byte, half of it, all but one byte, all of it.
    @Test func aTornTailIsCutReportedAndCountedAndEverythingBeforeItKept() async throws {
        try await offPool {
            let fixture = try Fixture.shared.get()
            let last = try #require(fixture.recordStarts.last)
            let length = fixture.bytes.count - last
            for missing in [1, length / 2, length - 1, length] {
                let torn = Array(fixture.bytes.dropLast(missing))
                let directory = try Self.directory(holding: torn)
                let server = try ServerProcess(["--data-dir", directory.path])
                try server.waitUntilReady()
                #expect(try server.balance(fixture.account) == Fixture.allDeposits - (1 << (Fixture.deposits - 1)))
                let cut = length - missing
                let metrics = try server.get("/metrics").text
                if cut == 0 {
                    #expect(server.errorText().isEmpty)
                    #expect(metrics.contains("event_log_torn_tail_bytes_cut_total 0\n"))
                } else {
                    #expect(
                        server.errorText().contains("cut a torn tail of \(cut) bytes at byte \(last) of "),
                        "\(server.errorText())")
                    #expect(metrics.contains("event_log_torn_tail_cuts_total 1\n"))
                    #expect(metrics.contains("event_log_torn_tail_bytes_cut_total \(cut)\n"))
                }
                server.signal(SIGTERM)
                #expect(server.waitForExit() == 0)
                #expect(try Self.contents(directory.path + "/events.log") == Array(fixture.bytes[..<last]))
            }
        }
    }

    @Test func aRecordOfANewerFormatWithAValidChecksumIsRefusedByName() async throws {
        try await offPool {
            let fixture = try Fixture.shared.get()
            let starts = fixture.recordStarts
            let record = starts[starts.count / 2]
            var newer = fixture.bytes
            newer[record + 8] = 2
            let end = starts[starts.count / 2 + 1]
            let crc = CRC32C.checksum(Array(newer[(record + 8)..<end]))
            for byte in 0..<4 { newer[record + 4 + byte] = UInt8(truncatingIfNeeded: crc >> (8 * byte)) }
            let directory = try Self.directory(holding: newer)
            let log = directory.path + "/events.log"

            let run = try Self.run(["--data-dir", directory.path, "--port", "0"])

            #expect(run.status == 1)
            #expect(
                run.errors == "gql-inprocess: the event log \(log) cannot be read at byte \(record) "
                    + "(log format 2, this binary reads 1); run the newer gql-inprocess that wrote it\n",
                "\(run.errors)")
            let repair = try Self.run(["repair", "--data-dir", directory.path])
            #expect(repair.status == 1 && repair.errors.contains("log format 2, this binary reads 1"))
            #expect(try Self.contents(log) == newer, "neither start nor repair changed it")
        }
    }

    @Test func aDiskThatFillsUnderLoadStopsTheProcessAndLosesNothingAcknowledged() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            var server = try ServerProcess(["--data-dir", directory.path])
            // An account per client: deposits that never conflict, so every answer that is not the
            // new balance is the full disk's.
            let accounts = try (0..<16).map { try server.openAccount("full-\($0)", deposit: 0) }
            server.signal(SIGTERM)
            #expect(server.waitForExit() == 0)
            let size = try Self.contents(directory.path + "/events.log").count
            // Room for a few dozen deposits, then the "disk" is full.
            server = try ServerProcess(
                ["--data-dir", directory.path], environment: ["CQRS_TEST_FAIL_WRITE_AFTER_BYTES": "\(size + 10_000)"])
            try server.waitUntilReady()
            let load = DiskFullLoad(server: server, accounts: accounts)
            load.run()

            let status = server.waitForExit()
            #expect(status == 1, "\(server.errorText())")
            // The gateway logs each failed command; the process's own last word is one line.
            let last = server.errorText().split(separator: "\n").last ?? ""
            #expect(
                last.hasPrefix("gql-inprocess: the event log stopped after an I/O failure"), "\(server.errorText())")
            #expect(last.contains("No space left on device"), "\(server.errorText())")
            let (succeeded, failures, firstFailure, first503) = load.outcome
            #expect(succeeded.count > 5 && failures > 0, "\(succeeded.count) succeeded, \(failures) failed")
            let seen503 = try #require(first503, "/ready never answered 503")
            let failedAt = try #require(firstFailure)
            #expect(
                seen503.timeIntervalSince(failedAt) < 1,
                "/ready answered 503 \(seen503.timeIntervalSince(failedAt)) s late")

            server = try ServerProcess(["--data-dir", directory.path])
            try server.waitUntilReady()
            var stored: Set<String> = []
            for account in accounts {
                let deposits = try Self.commandIDs(server, stream: "account-\(account)")
                #expect(try server.balance(account) == deposits.count)
                stored.formUnion(deposits)
            }
            for key in succeeded {
                #expect(stored.contains(NameBasedUUID.v5("idempotency-key:\(key)")), "acknowledged \(key) was lost")
            }
        }
    }

    /// The command ids of the stream's events.
    static func commandIDs(_ server: ServerProcess, stream: String) throws -> Set<String> {
        let result = try server.graphQL(
            "query($s: ID) { events(streamId: $s, type: \"MoneyDeposited\", first: 1000) { events { commandId } } }",
            variables: ["s": stream])
        let events = try #require((result.data?["events"] as? [String: Any])?["events"] as? [[String: Any]])
        return Set(events.compactMap { $0["commandId"] as? String })
    }
}

/// Deposits of 1 from a client per account until the server stops answering them, while another thread
/// polls `/ready`: which keys were answered with the new balance, and when the first failure and
/// the first 503 came.
final class DiskFullLoad: @unchecked Sendable {
    // Everything below `lock` is only touched under it.
    private let lock = NSLock()
    private var succeeded: [String] = []
    private var failures = 0
    private var firstFailure: Date?
    private var first503: Date?
    private var isDone = false
    let server: ServerProcess
    let accounts: [String]

    init(server: ServerProcess, accounts: [String]) {
        self.server = server
        self.accounts = accounts
    }

    var outcome: (succeeded: [String], failures: Int, firstFailure: Date?, first503: Date?) {
        lock.withLock { (succeeded, failures, firstFailure, first503) }
    }

    func run() {
        let group = DispatchGroup()
        for client in accounts.indices {
            DispatchQueue.global().async(group: group) { self.deposit(client) }
        }
        DispatchQueue.global().async(group: group) { self.pollReady() }
        group.wait()
    }

    private func deposit(_ client: Int) {
        for sequence in 0..<10_000 {
            let key = "fill-\(client)-\(sequence)"
            let result = try? server.mutate(
                "DepositMoney", ["accountId": accounts[client], "amount": 1], fields: "balance", key: key)
            let isSuccess = result?.object("DepositMoney")?["balance"] is Int
            let stop = lock.withLock {
                if isSuccess {
                    succeeded.append(key)
                } else {
                    failures += 1
                    if firstFailure == nil { firstFailure = Date() }
                    isDone = true
                }
                return isDone
            }
            if stop { return }
        }
    }

    private func pollReady() {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            guard let status = try? server.get("/ready").status else { return }
            if status == 503 {
                lock.withLock { first503 = first503 ?? Date() }
                return
            }
            usleep(10_000)
        }
    }
}

/// CRC-32C (Castagnoli), bit by bit: the file log's record checksum, computed independently.
enum CRC32C {
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
        }
        return ~crc
    }
}
