import LOW
import Testing

@testable import Gateway

/// Every mutation of `Schema/` runs its command and answers the row, or the rejection's code.
struct MutationTests {
    @Test func inviteCustomerAnswersTheInvitedCustomer() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post(
                #"mutation { InviteCustomer(email: "ada@example.com") { id email invited invitedAt } }"#)
            #expect(reply.status == 200)
            #expect(reply.errors.isEmpty)
            let customer = try #require(reply.data?["InviteCustomer"])
            #expect(customer["email"] == "ada@example.com")
            #expect(customer["invited"] == true)
            #expect(customer["invitedAt"]?.stringValue.flatMap { Timestamp(rfc3339: $0) } != nil)
        }
    }

    @Test(arguments: [
        (#"InviteCustomer(email: "nope") { id }"#, "InviteCustomer", "invalid email"),
        (#"RegisterUser(name: " ") { id }"#, "RegisterUser", "invalid name"),
        (#"RegisterUser(name: "Bo", age: 151) { id }"#, "RegisterUser", "invalid age"),
        (#"UpdateUserEmail(id: "u-1", email: "a@b.io") { id }"#, "UpdateUserEmail", "unknown user"),
        (#"DisableUser(id: "u-1") { id }"#, "DisableUser", "unknown user"),
        (#"RecordPageview(id: "u-1", url: "/", renderTime: 3) { id }"#, "RecordPageview", "unknown user"),
        (#"OpenAccount(owner: "") { id }"#, "OpenAccount", "invalid owner"),
        (#"OpenAccount(owner: "Ann", initialDeposit: -1) { id }"#, "OpenAccount", "invalid amount"),
        (#"DepositMoney(accountId: "a-1", amount: 5) { id }"#, "DepositMoney", "unknown account"),
        (#"WithdrawMoney(accountId: "a-1", amount: 5) { id }"#, "WithdrawMoney", "unknown account"),
        (#"TransferMoney(from: "a", to: "a", amount: 5) { id }"#, "TransferMoney", "same account"),
        (#"TransferMoney(from: "a", to: "b", amount: 0) { id }"#, "TransferMoney", "invalid amount"),
    ])
    func aRejectionAnswersNullWithCommandRejectedAndTheReason(selection: String, field: String, reason: String)
        async throws
    {
        try await GatewayHarness.with { harness in
            let reply = await harness.post("mutation { \(selection) }")
            #expect(reply.status == 200)
            #expect(reply.data == .object([field: .null]))
            #expect(reply.codes == ["COMMAND_REJECTED"])
            #expect(reply.errors.first?["extensions"]?["reason"] == .string(reason))
            #expect(reply.errors.first?["path"] == [.string(field)])
        }
    }

    @Test func invitingAnAddressTwiceIsRejectedAsAlreadyInvited() async throws {
        try await GatewayHarness.with { harness in
            _ = await harness.post(#"mutation { InviteCustomer(email: "ada@example.com") { id } }"#)
            let again = await harness.post(#"mutation { InviteCustomer(email: "ADA@example.com") { id } }"#)
            #expect(again.errors.first?["extensions"]?["reason"] == "already invited")
        }
    }

    @Test func theUserMutationsChangeTheUser() async throws {
        try await GatewayHarness.with { harness in
            let registered = await harness.post(
                #"mutation { RegisterUser(name: "Ada", age: 36) { id name age status viewcount } }"#)
            let user = try #require(registered.data?["RegisterUser"])
            #expect(user["status"] == "ACTIVE")
            let id = try #require(user["id"]?.stringValue)
            let viewed = await harness.post(
                "mutation ($id: ID!) { RecordPageview(id: $id, url: \"/\", renderTime: 12) { viewcount } }",
                variables: ["id": .string(id)])
            #expect(viewed.data?["RecordPageview"]?["viewcount"] == 1)
            let updated = await harness.post(
                "mutation ($id: ID!) { UpdateUserEmail(id: $id, email: \"ada@example.com\") { email } }",
                variables: ["id": .string(id)])
            #expect(updated.data?["UpdateUserEmail"]?["email"] == "ada@example.com")
            let disabled = await harness.post(
                "mutation ($id: ID!) { DisableUser(id: $id) { status } }", variables: ["id": .string(id)])
            #expect(disabled.data?["DisableUser"]?["status"] == "DISABLED")
            let taken = await harness.post(#"mutation { RegisterUser(name: "ada") { id } }"#)
            #expect(taken.errors.first?["extensions"]?["reason"] == "name taken")
        }
    }

    @Test func theAccountMutationsMoveMoney() async throws {
        try await GatewayHarness.with { harness in
            let opened = await harness.post(
                #"mutation { OpenAccount(owner: "Ann", initialDeposit: 100) { id balance version } }"#)
            let account = try #require(opened.data?["OpenAccount"]?["id"]?.stringValue)
            #expect(opened.data?["OpenAccount"]?["balance"] == 100)
            let deposit = await harness.post(
                "mutation ($a: ID!) { DepositMoney(accountId: $a, amount: 50) { balance version } }",
                variables: ["a": .string(account)])
            #expect(deposit.data?["DepositMoney"] == ["balance": 150, "version": 2])
            let withdraw = await harness.post(
                "mutation ($a: ID!) { WithdrawMoney(accountId: $a, amount: 20) { balance } }",
                variables: ["a": .string(account)])
            #expect(withdraw.data?["WithdrawMoney"]?["balance"] == 130)
            let tooMuch = await harness.post(
                "mutation ($a: ID!) { WithdrawMoney(accountId: $a, amount: 1000) { balance } }",
                variables: ["a": .string(account)])
            #expect(tooMuch.errors.first?["extensions"]?["reason"] == "insufficient funds")
            let invalid = await harness.post(
                "mutation ($a: ID!) { DepositMoney(accountId: $a, amount: 0) { balance } }",
                variables: ["a": .string(account)])
            #expect(invalid.errors.first?["extensions"]?["reason"] == "invalid amount")
        }
    }

    @Test func aTransferAnswersOnceCompletedOrFailed() async throws {
        try await GatewayHarness.with { harness in
            let a = await harness.post(#"mutation { OpenAccount(owner: "A", initialDeposit: 100) { id } }"#)
            let b = await harness.post(#"mutation { OpenAccount(owner: "B") { id } }"#)
            let from = try #require(a.data?["OpenAccount"]?["id"])
            let to = try #require(b.data?["OpenAccount"]?["id"])
            let query =
                "mutation ($f: ID!, $t: ID!, $n: Int!) { TransferMoney(from: $f, to: $t, amount: $n) { status reason amount } }"
            let done = await harness.post(query, variables: ["f": from, "t": to, "n": 30])
            #expect(done.data?["TransferMoney"] == ["status": "COMPLETED", "reason": nil, "amount": 30])
            let refunded = await harness.post(query, variables: ["f": from, "t": "nobody", "n": 10])
            #expect(refunded.data?["TransferMoney"]?["status"] == "FAILED")
            #expect(refunded.errors.isEmpty)
            let balance = await harness.post(
                "query ($id: ID!) { account(id: $id) { balance } }", variables: ["id": from])
            #expect(balance.data == ["account": ["balance": 70]])
        }
    }

    @Test func aRetryWithTheSameIdempotencyKeyAnswersAsTheFirstWithNoSecondEffect() async throws {
        try await GatewayHarness.with { harness in
            let query = #"mutation { OpenAccount(owner: "Ann", initialDeposit: 10) { id balance } }"#
            let key = [(name: "Idempotency-Key", value: "open-1")]
            let first = await harness.post(query, headers: key)
            let second = await harness.post(query, headers: key)
            #expect(first.data != nil && first.errors.isEmpty)
            #expect(second.text == first.text)
            let events = await harness.post(#"{ events(type: "AccountOpened") { events { commandId } } }"#)
            #expect(
                events.data?["events"]?["events"] == [
                    ["commandId": .string(ID.forIdempotencyKey("open-1").description)]
                ])
        }
    }

    @Test func aRetriedRejectionAnswersTheSameRejection() async throws {
        try await GatewayHarness.with { harness in
            let query = #"mutation { InviteCustomer(email: "bad") { id } }"#
            let key = [(name: "Idempotency-Key", value: "k")]
            let first = await harness.post(query, headers: key)
            let second = await harness.post(query, headers: key)
            #expect(first.codes == ["COMMAND_REJECTED"])
            #expect(second.text == first.text)
        }
    }

    @Test func anIdempotencyKeyReusedWithOtherArgumentsIsBadUserInput() async throws {
        try await GatewayHarness.with { harness in
            let key = [(name: "Idempotency-Key", value: "reused")]
            _ = await harness.post(#"mutation { OpenAccount(owner: "Ann") { id } }"#, headers: key)
            let other = await harness.post(#"mutation { OpenAccount(owner: "Bob") { id } }"#, headers: key)
            #expect(other.data == ["OpenAccount": nil])
            #expect(other.codes == ["BAD_USER_INPUT"])
            let otherMutation = await harness.post(#"mutation { RegisterUser(name: "Ann") { id } }"#, headers: key)
            #expect(otherMutation.codes == ["BAD_USER_INPUT"])
        }
    }

    @Test func argumentOrderDoesNotChangeTheIdempotentPayload() async throws {
        try await GatewayHarness.with { harness in
            let key = [(name: "Idempotency-Key", value: "order")]
            let first = await harness.post(
                #"mutation { OpenAccount(owner: "Ann", initialDeposit: 5) { id } }"#, headers: key)
            let second = await harness.post(
                #"mutation { OpenAccount(initialDeposit: 5, owner: "Ann") { id } }"#, headers: key)
            #expect(second.errors.isEmpty)
            #expect(second.text == first.text)
        }
    }

    @Test func twoMutationFieldsUnderOneKeyGetDistinctCommands() async throws {
        try await GatewayHarness.with { harness in
            let query = #"mutation { a: OpenAccount(owner: "Ann") { id } b: OpenAccount(owner: "Ann") { id } }"#
            let key = [(name: "Idempotency-Key", value: "two")]
            let first = await harness.post(query, headers: key)
            #expect(first.errors.isEmpty)
            let a = try #require(first.data?["a"]?["id"])
            let b = try #require(first.data?["b"]?["id"])
            #expect(a != b)
            #expect(await harness.post(query, headers: key).text == first.text)
        }
    }

    @Test func withoutAKeyEveryMutationIsANewCommand() async throws {
        try await GatewayHarness.with { harness in
            let query = #"mutation { OpenAccount(owner: "Ann") { id } }"#
            let first = await harness.post(query)
            let second = await harness.post(query)
            #expect(first.data?["OpenAccount"]?["id"] != second.data?["OpenAccount"]?["id"])
        }
    }

    @Test func aProjectionThatDoesNotArriveInTimeAnswersPendingWithTheCommandID() async throws {
        let readModels = GatedReadModelStore()
        try await GatewayHarness.with(timeout: .milliseconds(250), readModels: readModels) { harness in
            let key = [(name: "Idempotency-Key", value: "slow")]
            let reply = await harness.post(#"mutation { OpenAccount(owner: "Ann") { id } }"#, headers: key)
            #expect(reply.data == ["OpenAccount": nil])
            #expect(reply.codes == ["PENDING"])
            #expect(
                reply.errors.first?["extensions"]?["commandId"] == .string(ID.forIdempotencyKey("slow").description))
            // The command is not lost: once projections move, a retry answers the account.
            await readModels.open()
            let retry = await harness.post(#"mutation { OpenAccount(owner: "Ann") { owner } }"#, headers: key)
            #expect(retry.data == ["OpenAccount": ["owner": "Ann"]])
        }
    }

    @Test func aMutationArgumentOfTheWrongTypeInAVariableIsBadUserInput() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post(
                "mutation ($n: Int!) { OpenAccount(owner: \"A\", initialDeposit: $n) { id } }", variables: ["n": "x"])
            #expect(reply.codes == ["BAD_USER_INPUT"])
            #expect(reply.json["data"] == nil)
        }
    }

    @Test func concurrentWithdrawalsNeverTakeABalanceBelowZero() async throws {
        try await GatewayHarness.with { harness in
            let opened = await harness.post(#"mutation { OpenAccount(owner: "Ann", initialDeposit: 100) { id } }"#)
            let account = try #require(opened.data?["OpenAccount"]?["id"])
            let query = "mutation ($a: ID!) { WithdrawMoney(accountId: $a, amount: 7) { balance } }"
            let codes = await withTaskGroup(of: [String].self) { group in
                for _ in 0..<50 { group.addTask { await harness.post(query, variables: ["a": account]).codes } }
                return await group.reduce(into: [String]()) { $0 += $1.isEmpty ? ["OK"] : $1 }
            }
            #expect(codes.filter { $0 == "OK" }.count == 14)
            #expect(codes.filter { $0 == "COMMAND_REJECTED" }.count == 36)
            let balance = await harness.post(
                "query ($a: ID!) { account(id: $a) { balance } }", variables: ["a": account])
            #expect(balance.data == ["account": ["balance": 2]])
        }
    }
}
