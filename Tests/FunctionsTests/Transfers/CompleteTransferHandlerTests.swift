import Functions
import LOW
import LOWTesting
import Testing

struct CompleteTransferHandlerTests {
    let handler = HandlerCase(CompleteTransferHandler())
    let requested = TransferEvent.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5)

    @Test func completesAPendingTransfer() async throws {
        let decision = try await handler.given(requested).when(CompleteTransfer(transferId: "t-1"))
        #expect(decision == .accepted([.completed(id: "t-1")]))
    }

    @Test func refusesAnUnknownTransfer() async throws {
        #expect(try await handler.when(CompleteTransfer(transferId: "t-1")) == .rejected(.refused("unknown transfer")))
    }

    @Test func refusesAClosedTransfer() async throws {
        let decision = try await handler.given(requested, TransferEvent.failed(id: "t-1", reason: "x"))
            .when(CompleteTransfer(transferId: "t-1"))
        #expect(decision == .rejected(.refused("transfer closed")))
    }
}
