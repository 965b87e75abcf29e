package import LOW

extension Reader {
    /// The account `id` folded from its stream; an id that names no stream is an unopened account.
    package func account(_ id: String) async throws -> Loaded<AccountState> {
        try await load(AccountState.self, stream: AccountEvent.streamID(id))
    }
}
