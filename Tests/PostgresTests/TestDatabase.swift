import Foundation
import Postgres
import Testing

extension Tag {
    /// Runs against a real PostgreSQL server (CQRS_TEST_DATABASE_URL).
    @Tag static var postgres: Self
}

/// The server the tests use: `CQRS_TEST_DATABASE_URL`, which `.ci/test` sets to a throw-away
/// cluster it starts. Without it the tests skip, saying why, unless CQRS_REQUIRE_ALL=1 makes
/// the skip a failure.
enum TestDatabase {
    static let url: String? = ProcessInfo.processInfo.environment["CQRS_TEST_DATABASE_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    private static let isRequired = ProcessInfo.processInfo.environment["CQRS_REQUIRE_ALL"] == "1"

    private static let isAvailable: Bool = {
        if url == nil {
            print(
                "SKIPPING the PostgreSQL tests: CQRS_TEST_DATABASE_URL is not set "
                    + "(.ci/test starts a throw-away server and sets it).")
        }
        return url != nil
    }()

    /// Enables a suite when there is a server, or when CQRS_REQUIRE_ALL=1 (it then fails without one).
    static var enabled: ConditionTrait {
        .enabled(if: isAvailable || isRequired, "CQRS_TEST_DATABASE_URL is not set")
    }

    /// Runs `body` with a schema of its own, dropped afterwards, so tests running in parallel
    /// never see each other's tables.
    static func withSchema(_ body: (TestSchema) async throws -> Void) async throws {
        let url = try #require(url, "CQRS_TEST_DATABASE_URL is not set, and CQRS_REQUIRE_ALL=1")
        let schema = TestSchema(url: url, name: "test_\(String(UInt64.random(in: .min ... .max), radix: 16))")
        let admin = try await PostgresConnection.connect(url)
        // DROP SCHEMA ... CASCADE's NOTICE would otherwise land on stderr.
        _ = try await admin.query("SELECT set_config('client_min_messages', 'warning', false)")
        // Identifiers cannot be parameters; this one is a random hex name of ours, never input.
        _ = try await admin.query("CREATE SCHEMA \(schema.name)")
        do {
            try await body(schema)
        } catch {
            _ = try? await admin.query("DROP SCHEMA \(schema.name) CASCADE")
            await admin.close()
            throw error
        }
        _ = try await admin.query("DROP SCHEMA \(schema.name) CASCADE")
        await admin.close()
    }
}

/// One test's schema on the test server.
struct TestSchema {
    let url: String
    let name: String

    /// A new connection whose unqualified table names resolve in this schema.
    func connect() async throws -> PostgresConnection {
        let connection = try await PostgresConnection.connect(url)
        _ = try await connection.query("SELECT set_config('search_path', $1, false)", [name])
        return connection
    }

    /// Runs `body` with a new connection into this schema, closed afterwards.
    func withConnection(_ body: (PostgresConnection) async throws -> Void) async throws {
        let connection = try await connect()
        do {
            try await body(connection)
        } catch {
            await connection.close()
            throw error
        }
        await connection.close()
    }
}
