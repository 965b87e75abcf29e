import Runtime
import Testing

struct BoundedChannelTests {
    @Test func deliversElementsInTheOrderTheyWereSent() async throws {
        let channel = BoundedChannel<Int>(capacity: 4)
        for i in 1...3 { try await channel.send(i) }
        var received: [Int] = []
        for _ in 1...3 { received.append(await channel.receive() ?? -1) }
        #expect(received == [1, 2, 3])
    }

    @Test func aSenderWaitsWhileTheChannelIsFullAndGetsInOnceThereIsRoom() async throws {
        let channel = BoundedChannel<Int>(capacity: 2)
        try await channel.send(1)
        try await channel.send(2)
        let sent = Latch()
        let sender = Task {
            try await channel.send(3)
            sent.open()
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(!sent.isOpen)
        #expect(channel.count == 2)
        #expect(await channel.receive() == 1)
        try await sender.value
        #expect(sent.isOpen)
        #expect(await channel.receive() == 2)
        #expect(await channel.receive() == 3)
    }

    @Test func aCancelledWaitingSenderThrowsAndItsElementIsNotQueued() async throws {
        let channel = BoundedChannel<Int>(capacity: 1)
        try await channel.send(1)
        let sender = Task { try await channel.send(2) }
        try await Task.sleep(for: .milliseconds(20))
        sender.cancel()
        await #expect(throws: CancellationError.self) { try await sender.value }
        channel.close()
        #expect(await channel.receive() == 1)
        #expect(await channel.receive() == nil)
    }

    @Test func aCancelledWaitingReceiverGetsNilAndTheNextElementStaysForOthers() async throws {
        let channel = BoundedChannel<Int>(capacity: 1)
        let receiver = Task { await channel.receive() }
        try await Task.sleep(for: .milliseconds(20))
        receiver.cancel()
        #expect(await receiver.value == nil)
        try await channel.send(7)
        #expect(await channel.receive() == 7)
    }

    @Test func aReceiverWaitingOnAnEmptyChannelGetsTheNextElementSent() async throws {
        let channel = BoundedChannel<String>(capacity: 1)
        let receiver = Task { await channel.receive() }
        try await Task.sleep(for: .milliseconds(20))
        try await channel.send("hello")
        #expect(await receiver.value == "hello")
    }

    @Test func aClosedChannelHandsOutWhatItHoldsThenNilAndRefusesSends() async throws {
        let channel = BoundedChannel<Int>(capacity: 2)
        try await channel.send(1)
        channel.close()
        await #expect(throws: BoundedChannel<Int>.Closed.self) { try await channel.send(2) }
        #expect(await channel.receive() == 1)
        #expect(await channel.receive() == nil)
    }

    @Test func manyProducersAndConsumersPassEveryElementExactlyOnce() async throws {
        let channel = BoundedChannel<Int>(capacity: 3)
        let received = Collected<Int>()
        await withTaskGroup(of: Void.self) { consumers in
            for _ in 0..<4 {
                consumers.addTask {
                    while let element = await channel.receive() { received.append(element) }
                }
            }
            await withTaskGroup(of: Void.self) { producers in
                for producer in 0..<8 {
                    producers.addTask {
                        for i in 0..<250 { try? await channel.send(producer * 1000 + i) }
                    }
                }
            }
            channel.close()
        }
        let expected = (0..<8).flatMap { producer in (0..<250).map { producer * 1000 + $0 } }
        #expect(received.values.sorted() == expected)
    }
}
