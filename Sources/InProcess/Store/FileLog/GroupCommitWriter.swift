import Glibc
import LOW
import Runtime
import Synchronization

/// Appends framed records to the log file on a thread of its own and acknowledges them once they
/// are on disk, with one `fdatasync` for every record that arrived while the previous one ran
/// (group commit). The thread is the shell's, not the cooperative pool's: a sync blocks it for
/// milliseconds, which would stall every task on a two-thread pool.
///
/// Records are enqueued in position order (under the index lock), so the file holds them in that
/// order and a durable record implies every record before it is durable.
final class GroupCommitWriter: @unchecked Sendable {
    /// Unchecked: a checked continuation allocates a canary per commit. Each one is resumed exactly
    /// once: by `enqueue` when it refuses, else by the thread (`acknowledge` or `fail`), which
    /// removes it from the queue as it takes it.
    typealias Acknowledgement = UnsafeContinuation<[RecordedEvent], any Error>

    private struct Waiter: Sendable {
        var acknowledgement: Acknowledgement
        var result: Result<[RecordedEvent], any Error>
    }

    /// Guarded by `lock`.
    private struct Queue {
        var bytes: [UInt8] = []
        var waiters: [Waiter] = []
        /// The last position in `bytes`.
        var position: Int64 = 0
        var failure: StoreError?
        var isClosing = false
        var closers: [CheckedContinuation<Void, Never>] = []
        var hasExited = false
        /// The thread waits for work and nobody has woken it yet: the first record of a batch
        /// wakes it, the others need not.
        var isAsleep = false
    }

    // The queue is only touched under `lock`; `file`, `length` and `spare` only by the thread.
    private let lock = ConditionLock()
    private var queue = Queue()
    private let file: LogFile
    private var length: Int
    private let published: @Sendable (Int64) -> Void
    /// Microseconds to sleep after each sync (0: none), as if the disk were that much slower.
    private let syncDelay: UInt32
    private let syncs = Atomic<Int>(0)
    private let batches = Atomic<Int>(0)
    private let acknowledger = BatchAcknowledger()
    /// Set once, by the first failed write or sync; `failed` opens then.
    private let hasFailed = Atomic<Bool>(false)
    private let failed = Latch()

