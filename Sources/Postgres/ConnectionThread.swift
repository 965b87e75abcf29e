import Runtime

/// The one thread that makes every blocking libpq call of one connection, in the order the calls
/// were submitted. Callers enqueue a job and suspend on a continuation that the job resumes, so
/// no cooperative thread waits while the server works.
///
/// The libpq handle lives here and is touched only by jobs, that is only on this thread.
final class ConnectionThread: @unchecked Sendable {
    // Invariant: `jobs` and `isStopped` are read and written only inside `lock.withLock`;
    // `connection` and `prepared` only on the thread itself (inside a job).
    private let lock = ConditionLock()
    private var jobs: [(ConnectionThread) -> Void] = []
    private var isStopped = false

    /// The libpq connection (`PGconn *`), nil before connecting and after `PQfinish`.
    var connection: OpaquePointer?
    /// The statements the session has prepared for `PostgresConnection.query`.
    var prepared = PreparedStatements()

    /// Starts the thread; it holds this object until it stops.
    func start() throws(PostgresError) {
        do { try DetachedThread.start { self.run() } } catch {
            throw PostgresError(.connectionFailed, message: "\(error)")
        }
    }

    /// Queues `job` to run on the thread after the jobs queued before it.
    /// - Returns: false, with `job` dropped unrun, once the thread was told to stop.
    func enqueue(_ job: @escaping @Sendable (ConnectionThread) -> Void) -> Bool {
        queue(job, isLast: false)
    }

    /// Queues `job` as the last one: the thread runs it and the jobs already queued, then ends.
    func enqueueLast(_ job: @escaping @Sendable (ConnectionThread) -> Void) -> Bool {
        queue(job, isLast: true)
    }

    private func queue(_ job: @escaping @Sendable (ConnectionThread) -> Void, isLast: Bool) -> Bool {
        lock.withLock {
            guard !isStopped else { return false }
            jobs.append(job)
            isStopped = isLast
            lock.signal()
            return true
        }
    }

    private func run() {
        while true {
            let (batch, isLast) = lock.withLock {
                while jobs.isEmpty && !isStopped { lock.wait() }
                defer { jobs.removeAll(keepingCapacity: true) }
                return (jobs, isStopped)
            }
            for job in batch { job(self) }
            if isLast { return }
        }
    }
}
