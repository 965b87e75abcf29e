import Glibc

/// The options every GraphQL product serves with (CONTRACT.md, "Common flags"): where it listens,
/// its request limits and where the SDL is. A project's own options hold one of these beside its
/// store's flags, and lists `ServingOptions.flags(\.serving)` first.
package struct ServingOptions: Sendable {
    package var host = "127.0.0.1"
    package var port = 8080
    package var requestTimeout: Duration = .seconds(5)
    package var maxBodyBytes = 1 << 20
    package var maxConnections = 10_000
    /// Empty: `./Schema` when that folder exists, else the repository's `Schema/` (`builtInSchema`).
    package var schemaDirectory = ""

    package init() {}

    /// The flags that set these options inside a project's `Options` at `path`.
    package static func flags<Options>(_ path: WritableKeyPath<Options, ServingOptions>) -> [Flag<Options>] {
        [
            .host(path.appending(path: \.host)), .port(path.appending(path: \.port)),
            .requestTimeout(path.appending(path: \.requestTimeout)),
            .maxBodyBytes(path.appending(path: \.maxBodyBytes)),
            .maxConnections(path.appending(path: \.maxConnections)),
            .text(
                "--schema-dir", "DIR", variable: "SCHEMA_DIR", summary: "folder of the *.graphql SDL files",
                defaultText: "./Schema if it exists, else \(builtInSchema)",
                into: path.appending(path: \.schemaDirectory)),
        ]
    }

    /// The repository's `Schema/` as it was where this binary was built (`#filePath` is
    /// `…/Sources/Launch/ServingOptions.swift`), so `swift run` works from any folder.
    package static let builtInSchema: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return (parts + ["Schema"]).joined(separator: "/")
    }()

    /// The SDL folder to read: the flag's, else `./Schema` when present, else `builtInSchema`.
    package var schemaFolder: String {
        if !schemaDirectory.isEmpty { return schemaDirectory }
        var status = stat()
        if stat("./Schema", &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return "./Schema" }
        return Self.builtInSchema
    }
}
