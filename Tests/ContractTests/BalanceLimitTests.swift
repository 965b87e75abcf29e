import Foundation
import TestSupport
import Testing

/// Balances are GraphQL `Int` (32-bit): a command that would take one past 2,147,483,647 is
/// rejected with `invalid amount`, so every stored state can be answered (CONTRACT.md).
@Suite(.exclusive)
struct BalanceLimitTests {
    static let largest = 2_147_483_647
    let server: ServerProcess

    init() async throws { server = try await offPool { try ServerProcess() } }

    @Test func aDepositPastTheLargestBalanceIsRejectedAndTheAccountStaysReadable() async throws {
        try await offPool {
            let id = try server.openAccount("ada", deposit: Self.largest)
            let deposit = try server.mutate(
                "DepositMoney", ["accountId": id, "amount": Self.largest], fields: ServerProcess.accountFields)
            #expect(deposit.code == "COMMAND_REJECTED", "\(deposit.raw)")
            #expect(deposit.reason == "invalid amount")
            let one = try server.mutate(
                "DepositMoney", ["accountId": id, "amount": 1], fields: ServerProcess.accountFields)
            #expect(one.reason == "invalid amount", "\(one.raw)")
            let account = try #require(try server.account(id))
            #expect(account["balance"] as? Int == Self.largest)
            #expect(account["version"] as? Int == 1)
            let withdrawal = try server.mutate(
                "WithdrawMoney", ["accountId": id, "amount": 7], fields: ServerProcess.accountFields)
            #expect(withdrawal.object("WithdrawMoney")?["balance"] as? Int == Self.largest - 7, "\(withdrawal.raw)")
        }
    }

    @Test func aDepositUpToTheLargestBalanceIsAccepted() async throws {
        try await offPool {
            let id = try server.openAccount("ada", deposit: Self.largest - 10)
            let deposit = try server.mutate(
                "DepositMoney", ["accountId": id, "amount": 10], fields: ServerProcess.accountFields)
            #expect(deposit.object("DepositMoney")?["balance"] as? Int == Self.largest, "\(deposit.raw)")
        }
    }

    @Test func aTransferIntoAFullAccountIsRefundedAndFailsWithInvalidAmount() async throws {
        try await offPool {
            let from = try server.openAccount("ada", deposit: 100)
            let to = try server.openAccount("bob", deposit: Self.largest - 10)
            let result = try server.mutate(
                "TransferMoney", ["from": from, "to": to, "amount": 30], fields: ServerProcess.transferFields)
            let transfer = try #require(result.object("TransferMoney"), "\(result.raw)")
            #expect(transfer["status"] as? String == "FAILED")
            #expect(transfer["reason"] as? String == "invalid amount")
            #expect(try server.balance(from) == 100)
            #expect(try server.balance(to) == Self.largest - 10)
        }
    }
}
