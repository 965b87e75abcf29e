import Functions
import LOW
import LOWTesting
import Testing

struct TransferProcessTests {
    let process = TransferProcess()

    /// The single command the process issues for `event`, decoded as `C`.
    func command<C: CommandPayload>(_ type: C.Type, after event: RecordedEvent) throws -> C {
        let commands = process.react(to: event)
        try #require(commands.count == 1)
        #expect(commands[0].name == C.name)
        #expect(commands[0].causationID == event.id)
        #expect(commands[0].correlationID == event.correlationID)
        return try C(payload: commands[0].payload)
    }

    @Test func aRequestDebitsTheSource() throws {
        let event = RecordedEvent.given(TransferEvent.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5))
        let debit = try command(DebitAccount.self, after: event)
        #expect(debit == DebitAccount(accountId: "a-1", amount: 5, transferId: "t-1", creditTo: "a-2"))
    }

    @Test func aDebitCreditsTheTarget() throws {
        let event = RecordedEvent.given(AccountEvent.debited(id: "a-1", amount: 5, transferId: "t-1", creditTo: "a-2"))
        let credit = try command(CreditAccount.self, after: event)
        #expect(credit == CreditAccount(accountId: "a-2", amount: 5, transferId: "t-1", debitedFrom: "a-1"))
    }

    @Test func aCreditCompletesTheTransfer() throws {
        let event = RecordedEvent.given(
            AccountEvent.credited(id: "a-2", amount: 5, transferId: "t-1", debitedFrom: "a-1"))
        #expect(try command(CompleteTransfer.self, after: event) == CompleteTransfer(transferId: "t-1"))
    }

    @Test(arguments: ["insufficient funds", "unknown account"])
    func aRefusedDebitFailsTheTransferWithItsReason(_ reason: String) throws {
        let refused = RecordedEvent.rejection(
            of: DebitAccount(accountId: "a-1", amount: 5, transferId: "t-1", creditTo: "a-2"), reason: reason)
        #expect(try command(FailTransfer.self, after: refused) == FailTransfer(transferId: "t-1", reason: reason))
    }

    @Test func aRefusedCreditRefundsTheSourceWithTheReason() throws {
        let refused = RecordedEvent.rejection(
            of: CreditAccount(accountId: "a-2", amount: 5, transferId: "t-1", debitedFrom: "a-1"),
            reason: "unknown account")
        let refund = try command(RefundAccount.self, after: refused)
        #expect(
            refund == RefundAccount(accountId: "a-1", amount: 5, transferId: "t-1", failureReason: "unknown account"))
    }

    @Test func aRefundFailsTheTransferWithTheCreditsReason() throws {
        let event = RecordedEvent.given(
            AccountEvent.refunded(id: "a-1", amount: 5, transferId: "t-1", failureReason: "unknown account"))
        #expect(
            try command(FailTransfer.self, after: event) == FailTransfer(transferId: "t-1", reason: "unknown account"))
    }

    @Test func aRefusedRefundStillClosesTheTransfer() throws {
        let refused = RecordedEvent.rejection(
            of: RefundAccount(accountId: "a-1", amount: 5, transferId: "t-1", failureReason: "unknown account"),
            reason: "unknown account")
        #expect(try command(FailTransfer.self, after: refused).transferId == "t-1")
    }

    @Test(arguments: [
        RecordedEvent.given(AccountEvent.deposited(id: "a-1", amount: 5)),
        .given(AccountEvent.withdrawn(id: "a-1", amount: 5)),
        .given(TransferEvent.completed(id: "t-1")), .given(TransferEvent.failed(id: "t-1", reason: "r")),
        .given(CustomerEvent.invited(id: "c", email: "a@b.c", at: DecisionContext.fixedNow)),
        .rejection(of: WithdrawMoney(accountId: "a-1", amount: 5), reason: "insufficient funds"),
    ])
    func ignoresEventsOfNoTransferStep(_ event: RecordedEvent) {
        #expect(process.react(to: event).isEmpty)
    }

    @Test func ignoresAStepEventWithAMalformedPayload() {
        var event = RecordedEvent.given(TransferEvent.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5))
        event.payload = ["id": "t-1"]
        #expect(process.react(to: event).isEmpty)
    }

    @Test func aRedeliveredEventIssuesTheSameCommands() {
        let event = RecordedEvent.given(TransferEvent.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5))
        #expect(process.react(to: event) == process.react(to: event))
        #expect(process.react(to: event).first?.id == event.id.derived("debit"))
    }

    @Test func differentEventsIssueDifferentCommandIDs() {
        let first = RecordedEvent.given(
            TransferEvent.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5), position: 1)
        let second = RecordedEvent.given(
            TransferEvent.requested(id: "t-2", from: "a-1", to: "a-2", amount: 5), position: 2)
        #expect(process.react(to: first).first?.id != process.react(to: second).first?.id)
    }

    @Test func readsEventsAndWritesProcessCommands() {
        #expect(TransferProcess.meta.inputs == [OperatorMeta.events])
        #expect(TransferProcess.meta.output == OperatorMeta.processCommands)
    }
}
