import Glibc
import Postgres

/// The PostgreSQL server the postgres group measures on, with a database of its own for the run:
/// the one `DATABASE_URL` or `CQRS_TEST_DATABASE_URL` names, or a throw-away cluster that
/// `.ci/postgres` starts here and `stop()` removes.
struct PostgresBenchServer {
    /// The server's URL as given (its own database: the bench's is made beside it).
    var url: String
    /// The folder of the cluster this run started, nil for a server it was given.
    var cluster: String?
    /// A database the run made, dropped by `stop()`.
    var database: String

    /// Why the group cannot run here (printed as its skip line).
    struct Unavailable: Error {
        var reason: String
    }

    /// Finds or starts a server and makes the run's database.
    /// - Throws: `Unavailable` when there is neither a URL nor a PostgreSQL installation.
    static func open() async throws -> PostgresBenchServer {
        var url = ["DATABASE_URL", "CQRS_TEST_DATABASE_URL"].lazy
            .compactMap { (name: String) in getenv(name).map { String(cString: $0) } }.first { !$0.isEmpty }
        var cluster: String?
        if url == nil {
            guard access(".ci/postgres", X_OK) == 0 else {
                throw Unavailable(reason: "no DATABASE_URL, and no .ci/postgres here to start a server")
            }
            let folder = try TemporaryDirectory(prefix: "bench-postgres").path
            let started = try await ChildProcess.run([".ci/postgres", "start", folder])
            guard started.status == 0,
                let line = started.text.split(separator: "\n").first(where: {
                    $0.hasPrefix("postgresql://")
                })
            else {
                rmdir(folder)
                throw Unavailable(reason: "no PostgreSQL server could start: \(started.text.prefix(300))")
            }
            url = String(line)
            cluster = folder
        }
        guard let url else { throw Unavailable(reason: "no server") }
        // A random name of ours, never input: identifiers cannot be parameters.
        let database = "cqrs_bench_\(String(UInt32.random(in: .min ... .max), radix: 16))"
        let admin = try await PostgresConnection.connect(url)
        defer { Task { await admin.close() } }
        _ = try await admin.query("CREATE DATABASE \(database)")
        return PostgresBenchServer(url: url, cluster: cluster, database: database)
    }

    /// The URL of the run's database: `url` with its database replaced.
    var databaseURL: String { Self.url(url, database: database) }

    /// Drops the run's database, and stops and removes the cluster the run started.
    func stop() async {
        if let admin = try? await PostgresConnection.connect(url) {
            _ = try? await admin.query("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
            await admin.close()
        }
        if let cluster { _ = try? await ChildProcess.run([".ci/postgres", "stop", cluster]) }
    }

    /// `url` (a URI or a conninfo string) naming `database` instead of its own.
    static func url(_ url: String, database: String) -> String {
        guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://"), let colon = url.firstIndex(of: ":")
        else { return url + " dbname=\(database)" }
        let authority = url.index(colon, offsetBy: 3)
        let query = url.firstIndex(of: "?") ?? url.endIndex
        let path = url[authority..<query].firstIndex(of: "/") ?? query
        return url[..<path] + "/" + database + url[query...]
    }
}
