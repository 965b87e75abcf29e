import Glibc

/// The one thread that makes every blocking libpq call of one connection, in the order the calls
/// were submitted. Callers enqueue a job and suspend on a continuation that the job resumes, so
/// no cooperative thread waits while the server works.
///
/// The libpq handle lives here and is touched only by jobs, that is only on this thread.
final class ConnectionThread: @unchecked Sendable {
    // Invariant: `jobs` and `isStopped` are read and written only with `mutex` held; `connection`
    // only on the thread itself (inside a job). The mutex and condition live at stable heap
    // addresses for the object's lifetime, as pthreads requires.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var jobs: [(ConnectionThread) -> Void] = []
    private var isStopped = false

    /// The libpq connection (`PGconn *`), nil before connecting and after `PQfinish`.
    var connection: OpaquePointer?

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Starts the thread; it holds this object until it stops.
    func start() throws(PostgresError) {
        let context = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<ConnectionThread>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, context)
        guard created == 0 else {
            Unmanaged<ConnectionThread>.fromOpaque(context).release()
            throw PostgresError(.connectionFailed, message: "pthread_create: error \(created)")
        }
        pthread_detach(thread)
    }

    /// Queues `job` to run on the thread after the jobs queued before it.
    /// - Returns: false, with `job` dropped unrun, once the thread was told to stop.
    func enqueue(_ job: @escaping @Sendable (ConnectionThread) -> Void) -> Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard !isStopped else { return false }
        jobs.append(job)
        pthread_cond_signal(condition)
        return true
    }

    /// Queues `job` as the last one: the thread runs it and the jobs already queued, then ends.
    func enqueueLast(_ job: @escaping @Sendable (ConnectionThread) -> Void) -> Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard !isStopped else { return false }
        jobs.append(job)
        isStopped = true
        pthread_cond_signal(condition)
        return true
    }

    private func run() {
        while true {
            pthread_mutex_lock(mutex)
            while jobs.isEmpty && !isStopped { pthread_cond_wait(condition, mutex) }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            let isLast = isStopped
            pthread_mutex_unlock(mutex)
            for job in batch { job(self) }
            if isLast { return }
        }
    }
}
