import InProcess

/// The one-line messages gql-inprocess prints about its event log: each names the file, the byte
/// offset where it matters, and what the operator can do.
enum LogMessages {
    /// Why the log in `directory` was refused at start, and what to run.
    static func refused(_ damage: LogDamage, directory: String) -> String {
        let file = "\(directory)/events.log"
        switch damage.kind {
        case .notALog:
            return "\(file) is not an event log (\(damage.reason)); move it away or choose another --data-dir"
        case .newerFormat:
            return "the event log \(file) cannot be read at byte \(damage.offset) (\(damage.reason)); "
                + "run the newer gql-inprocess that wrote it"
        case .checksum, .undecodable:
            return "the event log \(file) is damaged at byte \(damage.offset) (\(damage.reason)); "
                + "run 'gql-inprocess repair --data-dir \(directory)' to move the damage aside"
        }
    }

    /// What opening the log cut off, `nil` when it cut nothing.
    static func cut(_ recovery: LogRecovery, directory: String) -> String? {
        guard recovery.truncatedBytes > 0 else { return nil }
        return "cut a torn tail of \(recovery.truncatedBytes) bytes at byte \(recovery.cutOffset) of "
            + "\(directory)/events.log (an unfinished write, as a crash leaves one)"
    }

    /// Why the process stops after a failed write.
    static func stopped(_ failure: StoreError, directory: String) -> String {
        "\(failure.detail); exiting so that a restart recovers every acknowledged command from \(directory)/events.log"
    }

    /// What `repair` did, one line per quarantine file and one for what it kept.
    static func repaired(_ report: LogRepair.Report) -> [String] {
        let kept = "\(report.keptRecords) records (\(report.keptEvents) events)"
        guard !report.moved.isEmpty else { return ["\(report.path) has no damage: \(kept) kept, nothing moved"] }
        let moved = report.moved.map { "moved \($0.length) damaged bytes at byte \($0.offset) to \($0.path)" }
        return moved + ["kept \(kept) in \(report.path); it opens again"]
    }
}
