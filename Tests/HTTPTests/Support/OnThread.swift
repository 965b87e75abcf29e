import Foundation

/// Runs blocking socket code on a thread of its own, so a test waiting in `recv` never holds one
/// of the cooperative pool's few threads that the server's `.later` tasks need.
func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try body() }) }
        thread.start()
    }
}
