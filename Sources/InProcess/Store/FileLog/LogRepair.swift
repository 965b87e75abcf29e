import Glibc

/// Moves the damage of an event log aside so the log opens again (`gql-inprocess repair`): every
/// intact record is kept in order, and each damaged stretch goes to a quarantine file beside the
/// log, `events.log.quarantine-<offset>`, holding exactly the bytes removed. No byte is deleted.
///
/// Crash-safe at every step: the quarantine files and the repaired log are written to new files
/// and synced first, the repaired log replaces the old one by `rename`, and the directory is synced
/// after it; a crash leaves either the old log or the new one, with the quarantine files beside.
package enum LogRepair {
    /// What a repair did.
    package struct Report: Sendable, Equatable {
        /// A stretch of damaged bytes and the quarantine file that now holds them.
        package struct Moved: Sendable, Equatable {
            package var offset: Int
            package var length: Int
            package var path: String
        }

        package var path: String
        package var keptRecords: Int
        package var keptEvents: Int
        /// Empty when the log had nothing to move aside (it was left as it was).
        package var moved: [Moved]
    }

    /// Repairs the log in `directory`, holding its lock (a running server keeps it out).
    /// - Throws: `StoreError.io` when a file cannot be read, written or renamed (the log is then
    ///   as it was); `LogDamage` when the log is of a newer format or not a log at all.
    package static func repair(directory: String) throws -> Report {
        let file = try LogFile(existingIn: directory)
        defer { file.close() }
        let outcome = try file.withContents { (bytes) throws(StoreError) -> Result<Report, LogDamage> in
            let plan: LogRepairPlan
            do throws(LogDamage) { plan = try LogRepairPlan(bytes) } catch { return .failure(error) }
            var report = Report(path: file.path, keptRecords: plan.records, keptEvents: plan.events, moved: [])
            guard !plan.damaged.isEmpty else { return .success(report) }
            for range in plan.damaged {
                let path = try writeQuarantine(
                    UnsafeRawBufferPointer(rebasing: bytes[range]), beside: file.path, at: range)
                report.moved.append(Report.Moved(offset: range.lowerBound, length: range.count, path: path))
            }
            let temporary = file.path + ".repairing"
            let header = 0..<LogRecord.headerSize
            try writeNew(temporary, [header] + plan.kept, of: bytes, exclusive: false)
            try LogFile.syncDirectory(directory)
            guard rename(temporary, file.path) == 0 else { throw LogFile.failure("rename \(temporary)") }
            try LogFile.syncDirectory(directory)
            return .success(report)
        }
        return try outcome.get()
    }

    /// Writes `bytes` to a new quarantine file named after where they were; never overwrites one.
    private static func writeQuarantine(_ bytes: UnsafeRawBufferPointer, beside log: String, at range: Range<Int>)
        throws(StoreError) -> String
    {
        let base = "\(log).quarantine-\(range.lowerBound)"
        for attempt in 0..<100 {
            // Nobody else makes these files while the log is locked: a name that is free stays free.
            let path = attempt == 0 ? base : "\(base).\(attempt)"
            guard access(path, F_OK) != 0 else { continue }
            try writeNew(path, [0..<bytes.count], of: bytes, exclusive: true)
            return path
        }
        throw StoreError.io("no free quarantine file name for \(base)")
    }

    /// Writes `ranges` of `bytes` into the file at `path` and syncs it.
    /// - Parameter exclusive: fail when the file exists; else it is replaced.
    private static func writeNew(
        _ path: String, _ ranges: [Range<Int>], of bytes: UnsafeRawBufferPointer, exclusive: Bool
    ) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC), 0o644)
        guard fd >= 0 else { throw LogFile.failure("open \(path)") }
        defer { close(fd) }
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        for range in ranges {
            var done = range.lowerBound
            while done < range.upperBound {
                let n = pwrite(fd, base + done, range.upperBound - done, off_t(offset))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { throw LogFile.failure("write \(path)") }
                done += n
                offset += n
            }
        }
        guard fsync(fd) == 0 else { throw LogFile.failure("fsync \(path)") }
    }
}
