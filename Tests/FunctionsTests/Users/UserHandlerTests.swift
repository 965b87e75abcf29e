import Functions
import LOW
import LOWTesting
import Testing

/// Histories the users' handler tests start from.
enum UserHistory {
    static let registered = UserEvent.registered(id: "u-1", name: "Ada", age: nil)
    static let disabled = UserEvent.disabled(id: "u-1")
}

struct UpdateUserEmailHandlerTests {
    let handler = HandlerCase(UpdateUserEmailHandler())

    @Test func updatesAnActiveUsersEmail() async throws {
        let decision = try await handler.given(UserHistory.registered).when(UpdateUserEmail(id: "u-1", email: "ada@example.com"))
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
        let decision = try await handler.given(UserHistory.registered, UserHistory.disabled).when(DisableUser(id: "u-1"))
        #expect(decision == .rejected(.refused("already disabled")))
    }
}

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
