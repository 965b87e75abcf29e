import Glibc
import Launch

/// The command line of gql-inprocess: the common flags of CONTRACT.md and where the SDL is.
struct Options {
    var host = "127.0.0.1"
    var port = 8080
    var dataDirectory = "./data"
    var isEphemeral = false
    var requestTimeout: Duration = .seconds(5)
    var maxBodyBytes = 1 << 20
    var maxConnections = 10_000
    /// Empty: `./Schema` when that folder exists, else the repository's `Schema/` (`Options.builtInSchema`).
    var schemaDirectory = ""

    static var parser: FlagParser<Options> {
        FlagParser(
            program: "gql-inprocess",
            summary: "GraphQL over HTTP over the in-process shell, events in a file log (the embedded default); "
                + "'gql-inprocess repair --data-dir DIR' moves a damaged log's bad bytes aside (see repair --help)",
            flags: [
                .host(\.host), .port(\.port), .dataDirectory(\.dataDirectory), .ephemeral(\.isEphemeral),
                .requestTimeout(\.requestTimeout), .maxBodyBytes(\.maxBodyBytes), .maxConnections(\.maxConnections),
                .text(
                    "--schema-dir", "DIR", variable: "SCHEMA_DIR", summary: "folder of the *.graphql SDL files",
                    defaultText: "./Schema if it exists, else \(builtInSchema)", into: \.schemaDirectory),
            ])
    }

    /// The repository's `Schema/` as it was where this binary was built (`#filePath` is
    /// `…/Projects/gql-inprocess/Options.swift`), so `swift run` works from any folder.
    static let builtInSchema: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return (parts + ["Schema"]).joined(separator: "/")
    }()

    /// The SDL folder to read: the flag's, else `./Schema` when present, else `builtInSchema`.
    var schemaFolder: String {
        if !schemaDirectory.isEmpty { return schemaDirectory }
        var status = stat()
        if stat("./Schema", &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return "./Schema" }
        return Options.builtInSchema
    }
}
