import Synchronization
import Testing

@testable import Runtime

struct PermitGateTests {
    struct Refused: Error {}

    @Test func atMostThePermitsAreHeldAtOnceAndTheNextWaiterGetsAReleasedOne() async throws {
        let gate = PermitGate(permits: 2, refusal: Refused())
        try await gate.acquire()
        try await gate.acquire()
        let third = Mutex(false)
        let waiter = Task {
            try await gate.acquire()
            third.withLock { $0 = true }
        }
        try await Task.sleep(for: .milliseconds(30))
        #expect(!third.withLock { $0 })
        gate.release()
        try await waiter.value
        #expect(third.withLock { $0 })
    }

    @Test func closingRefusesTheWaitingAndEveryLaterAcquirer() async throws {
        let gate = PermitGate(permits: 1, refusal: Refused())
        try await gate.acquire()
        let waiter = Task { try await gate.acquire() }
        try await Task.sleep(for: .milliseconds(20))
        gate.close()
        await #expect(throws: Refused.self) { try await waiter.value }
        gate.release()
        await #expect(throws: Refused.self) { try await gate.acquire() }
    }

    @Test func aCancelledWaiterThrowsAndTakesNoPermit() async throws {
        let gate = PermitGate(permits: 1, refusal: Refused())
        try await gate.acquire()
        let waiter = Task { try await gate.acquire() }
        try await Task.sleep(for: .milliseconds(20))
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        gate.release()
        // The permit went back to the pool, not to the cancelled waiter.
        try await gate.acquire()
    }
}
