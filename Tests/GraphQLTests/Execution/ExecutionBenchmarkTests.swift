import Foundation
import GraphQL
import Testing

/// Executes every corpus/bff document against in-memory resolvers and reports the time per
/// document. A quick correctness pass by default; with `GQL_BENCH=1` (in a release build:
/// `GQL_BENCH=1 swift test -c release --filter ExecutionBenchmarkTests`) it times many runs;
/// `GQL_BENCH_DOC=18` keeps the documents whose file name starts so.
@Suite struct ExecutionBenchmarkTests {
    static let variables = """
        {"id": "id-1", "email": "ann@example.com", "name": "Ann", "age": 30, "url": "/home", "renderTime": 12,
         "owner": "Ann", "initialDeposit": 100, "accountId": "acc-1", "amount": 5, "from": "acc-1", "to": "acc-2",
         "streamId": "acc-1", "type": "MoneyDeposited", "userId": "u-1", "customerEmail": "ann@example.com"}
        """

    static func resolvers(asyncRoots: Bool) -> Resolvers<TestContext> {
        let customer = FieldValue.object([
            "id": .string("3f1c2a9e-5b7d-4e21-9a0c-8d6f4b2e1a77"), "email": .string("ann@example.com"),
            "invited": .boolean(true), "invitedAt": .string("2026-11-25T10:42:11.123Z"),
        ])
        let user = FieldValue.object([
            "id": .string("u-1"), "name": .string("Ann"), "age": .int(30), "email": .string("ann@example.com"),
            "status": .string("ACTIVE"), "viewcount": .int(7),
        ])
        let account = FieldValue.object([
            "id": .string("acc-1"), "owner": .string("Ann"), "balance": .int(1200), "version": .int(3),
        ])
        let transfer = FieldValue.object([
            "id": .string("t-1"), "from": .string("acc-1"), "to": .string("acc-2"), "amount": .int(5),
            "status": .string("COMPLETED"), "reason": .null,
        ])
        let event = FieldValue.object([
            "id": .string("e-1"), "type": .string("MoneyDeposited"), "streamId": .string("acc-1"), "version": .int(2),
            "position": .string("0000000042"), "occurredAt": .string("2026-11-25T10:42:11.123Z"),
            "commandId": .string("c-1"), "data": .string(#"{"amount":5}"#),
        ])
        let customers = [FieldValue](repeating: customer, count: 100)
        let users = [FieldValue](repeating: user, count: 100)
        let events = [FieldValue](repeating: event, count: 500)
        var resolvers = Resolvers<TestContext>()
        func root(_ type: String, _ field: String, _ value: @escaping @Sendable (Arguments) -> FieldValue) {
            if asyncRoots {
                resolvers.asyncField(type, field) { input in value(input.arguments) }
            } else {
                resolvers.field(type, field) { input in value(input.arguments) }
            }
        }
        for field in ["customer", "customerByEmail"] { root("Query", field) { _ in customer } }
        root("Query", "customers") { args in .list(Array(customers.prefix(args.int("first") ?? 20))) }
        root("Query", "user") { _ in user }
        root("Query", "users") { args in .list(Array(users.prefix(args.int("first") ?? 20))) }
        root("Query", "account") { _ in account }
        root("Query", "transfer") { _ in transfer }
        root("Query", "events") { args in
            .object(["events": .list(Array(events.prefix(args.int("first") ?? 100))), "next": .string("500")])
        }
        for field in ["RegisterUser", "UpdateUserEmail", "DisableUser", "RecordPageview"] {
            root("Mutation", field) { _ in user }
        }
        for field in ["OpenAccount", "DepositMoney", "WithdrawMoney"] { root("Mutation", field) { _ in account } }
        root("Mutation", "InviteCustomer") { _ in customer }
        root("Mutation", "TransferMoney") { _ in transfer }
        return resolvers
    }

    static func corpus() throws -> [(name: String, text: String)] {
        let directory = Fixtures.directory.appendingPathComponent("bff")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".graphql") }
            .sorted().map { ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func everyCorpusDocumentExecutesWithoutErrors() async throws {
        let isTiming = ProcessInfo.processInfo.environment["GQL_BENCH"] == "1"
        let schema = try SchemaBuilder.build(files: [("schema.graphql", try TestSchema.repositorySDL())])
        let variables = try JSONInput.parse(Self.variables)
        let syncExecutor = Executor(schema: schema, resolvers: Self.resolvers(asyncRoots: false))
        let asyncExecutor = Executor(schema: schema, resolvers: Self.resolvers(asyncRoots: true))
        let only = ProcessInfo.processInfo.environment["GQL_BENCH_DOC"] ?? ""
        for (name, text) in try Self.corpus() where name.hasPrefix(only) {
            let document = try Parser.parse(text)
            #expect(Validator.validate(document, against: schema).isEmpty, "\(name)")
            let result = await syncExecutor.execute(document: document, variables: variables, context: TestContext())
            #expect(result.errors.isEmpty, "\(name): \(result.errors)")
            let asyncResult = await asyncExecutor.execute(
                document: document, variables: variables, context: TestContext())
            #expect(asyncResult.json() == result.json(), "\(name)")
            guard isTiming else { continue }
            let execute = await Self.time {
                _ = await syncExecutor.execute(document: document, variables: variables, context: TestContext()).json()
            }
            let asyncExecute = await Self.time {
                _ = await asyncExecutor.execute(document: document, variables: variables, context: TestContext()).json()
            }
            let whole = await Self.time {
                guard let parsed = try? Parser.parse(text), Validator.validate(parsed, against: schema).isEmpty else {
                    return
                }
                _ = await syncExecutor.execute(document: parsed, variables: variables, context: TestContext()).json()
            }
            print(
                "\(name): execute \(execute) µs, with async roots \(asyncExecute) µs, parse+validate+execute \(whole) µs, "
                    + "\(result.json().count) bytes")
        }
    }

    /// Median over 5 rounds (each about 0.1 s of repeated calls) of the mean µs per call.
    static func time(_ body: () async -> Void) async -> String {
        var rounds: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<5 {
            var calls = 0
            let start = clock.now
            while clock.now - start < .milliseconds(100) {
                for _ in 0..<16 { await body() }
                calls += 16
            }
            let elapsed = clock.now - start
            let micros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
            rounds.append(micros / Double(calls))
        }
        return String(format: "%.2f", rounds.sorted()[2])
    }
}
