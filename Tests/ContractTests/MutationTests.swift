import Foundation
import TestSupport
import Testing

/// Every mutation of the example domain, as a client sees it over HTTP (CONTRACT.md, domain rules).
@Suite(.exclusive)
struct MutationTests {
    let server: ServerProcess

    init() async throws { server = try await offPool { try ServerProcess() } }

    @Test func invitesACustomerAndReadsItBack() async throws {
        try await offPool {
            let result = try server.mutate(
                "InviteCustomer", ["email": "ada@example.com"], fields: "id email invited invitedAt")
            let customer = try #require(result.object("InviteCustomer"), "\(result.raw)")
            #expect(customer["email"] as? String == "ada@example.com")
            #expect(customer["invited"] as? Bool == true)
            #expect((customer["invitedAt"] as? String)?.hasSuffix("Z") == true)
            let id = try #require(customer["id"] as? String)
            let read = try server.graphQL(
                "query($e: String!) { customerByEmail(email: $e) { id } }", variables: ["e": "ada@example.com"])
            #expect(read.object("customerByEmail")?["id"] as? String == id)
        }
    }

    @Test func registersUpdatesPageviewsAndDisablesAUser() async throws {
        try await offPool {
            let registered = try server.mutate(
                "RegisterUser", ["name": "ada", "age": 36], fields: "id name age status viewcount")
            let user = try #require(registered.object("RegisterUser"), "\(registered.raw)")
            let id = try #require(user["id"] as? String)
            #expect(user["status"] as? String == "ACTIVE")
            #expect(user["viewcount"] as? Int == 0)
            let updated = try server.mutate("UpdateUserEmail", ["id": id, "email": "ada@example.com"], fields: "email")
            #expect(updated.object("UpdateUserEmail")?["email"] as? String == "ada@example.com")
            let viewed = try server.mutate(
                "RecordPageview", ["id": id, "url": "/home", "renderTime": 12], fields: "viewcount")
            #expect(viewed.object("RecordPageview")?["viewcount"] as? Int == 1)
            let disabled = try server.mutate("DisableUser", ["id": id], fields: "status")
            #expect(disabled.object("DisableUser")?["status"] as? String == "DISABLED")
            let read = try server.graphQL(
                "query($id: ID!) { user(id: $id) { name viewcount status } }", variables: ["id": id])
            #expect(read.object("user")?["viewcount"] as? Int == 1)
            #expect(read.object("user")?["status"] as? String == "DISABLED")
        }
    }

    @Test func opensDepositsAndWithdrawsWithTheVersionCountingEvents() async throws {
        try await offPool {
            let id = try server.openAccount("ada", deposit: 100)
            let deposited = try server.mutate(
                "DepositMoney", ["accountId": id, "amount": 50], fields: ServerProcess.accountFields)
            #expect(deposited.object("DepositMoney")?["balance"] as? Int == 150)
            let withdrawn = try server.mutate(
                "WithdrawMoney", ["accountId": id, "amount": 30], fields: ServerProcess.accountFields)
            let account = try #require(withdrawn.object("WithdrawMoney"), "\(withdrawn.raw)")
            #expect(account["balance"] as? Int == 120)
            #expect(account["version"] as? Int == 3)
            #expect(account["owner"] as? String == "ada")
        }
    }

    @Test func listsCustomersAndUsersInCreationOrderPagedById() async throws {
        try await offPool {
            var ids: [String] = []
            for name in ["a", "b", "c"] {
                let result = try server.mutate("InviteCustomer", ["email": "\(name)@example.com"], fields: "id")
                ids.append(try #require(result.object("InviteCustomer")?["id"] as? String))
            }
            let page = try server.graphQL(
                "query($after: String) { customers(first: 1, after: $after) { id } }", variables: ["after": ids[0]])
            #expect((page.data?["customers"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [ids[1]])
            let all = try server.graphQL("{ customers { email } }")
            #expect((all.data?["customers"] as? [[String: Any]])?.count == 3)
            _ = try server.mutate("RegisterUser", ["name": "u1"], fields: "id")
            _ = try server.mutate("RegisterUser", ["name": "u2"], fields: "id")
            let users = try server.graphQL("{ users(first: 5) { name } }")
            #expect((users.data?["users"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["u1", "u2"])
        }
    }

    @Test(arguments: Rejection.allCases)
    func aRefusedCommandAnswersCommandRejectedWithItsReason(_ rejection: Rejection) async throws {
        try await offPool {
            let (name, arguments) = try rejection.request(on: server)
            let result = try server.mutate(name, arguments, fields: "__typename")
            #expect(result.code == "COMMAND_REJECTED", "\(result.raw)")
            #expect(result.reason == rejection.reason, "\(result.raw)")
            #expect(result.data?.keys.contains(name) == true && result.data?[name] is NSNull, "\(result.raw)")
        }
    }
}

/// Each rejection reason of CONTRACT.md's domain rules, with the state that provokes it.
enum Rejection: String, CaseIterable, CustomTestStringConvertible {
    case inviteInvalidEmail, inviteAlreadyInvited
    case registerNameTaken, registerInvalidName, registerInvalidAge
    case updateUnknownUser, updateUserDisabled, updateInvalidEmail
    case disableUnknownUser, disableAlreadyDisabled
    case pageviewUnknownUser, pageviewInvalidRenderTime
    case openInvalidOwner, openInvalidAmount
    case depositUnknownAccount, depositInvalidAmount
    case withdrawUnknownAccount, withdrawInvalidAmount, withdrawInsufficientFunds
    case transferSameAccount, transferInvalidAmount

