import Glibc
import Runtime
import Synchronization

/// Resumes the committers of durable batches on a thread of its own, in the order the batches were
/// handed over, so the log's writer thread can start the next write and sync at once instead of
/// spending that time on resumes (32 take it about 20 µs, a tenth of a fast sync).
///
/// A plain thread like the writer's, not a dispatch queue: resuming from outside the cooperative
/// pool costs the same from either, and a dispatch queue would start dispatch worker threads in
/// processes that otherwise have none.
final class BatchAcknowledger: @unchecked Sendable {
    typealias Job = @Sendable () -> Void

    // `jobs`, `isClosing` and `isAsleep` are only touched under `lock`.
    private let lock = ConditionLock()
    private var jobs: [Job] = []
    private var isClosing = false
    private var isAsleep = false
    private let pending = Atomic<Int>(0)

    /// Whether every job handed over has run: an answer given elsewhere cannot overtake one here.
    var isIdle: Bool { pending.load(ordering: .acquiring) == 0 }

    /// Starts the thread, which holds the acknowledger until `finish` lets it exit.
    func start() throws(StoreError) {
        do { try DetachedThread.start { self.run() } } catch { throw StoreError.io("\(error)") }
    }

    /// Runs `job` on the thread after every job handed over before it.
    func hand(_ job: @escaping Job) {
        pending.add(1, ordering: .relaxed)
        let mustWake = lock.withLock {
            jobs.append(job)
            defer { isAsleep = false }
            return isAsleep
        }
        if mustWake { lock.signal() }
    }

    /// Lets the thread exit once it has run every job handed over.
    func finish() {
        lock.withLock { isClosing = true }
        lock.signal()
    }

    private func run() {
        var batch: [Job] = []
        while true {
            let isDone = lock.withLock {
                while jobs.isEmpty, !isClosing {
                    isAsleep = true
                    lock.wait()
                }
                isAsleep = false
                swap(&batch, &jobs)
                return batch.isEmpty
            }
            if isDone { return }
            for job in batch {
                job()
                pending.subtract(1, ordering: .releasing)
            }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
