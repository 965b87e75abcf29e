import Glibc

/// Reads a command line and the environment into a program's options: every flag may also come
/// from its environment variable, and a flag on the command line wins (CONTRACT.md, common flags).
///
/// `--flag value` and `--flag=value` both work; `--help` (or `-h`) asks for the usage text.
package struct FlagParser<Options> {
    /// What the command line asks for.
    package enum Parsed {
        case run(Options)
        case help
    }

    /// The program's name, as `--help` and error lines show it.
    package let program: String
    /// One line that says what the program does.
    package let summary: String
    package let flags: [Flag<Options>]

    package init(program: String, summary: String, flags: [Flag<Options>]) {
        self.program = program
        self.summary = summary
        self.flags = flags
    }

    /// The options `defaults` becomes under the environment, then the arguments.
    /// - Throws: `FlagError` for an unknown flag, a missing value or a value that does not parse.
    package func parse(
        _ arguments: [String], defaults: Options, environment: (String) -> String? = Environment.value
    ) throws(FlagError) -> Parsed {
        var options = defaults
        for flag in flags {
            guard let variable = flag.variable, let text = environment(variable) else { continue }
            do { try flag.apply(&options, text) } catch { throw FlagError("\(variable): \(error.message)") }
        }
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            let (name, inline) = split(argument)
            if name == "--help" || name == "-h" { return .help }
            guard let flag = flags.first(where: { $0.name == name }) else {
                throw FlagError("unknown flag \(argument) (see --help)")
            }
            if !flag.takesValue {
                guard inline == nil else { throw FlagError("\(name) takes no value") }
                try flag.apply(&options, "")
                continue
            }
            guard let text = inline ?? rest.popFirst() else { throw FlagError("\(name) needs a value") }
            try flag.apply(&options, text)
        }
        return .run(options)
    }

    /// `--help`'s text: every flag with its variable and its default.
    package func usage(defaults: Options) -> String {
        let rows =
            flags.map { flag -> (String, String) in
                let left = flag.name + (flag.placeholder.map { " " + $0 } ?? "")
                let variable = flag.variable.map { " [\($0)]" } ?? ""
                return (left, "\(flag.summary)\(variable) (default: \(flag.defaultText ?? flag.current(defaults)))")
            } + [("--help", "print this help and exit")]
        let width = rows.map(\.0.count).max() ?? 0
        let lines = rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 3) + $0.1 }
        return (["usage: \(program) [flags]", "  \(summary)", ""] + lines).joined(separator: "\n")
    }

    /// `--flag=value` as the flag and its value.
    private func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}

/// The process environment, read without Foundation.
package enum Environment {
    /// The variable's value, nil when unset.
    package static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}
