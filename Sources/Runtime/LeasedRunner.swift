import LOW

/// Runs a runner (one projector's, a group of projectors', a process manager's) only while this
/// process holds its lease; meanwhile a `CheckpointFollower` publishes its participants'
/// checkpoints from the read-model store, as the owner writes them.
///
/// While another process holds the lease, `acquire` is tried again every `retryInterval`. Once
/// held, the runner starts from the store's checkpoint. It stops when the lease is lost, or when
/// the store's fence says another writer moved the checkpoint (`ReadModelError.checkpointMoved`);
/// then the lease is given up, the participants are followed again, and the loop tries anew.
package struct LeasedRunner: Sendable {
    package let lease: String
    /// The board names the runner reports (the projectors' or the process manager's).
    package let participants: [String]
    package let board: ProgressBoard
    package let leases: any Leases
    package let follower: CheckpointFollower
    package let retryInterval: Duration
    package let body: @Sendable () async throws -> Void

    package init(
        lease: String, participants: [String], board: ProgressBoard, leases: any Leases,
        follower: CheckpointFollower, retryInterval: Duration = .seconds(1),
        body: @escaping @Sendable () async throws -> Void
    ) {
        self.lease = lease
        self.participants = participants
        self.board = board
        self.leases = leases
        self.follower = follower
        self.retryInterval = retryInterval
        self.body = body
    }

    /// Runs until the task is cancelled, or until the runner returns on its own.
    /// - Throws: what the runner throws, other than the fence's `checkpointMoved`.
    package func run() async throws {
        while !Task.isCancelled {
            // A lease store that cannot answer (a lost connection) is treated as one held by
            // another process: the participants stay followed, and the next try comes soon.
            let held = try? await leases.acquire(lease)
            guard let held else {
                follower.follow(participants, on: board)
                do { try await Task.sleep(for: retryInterval) } catch { return }
                continue
            }
            follower.unfollow(participants)
            let isFinished: Bool
            do {
                isFinished = try await runWhile(holding: held)
            } catch {
                await held.release()
                throw error
            }
            await held.release()
            follower.follow(participants, on: board)
            if isFinished { return }
        }
    }

    /// Runs the body until it returns (`true`), the lease is lost or the fence stops it (`false`).
    private func runWhile(holding lease: any Lease) async throws -> Bool {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await body()
                return true
            }
            group.addTask {
                try await lease.lost()
                return false
            }
            defer { group.cancelAll() }
            do {
                return try await group.next() ?? true
            } catch ReadModelError.checkpointMoved {
                return false
            }
        }
    }
}
