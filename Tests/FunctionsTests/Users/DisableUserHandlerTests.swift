import Functions
import LOW
import LOWTesting
import Testing

struct DisableUserHandlerTests {
    let handler = HandlerCase(DisableUserHandler())

    @Test func disablesAnActiveUser() async throws {
        let decision = try await handler.given(UserHistory.registered).when(DisableUser(id: "u-1"))
        #expect(decision == .accepted([.disabled(id: "u-1")]))
    }

    @Test func refusesAnUnknownUser() async throws {
        #expect(try await handler.when(DisableUser(id: "u-1")) == .rejected(.refused("unknown user")))
    }

    @Test func refusesAUserAlreadyDisabled() async throws {
        let decision = try await handler.given(UserHistory.registered, UserHistory.disabled).when(
            DisableUser(id: "u-1"))
        #expect(decision == .rejected(.refused("already disabled")))
    }
}
