import Launch

/// The command line of gql-inprocess: the common flags of CONTRACT.md and where the log is.
struct Options {
    var serving = ServingOptions()
    var dataDirectory = "./data"
    var isEphemeral = false

    static var parser: FlagParser<Options> {
        FlagParser(
            program: "gql-inprocess",
            summary: "GraphQL over HTTP over the in-process shell, events in a file log (the embedded default); "
                + "'gql-inprocess repair --data-dir DIR' moves a damaged log's bad bytes aside (see repair --help)",
            flags: ServingOptions.flags(\.serving) + [.dataDirectory(\.dataDirectory), .ephemeral(\.isEphemeral)])
    }
}
