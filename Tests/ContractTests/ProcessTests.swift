import Foundation
import TestSupport
import Testing

/// The process as an operator sees it: flags, start-up failures, signals, crashes and restarts.
@Suite(.exclusive)
struct ProcessTests {
    @Test func everythingAnsweredBeforeAKill9IsThereAfterARestart() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            var server = try ServerProcess(["--data-dir", directory.path])
            var balances: [String: Int] = [:]
            for index in 0..<10 {
                let id = try server.openAccount("owner-\(index)", deposit: index)
                let deposited = try server.mutate("DepositMoney", ["accountId": id, "amount": 100], fields: "balance")
                balances[id] = try #require(deposited.object("DepositMoney")?["balance"] as? Int)
            }
            _ = try server.mutate("InviteCustomer", ["email": "ada@example.com"], fields: "id")
            server.signal(SIGKILL)
            #expect(server.waitForExit() == 128 + SIGKILL)
            server = try ServerProcess(["--data-dir", directory.path])
            try server.waitUntilReady()
            for (id, balance) in balances { #expect(try server.balance(id) == balance) }
            let again = try server.mutate("InviteCustomer", ["email": "ada@example.com"], fields: "id")
            #expect(again.reason == "already invited", "\(again.raw)")
        }
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalAnswersTheRequestsInFlightAndExitsZero(_ signal: Int32) async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            var server = try ServerProcess(["--data-dir", directory.path])
            let connections = try (0..<20).map { _ in try RawConnection(port: server.port, timeout: 30) }
            for (index, connection) in connections.enumerated() {
                try connection.send(
                    ServerProcess.graphQLRequest(
                        "mutation($o: String!) { OpenAccount(owner: $o, initialDeposit: 7) { id balance } }",
                        variables: ["o": "owner-\(index)"]))
            }
            usleep(50_000)
            server.signal(signal)
            var opened: [String] = []
            for connection in connections {
                // A request read whole is answered; one the server never read may see the close instead.
                guard let answer = try? connection.readResponse() else { continue }
                #expect(answer.status == 200)
                if let id = GraphQLResult(answer.json).object("OpenAccount")?["id"] as? String { opened.append(id) }
            }
            #expect(server.waitForExit() == 0, "\(server.errorText())")
            #expect(!opened.isEmpty)
            server = try ServerProcess(["--data-dir", directory.path])
            try server.waitUntilReady()
            for id in opened { #expect(try server.balance(id) == 7) }
        }
    }

    @Test func readyAnswers200OnceTheLogIsReplayedAndHealthAlways() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            var server = try ServerProcess(["--data-dir", directory.path])
            let ids = try (0..<50).map { try server.openAccount("owner-\($0)", deposit: $0) }
            server.signal(SIGTERM)
            _ = server.waitForExit()
            server = try ServerProcess(["--data-dir", directory.path])
            let health = try server.get("/health")
            #expect(health.status == 200)
            #expect(health.json["status"] as? String == "ok")
            let early = try server.get("/ready").status
            #expect(early == 200 || early == 503)
            try server.waitUntilReady()
            // Ready means replayed: every row is back.
            for (index, id) in ids.enumerated() { #expect(try server.balance(id) == index) }
        }
    }

    @Test func theListeningLineNamesTheRealPortAndBracketsAnIPv6Host() async throws {
        try await offPool {
            let server = try ServerProcess(["--ephemeral", "--host", "::1"])
            #expect(server.port > 0)
            #expect(server.listeningLine == "listening on http://[::1]:\(server.port)")
            server.signal(SIGTERM)
            #expect(server.waitForExit() == 0)
            let v4 = try ServerProcess()
            #expect(v4.listeningLine == "listening on http://127.0.0.1:\(v4.port)")
            #expect(try v4.get("/health").status == 200)
        }
    }

    @Test func helpListsEveryFlagWithItsDefault() async throws {
        try await offPool {
            let run = try runToExit(["--help"])
            #expect(run.status == 0)
            for text in [
                "--host", "--port", "--request-timeout", "--max-body-bytes", "--schema-dir", "--help", "[HOST]",
                "[PORT]", "[REQUEST_TIMEOUT]", "[MAX_BODY_BYTES]", "default: 127.0.0.1", "default: 8080",
                "default: 5", "default: 1048576",
            ] + ProductUnderTest.current.storageHelp {
                #expect(run.output.contains(text), "\(text) missing from --help")
            }
        }
    }

    @Test(arguments: [["--frobnicate"], ["--port", "70000"], ["--port"], ["--request-timeout", "soon"]])
    func aBadCommandLineExitsTwoWithOneLine(_ arguments: [String]) async throws {
        try await offPool {
            let run = try runToExit(arguments)
            #expect(run.status == 2)
            #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
        }
    }

    @Test func aFlagWinsOverItsEnvironmentVariableAndABadVariableExitsTwo() async throws {
        try await offPool {
            let server = try ServerProcess(
                ["--ephemeral", "--port", "0"], environment: ["PORT": "1", "HOST": "127.0.0.1"])
            #expect(server.port > 1)
            let run = try runToExit(["--ephemeral"], environment: ["PORT": "eighty"])
            #expect(run.status == 2)
            #expect(run.errors.contains("PORT"))
        }
    }

    @Test(.enabled(if: ProductUnderTest.current.hasFileLog, "only a file log locks its directory"))
    func aLockedDataDirectoryStopsTheStartWithExitOneAndOneLine() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            let first = try ServerProcess(["--data-dir", directory.path])
            let run = try runToExit(["--data-dir", directory.path, "--port", "0"])
            #expect(run.status == 1)
            #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
            #expect(try first.get("/health").status == 200)
        }
    }

    @Test func aPortInUseStopsTheStartWithExitOneAndOneLine() async throws {
        try await offPool {
            let first = try ServerProcess()
            let run = try runToExit(["--ephemeral", "--port", "\(first.port)"])
            #expect(run.status == 1)
            #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
        }
    }

    @Test func aSchemaWhoseMutationHasNoCommandStopsTheStart() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            try FileManager.default.createDirectory(atPath: directory.path, withIntermediateDirectories: true)
            let schema = ServerProcess.schemaDirectory
            for name in try FileManager.default.contentsOfDirectory(atPath: schema) where name.hasSuffix(".graphql") {
                try FileManager.default.copyItem(atPath: schema + "/" + name, toPath: directory.path + "/" + name)
            }
            try "extend type Mutation { LaunchRocket(id: ID!): Account }\n".write(
                toFile: directory.path + "/rocket.graphql", atomically: true, encoding: .utf8)
            let run = try runToExit(["--ephemeral", "--port", "0", "--schema-dir", directory.path])
            #expect(run.status == 1)
            #expect(run.errors.contains("LaunchRocket"), "\(run.errors)")
            #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
        }
    }

    @Test func aMissingSchemaDirectoryStopsTheStart() async throws {
        try await offPool {
            let run = try runToExit(["--ephemeral", "--port", "0", "--schema-dir", "/nonexistent/schema"])
            #expect(run.status == 1)
            #expect(run.errors.contains("/nonexistent/schema"))
        }
    }

    /// Runs the executable to its exit (it must not start serving: a failure or --help).
    func runToExit(_ arguments: [String], environment: [String: String] = [:]) throws
        -> (status: Int32, output: String, errors: String)
    {
        let process = Process()
        process.executableURL = ServerProcess.executable
        process.arguments = try ProductUnderTest.current.arguments(arguments)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: watchdog)
        defer { watchdog.cancel() }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

extension ServerProcess {
    /// The repository's Schema/ (this file is Tests/ContractTests/ProcessTests.swift).
    static let schemaDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schema").path
}
