import Glibc

/// Starts a plain detached thread, which holds whatever `body` captures until it returns: the log's
/// writer and its acknowledger each run their loop on one.
enum DetachedThread {
    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// Runs `body` on a new detached thread.
    /// - Throws: `StoreError.io` when the thread can't be created (`body` is then released unrun).
    static func start(_ body: @escaping () -> Void) throws(StoreError) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, context)
        guard created == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            throw StoreError.io("pthread_create: error \(created)")
        }
        pthread_detach(thread)
    }
}
