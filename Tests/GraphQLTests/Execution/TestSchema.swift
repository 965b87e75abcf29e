import Foundation
import GraphQL

/// Schemas for the execution tests, built by `SchemaBuilder` as the server builds them.
enum TestSchema {
    static func build(_ sdl: String) throws -> Schema {
        try SchemaBuilder.build(files: [("test.graphql", sdl)])
    }

    /// The repository's Schema/*.graphql, as the server reads them.
    static func repositorySDL() throws -> String {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schema")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.hasSuffix(".graphql")
        }
        .sorted()
        return try names.map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n")
    }
}
