// Validation and execution of a parsed fuzz input (filled in as the engine's APIs land).

enum FuzzPipeline {
    /// Validates `document` and, when valid, executes it.
    static func run(_ document: Document, schema: Schema) {
        _ = document.definitions.count
    }
}
