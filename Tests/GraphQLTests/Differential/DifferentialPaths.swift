/// Where the differential test's inputs are, found from this file's own path.
struct DifferentialPaths {
    /// Tests/GraphQLTests/Differential
    var folder: String
    /// The repository's root.
    var root: String

    init(file: String = #filePath) {
        var parts = file.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast()
        folder = parts.joined(separator: "/")
        root = parts.dropLast(3).joined(separator: "/")
    }

    /// The documents written for this test, then the peers' corpus that the other GraphQL tests
    /// read too (Fixtures/ and Fixtures/bff/), rather than a second copy of it.
    var corpusFolders: [String] {
        let fixtures = root + "/Tests/GraphQLTests/Fixtures"
        return [folder + "/corpus", fixtures, fixtures + "/bff"]
    }
    var referenceScript: String { folder + "/tools/reference.py" }
    var schemaFolder: String { root + "/Schema" }
}
