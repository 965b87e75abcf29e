import Foundation

/// Runs a test's blocking socket and process work on a thread of its own instead of one of the
/// cooperative pool's (two threads on two cores): a test blocked in `recv` must not starve the
/// in-process servers of HTTPTests and GatewayTests running beside it in the same process.
///
/// The body stays in the test's task (a task executor preference, SE-0417), so `#expect` and
/// `#require` still report to the running test.
func offPool<T>(_ body: () throws -> T) async throws -> T {
    try await withTaskExecutorPreference(ThreadPerJobExecutor.shared) { try body() }
}

/// A task executor that runs each job on a new thread: jobs here are whole blocking test bodies.
final class ThreadPerJobExecutor: TaskExecutor {
    static let shared = ThreadPerJobExecutor()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        Thread.detachNewThread { job.runSynchronously(on: executor) }
    }
}
