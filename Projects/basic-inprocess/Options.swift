import Glibc

/// The command line of basic-inprocess: each flag also read from its environment variable, the
/// flag winning (CONTRACT.md, common flags).
struct Options {
    var dataDirectory = "./data"
    var isEphemeral = false
    var requestTimeout: Duration = .seconds(5)

    static let usage = """
        usage: basic-inprocess [flags]   (commands as JSON lines on stdin, outcomes on stdout)
          --data-dir DIR               event log directory [DATA_DIR] (default: ./data)
          --ephemeral                  keep everything in memory (default: off)
          --request-timeout SECONDS    wait for projections before answering PENDING [REQUEST_TIMEOUT] (default: 5)
          --help                       print this help
        """

    /// Why the command line can't be used; the message is the one line printed before exit 2.
    struct Failure: Error {
        var message: String
    }

    enum Parsed {
        case run(Options)
        case help
    }

    static func parse(_ arguments: [String], environment: (String) -> String? = Options.environment) throws(Failure)
        -> Parsed
    {
        var options = Options()
        if let dir = environment("DATA_DIR") { options.dataDirectory = dir }
        if let timeout = environment("REQUEST_TIMEOUT") { options.requestTimeout = try seconds(timeout) }
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            let (flag, inline) = split(argument)
            func value() throws(Failure) -> String {
                if let inline { return inline }
                guard let next = rest.popFirst() else { throw Failure(message: "\(flag) needs a value") }
                return next
            }
            switch flag {
            case "--help", "-h": return .help
            case "--ephemeral": options.isEphemeral = true
            case "--data-dir": options.dataDirectory = try value()
            case "--request-timeout": options.requestTimeout = try seconds(try value())
            default: throw Failure(message: "unknown flag \(argument) (see --help)")
            }
        }
        return .run(options)
    }

    /// `--flag=value` as the flag and its value.
    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func seconds(_ text: String) throws(Failure) -> Duration {
        guard let seconds = Double(text), seconds >= 0, seconds.isFinite else {
            throw Failure(message: "--request-timeout needs a number of seconds, not '\(text)'")
        }
        return .milliseconds(Int64(seconds * 1000))
    }

    static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}
