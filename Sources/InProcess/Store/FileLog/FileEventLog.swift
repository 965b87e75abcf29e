package import LOW

/// The durable event store of `gql-inprocess --data-dir`: an append-only file, one CRC-checked
/// record per commit, with the same in-memory index as `InMemoryEventStore` for reads.
///
/// A commit is validated and sequenced in memory under the index lock (so positions follow the
/// file's order), framed, and handed to a `GroupCommitWriter`; `commit` returns once the record is
/// on disk (`fdatasync`), and one sync serves every commit that queued while the last one ran.
/// Readers (`read`, `head`, `waitForEvents`) see a commit only once it is durable. A failed write
/// or sync stops the log for good (`isWritable`, `writeFailure()`): see `GroupCommitWriter.fail`.
/// Opening replays the file and cuts a torn tail; other damage is refused (`LogDamage`) and the
/// file left as it is. Passes `ShellTesting.EventStoreContract`.
///
/// ```swift
/// let log = try FileEventLog.open(directory: "./data")
/// defer { Task { await log.close() } }
/// ```
package final class FileEventLog: LogCoreReads, WritableStore {
    let core: LogCore
    private let writer: GroupCommitWriter
    /// What opening the log found.
    package let recovery: LogRecovery

    private init(core: LogCore, writer: GroupCommitWriter, recovery: LogRecovery) {
        self.core = core
        self.writer = writer
        self.recovery = recovery
    }

    deinit { writer.shutdown() }

    /// Opens the log in `directory` (created if missing), replays it and starts its writer thread.
    /// Blocks while it reads the file: call it at start-up.
    ///
    /// - Parameters:
    ///   - directory: where `events.log` is.
    ///   - syncDelayForTesting: a pause added after each `fdatasync`, to measure group commit as
    ///     on a disk whose syncs are slower than this machine's (benchmarks only).
    ///   - writeLimitForTesting: writes past this many bytes of the file fail as on a full disk
    ///     (tests only; `nil`: `CQRS_TEST_FAIL_WRITE_AFTER_BYTES`, unset in production).
    /// - Throws: `StoreError.io` when the file cannot be opened, read or locked (another process
    ///   has it); `LogDamage` when it is not a log, is of a newer format, or is damaged anywhere
    ///   but a torn tail (the file is then left byte for byte as it was).
    package static func open(
        directory: String, syncDelayForTesting: Duration = .zero,
        writeLimitForTesting: Int? = nil
    ) throws -> FileEventLog {
        let writeLimit = writeLimitForTesting ?? LogFile.writeLimitForTesting
        let file = try LogFile(directory: directory, writeLimit: writeLimit)
        var index = EventIndex()
        let recovery: LogRecovery
        do {
            recovery = try recover(file, into: &index)
        } catch {
            file.close()
            throw error
        }
        let core = LogCore(index: index)
        let writer = GroupCommitWriter(file: file, length: recovery.validLength, syncDelay: syncDelayForTesting) {
            core.publish(upTo: $0)
        }
        try writer.start()
        return FileEventLog(core: core, writer: writer, recovery: recovery)
    }

    /// Replays `file` into `index` and leaves the file ending after its last whole record.
    private static func recover(_ file: LogFile, into index: inout EventIndex) throws -> LogRecovery {
        let replayed = try file.withContents { (bytes) throws(StoreError) in
            Result { () throws(LogDamage) in try LogRecovery.replay(bytes, into: &index) }
        }
        var recovery = try replayed.get()
        if recovery.validLength < LogRecord.headerSize {
            try file.truncate(to: 0)
            try file.write(LogRecord.fileMagic, at: 0)
            try file.sync()
            recovery.validLength = LogRecord.headerSize
        } else if recovery.truncatedBytes > 0 {
            try file.truncate(to: recovery.validLength)
        }
        return recovery
    }

    /// Writes what is queued and closes the file; commits after this fail with `StoreError.closed`
    /// and `waitForEvents` returns at once.
    package func close() async {
        await writer.close()
        core.close()
    }

    /// The port's graceful stop (`Lifecycle`): `close()`.
    package func stop() async { await close() }

    /// How many `fdatasync` calls the writer has made (to observe group commit).
    package var syncCount: Int { writer.syncCount }

    package var isWritable: Bool { writer.isWritable }

    /// Returns the error that stopped the log once a write or sync has failed; the owner should
    /// then stop the process, whose restart recovers every acknowledged commit.
    /// - Throws: `CancellationError` when the task is cancelled first.
    package func writeFailure() async throws -> StoreError { try await writer.failure() }

    package func commit(_ changes: ChangeSet) async throws -> [RecordedEvent] {
        let frame = LogRecord.frame(changes)
        // Recovery takes a longer body for a corrupt length and would cut it: refuse it up front.
        guard frame.count - 8 <= LogRecord.maximumBodySize else {
            throw StoreError.invalidChangeSet("a commit of \(frame.count) bytes is over the log's record limit")
        }
        do {
            return try await withUnsafeThrowingContinuation { acknowledgement in
                var mustWake = false
                do {
                    try core.sequence(changes) { recorded, head in
                        mustWake = writer.enqueue(frame, through: head, answer: .success(recorded), acknowledgement)
                    }
                } catch {
                    acknowledgement.resume(throwing: error)
                }
                if mustWake { writer.wake() }
            }
        } catch CommitError.duplicateCommand(let first) {
            // The first commit may still be on its way to disk: answer with it only once it is there.
            if first.last.map({ $0.position > core.head }) ?? true { try await writer.barrier() }
            throw CommitError.duplicateCommand(first)
        }
    }

    package func events(forCommand id: ID) async throws -> [RecordedEvent]? {
        guard let (events, reach) = core.events(forCommand: id) else { return nil }
        if reach > core.head { try await writer.barrier() }
        return events
    }

    package func command(_ id: ID) async throws -> CommandEnvelope? {
        guard let (envelope, reach) = core.command(id) else { return nil }
        if reach > core.head { try await writer.barrier() }
        return envelope
    }
}
