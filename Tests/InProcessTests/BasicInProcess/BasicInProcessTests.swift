import Foundation
import TestSupport
import Testing

/// basic-inprocess as a client sees it: JSON lines in, JSON lines out, flags and restarts.
///
/// Each test waits on its child's pipes: off the cooperative pool (`offPool`), and in the exclusive
/// section so the children do not compete with the tests that time things.
@Suite(.exclusive)
struct BasicInProcessTests {
    func open(_ owner: String, deposit: Int, key: String? = nil) -> String {
        let keyField = key.map { #","idempotencyKey":"\#($0)""# } ?? ""
        return #"{"command":"OpenAccount","args":{"owner":"\#(owner)","initialDeposit":\#(deposit)}\#(keyField)}"#
    }

    func deposit(_ account: String, _ amount: Int) -> String {
        #"{"command":"DepositMoney","args":{"accountId":"\#(account)","amount":\#(amount)}}"#
    }

    @Test func answersEveryLineInOrderWithTheContractsCodesAndExitsZeroAtTheEndOfInput() async throws {
        try await offPool {
            let run = try ChildProcess.run(
                ["--ephemeral"],
                lines: [
                    open("ada", deposit: 100, key: "k1"),
                    "this is not json",
                    #"{"args":{}}"#,
                    #"{"command":"FlyToTheMoon","args":{}}"#,
                    #"{"command":"DepositMoney","args":{"accountId":42,"amount":1}}"#,
                    #"{"command":"WithdrawMoney","args":{"accountId":"nobody","amount":1}}"#,
                    open("ada", deposit: 100, key: "k1"),
                    open("bob", deposit: 100, key: "k1"),
                ])
            #expect(run.status == 0)
            let answers = run.lines.map(decode)
            #expect(answers.count == 8)
            guard answers.count == 8 else { return }
            let account = answers[0]["data"] as? [String: Any]
            #expect(answers[0]["ok"] as? Bool == true)
            #expect(account?["balance"] as? Int == 100)
            #expect(answers[1]["code"] as? String == "BAD_REQUEST")
            #expect(answers[2]["code"] as? String == "BAD_REQUEST")
            #expect(answers[3]["code"] as? String == "BAD_REQUEST")
            #expect((answers[3]["message"] as? String)?.contains("FlyToTheMoon") == true)
            #expect(answers[4]["code"] as? String == "BAD_USER_INPUT")
            #expect(answers[5]["code"] as? String == "COMMAND_REJECTED")
            #expect(answers[5]["reason"] as? String == "unknown account")
            #expect((answers[6]["data"] as? [String: Any])?["id"] as? String == account?["id"] as? String)
            #expect(answers[7]["code"] as? String == "BAD_USER_INPUT")
        }
    }

    @Test func answersALineBeforeTheNextOneIsWritten() async throws {
        try await offPool {
            let child = try ChildProcess(["--ephemeral"])
            child.send(open("ada", deposit: 5))
            let opened = decode(try #require(child.readLine()))
            let id = try #require((opened["data"] as? [String: Any])?["id"] as? String)
            child.send(deposit(id, 7))
            let deposited = decode(try #require(child.readLine()))
            #expect((deposited["data"] as? [String: Any])?["balance"] as? Int == 12)
            #expect(child.finish().status == 0)
        }
    }

    @Test(arguments: [[0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func aLineWithInvalidUTF8IsRefusedNotRepaired(_ invalid: [UInt8]) async throws {
        try await offPool {
            let child = try ChildProcess(["--ephemeral"])
            let line = open("ada", deposit: 5, key: "same")
            // Inside the owner's name: `"ada"` becomes `"<invalid>ada"`.
            let owner = try #require(line.range(of: #""ada""#))
            var bytes = Array(line.utf8)
            bytes.insert(
                contentsOf: invalid, at: line.utf8.distance(from: line.utf8.startIndex, to: owner.lowerBound) + 1)
            child.send(bytes: bytes)
            let refused = decode(try #require(child.readLine()))
            #expect(refused["code"] as? String == "BAD_REQUEST", "\(refused)")
            // Nothing was stored under the key: the same key with the valid line opens the account.
            child.send(line)
            let opened = decode(try #require(child.readLine()))
            #expect((opened["data"] as? [String: Any])?["owner"] as? String == "ada", "\(opened)")
            #expect(child.finish().status == 0)
        }
    }

    @Test func aTransferAnswersTheTransferOnceItHasCompleted() async throws {
        try await offPool {
            let first = try ChildProcess.run(
                ["--ephemeral"], lines: [open("ada", deposit: 50, key: "a"), open("bob", deposit: 0, key: "b")])
            let ids = first.lines.compactMap { (decode($0)["data"] as? [String: Any])?["id"] as? String }
            try #require(ids.count == 2)
            let transfer = #"{"command":"TransferMoney","args":{"from":"\#(ids[0])","to":"\#(ids[1])","amount":20}}"#
            let opens = [open("ada", deposit: 50, key: "a"), open("bob", deposit: 0, key: "b")]
            let run = try ChildProcess.run(["--ephemeral"], lines: opens + [transfer])
            let data = run.lines.last.map(decode)?["data"] as? [String: Any]
            #expect(data?["status"] as? String == "COMPLETED")
            #expect(data?["amount"] as? Int == 20)
        }
    }

    @Test func keepsItsStateAcrossARestartWithADataDirectory() async throws {
        try await offPool {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("basic-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let first = try ChildProcess.run(
                ["--data-dir", directory.path], lines: [open("ada", deposit: 100, key: "ada")])
            #expect(first.status == 0, "\(first.errors)")
            let id = try #require((first.lines.first.map(decode)?["data"] as? [String: Any])?["id"] as? String)
            let second = try ChildProcess.run(
                [], lines: [deposit(id, 1), open("ada", deposit: 100, key: "ada")],
                environment: ["DATA_DIR": directory.path])
            #expect(second.status == 0, "\(second.errors)")
            let answers = second.lines.map(decode)
            #expect((answers.first?["data"] as? [String: Any])?["balance"] as? Int == 101)
            #expect((answers.last?["data"] as? [String: Any])?["id"] as? String == id)
        }
    }

    @Test func forgetsEverythingOnRestartWhenEphemeral() async throws {
        try await offPool {
            let first = try ChildProcess.run(["--ephemeral"], lines: [open("ada", deposit: 100)])
            let id = try #require((first.lines.first.map(decode)?["data"] as? [String: Any])?["id"] as? String)
            let second = try ChildProcess.run(["--ephemeral"], lines: [deposit(id, 1)])
            #expect(second.lines.first.map(decode)?["reason"] as? String == "unknown account")
        }
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalEndsItGracefullyWithExitZeroAndKeepsWhatWasAccepted(_ signal: Int32) async throws {
        try await offPool {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("basic-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let child = try ChildProcess(["--data-dir", directory.path])
            child.send(open("ada", deposit: 100, key: "ada"))
            let opened = decode(try #require(child.readLine()))
            let id = try #require((opened["data"] as? [String: Any])?["id"] as? String)
            kill(child.process.processIdentifier, signal)
            child.process.waitUntilExit()
            #expect(child.process.terminationStatus == 0)
            #expect(child.process.terminationReason == .exit)
            let again = try ChildProcess.run(["--data-dir", directory.path], lines: [deposit(id, 1)])
            #expect((again.lines.first.map(decode)?["data"] as? [String: Any])?["balance"] as? Int == 101)
        }
    }

    @Test func anUnknownFlagExitsTwoWithOneLineOfError() async throws {
        try await offPool {
            let run = try ChildProcess.run(["--frobnicate"], lines: [])
            #expect(run.status == 2)
            #expect(run.errors.split(separator: "\n").count == 1)
            #expect(run.errors.contains("--frobnicate"))
        }
    }

    @Test func helpListsEveryFlagWithItsDefault() async throws {
        try await offPool {
            let run = try ChildProcess.run(["--help"], lines: [])
            let help = run.lines.joined(separator: "\n")
            #expect(run.status == 0)
            for flag in ["--data-dir", "--ephemeral", "--request-timeout", "--help", "default: ./data", "default: 5"] {
                #expect(help.contains(flag), "\(flag) missing from --help")
            }
        }
    }
}
