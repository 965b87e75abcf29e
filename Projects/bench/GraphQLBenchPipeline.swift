import GraphQL

/// The `"bench":"pipeline"` lines: parse + validate + execute of each `bff/` document.
enum GraphQLBenchPipeline {
    /// Prints one line per document and one for the set; false when a document fails.
    static func reportAll(_ docs: [GraphQLBenchDocument], options: GraphQLBenchOptions) -> Bool {
        printError("bench graphql: pipeline lines need the engine's validation and execution (not merged yet)")
        return true
    }
}
