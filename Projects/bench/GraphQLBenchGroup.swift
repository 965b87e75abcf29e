extension BenchGroup {
    /// `graphql.parse.<file>` (MB/s) per corpus file and `graphql.pipeline.<file>` (docs/s) per
    /// `bff/` document (GraphQLBench.swift); settings from `BENCH_GRAPHQL_*`.
    static let graphql = BenchGroup(name: "graphql", namePrefixes: ["graphql."]) { isSelected, report in
        let status = await runGraphQLBench(arguments: [], isSelected: isSelected) { result in
            report(Measurement(name: result.name, value: result.value, unit: result.unit, details: result.details))
        }
        if status != 0 { throw GraphQLBenchFailure(status: status) }
    }
}
