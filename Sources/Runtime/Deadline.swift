/// Runs `body` for at most `timeout`.
/// - Returns: what `body` returned when it finished in time, `nil` when the time ran out (`body`
///   is then cancelled; what it started elsewhere goes on).
/// - Throws: what `body` throws, or `CancellationError` when the calling task is cancelled.
func within<T: Sendable>(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            // A cancelled sleep throws; that only means `body` won, so it is not an error here.
            try? await Task.sleep(for: timeout)
            return nil
        }
        defer { group.cancelAll() }
        let first = try await group.next() ?? nil
        try Task.checkCancellation()
        return first
    }
}
