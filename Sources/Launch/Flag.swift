/// One flag of a command line: its name, the environment variable it is also read from, what it
/// sets in the program's options, and how `--help` shows it with its default.
///
/// A project lists the flags it takes (the common ones of CONTRACT.md are in `Flag+Common.swift`)
/// and hands them to a `FlagParser`:
///
/// ```swift
/// let flags: [Flag<Options>] = [.host(\.host), .port(\.port), .ephemeral(\.isEphemeral)]
/// ```
package struct Flag<Options> {
    /// The flag as typed, with its dashes (`--port`).
    package let name: String
    /// The environment variable read when the flag is absent (`PORT`), if any.
    package let variable: String?
    /// The value's placeholder in `--help` (`N`); nil for a switch, which takes no value.
    package let placeholder: String?
    /// What the flag does, for `--help`.
    package let summary: String
    /// Overrides the default as `--help` shows it, when the options' initial value would mislead.
    package let defaultText: String?
    let apply: (inout Options, String) throws(FlagError) -> Void
    let current: (Options) -> String

    /// A flag that takes a value, parsed by `parse` (nil: not a valid value, `expected` says what is).
    package static func value<Value>(
        _ name: String, _ placeholder: String, variable: String? = nil, summary: String, expected: String,
        defaultText: String? = nil, into path: WritableKeyPath<Options, Value>, parse: @escaping (String) -> Value?,
        show: @escaping (Value) -> String
    ) -> Flag {
        Flag(
            name: name, variable: variable, placeholder: placeholder, summary: summary, defaultText: defaultText,
            apply: { (options: inout Options, text: String) throws(FlagError) in
                guard let value = parse(text) else { throw FlagError("\(name) needs \(expected), not '\(text)'") }
                options[keyPath: path] = value
            },
            current: { show($0[keyPath: path]) })
    }

    /// A switch: present means on.
    package static func toggle(_ name: String, summary: String, into path: WritableKeyPath<Options, Bool>) -> Flag {
        Flag(
            name: name, variable: nil, placeholder: nil, summary: summary, defaultText: nil,
            apply: { options, _ in options[keyPath: path] = true },
            current: { $0[keyPath: path] ? "on" : "off" })
    }

    /// A text flag whose every non-empty value is valid.
    package static func text(
        _ name: String, _ placeholder: String, variable: String? = nil, summary: String, defaultText: String? = nil,
        into path: WritableKeyPath<Options, String>
    ) -> Flag {
        value(
            name, placeholder, variable: variable, summary: summary, expected: "a non-empty value",
            defaultText: defaultText, into: path, parse: { $0.isEmpty ? nil : $0 }, show: { $0 })
    }

    var takesValue: Bool { placeholder != nil }
}

/// Why a command line can't be used: the one line printed before exit 2.
package struct FlagError: Error, Equatable, CustomStringConvertible {
    package var message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
