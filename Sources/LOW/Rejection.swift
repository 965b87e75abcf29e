/// Why `operate` refused a command: a value, never an error.
///
/// The executor stores it as an event in the stream `rejection-<commandId>` (so it never moves an
/// aggregate's version) of type `<Command>Rejected`, or `storedAs` when the domain names it otherwise
/// (`UserRegistrationFailed`). `reason` is the contract's text, which clients read.
package struct Rejection: Sendable, Hashable, Error {
    package enum Kind: Sendable, Hashable {
        /// The payload itself is unacceptable (a malformed email, an amount <= 0).
        case invalidInput(field: String)
        /// The payload is fine but the current state refuses it (already invited, insufficient funds).
        case refused
    }

    package var kind: Kind
    package var reason: String
    /// The stored event type when it is not `<Command>Rejected`.
    package var storedAs: String?

    package init(kind: Kind, reason: String, storedAs: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.storedAs = storedAs
    }

    package static func invalidInput(_ field: String, reason: String) -> Rejection {
        Rejection(kind: .invalidInput(field: field), reason: reason)
    }

    package static func refused(_ reason: String, storedAs: String? = nil) -> Rejection {
        Rejection(kind: .refused, reason: reason, storedAs: storedAs)
    }

    /// The stream a rejection of `commandID` is stored in.
    package static func streamID(for commandID: ID) -> String { "rejection-\(commandID)" }
}
