/// Why a read-model store refused to move a checkpoint.
package enum ReadModelError: Error, Sendable, Equatable {
    /// The projector's checkpoint is already at or past the position being written: another
    /// writer (a process that owns the projector now, while this one lost its lease without
    /// noticing yet) applied those events. Nothing was written; the runner stops projecting and
    /// reads the checkpoint again before it goes on.
    case checkpointMoved(projector: String, position: Int64)
}
