import Glibc

/// Start-up and shutdown steps every project shares: reading the command line (help exits 0, a
/// bad flag exits 2 with one line), a start-up failure (one line, exit 1), and the listening line.
package enum Launch {
    /// The options the command line and environment ask for; prints the usage and exits 0 for
    /// `--help`, prints one line and exits 2 for a flag or value it cannot use.
    package static func options<Options>(
        _ parser: FlagParser<Options>, defaults: Options,
        arguments: [String] = Array(CommandLine.arguments.dropFirst())
    ) -> Options {
        switch Result(catching: { () throws(FlagError) in try parser.parse(arguments, defaults: defaults) }) {
        case .success(.run(let options)): return options
        case .success(.help):
            Console.output(parser.usage(defaults: defaults))
            exit(0)
        case .failure(let failure):
            Console.error("\(parser.program): \(failure.message)")
            exit(2)
        }
    }

    /// Ends a start that cannot go on (a schema mismatch, a locked data directory, a port in use):
    /// one line on stderr (a message of several lines, such as every schema problem, is joined
    /// with "; "), exit 1.
    package static func fail(_ program: String, _ message: String) -> Never {
        let line = message.split(whereSeparator: \.isNewline).joined(separator: "; ")
        Console.error("\(program): \(line)")
        exit(1)
    }

    /// `listening on http://HOST:PORT`, with an IPv6 host in brackets (RFC 3986 §3.2.2).
    package static func listeningLine(host: String, port: Int) -> String {
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "listening on http://\(shown):\(port)"
    }
}
