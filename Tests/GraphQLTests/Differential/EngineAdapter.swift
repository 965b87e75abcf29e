import GraphQL

/// The engine's validation and execution, called the way the differential test needs them.
enum EngineAdapter {
    /// The validation errors (empty: valid).
    static func validate(_ document: Document, schema: Schema) -> [GraphQLError] {
        Validator.validate(document, against: schema, scalars: DifferentialScalars.all)
    }

    /// Executes with the fixed resolvers; the data as canonical JSON text, and the errors.
    static func execute(
        _ document: Document, schema: Schema, operationName: String?, variablesJSON: String?
    ) async -> (data: String?, errors: [ComparableError]) {
        var variables: InputValue? = nil
        if let variablesJSON {
            do {
                variables = try JSONInput.parse(variablesJSON)
            } catch {
                return ("variables did not parse: \(error)", [])
            }
        }
        let result = await GraphQL.execute(
            schema: schema, document: document, operationName: operationName, variables: variables,
            context: FixedResolvers.Context(), resolvers: FixedResolvers.registry(for: schema),
            rootValue: .object(["__key": .string("root")]))
        let errors = result.errors.map { error in
            ComparableError(
                message: error.message, locations: error.locations.map(\.description),
                // An empty path: a request error, not a field's.
                path: error.path.isEmpty ? nil : error.path.map(\.description).joined(separator: "."))
        }
        // graphql-core has one `None` for "no data entry" (execution did not start) and
        // `"data": null`; so an absent data entry compares as null.
        return (result.data.map(CanonicalJSON.text(of:)) ?? "null", errors)
    }
}