    var testDescription: String { rawValue }

    var reason: String {
        switch self {
        case .inviteInvalidEmail, .updateInvalidEmail: "invalid email"
        case .inviteAlreadyInvited: "already invited"
        case .registerNameTaken: "name taken"
        case .registerInvalidName: "invalid name"
        case .registerInvalidAge: "invalid age"
        case .updateUnknownUser, .disableUnknownUser, .pageviewUnknownUser: "unknown user"
        case .updateUserDisabled: "user disabled"
        case .disableAlreadyDisabled: "already disabled"
        case .pageviewInvalidRenderTime: "invalid render time"
        case .openInvalidOwner: "invalid owner"
        case .openInvalidAmount, .depositInvalidAmount, .withdrawInvalidAmount, .transferInvalidAmount: "invalid amount"
        case .depositUnknownAccount, .withdrawUnknownAccount: "unknown account"
        case .withdrawInsufficientFunds: "insufficient funds"
        case .transferSameAccount: "same account"
        }
    }

    /// The mutation and arguments that provoke the rejection, after setting up what it needs.
    func request(on server: ServerProcess) throws -> (String, [String: Any]) {
        switch self {
        case .inviteInvalidEmail: return ("InviteCustomer", ["email": "ada@example"])
        case .inviteAlreadyInvited:
            _ = try server.mutate("InviteCustomer", ["email": "ada@example.com"], fields: "id")
            return ("InviteCustomer", ["email": "ADA@example.com"])
        case .registerNameTaken:
            _ = try server.mutate("RegisterUser", ["name": "ada"], fields: "id")
            return ("RegisterUser", ["name": "ADA"])
        case .registerInvalidName: return ("RegisterUser", ["name": "   "])
        case .registerInvalidAge: return ("RegisterUser", ["name": "ada", "age": 151])
        case .updateUnknownUser: return ("UpdateUserEmail", ["id": unknownID(), "email": "a@b.co"])
        case .updateUserDisabled:
            let id = try user(on: server)
            _ = try server.mutate("DisableUser", ["id": id], fields: "id")
            return ("UpdateUserEmail", ["id": id, "email": "a@b.co"])
        case .updateInvalidEmail: return ("UpdateUserEmail", ["id": try user(on: server), "email": "nope"])
        case .disableUnknownUser: return ("DisableUser", ["id": unknownID()])
        case .disableAlreadyDisabled:
            let id = try user(on: server)
            _ = try server.mutate("DisableUser", ["id": id], fields: "id")
            return ("DisableUser", ["id": id])
        case .pageviewUnknownUser: return ("RecordPageview", ["id": unknownID(), "url": "/", "renderTime": 1])
        case .pageviewInvalidRenderTime:
            return ("RecordPageview", ["id": try user(on: server), "url": "/", "renderTime": -1])
        case .openInvalidOwner: return ("OpenAccount", ["owner": ""])
        case .openInvalidAmount: return ("OpenAccount", ["owner": "ada", "initialDeposit": -5])
        case .depositUnknownAccount: return ("DepositMoney", ["accountId": unknownID(), "amount": 5])
        case .depositInvalidAmount: return ("DepositMoney", ["accountId": try server.openAccount("ada"), "amount": 0])
        case .withdrawUnknownAccount: return ("WithdrawMoney", ["accountId": unknownID(), "amount": 5])
        case .withdrawInvalidAmount:
            return ("WithdrawMoney", ["accountId": try server.openAccount("ada", deposit: 10), "amount": -1])
        case .withdrawInsufficientFunds:
            return ("WithdrawMoney", ["accountId": try server.openAccount("ada", deposit: 10), "amount": 11])
        case .transferSameAccount:
            let id = try server.openAccount("ada", deposit: 10)
            return ("TransferMoney", ["from": id, "to": id, "amount": 1])
        case .transferInvalidAmount:
            return (
                "TransferMoney", ["from": try server.openAccount("ada", deposit: 10), "to": unknownID(), "amount": 0]
            )
        }
    }

    private func user(on server: ServerProcess) throws -> String {
        let result = try server.mutate("RegisterUser", ["name": "grace"], fields: "id")
        return try #require(result.object("RegisterUser")?["id"] as? String, "\(result.raw)")
    }
}
