import LOW
import Testing

@testable import Gateway

/// Query fields read the read models through their bindings.
struct QueryTests {
    @Test func customerQueriesFindByIdByEmailAndPage() async throws {
        try await GatewayHarness.with { harness in
            var ids: [Value] = []
            for email in ["a@x.io", "b@x.io", "c@x.io"] {
                let reply = await harness.post("mutation { InviteCustomer(email: \"\(email)\") { id } }")
                ids.append(try #require(reply.data?["InviteCustomer"]?["id"]))
            }
            let byID = await harness.post("query ($id: ID!) { customer(id: $id) { email } }", variables: ["id": ids[1]])
            #expect(byID.data == ["customer": ["email": "b@x.io"]])
            let byEmail = await harness.post(#"{ customerByEmail(email: "C@X.io") { id } }"#)
            #expect(byEmail.data == ["customerByEmail": ["id": ids[2]]])
            let page = await harness.post(
                "query ($after: String) { customers(first: 5, after: $after) { id } }", variables: ["after": ids[0]])
            #expect(page.data == ["customers": [["id": ids[1]], ["id": ids[2]]]])
            let first = await harness.post("{ customers(first: 1) { email } }")
            #expect(first.data == ["customers": [["email": "a@x.io"]]])
            let missing = await harness.post(
                #"{ customer(id: "nobody") { id } customerByEmail(email: "z@x.io") { id } }"#)
            #expect(missing.data == ["customer": nil, "customerByEmail": nil])
        }
    }

    @Test func userAccountAndTransferQueriesReadTheirRows() async throws {
        try await GatewayHarness.with { harness in
            let user = await harness.post(#"mutation { RegisterUser(name: "Ann") { id } }"#)
            let userID = try #require(user.data?["RegisterUser"]?["id"])
            let users = await harness.post("{ users { id name status viewcount } }")
            #expect(users.data == ["users": [["id": userID, "name": "Ann", "status": "ACTIVE", "viewcount": 0]]])
            let one = await harness.post("query ($id: ID!) { user(id: $id) { name } }", variables: ["id": userID])
            #expect(one.data == ["user": ["name": "Ann"]])
            let a = await harness.post(#"mutation { OpenAccount(owner: "A", initialDeposit: 9) { id } }"#)
            let b = await harness.post(#"mutation { OpenAccount(owner: "B") { id } }"#)
            let from = try #require(a.data?["OpenAccount"]?["id"])
            let to = try #require(b.data?["OpenAccount"]?["id"])
            let transfer = await harness.post(
                "mutation ($f: ID!, $t: ID!) { TransferMoney(from: $f, to: $t, amount: 4) { id } }",
                variables: ["f": from, "t": to])
            let transferID = try #require(transfer.data?["TransferMoney"]?["id"])
            let read = await harness.post(
                "query ($t: ID!, $a: ID!) { transfer(id: $t) { status amount } account(id: $a) { balance version } }",
                variables: ["t": transferID, "a": to])
            #expect(
                read.data == [
                    "transfer": ["status": "COMPLETED", "amount": 4], "account": ["balance": 4, "version": 2],
                ])
        }
    }

    @Test func introspectionAnswersTheSchema() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post("{ __schema { mutationType { fields { name } } } }")
            guard case .list(let fields)? = reply.data?["__schema"]?["mutationType"]?["fields"] else {
                Issue.record("no mutation fields in \(reply.text)")
                return
            }
            #expect(fields.count == 9)
        }
    }
}

/// The built-in `events(...)` field pages through the event log.
struct EventsQueryTests {
    @Test func pagesThroughTheLogWithNextCursors() async throws {
        try await GatewayHarness.with { harness in
            for n in 1...5 { _ = await harness.post("mutation { OpenAccount(owner: \"o\(n)\") { id } }") }
            let query =
                "query ($after: String) { events(first: 2, after: $after) { events { position type version data } next } }"
            var seen: [String] = []
            var after: Value = .null
            var pages = 0
            while pages < 10 {
                let reply = await harness.post(query, variables: ["after": after])
                #expect(reply.errors.isEmpty)
                guard case .list(let events)? = reply.data?["events"]?["events"] else { break }
                seen += events.compactMap { $0["position"]?.stringValue }
                pages += 1
                guard let next = reply.data?["events"]?["next"], next != .null else { break }
                after = next
            }
            #expect(seen == ["1", "2", "3", "4", "5"])
            #expect(pages == 3)
        }
    }

    @Test func filtersByStreamAndTypeAndCarriesThePayloadAsJSONText() async throws {
        try await GatewayHarness.with { harness in
            let opened = await harness.post(#"mutation { OpenAccount(owner: "Ann", initialDeposit: 5) { id } }"#)
            let id = try #require(opened.data?["OpenAccount"]?["id"])
            _ = await harness.post(
                "mutation ($a: ID!) { DepositMoney(accountId: $a, amount: 7) { id } }", variables: ["a": id])
            _ = await harness.post(#"mutation { InviteCustomer(email: "x@y.io") { id } }"#)
            // An account's events are in the stream `account-<id>`.
            let streamID = Value.string("account-" + (id.stringValue ?? ""))
            let stream = await harness.post(
                "query ($s: ID!) { events(streamId: $s) { events { type version streamId } next } }",
                variables: ["s": streamID])
            #expect(
                stream.data?["events"]?["events"] == [
                    ["type": "AccountOpened", "version": 1, "streamId": streamID],
                    ["type": "MoneyDeposited", "version": 2, "streamId": streamID],
                ])
            #expect(stream.data?["events"]?["next"] == .null)
            let typed = await harness.post(#"{ events(type: "CustomerInvited") { events { data occurredAt } } }"#)
            guard case .list(let events)? = typed.data?["events"]?["events"], let event = events.first else {
                Issue.record("no event in \(typed.text)")
                return
            }
            let payload = try JSONReader.parse(event["data"]?.stringValue ?? "")
            #expect(payload["email"] == "x@y.io")
            #expect(event["occurredAt"]?.stringValue.flatMap { Timestamp(rfc3339: $0) } != nil)
        }
    }

    @Test func aTimeWindowIncludesFromAndExcludesTo() async throws {
        try await GatewayHarness.with { harness in
            _ = await harness.post(#"mutation { OpenAccount(owner: "Ann") { id } }"#)
            let all = await harness.post("{ events { events { occurredAt } } }")
            let at = try #require(all.data?["events"]?["events"]?.firstItem?["occurredAt"])
            let from = await harness.post(
                "query ($t: DateTime) { events(from: $t) { events { type } } }", variables: ["t": at])
            #expect(from.data?["events"]?["events"] == [["type": "AccountOpened"]])
            let to = await harness.post(
                "query ($t: DateTime) { events(to: $t) { events { type } } }", variables: ["t": at])
            #expect(to.data?["events"]?["events"] == [])
        }
    }

    @Test func anEmptyPageKeepsTheCursorWhenEventsFollow() async throws {
        try await GatewayHarness.with { harness in
            _ = await harness.post(#"mutation { OpenAccount(owner: "Ann") { id } }"#)
            let empty = await harness.post("{ events(first: 0) { events { type } next } }")
            #expect(empty.data == ["events": ["events": [], "next": "0"]])
            let last = await harness.post(#"{ events(first: 1) { next } }"#)
            #expect(last.data == ["events": ["next": nil]])
        }
    }

    @Test(arguments: ["abc", "-1", "1.5"])
    func aBadCursorIsBadUserInput(cursor: String) async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post(
                "query ($c: String) { events(after: $c) { next } }", variables: ["c": .string(cursor)])
            #expect(reply.codes == ["BAD_USER_INPUT"])
        }
    }

    @Test func aPageOverTheCapIsBadUserInput() async throws {
        try await GatewayHarness.with { harness in
            #expect(await harness.post("{ events(first: 5000) { next } }").codes == ["BAD_USER_INPUT"])
            #expect(await harness.post("{ events(first: -1) { next } }").codes == ["BAD_USER_INPUT"])
        }
    }

    @Test func aDateTimeThatIsNotRFC3339IsBadUserInput() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post(
                "query ($t: DateTime) { events(from: $t) { next } }", variables: ["t": "yesterday"])
            #expect(reply.codes == ["BAD_USER_INPUT"])
        }
    }
}

extension Value {
    /// The first item of a list.
    var firstItem: Value? {
        if case .list(let items) = self { return items.first }
        return nil
    }
}
