import Functions
import LOW
import LOWTesting
import Testing

struct UpdateUserEmailHandlerTests {
    let handler = HandlerCase(UpdateUserEmailHandler())

    @Test func updatesAnActiveUsersEmail() async throws {
        let decision = try await handler.given(UserHistory.registered).when(
            UpdateUserEmail(id: "u-1", email: "ada@example.com"))
        #expect(decision == .accepted([.emailUpdated(id: "u-1", email: "ada@example.com")]))
    }

    @Test func rejectsAMalformedEmail() async throws {
        let decision = try await handler.given(UserHistory.registered).when(UpdateUserEmail(id: "u-1", email: "ada@"))
        #expect(decision == .rejected(.invalidInput("email", reason: "invalid email")))
    }

    @Test func refusesAnUnknownUser() async throws {
        let decision = try await handler.when(UpdateUserEmail(id: "u-9", email: "ada@example.com"))
        #expect(decision == .rejected(.refused("unknown user")))
    }

    @Test func refusesADisabledUser() async throws {
        let decision = try await handler.given(UserHistory.registered, UserHistory.disabled)
            .when(UpdateUserEmail(id: "u-1", email: "ada@example.com"))
        #expect(decision == .rejected(.refused("user disabled")))
    }

    @Test func checksTheEmailBeforeTheUser() async throws {
        let decision = try await handler.when(UpdateUserEmail(id: "u-9", email: "nope"))
        #expect(decision.rejection?.reason == "invalid email")
    }
}
