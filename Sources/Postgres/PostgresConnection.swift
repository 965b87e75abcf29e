import CLibPQ
import Glibc

/// One PostgreSQL connection through libpq, with a thread of its own that makes the blocking
/// libpq calls one after another; the async methods suspend until that thread answers, so no
/// cooperative thread waits on the server.
///
/// Statements are parameterised only: SQL text comes from the program, values travel separately
/// (text format), so no input is ever parsed as SQL. Calls from several tasks run one at a time
/// in the order they were made; a `transaction` assumes no other task uses the connection meanwhile.
package final class PostgresConnection: Sendable {
    private let thread: ConnectionThread

    private init(thread: ConnectionThread) { self.thread = thread }

    deinit {
        _ = thread.enqueueLast { Self.finish($0) }
    }

    /// The linked libpq's version as `PQlibVersion` gives it (15.10 is 150010), for the start-up log.
    package static var libraryVersion: Int { Int(PQlibVersion()) }

    /// The linked libpq's version as text, such as `15.10`.
    package static var libraryVersionText: String { "\(libraryVersion / 10000).\(libraryVersion % 10000)" }

    /// Opens a connection from a URI (`postgresql://user@host:port/db?...`) or a conninfo string
    /// (`host=... port=... dbname=...`). The client encoding is UTF-8.
    /// - Throws: `PostgresError` with code `.connectionFailed`.
    package static func connect(_ conninfo: String) async throws(PostgresError) -> PostgresConnection {
        let thread = ConnectionThread()
        try thread.start()
        // If connecting fails, releasing `connection` finishes the handle and ends the thread.
        let connection = PostgresConnection(thread: thread)
        try await connection.perform { thread throws(PostgresError) in
            thread.connection = PQconnectdb(conninfo)
            // The server's notices (`IF NOT EXISTS ... skipping`) are not errors, and a library
            // must not print to the program's stderr; PQreset keeps this processor.
            if let connection = thread.connection { PQsetNoticeProcessor(connection, { _, _ in }, nil) }
            try Self.checkConnected(thread.connection)
        }
        return connection
    }

    /// Runs `sql` with `parameters` bound to `$1`, `$2`... (nil is NULL), one statement only.
    ///
    /// The first run of a text on this connection prepares it on the server, and later runs
    /// execute the prepared statement: the server parses and plans a statement once per session,
    /// not once per call (`PreparedStatements`).
    package func query(_ sql: String, _ parameters: [String?] = []) async throws(PostgresError) -> PostgresRows {
        try await perform { thread throws(PostgresError) in
            let connection = try Self.open(thread)
            guard let name = try Self.preparedName(of: sql, on: thread, connection) else {
                let result = Self.withCStrings(parameters) { values in
                    PQexecParams(connection, sql, Int32(values.count), nil, values, nil, nil, 0)
                }
                return try Self.rows(from: result, on: connection)
            }
            let result = Self.withCStrings(parameters) { values in
                PQexecPrepared(connection, name, Int32(values.count), values, nil, nil, 0)
            }
            return try Self.rows(from: result, on: connection)
        }
    }

    /// The name `sql` is prepared under on this session, preparing it first if it is new; nil once
    /// the session holds as many statements as it keeps (the text then runs unprepared).
    private static func preparedName(of sql: String, on thread: ConnectionThread, _ connection: OpaquePointer)
        throws(PostgresError) -> String?
    {
        if let name = thread.prepared.name(of: sql) { return name }
        guard let name = thread.prepared.nextName() else { return nil }
        _ = try rows(from: PQprepare(connection, name, sql, 0, nil), on: connection)
        thread.prepared.add(sql, as: name)
        return name
    }

    /// Prepares `sql` on the server as `name`, for `execute(prepared:parameters:)`. A prepared
    /// statement lives as long as the server session: prepare again after `reconnect()`.
    package func prepare(name: String, sql: String) async throws(PostgresError) {
        try await perform { thread throws(PostgresError) in
            let connection = try Self.open(thread)
            _ = try Self.rows(from: PQprepare(connection, name, sql, 0, nil), on: connection)
        }
    }

    /// Runs the statement prepared as `name` with `parameters` bound to its `$1`, `$2`...
    package func execute(prepared name: String, parameters: [String?] = []) async throws(PostgresError)
        -> PostgresRows
    {
        try await perform { thread throws(PostgresError) in
            let connection = try Self.open(thread)
            let result = Self.withCStrings(parameters) { values in
                PQexecPrepared(connection, name, Int32(values.count), values, nil, nil, 0)
            }
            return try Self.rows(from: result, on: connection)
        }
    }

    /// Closes the server session and opens a new one with the same parameters (PQreset), after a
    /// `.connectionLost`. Session state (prepared statements, settings) starts afresh.
    package func reconnect() async throws(PostgresError) {
        try await perform { thread throws(PostgresError) in
            PQreset(try Self.open(thread))
            thread.prepared.removeAll()
            try Self.checkConnected(thread.connection)
        }
    }

    /// Ends the session (PQfinish) and the connection's thread, after the calls already made.
    /// Calls made afterwards throw `.closed`.
    package func close() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let queued = thread.enqueueLast { thread in
                Self.finish(thread)
                continuation.resume()
            }
            if !queued { continuation.resume() }
        }
    }

    // MARK: - On the connection's thread

    /// Runs `body` on the connection's thread and answers with its outcome.
    func perform<T: Sendable>(_ body: @escaping @Sendable (ConnectionThread) throws(PostgresError) -> T)
        async throws(PostgresError) -> T
    {
        let outcome = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<T, PostgresError>, Never>) in
            let queued = thread.enqueue { thread in
                continuation.resume(returning: Result { () throws(PostgresError) -> T in try body(thread) })
            }
            if !queued { continuation.resume(returning: .failure(Self.closedError)) }
        }
        return try outcome.get()
    }

    private static let closedError = PostgresError(.closed, message: "the connection is closed")

    static func open(_ thread: ConnectionThread) throws(PostgresError) -> OpaquePointer {
        guard let connection = thread.connection else { throw closedError }
        return connection
    }

    private static func finish(_ thread: ConnectionThread) {
        if let connection = thread.connection { PQfinish(connection) }
        thread.connection = nil
    }

    private static func checkConnected(_ connection: OpaquePointer?) throws(PostgresError) {
        guard let connection else {
            throw PostgresError(.connectionFailed, message: "libpq could not allocate a connection")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            throw PostgresError(.connectionFailed, message: errorMessage(connection))
        }
        guard PQsetClientEncoding(connection, "UTF8") == 0 else {
            throw PostgresError(.connectionFailed, message: errorMessage(connection))
        }
    }

    /// Calls `body` with `strings` as C strings (nil stays a null pointer), valid during the call.
    private static func withCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies = strings.map { $0.map { strdup($0) } ?? nil }
        defer { for copy in copies { free(copy) } }
        return body(copies.map { UnsafePointer($0) })
    }
}
