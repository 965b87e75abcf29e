import Glibc

/// A pthread mutex with a condition variable: how a shell-owned thread sleeps until work arrives.
/// (Synchronization's `Mutex` cannot be waited on.)
package final class ConditionLock: @unchecked Sendable {
    // Both live at stable heap addresses for the object's lifetime, as pthreads requires; they are
    // only touched through the pthread calls, which do their own synchronization.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    package init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    package func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Waits for a signal; call only inside `withLock`.
    package func wait() { pthread_cond_wait(condition, mutex) }

    package func signal() { pthread_cond_signal(condition) }
}
