import LOW

extension PostgresEventStore {
    /// Commits `batch` in one statement, so in one transaction; when that statement fails, commits
    /// each change set alone, so the failure (an event id already stored, a lost connection) is
    /// only the one's that caused it.
    static func commit(_ batch: [ChangeSet], in pool: PostgresPool) async -> [Result<
        PostgresCommitBatch.Outcome, any Error
    >] {
        do {
            return try await pool.withConnection { try await write(batch, on: $0) }.map { .success($0) }
        } catch {
            guard batch.count > 1 else { return [.failure(error)] }
        }
        var answers: [Result<PostgresCommitBatch.Outcome, any Error>] = []
        for changes in batch {
            do {
                answers.append(.success(try await pool.withConnection { try await write([changes], on: $0)[0] }))
            } catch {
                answers.append(.failure(error))
            }
        }
        return answers
    }

    /// Writes `batch` through `cqrs_commit` on `connection`: in the caller's transaction if one is
    /// open, else in one of its own.
    static func write(_ batch: [ChangeSet], on connection: PostgresConnection) async throws
        -> [PostgresCommitBatch.Outcome]
    {
        let rows = try await connection.query("SELECT cqrs_commit($1::json)", [PostgresCommitBatch.json(batch)])
        guard let answer = rows.first?[0] else {
            throw PostgresError(.badValue, message: "cqrs_commit answered no row")
        }
        return try PostgresCommitBatch.outcomes(answer, of: batch)
    }

    /// Writes `changes` alone on `connection`, as `commit` does but without the group.
    /// - Throws: `CommitError` when refused; `.duplicateCommand` without the first outcome's events.
    static func write(_ changes: ChangeSet, on connection: PostgresConnection) async throws -> [RecordedEvent] {
        switch try await write([changes], on: connection)[0] {
        case .recorded(let events): return events
        case .refused(let error): throw error
        case .duplicate: throw CommitError.duplicateCommand([])
        }
    }
}
