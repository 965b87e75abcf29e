/// Why a store could not do what was asked, besides the domain's `CommitError`s.
///
/// Sorted as storage failures usually are: `io` is operational (the disk or the file), `corrupt`
/// is integrity (the log does not read back as written), `invalidChangeSet` and `misuse` are
/// programming errors in the caller.
package struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Sendable, Equatable {
        case io
        case corrupt
        case invalidChangeSet
        case misuse
        case closed
    }

    private let code: Code
    package let detail: String

    package var description: String { "\(code): \(detail)" }

    /// A system call failed (`detail` names it and the errno).
    package static func io(_ detail: String) -> StoreError { StoreError(code: .io, detail: detail) }
    /// The log holds bytes that are not a log.
    package static func corrupt(_ detail: String) -> StoreError { StoreError(code: .corrupt, detail: detail) }
    /// A change set the store cannot apply whatever its state (an event id twice in one commit).
    package static func invalidChangeSet(_ detail: String) -> StoreError {
        StoreError(code: .invalidChangeSet, detail: detail)
    }
    /// A call the store cannot serve whatever its state (two model types under one table name).
    package static func misuse(_ detail: String) -> StoreError { StoreError(code: .misuse, detail: detail) }
    /// The store was closed, or failed earlier and takes no more commits.
    package static func closed(_ detail: String) -> StoreError { StoreError(code: .closed, detail: detail) }

    package var isIO: Bool { code == .io }
    package var isCorrupt: Bool { code == .corrupt }
    package var isClosed: Bool { code == .closed }
}
