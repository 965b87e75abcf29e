import Functions
import LOW
import LOWTesting
import Testing

struct FailTransferHandlerTests {
    let handler = HandlerCase(FailTransferHandler())
    let requested = TransferEvent.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5)

    @Test func failsAPendingTransferWithTheReason() async throws {
        let decision = try await handler.given(requested).when(
            FailTransfer(transferId: "t-1", reason: "insufficient funds"))
        #expect(decision == .accepted([.failed(id: "t-1", reason: "insufficient funds")]))
    }

    @Test func refusesAnUnknownTransfer() async throws {
        let decision = try await handler.when(FailTransfer(transferId: "t-1", reason: "r"))
        #expect(decision == .rejected(.refused("unknown transfer")))
    }

    @Test func refusesACompletedTransfer() async throws {
        let decision = try await handler.given(requested, TransferEvent.completed(id: "t-1"))
            .when(FailTransfer(transferId: "t-1", reason: "r"))
        #expect(decision == .rejected(.refused("transfer closed")))
    }
}