    /// - Parameters:
    ///   - length: where the file's valid records end, so where the next one goes.
    ///   - syncDelay: a pause after each sync, for benchmarks of a slower disk.
    ///   - published: called on the thread with the last durable position after each sync.
    init(file: LogFile, length: Int, syncDelay: Duration = .zero, published: @escaping @Sendable (Int64) -> Void) {
        self.file = file
        self.length = length
        let (seconds, attoseconds) = syncDelay.components
        self.syncDelay = UInt32(clamping: max(0, seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
        self.published = published
    }

    var syncCount: Int { syncs.load(ordering: .relaxed) }

    /// False from the first failed write or sync on: the writer takes no more records.
    var isWritable: Bool { !hasFailed.load(ordering: .acquiring) }

    /// Returns the error of the first failed write or sync, once there is one.
    /// - Throws: `CancellationError` when the task is cancelled first.
    func failure() async throws -> StoreError {
        try await failed.wait()
        return lock.withLock { queue.failure } ?? StoreError.io("the event log stopped")
    }

    /// Starts the writer thread, which holds the writer until it exits, and its acknowledger's.
    func start() throws(StoreError) {
        do { try acknowledger.start() } catch {
            file.close()
            throw error
        }
        do { try DetachedThread.start { self.run() } } catch {
            acknowledger.finish()
            file.close()
            throw StoreError.io("\(error)")
        }
    }

    /// Queues `frame` (records up to `position`); `acknowledgement` gets `answer` once they are on
    /// disk, or the error that kept them off it.
    /// - Returns: whether the thread must be woken with `wake()`: once per batch, and after the
    ///   caller has let go of its own lock, so the thread does not wake only to wait for it.
    func enqueue(
        _ frame: [UInt8], through position: Int64, answer: Result<[RecordedEvent], any Error>,
        _ acknowledgement: Acknowledgement
    ) -> Bool {
        let queued: Result<Bool, StoreError> = lock.withLock {
            if let failure = queue.failure { return .failure(failure) }
            if queue.isClosing { return .failure(StoreError.closed("the event log is closed")) }
            queue.bytes.append(contentsOf: frame)
            queue.position = max(queue.position, position)
            queue.waiters.append(Waiter(acknowledgement: acknowledgement, result: answer))
            defer { queue.isAsleep = false }
            return .success(queue.isAsleep)
        }
        switch queued {
        case .success(let mustWake): return mustWake
        case .failure(let refusal):
            acknowledgement.resume(throwing: refusal)
            return false
        }
    }

    /// Wakes the thread after an `enqueue` that asked for it. (A condition variable may be
    /// signalled without its mutex: the queue changed under the mutex, which the thread checks.)
    func wake() { lock.signal() }

    /// Returns once everything queued before the call is on disk.
    func barrier() async throws {
        _ = try await withUnsafeThrowingContinuation { acknowledgement in
            if enqueue([], through: 0, answer: .success([]), acknowledgement) { wake() }
        }
    }

    /// Writes what is queued, stops the thread and closes the file; later commits fail as closed.
    func close() async {
        await withCheckedContinuation { (closer: CheckedContinuation<Void, Never>) in
            let hasExited = lock.withLock {
                guard !queue.hasExited else { return true }
                queue.isClosing = true
                queue.closers.append(closer)
                lock.signal()
                return false
            }
            if hasExited { closer.resume() }
        }
    }

    /// Asks the thread to stop once the queue is written, without waiting for it.
    func shutdown() {
        lock.withLock {
            queue.isClosing = true
            lock.signal()
        }
    }

    // MARK: - The thread

    private func run() {
        var batch: [UInt8] = []
        var waiters: [Waiter] = []
        while let position = nextBatch(swappingInto: &batch, &waiters) {
            do {
                if !batch.isEmpty {
                    try file.write(batch, at: length)
                    try file.sync()
                    if syncDelay > 0 { usleep(syncDelay) }
                    length += batch.count
                    syncs.add(1, ordering: .relaxed)
                }
                batch.removeAll(keepingCapacity: true)
                published(position)
                acknowledge(waiters)
            } catch {
                fail(waiters, error)
            }
            waiters.removeAll(keepingCapacity: true)
        }
        file.close()
        let closers = lock.withLock { queue.closers }
        // After the last handed-off batch: `close` returns once every commit has its answer.
        acknowledger.hand { for closer in closers { closer.resume() } }
        acknowledger.finish()
    }

    /// Resumes a durable batch's committers.
    ///
    /// A lone committer is resumed here, the shortest path for a single writer. A larger batch is
    /// handed to the acknowledger's thread in one hop, so this thread starts the next write and
    /// sync at once. A lone committer is resumed here only when no batch is pending there, so
    /// answers keep their order.
    private func acknowledge(_ waiters: [Waiter]) {
        if waiters.count == 1, acknowledger.isIdle {
            waiters[0].acknowledgement.resume(with: waiters[0].result)
            return
        }
        acknowledger.hand {
            for waiter in waiters { waiter.acknowledgement.resume(with: waiter.result) }
        }
    }

    /// Waits for queued records and takes them all, swapping the (empty) buffers passed in for
    /// the queue's, so neither side allocates per batch. Returns the batch's last position; `nil`
    /// when closing with nothing queued.
    private func nextBatch(swappingInto batch: inout [UInt8], _ waiters: inout [Waiter]) -> Int64? {
        lock.withLock {
            while queue.waiters.isEmpty, !queue.isClosing {
                queue.isAsleep = true
                lock.wait()
            }
            queue.isAsleep = false
            guard !queue.waiters.isEmpty else {
                queue.hasExited = true
                return nil
            }
            swap(&batch, &queue.bytes)
            swap(&waiters, &queue.waiters)
            return queue.position
        }
    }

    /// After a failed write or sync nothing more is written, published or acknowledged, for good.
    ///
    /// What happened to the bytes is unknown, and after a failed `fdatasync` the kernel may have
    /// dropped the dirty pages and marked them clean, so a second sync could report success for
    /// data that is not on disk (PostgreSQL's "fsyncgate", 2018): retrying is never safe. The
    /// batch's commits are already in the in-memory index, but nothing past the last durable
    /// position is ever published to readers, and every commit queued behind them (a decision
    /// that may have seen them) is refused too, so none of them is visible or answered as done.
    /// The owner stops the process (`isWritable`, `failure()`); opening the log again recovers
    /// what is on disk.
    private func fail(_ waiters: [Waiter], _ error: any Error) {
        let cause = (error as? StoreError)?.detail ?? "\(error)"
        let failure = StoreError.io("the event log stopped after an I/O failure (\(cause))")
        let queued = lock.withLock {
            queue.failure = failure
            defer { queue.waiters = [] }
            return queue.waiters
        }
        hasFailed.store(true, ordering: .releasing)
        failed.open()
        for waiter in waiters + queued { waiter.acknowledgement.resume(throwing: failure) }
    }
}
