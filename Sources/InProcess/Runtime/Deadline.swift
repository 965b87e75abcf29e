/// Runs `body` for at most `timeout`.
/// - Returns: `true` when `body` finished in time, `false` when the time ran out (`body` is then
///   cancelled; what it started elsewhere goes on).
/// - Throws: what `body` throws, or `CancellationError` when the calling task is cancelled.
func within(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> Void) async throws -> Bool {
    try await withThrowingTaskGroup(of: Bool.self) { group in
        group.addTask {
            try await body()
            return true
        }
        group.addTask {
            // A cancelled sleep throws; that only means `body` won, so it is not an error here.
            try? await Task.sleep(for: timeout)
            return false
        }
        defer { group.cancelAll() }
        let first = try await group.next() ?? false
        try Task.checkCancellation()
        return first
    }
}
