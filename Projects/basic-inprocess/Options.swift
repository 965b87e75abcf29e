import Launch

/// The command line of basic-inprocess: the common flags it needs (CONTRACT.md), each also read
/// from its environment variable, the flag winning.
struct Options {
    var dataDirectory = "./data"
    var isEphemeral = false
    var requestTimeout: Duration = .seconds(5)

    static var parser: FlagParser<Options> {
        FlagParser(
            program: "basic-inprocess", summary: "commands as JSON lines on stdin, outcomes as JSON lines on stdout",
            flags: [.dataDirectory(\.dataDirectory), .ephemeral(\.isEphemeral), .requestTimeout(\.requestTimeout)])
    }
}
