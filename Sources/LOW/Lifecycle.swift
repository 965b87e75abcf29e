/// One start and one graceful stop, the lifecycle every store port has, so that wiring starts and
/// stops whatever store it was given without knowing (or downcasting to) which one it is.
///
/// `start()` is called once, before first use (a database store connects and migrates there);
/// `stop()` once, after last use, and makes everything the store accepted durable before it
/// returns (the file log flushes and closes). Stores that need neither keep the defaults.
package protocol Lifecycle: Sendable {
    /// Prepares the store for use. - Throws: when it cannot be made ready (the process should not start).
    func start() async throws
    /// Makes what was accepted durable and releases what the store holds; later calls may fail.
    func stop() async
}

extension Lifecycle {
    package func start() async throws {}
    package func stop() async {}
}
