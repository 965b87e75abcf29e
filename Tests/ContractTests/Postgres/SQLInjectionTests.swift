import Foundation
import TestSupport
import Testing

/// Classic SQL injection through every String and ID argument of the schema (Schema/*.graphql)
/// and through the headers the service reads: each value is either stored verbatim and read back
/// identical or refused as the contract says, and the tables are intact afterwards.
@Suite(.exclusive, .enabled(if: PostgresSchema.isUnderTest))
struct SQLInjectionTests {
    /// Values that would change a statement built by pasting text into SQL, NUL-free.
    static let payloads = [
        "'; DROP TABLE cqrs_events; --", "' OR '1'='1", "\\", "\\'; DELETE FROM cqrs_rows; --", "$1", "$1$$",
        "\"", "\"; DROP SCHEMA public CASCADE; --", "%_*", "'); TRUNCATE cqrs_commands; --", "Ünïcødé 'ok' ✓ 𝄞 日本",
        "E'\\x27'", "/* */ UNION SELECT * FROM cqrs_events --",
    ]
    /// The codes a refused value may answer: a coercion failure or the domain's own check.
    static let refusals: Set<String> = ["BAD_USER_INPUT", "COMMAND_REJECTED"]

    @Test func everyStringArgumentIsStoredVerbatimOrRefusedAndTheTablesStayIntact() async throws {
        try await offPool {
            let schema = try PostgresSchema()
            let server = try schema.start()
            try server.waitUntilReady()
            let before = try server.openAccount("before", deposit: 42)
            let eventsBefore = try #require(Int(try schema.query("SELECT count(*) FROM cqrs_events").first ?? ""))
            for (index, payload) in Self.payloads.enumerated() {
                try mutationsStoreOrRefuse(payload, server: server, index: index)
                try queriesAnswerOrRefuse(payload, server: server, known: before)
            }
            // Intact: every table still counts, and the rows written before are still there.
            for table in ["cqrs_events", "cqrs_streams", "cqrs_commands", "cqrs_rows", "cqrs_checkpoints"] {
                #expect(throws: Never.self, "\(table)") { try schema.query("SELECT count(*) FROM \(table)") }
            }
            let eventsAfter = try #require(Int(try schema.query("SELECT count(*) FROM cqrs_events").first ?? ""))
            #expect(eventsAfter > eventsBefore)
            #expect(try server.account(before)?["owner"] as? String == "before")
            #expect(try server.balance(before) == 42)
        }
    }

    @Test func headersWithSQLAreKeysOrRefusalsAndNeverStatements() async throws {
        try await offPool {
            let schema = try PostgresSchema()
            let server = try schema.start()
            try server.waitUntilReady()
            let account = try server.openAccount("keys")
            var expected = 0
            for payload in Self.payloads {
                let deposit = {
                    try server.mutate(
                        "DepositMoney", ["accountId": account, "amount": 1], fields: "balance", key: payload)
                }
                let isKey = payload.utf8.allSatisfy { (0x20...0x7E).contains($0) }
                if isKey {
                    // A printable ASCII key is a key like any other: one effect, the same answer twice.
                    expected += 1
                    let first = try deposit()
                    #expect(first.object("DepositMoney")?["balance"] as? Int == expected, "\(payload): \(first.raw)")
                    let again = try deposit()
                    #expect(again.object("DepositMoney")?["balance"] as? Int == expected, "\(payload): \(again.raw)")
                } else {
                    let answer = try server.post(
                        "mutation($a: ID!) { DepositMoney(accountId: $a, amount: 1) { balance } }",
                        variables: ["a": account], key: payload)
                    #expect(answer.status == 400, "\(payload)")
                    #expect(GraphQLResult(answer.json).code == "BAD_REQUEST", "\(payload)")
                }
                // Accept is only ever matched against media types: any other text is application/json.
                let accept = try server.post("{ account(id: \"\(account)\") { balance } }", accept: payload)
                #expect(accept.status == 200, "Accept: \(payload)")
                #expect(accept.header("Content-Type")?.hasPrefix("application/json") == true, "Accept: \(payload)")
            }
            #expect(try server.balance(account) == expected)
            #expect(try schema.query("SELECT count(*) FROM cqrs_events").first.flatMap { Int($0) } ?? 0 > expected)
        }
    }

