import Functions
import LOW
import LOWTesting
import Testing

struct UserStateTests {
    func fold(_ events: [any DomainEvent]) async throws -> Loaded<UserState> {
        try await FixedReader(given: events).load(UserState.self, stream: "user-u-1")
    }

    @Test func anEmptyStreamIsNoUser() async throws {
        let user = try await fold([])
        #expect(!user.exists)
        #expect(!user.state.isRegistered)
    }

    @Test func foldsRegistrationViewsAndDisabling() async throws {
        let user = try await fold([
            UserEvent.registered(id: "u-1", name: "Ada", age: nil),
            UserEvent.pageviewed(id: "u-1", url: "/", renderTime: 1),
            UserEvent.emailUpdated(id: "u-1", email: "ada@example.com"),
            UserEvent.pageviewed(id: "u-1", url: "/", renderTime: 1),
            UserEvent.disabled(id: "u-1"),
        ])
        #expect(user.version == 5)
        #expect(user.state.isRegistered)
        #expect(!user.state.isActive)
        #expect(user.state.viewcount == 2)
    }
}
