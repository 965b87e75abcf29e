import CLibPQ

extension PostgresConnection {
    /// Runs `sql`, a `COPY ... FROM STDIN` (text format), sending what `body` hands its writer:
    /// rows travel as one stream, with no statement, parameter array or plan per row, which is
    /// what bulk loading needs. Each chunk is sent on the connection's thread while `body` makes
    /// the next, so encoding and sending overlap.
    ///
    /// ```swift
    /// let rows = try await connection.copy("COPY t (a, b) FROM STDIN") { writer in
    ///     try await writer.send(Array("1\tone\n2\ttwo\n".utf8))
    /// }
    /// ```
    /// - Returns: the rows copied, as the server counts them.
    /// - Throws: `body`'s error (the COPY is then abandoned: the server copies nothing), or the
    ///   server's error about the data.
    package func copy(_ sql: String, _ body: (CopyWriter) async throws -> Void) async throws -> Int {
        try await perform { thread throws(PostgresError) in
            let connection = try Self.open(thread)
            let result = PQexec(connection, sql)
            defer { PQclear(result) }
            guard PQresultStatus(result) == PGRES_COPY_IN else {
                throw Self.failure(result, on: connection)
            }
        }
        let writer = CopyWriter(connection: self)
        do {
            try await body(writer)
        } catch {
            _ = try? await end(failure: "the copy's source failed: \(error)")
            throw error
        }
        return try await end(failure: nil) ?? 0
    }

    /// Ends the COPY (abandons it with `failure`) and answers the server's count of rows copied.
    private func end(failure: String?) async throws(PostgresError) -> Int? {
        try await perform { thread throws(PostgresError) in
            let connection = try Self.open(thread)
            guard PQputCopyEnd(connection, failure) == 1 else {
                throw Self.failure(nil, on: connection)
            }
            // The COPY's own result, then nil: reading until nil leaves the connection ready.
            var first: PostgresRows?
            var failed: PostgresError?
            while let result = PQgetResult(connection) {
                do throws(PostgresError) {
                    let rows = try Self.rows(from: result, on: connection)
                    if first == nil { first = rows }
                } catch {
                    if failed == nil { failed = error }
                }
            }
            if let failed { throw failed }
            return first?.affectedRowCount
        }
    }

    /// Sends bytes into the COPY that `copy(_:_:)` started; valid only inside its body.
    package struct CopyWriter: Sendable {
        let connection: PostgresConnection

        /// Sends `bytes`: whole rows or not, the server joins the chunks.
        package func send(_ bytes: [UInt8]) async throws(PostgresError) {
            guard !bytes.isEmpty else { return }
            try await connection.perform { thread throws(PostgresError) in
                let connection = try PostgresConnection.open(thread)
                let sent = bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) {
                        PQputCopyData(connection, $0.baseAddress, Int32($0.count))
                    }
                }
                guard sent == 1 else { throw PostgresConnection.failure(nil, on: connection) }
            }
        }
    }
}
