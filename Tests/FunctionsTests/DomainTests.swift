import Functions
import LOW
import LOWTesting
import Testing

struct DomainTests {
    let catalog = Domain.catalog

    @Test func clientHandlersAreExactlyTheContractsMutations() {
        let mutations: Set = [
            "InviteCustomer", "RegisterUser", "UpdateUserEmail", "DisableUser", "RecordPageview", "OpenAccount",
            "DepositMoney", "WithdrawMoney", "TransferMoney",
        ]
        #expect(Set(catalog.clientHandlers.map(\.commandName)) == mutations)
    }

    @Test func processHandlersTakeTheTransfersInternalCommands() {
        let processCommands = catalog.handlers.filter { $0.meta.inputs == [OperatorMeta.processCommands] }.map(
            \.commandName)
        #expect(
            Set(processCommands) == [
                "DebitAccount", "CreditAccount", "RefundAccount", "CompleteTransfer", "FailTransfer",
            ])
    }

    @Test func everyCommandHasOneHandlerAndEveryOperatorAUniqueName() {
        let commands = catalog.handlers.map(\.commandName)
        #expect(Set(commands).count == commands.count)
        let names =
            catalog.handlers.map(\.meta.name) + catalog.projectors.map(\.meta.name)
            + catalog.processManagers.map { type(of: $0).meta.name }
        #expect(Set(names).count == names.count)
    }

    @Test func everyReadModelHasItsProjector() {
        #expect(Set(catalog.projectors.map(\.table)) == ["customers", "users", "accounts", "transfers"])
    }

    @Test func theTransferProcessIsWired() {
        #expect(catalog.processManagers.map { type(of: $0).meta.name } == ["transfer-process"])
    }

    @Test func everyHandlerWritesToAReadModelTable() {
        let tables = Set(catalog.projectors.map(\.table))
        #expect(catalog.handlers.allSatisfy { tables.contains($0.meta.output) })
    }

    @Test func onlyTransferMoneyWaitsForLaterEvents() {
        let waiting = catalog.handlers.filter { !$0.meta.completesOn.isEmpty }.map(\.commandName)
        #expect(waiting == ["TransferMoney"])
    }
}
