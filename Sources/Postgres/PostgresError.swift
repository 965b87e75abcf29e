/// A failure talking to PostgreSQL: what kind it is, the server's SQLSTATE when it sent one, and
/// its message. Callers decide on `code` and `sqlState`: a dropped connection is worth a reconnect
/// and a retry, a serialization failure a retry of the transaction, a unique violation never.
package struct PostgresError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, from the caller's side; new codes may be added.
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case connectionFailed, connectionLost, statementFailed, closed, badValue
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// Connecting (or reconnecting) did not succeed.
        package static let connectionFailed = Code(.connectionFailed)
        /// The connection broke (server gone, backend terminated, network): `reconnect()` may help.
        package static let connectionLost = Code(.connectionLost)
        /// The server refused the statement; `sqlState` says why and the connection is still good.
        package static let statementFailed = Code(.statementFailed)
        /// The connection was closed by `close()`.
        package static let closed = Code(.closed)
        /// A column's text is not a value of the type asked for.
        package static let badValue = Code(.badValue)

        package var description: String { base.rawValue }
    }

    package let code: Code
    /// The five-character SQLSTATE (PG_DIAG_SQLSTATE), when the server sent one.
    package let sqlState: String?
    /// The server's (or libpq's) message.
    package let message: String

    package init(_ code: Code, sqlState: String? = nil, message: String) {
        self.code = code
        self.sqlState = sqlState
        self.message = message
    }

    /// SQLSTATE 23505: a unique constraint refused the row.
    package var isUniqueViolation: Bool { sqlState == "23505" }

    /// SQLSTATE 40001 or 40P01: the transaction lost a race (serialization failure or deadlock)
    /// and may be run again as a whole.
    package var isSerializationFailure: Bool { sqlState == "40001" || sqlState == "40P01" }

    package var description: String {
        "PostgresError(\(code)\(sqlState.map { ", SQLSTATE \($0)" } ?? ""): \(message))"
    }
}
