import GraphQL
import LOW

/// Checks the schema against the backend's catalog and the query bindings before the gateway
/// serves anything (ISSUE 4: a mutation without a command, or a command without a mutation,
/// stops the start with a clear message).
enum StartupCheck {
    /// The Query fields the gateway answers itself.
    static let builtInQueries: Set<String> = ["events"]

    static func check(schema: Schema, queries: [ReadModelQuery], catalog: Catalog) throws(GatewayStartError) {
        var problems: [String] = []
        checkMutations(schema: schema, queries: queries, catalog: catalog, into: &problems)
        checkQueries(schema: schema, queries: queries, catalog: catalog, into: &problems)
        guard problems.isEmpty else { throw GatewayStartError(problems: problems) }
    }

    private static func checkMutations(
        schema: Schema, queries: [ReadModelQuery], catalog: Catalog, into problems: inout [String]
    ) {
        let mutationFields = schema.mutationTypeName.flatMap { schema.type(named: $0) }?.fields ?? []
        let commands = catalog.clientHandlers
        // The GraphQL type of each table's rows, as the bindings name it.
        let typeOfTable = Dictionary(queries.map { ($0.table, $0.typeName) }) { first, _ in first }
        for field in mutationFields {
            guard let handler = commands.first(where: { $0.commandName == field.name }) else {
                problems.append("mutation \(field.name) has no client command of that name in the catalog")
                continue
            }
            guard let answer = handler.answer else {
                problems.append("client command \(field.name) names no projector whose row answers it")
                continue
            }
            if let expected = typeOfTable[answer.table], field.type.namedType != expected {
                problems.append(
                    "mutation \(field.name) returns \(field.type.namedType) but its command is answered from "
                        + "\(answer.table), whose rows are \(expected)")
            }
        }
        for handler in commands where !mutationFields.contains(where: { $0.name == handler.commandName }) {
            problems.append("client command \(handler.commandName) has no mutation field in the schema")
        }
    }

    private static func checkQueries(
        schema: Schema, queries: [ReadModelQuery], catalog: Catalog, into problems: inout [String]
    ) {
        let queryFields = schema.queryTypeName.flatMap { schema.type(named: $0) }?.fields ?? []
        for field in queryFields
        where !builtInQueries.contains(field.name) && !queries.contains(where: { $0.field == field.name }) {
            problems.append("query \(field.name) is bound to no read model and is not built in")
        }
        for query in queries {
            guard let field = queryFields.first(where: { $0.name == query.field }) else {
                problems.append("a read-model binding names query \(query.field), which the schema lacks")
                continue
            }
            for argument in query.shape.arguments where field.argument(named: argument) == nil {
                problems.append("query \(query.field) has no argument \(argument) for its read-model binding")
            }
            if !catalog.projectors.contains(where: { $0.table == query.table }) {
                problems.append("query \(query.field) reads table \(query.table), which no projector writes")
            }
        }
    }
}
