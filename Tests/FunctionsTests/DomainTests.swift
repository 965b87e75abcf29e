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
        let processCommands = catalog.handlers.filter { $0.meta.inputs == [OperatorMeta.processCommands] }.map(\.commandName)
        #expect(
            Set(processCommands) == ["DebitAccount", "CreditAccount", "RefundAccount", "CompleteTransfer", "FailTransfer"])
    }

    @Test func everyCommandHasOneHandlerAndEveryOperatorAUniqueName() {
        let commands = catalog.handlers.map(\.commandName)
        #expect(Set(commands).count == commands.count)
        let names = catalog.handlers.map(\.meta.name) + catalog.projectors.map(\.meta.name)
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

struct IDDerivationTests {
    @Test func aCommandCreatesTheSameIDsEveryTime() {
        #expect(DecisionContext.fixed(commandID: "cmd-1").newID("account") == DecisionContext.fixed(commandID: "cmd-1").newID("account"))
    }

    @Test func idsAreVersion5UUIDsUnderTheCommandID() {
        // Python: uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "idempotency-key:abc"), "account")
        let context = DecisionContext(commandID: .forIdempotencyKey("abc"), now: DecisionContext.fixedNow)
        #expect(context.newID("account") == "1f98aa89-2170-56cd-a7a4-0f15bab352ba")
        #expect(context.newID("transfer") == "69c77818-392b-5e2e-81d7-66750355b79e")
    }

    @Test func anotherCommandOrAnotherNameGivesAnotherID() {
        let one = DecisionContext.fixed(commandID: "cmd-1")
        let two = DecisionContext.fixed(commandID: "cmd-2")
        #expect(one.newID("account") != two.newID("account"))
        #expect(one.newID("account") != one.newID("transfer"))
    }

    @Test func aRetriedCommandDecidesTheSameEvents() {
        let context = DecisionContext.fixed(commandID: "cmd-1")
        let command = OpenAccount(owner: "Ada", initialDeposit: 5)
        let first = OpenAccountHandler().operate(command, facts: NoFacts(), context: context)
        let retry = OpenAccountHandler().operate(command, facts: NoFacts(), context: context)
        #expect(first == retry)
    }

    @Test func newIDsAreCanonicalLowerCaseText() throws {
        let id = DecisionContext.fixed().newID("customer")
        #expect(id == id.lowercased())
        #expect(try #require(ID(id)).description == id)
    }
}