    /// Every mutation with `payload` in each of its String and ID arguments in turn.
    private func mutationsStoreOrRefuse(_ payload: String, server: ServerProcess, index: Int) throws {
        // String arguments: stored as sent, or refused by the domain's checks.
        let owner = try server.mutate("OpenAccount", ["owner": payload], fields: "id owner")
        #expect(owner.object("OpenAccount")?["owner"] as? String == payload, "owner \(payload): \(owner.raw)")
        if let id = owner.object("OpenAccount")?["id"] as? String {
            #expect(try server.account(id)?["owner"] as? String == payload)
        }
        let user = try server.mutate("RegisterUser", ["name": payload], fields: "id name")
        let userID = try #require(user.object("RegisterUser")?["id"] as? String, "name \(payload): \(user.raw)")
        #expect(user.object("RegisterUser")?["name"] as? String == payload)
        let read = try server.graphQL("query($id: ID!) { user(id: $id) { name } }", variables: ["id": userID])
        #expect(read.object("user")?["name"] as? String == payload)
        storedOrRefused(
            try server.mutate("UpdateUserEmail", ["id": userID, "email": payload], fields: "email"), "UpdateUserEmail",
            field: "email", payload)
        for email in [payload, "\(index)\(payload)@example.com"] {
            let invited = try server.mutate("InviteCustomer", ["email": email], fields: "email")
            storedOrRefused(invited, "InviteCustomer", field: "email", email)
            if invited.errors.isEmpty {
                let found = try server.graphQL(
                    "query($e: String!) { customerByEmail(email: $e) { email } }", variables: ["e": email])
                #expect(found.object("customerByEmail")?["email"] as? String == email)
            }
        }
        let viewed = try server.mutate(
            "RecordPageview", ["id": userID, "url": payload, "renderTime": 5], fields: "viewcount")
        #expect(viewed.object("RecordPageview")?["viewcount"] as? Int == 1, "url \(payload): \(viewed.raw)")
        // The url is kept only in the event: read it back from the user's stream in the log.
        let events = try server.graphQL(
            "query($s: ID!) { events(streamId: $s) { events { data } } }", variables: ["s": "user-\(userID)"])
        let data = (events.object("events")?["events"] as? [[String: Any]] ?? []).compactMap { $0["data"] as? String }
        let urls = data.compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }.compactMap { $0["url"] as? String }
        #expect(urls == [payload], "\(data)")

        // ID arguments: not ids of anything, so refused; a transfer from nowhere fails.
        for (name, arguments) in [
            ("DepositMoney", ["accountId": payload, "amount": 1]),
            ("WithdrawMoney", ["accountId": payload, "amount": 1]),
            ("DisableUser", ["id": payload]), ("UpdateUserEmail", ["id": payload, "email": "a@example.com"]),
            ("RecordPageview", ["id": payload, "url": "u", "renderTime": 1]),
        ] as [(String, [String: Any])] {
            let result = try server.mutate(name, arguments, fields: "__typename")
            #expect(Self.refusals.contains(result.code ?? ""), "\(name) with \(payload): \(result.raw)")
        }
        let account = try server.openAccount("to-\(index)")
        for arguments in [
            ["from": payload, "to": account, "amount": 1], ["from": account, "to": payload, "amount": 1],
        ] {
            let transfer = try server.mutate("TransferMoney", arguments, fields: "status")
            let status = transfer.object("TransferMoney")?["status"] as? String
            #expect(status == "FAILED" || Self.refusals.contains(transfer.code ?? ""), "\(payload): \(transfer.raw)")
        }
    }

    /// Every query argument of type String or ID given `payload`: an empty answer or a refusal.
    private func queriesAnswerOrRefuse(_ payload: String, server: ServerProcess, known: String) throws {
        // Lookups by id, type or stream: nothing has that name, so null or empty, never other rows.
        // A cursor (`after`) names no position: a page or a refusal. An email may have been invited verbatim.
        for (query, type, mustBeEmpty) in [
            ("customer(id: $v) { id }", "ID!", true), ("user(id: $v) { id }", "ID!", true),
            ("account(id: $v) { id }", "ID!", true), ("transfer(id: $v) { id }", "ID!", true),
            ("events(streamId: $v) { events { id } }", "ID", true),
            ("events(type: $v) { events { id } }", "String", true),
            ("customerByEmail(email: $v) { id }", "String!", false), ("customers(after: $v) { id }", "String", false),
            ("users(after: $v) { id }", "String", false), ("events(after: $v) { events { id } }", "String", false),
        ] {
            let result = try server.graphQL("query($v: \(type)) { \(query) }", variables: ["v": payload])
            if result.errors.isEmpty {
                let value = result.data?.values.first
                let rows = (value as? [Any]) ?? ((value as? [String: Any])?["events"] as? [Any])
                if mustBeEmpty {
                    #expect(value is NSNull || rows?.isEmpty == true, "\(query) with \(payload): \(result.raw)")
                } else {
                    #expect(value != nil, "\(query) with \(payload): \(result.raw)")
                }
            } else {
                #expect(result.code == "BAD_USER_INPUT", "\(query) with \(payload): \(result.raw)")
            }
        }
        #expect(try server.balance(known) == 42)
    }

    /// A mutation's answer carries `payload` at `field` as sent, or is a refusal.
    private func storedOrRefused(_ result: GraphQLResult, _ name: String, field: String, _ payload: String) {
        if result.errors.isEmpty {
            #expect(result.object(name)?[field] as? String == payload, "\(name) \(payload): \(result.raw)")
        } else {
            #expect(Self.refusals.contains(result.code ?? ""), "\(name) \(payload): \(result.raw)")
        }
    }
}
