/// Applies a component's migrations at start-up (the event store's, the read models'): in version
/// order, each once, recorded in the table `cqrs_migrations` of the connection's schema under the
/// component's name, under an advisory lock so that processes starting together never both
/// migrate (the second waits, then finds the work done). Components keep their versions apart.
///
/// ```swift
/// let applied = try await PostgresMigrator.migrate(connection, PostgresEventStore.migrations, of: "event-store")
/// ```
package enum PostgresMigrator {
    /// Why migrating was refused before anything ran.
    package struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        package var description: String
    }

    /// Applies what `migrations` has that the database lacks.
    /// - Returns: the versions applied now, in order (empty when the database was up to date).
    /// - Throws: `Refusal` when the migrations repeat a version, when the database has a version
    ///   this binary does not know (a newer binary migrated it) or one under another name;
    ///   `PostgresError` when a statement fails (that migration is rolled back, later ones not run).
    package static func migrate(
        _ connection: PostgresConnection, _ migrations: [PostgresMigration], of component: String = "main"
    ) async throws -> [Int] {
        let ordered = migrations.sorted { $0.version < $1.version }
        if let repeated = zip(ordered, ordered.dropFirst()).first(where: { $0.version == $1.version }) {
            throw Refusal(description: "migration version \(repeated.0.version) is given twice")
        }
        // One lock per schema: the key is derived in SQL from the connection's own schema.
        _ = try await connection.query(
            "SELECT pg_advisory_lock(hashtext('cqrs-migrations:' || current_schema() || ':' || $1))", [component])
        do {
            let applied = try await apply(ordered, of: component, on: connection)
            _ = try await connection.query(
                "SELECT pg_advisory_unlock(hashtext('cqrs-migrations:' || current_schema() || ':' || $1))",
                [component])
            return applied
        } catch {
            // Closing the session would release the lock too; the unlock's own failure would hide
            // the cause.
            _ = try? await connection.query(
                "SELECT pg_advisory_unlock(hashtext('cqrs-migrations:' || current_schema() || ':' || $1))",
                [component])
            throw error
        }
    }

    private static func apply(
        _ migrations: [PostgresMigration], of component: String, on connection: PostgresConnection
    ) async throws -> [Int] {
        _ = try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS cqrs_migrations (
                component text NOT NULL, version int8 NOT NULL, name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (component, version))
            """)
        var recorded: [Int: String] = [:]
        for row in try await connection.query(
            "SELECT version, name FROM cqrs_migrations WHERE component = $1", [component])
        {
            guard let version = try row.int64(0) else { continue }
            recorded[Int(version)] = row[1] ?? ""
        }
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0.name) })
        if let newer = recorded.keys.filter({ known[$0] == nil }).max() {
            throw Refusal(
                description: "the database has migration \(newer), which this binary does not know "
                    + "(it knows up to \(migrations.last?.version ?? 0)): run the newer binary that applied it")
        }
        for (version, name) in recorded where known[version] != name {
            throw Refusal(
                description: "migration \(version) was applied as '\(name)' but this binary calls it "
                    + "'\(known[version] ?? "")': the histories differ")
        }
        var applied: [Int] = []
        for migration in migrations where recorded[migration.version] == nil {
            try await connection.transaction { transaction in
                for statement in migration.statements { _ = try await transaction.query(statement) }
                _ = try await transaction.query(
                    "INSERT INTO cqrs_migrations (component, version, name) VALUES ($1, $2, $3)",
                    [component, String(migration.version), migration.name])
            }
            applied.append(migration.version)
        }
        return applied
    }
}
