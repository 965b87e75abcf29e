import Foundation

/// Runs a test's blocking socket and process work on a thread of its own instead of one of the
/// cooperative pool's (two threads on two cores): a test blocked in `recv`, in a child process's
/// pipe or in `usleep` must not starve the servers, shells and timeouts of the tests running
/// beside it in the same process (a starved shell answers PENDING, a starved server times out).
///
/// The body stays in the test's task (a task executor preference, SE-0417), so `#expect` and
/// `#require` still report to the running test.
package func offPool<T>(_ body: () throws -> T) async throws -> T {
    try await withTaskExecutorPreference(ThreadPerJobExecutor.shared) { try body() }
}

/// A task executor that runs each job on a new thread: jobs here are whole blocking test bodies.
package final class ThreadPerJobExecutor: TaskExecutor {
    package static let shared = ThreadPerJobExecutor()

    package func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        Thread.detachNewThread { job.runSynchronously(on: executor) }
    }
}
