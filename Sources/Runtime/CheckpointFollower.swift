package import LOW
import Synchronization

/// Publishes into this process's progress boards the checkpoints of the runners that another
/// process owns, read from the shared read-model store: so a mutation served here waits (holding
/// no thread) until the owner's projection has passed its command's events, then reads the row.
///
/// One query reads every followed checkpoint (`ReadModelStore.checkpoints(of:)`): every
/// `pollInterval` while some task waits on a board, every `idleInterval` otherwise. Nothing is
/// read while nothing is followed (a process that owns every runner, as the in-process shell does).
package final class CheckpointFollower: Sendable {
    package let readModels: any ReadModelStore
    package let pollInterval: Duration
    package let idleInterval: Duration
    /// Counts the store's failures while the follower retries them.
    package let health: StoreHealth
    /// The followed runners by name, with the board their checkpoint goes to.
    private let followed = Mutex<[String: ProgressBoard]>([:])

    package init(
        readModels: any ReadModelStore, pollInterval: Duration = .milliseconds(2),
        idleInterval: Duration = .milliseconds(250), health: StoreHealth = StoreHealth()
    ) {
        self.readModels = readModels
        self.pollInterval = pollInterval
        self.idleInterval = idleInterval
        self.health = health
    }

    /// Starts publishing the checkpoints of `names` into `board`.
    package func follow(_ names: [String], on board: ProgressBoard) {
        followed.withLock { followed in
            for name in names { followed[name] = board }
        }
    }

    /// Stops publishing the checkpoints of `names` (their runner runs here now).
    package func unfollow(_ names: [String]) {
        followed.withLock { followed in
            for name in names { followed[name] = nil }
        }
    }

    /// The names followed now.
    package var names: Set<String> { followed.withLock { Set($0.keys) } }

    /// Polls until the task is cancelled. A checkpoint read after its runner started here is still
    /// a position its projection had passed, and a board never moves back: no harm in the race.
    package func run() async {
        var retry = StoreRetry(health: health)
        var lastRead: ContinuousClock.Instant?
        while !Task.isCancelled {
            let targets = followed.withLock { $0 }
            // Nothing followed is nothing failing: a loop whose last read failed while it followed
            // runners that this process has since taken over must not keep `isReady` false.
            if targets.isEmpty { retry.succeeded() }
            let now = ContinuousClock.now
            let isDue = lastRead.map { now - $0 >= idleInterval } ?? true
            if !targets.isEmpty, isDue || targets.values.contains(where: \.hasWaiters) {
                do {
                    let positions = try await readModels.checkpoints(of: Array(targets.keys))
                    retry.succeeded()
                    lastRead = now
                    for (name, position) in positions { targets[name]?.report(name, passed: position) }
                } catch {
                    do { try await retry.failed() } catch { return }
                    continue
                }
            }
            do { try await Task.sleep(for: pollInterval) } catch { return }
        }
    }
}
