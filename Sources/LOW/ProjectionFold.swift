/// A projector's read model folded in memory from events, with no store: what a rebuild computes
/// before it writes the table in one go, and what a test compares a live read model with.
///
/// ```swift
/// let fold = projector.foldInMemory()
/// fold.apply(batch[...])          // in log order, as many batches as the log has
/// let rows = fold.rows            // in creation order
/// ```
package final class ProjectionFold {
    private let applying: (ArraySlice<RecordedEvent>) -> Void
    private let reading: () -> [FoldedRow]

    init(apply: @escaping (ArraySlice<RecordedEvent>) -> Void, rows: @escaping () -> [FoldedRow]) {
        applying = apply
        reading = rows
    }

    /// Applies `events`, which must follow the ones applied before in log order.
    package func apply(_ events: ArraySlice<RecordedEvent>) { applying(events) }

    /// The rows as the events applied so far leave them, in the order they were first created.
    package var rows: [FoldedRow] { reading() }
}

/// One row of a folded read model: its id, its GraphQL value and its index keys.
package struct FoldedRow: Sendable, Equatable {
    package let id: String
    package let value: Value
    package let indexKeys: [String: String]
}

/// The rows of a fold while it runs, typed.
final class FoldState<Model: ReadModel> {
    var rows: [String: Model] = [:]
    /// Ids in the order their rows were first created; a row removed and made again keeps its place.
    var order: [String] = []
    var created: Set<String> = []
}
