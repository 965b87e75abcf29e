extension PostgresConnection {
    /// Runs `body` between `BEGIN` and `COMMIT`; when `body` throws, rolls back and rethrows its
    /// error. No other task should use the connection until this returns.
    ///
    /// - Throws: `body`'s error; or the `COMMIT`'s, such as a serialization failure (40001) or a
    ///   deferred constraint's violation, when the server refuses to commit. A transaction that an
    ///   error inside `body` aborted, even one `body` caught, is not committed: SQLSTATE 25P02.
    package func transaction<T>(
        isolation: isolated (any Actor)? = #isolation, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        _ = try await query("BEGIN")
        let value: T
        do {
            value = try await body(self)
        } catch {
            // The rollback's own failure (a lost connection, most often) would hide the cause.
            _ = try? await query("ROLLBACK")
            throw error
        }
        // COMMIT of an aborted transaction succeeds with the tag ROLLBACK instead of failing.
        let commit = try await query("COMMIT")
        guard commit.commandTag == "COMMIT" else {
            throw PostgresError(
                .statementFailed, sqlState: "25P02", message: "the transaction was aborted and rolled back")
        }
        return value
    }
}
