import Functions
import LOW
import LOWTesting
import Testing

struct RecordPageviewHandlerTests {
    let handler = HandlerCase(RecordPageviewHandler())

    @Test(arguments: [0, 120])
    func countsAViewOfAKnownUser(_ renderTime: Int) async throws {
        let decision = try await handler.given(UserHistory.registered)
            .when(RecordPageview(id: "u-1", url: "/home", renderTime: renderTime))
        #expect(decision == .accepted([.pageviewed(id: "u-1", url: "/home", renderTime: renderTime)]))
    }

    @Test func countsAViewOfADisabledUserToo() async throws {
        let decision = try await handler.given(UserHistory.registered, UserHistory.disabled)
            .when(RecordPageview(id: "u-1", url: "/home", renderTime: 5))
        #expect(decision.events.count == 1)
    }

    @Test func rejectsANegativeRenderTime() async throws {
        let decision = try await handler.given(UserHistory.registered)
            .when(RecordPageview(id: "u-1", url: "/home", renderTime: -1))
        #expect(decision == .rejected(.invalidInput("renderTime", reason: "invalid render time")))
    }

    @Test func refusesAnUnknownUser() async throws {
        let decision = try await handler.when(RecordPageview(id: "u-1", url: "/home", renderTime: 5))
        #expect(decision == .rejected(.refused("unknown user")))
    }

    @Test func readsTheUsersOwnStreamOnly() async throws {
        let decision = try await handler.given(UserEvent.registered(id: "u-2", name: "Bob", age: nil))
            .when(RecordPageview(id: "u-1", url: "/home", renderTime: 5))
        #expect(decision.rejection?.reason == "unknown user")
    }
}
