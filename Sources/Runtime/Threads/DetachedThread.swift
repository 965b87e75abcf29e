import Glibc

/// Starts a plain detached thread, which holds whatever `body` captures until it returns: the file
/// log's writer and acknowledger and each PostgreSQL connection run their loop on one.
package enum DetachedThread {
    /// Why the thread could not be made: `pthread_create`'s error number.
    package struct StartError: Error, Sendable, CustomStringConvertible {
        package var code: Int32
        package var description: String { "pthread_create: error \(code)" }
    }

    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// Runs `body` on a new detached thread.
    /// - Throws: `StartError` when the thread can't be created (`body` is then released unrun).
    package static func start(_ body: @escaping () -> Void) throws(StartError) {
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
            throw StartError(code: created)
        }
        pthread_detach(thread)
    }
}
