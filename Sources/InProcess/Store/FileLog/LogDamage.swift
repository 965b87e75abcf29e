/// Why a log cannot be opened as it is: damage a crash cannot leave, or a format this binary does
/// not read. Opening never changes such a file; `LogRepair` moves the damage aside on request.
///
/// A crash leaves damage only at the end, because records are appended and a batch is
/// acknowledged only once it is on disk: a last frame that is short, or bad frames with no intact
/// frame after them. That torn tail was never acknowledged and is cut. Anything else (a bad frame
/// with intact ones after it, or an intact frame that does not decode) means bytes changed after
/// they were written, and cutting there would delete acknowledged commits.
///
/// What this cannot tell apart: a bit flipped in the last record looks like a torn write and is
/// cut; and after a power loss (not a process crash) the last batch's pages may reach the disk out
/// of order, leaving a bad frame with intact, unacknowledged ones after it, which is refused like
/// damage (a repair keeps them). The first loses that one record, as it always did; the second
/// asks the operator rather than cutting.
package struct LogDamage: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong at `offset`.
    package enum Kind: Sendable, Equatable {
        /// The file does not start with a log header.
        case notALog
        /// A frame is short or fails its checksum, and intact records follow it.
        case checksum
        /// A frame passes its checksum but its record does not decode.
        case undecodable
        /// The header or a record is in a newer format than this binary reads.
        case newerFormat(Int)
    }

    package var kind: Kind
    /// Where the damage starts, in bytes from the start of the file.
    package var offset: Int
    /// Where intact records resume: the damaged bytes are `offset..<resumesAt`.
    package var resumesAt: Int

    package init(_ kind: Kind, offset: Int, resumesAt: Int) {
        self.kind = kind
        self.offset = offset
        self.resumesAt = resumesAt
    }

    /// Whether `LogRepair` may move it aside: not a newer format, which a newer binary reads.
    package var isRepairable: Bool {
        switch kind {
        case .checksum, .undecodable: true
        case .notALog, .newerFormat: false
        }
    }

    /// What is wrong, for an operator: "a record fails its checksum and valid records follow".
    package var reason: String {
        switch kind {
        case .notALog: "it does not start with an event log header"
        case .checksum: "a record fails its checksum and valid records follow"
        case .undecodable: "a record passes its checksum but does not decode"
        case .newerFormat(let version): "log format \(version), this binary reads \(LogRecord.formatVersion)"
        }
    }

    package var description: String { "damaged at byte \(offset) (\(reason))" }

    /// How the non-whole frame `found` at `offset` came to be: `nil` for a torn tail (nothing
    /// intact after it), the damage otherwise.
    static func classify(_ found: LogFrame, in file: UnsafeRawBufferPointer, at offset: Int) -> LogDamage? {
        switch found {
        case .whole: return nil
        case .newerFormat(let version, let end): return LogDamage(.newerFormat(version), offset: offset, resumesAt: end)
        case .undecodable(let end): return LogDamage(.undecodable, offset: offset, resumesAt: end)
        case .bad:
            guard let next = LogFrame.nextIntact(in: file, after: offset) else { return nil }
            return LogDamage(.checksum, offset: offset, resumesAt: next)
        }
    }
}
