import InProcess
import Launch

/// Ends the process once the file log has failed a write or sync, as PostgreSQL panics after a
/// failed fsync: retrying is not safe, and a restart recovers every acknowledged command.
enum WriteFailureExit {
    /// How long the process stays up after the failure: the commands waiting on the failed
    /// writes were answered with their error at once, and their answers need a moment to leave;
    /// `/ready` answers 503 meanwhile, so a load balancer takes the process out first.
    static let grace: Duration = .milliseconds(500)

    /// Watches `log` from a detached task; prints one line and exits 1 after a failure.
    static func watch(_ log: FileEventLog, program: String, directory: String) {
        Task.detached {
            guard let failure = try? await log.writeFailure() else { return }
            try? await Task.sleep(for: grace)
            Launch.fail(program, LogMessages.stopped(failure, directory: directory))
        }
    }
}
