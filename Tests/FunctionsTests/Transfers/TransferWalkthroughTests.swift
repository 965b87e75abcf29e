import Functions
import LOW
import LOWTesting
import Testing

struct TransferWalkthroughTests {
    let process = TransferProcess()

    func client(_ command: some CommandPayload, _ name: String) -> CommandEnvelope {
        CommandEnvelope(
            id: .fixed(name), name: type(of: command).name, payload: command.payload, issuedAt: DecisionContext.fixedNow
        )
    }

    /// Opens a source with 100 cents and, when `withTarget`, a target (else the target names no account),
    /// transfers `amount`, then follows every command the process issues until it issues none.
    func transfer(_ amount: Int, withTarget: Bool) async throws -> (Ledger, transferID: String) {
        var ledger = Ledger()
        let source = try await ledger.run(
            OpenAccountHandler(), client(OpenAccount(owner: "Ada", initialDeposit: 100), "open-1"))
        var target: [RecordedEvent] = []
        if withTarget {
            target = try await ledger.run(OpenAccountHandler(), client(OpenAccount(owner: "Bob"), "open-2"))
        }
        let from = try #require(source.first?.payload["id"]?.stringValue)
        let to = target.first?.payload["id"]?.stringValue ?? "a-missing"
        var pending = try await ledger.run(
            TransferMoneyHandler(), client(TransferMoney(from: from, to: to, amount: amount), "t"))
        let transferID = try #require(pending.first?.payload["id"]?.stringValue)
        while let event = pending.first {
            pending.removeFirst()
            for command in process.react(to: event) {
                let handler = try #require(Domain.catalog.handler(for: command.name))
                #expect(handler.meta.inputs == [OperatorMeta.processCommands])
                pending += try await ledger.run(anyOf: command)
            }
        }
        return (ledger, transferID)
    }

    @Test func aCoveredTransferMovesTheMoneyAndCompletes() async throws {
        let (ledger, id) = try await transfer(30, withTarget: true)
        let transfer = try #require(ledger.row(TransferProjector(), id: id))
        #expect(transfer.status == "COMPLETED")
        #expect(ledger.row(AccountProjector(), id: transfer.from)?.balance == 70)
        #expect(ledger.row(AccountProjector(), id: transfer.to)?.balance == 30)
    }

    @Test func anUncoveredTransferFailsWithInsufficientFundsAndMovesNothing() async throws {
        let (ledger, id) = try await transfer(101, withTarget: true)
        let transfer = try #require(ledger.row(TransferProjector(), id: id))
        #expect(transfer.status == "FAILED")
        #expect(transfer.reason == "insufficient funds")
        #expect(ledger.row(AccountProjector(), id: transfer.from)?.balance == 100)
        #expect(ledger.row(AccountProjector(), id: transfer.from)?.version == 1)
    }

    @Test func aTransferToAnUnknownAccountIsRefundedAndFails() async throws {
        let (ledger, id) = try await transfer(30, withTarget: false)
        let transfer = try #require(ledger.row(TransferProjector(), id: id))
        #expect(transfer.status == "FAILED")
        #expect(transfer.reason == "unknown account")
        let source = try #require(ledger.row(AccountProjector(), id: transfer.from))
        // Opened, debited, refunded: every step counts in the version, and the balance is whole again.
        #expect(source.balance == 100)
        #expect(source.version == 3)
        #expect(ledger.events.map(\.type).contains("CreditAccountRejected"))
    }
}
