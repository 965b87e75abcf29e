/// The response of one request: `data` already serialised as JSON, and the errors.
///
/// `data` is nil when execution did not start (GraphQL spec (Oct 2021) §7.1.2: an error before
/// execution leaves out the `data` entry), the bytes `null` when an error propagated to the root.
package struct ExecutionResult: Sendable {
    /// The JSON text of `data` (an object or `null`), or nil when there is no `data` entry.
    package var data: [UInt8]?
    /// The errors, in the order they happened.
    package var errors: [GraphQLError]

    /// Makes a result.
    package init(data: [UInt8]?, errors: [GraphQLError]) {
        self.data = data
        self.errors = errors
    }

    /// A result with errors only (no `data` entry).
    package init(errors: [GraphQLError]) { self.init(data: nil, errors: errors) }

    /// The whole response as JSON: `{"data":...,"errors":[...]}`, each part only when present.
    package func json() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity((data?.count ?? 0) + 32 + errors.count * 128)
        output.append(contentsOf: "{".utf8)
        if let data {
            output.append(contentsOf: "\"data\":".utf8)
            output.append(contentsOf: data)
        }
        if !errors.isEmpty {
            if data != nil { output.append(UInt8(ascii: ",")) }
            output.append(contentsOf: "\"errors\":[".utf8)
            for (position, error) in errors.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                Self.write(error, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
        output.append(UInt8(ascii: "}"))
        return output
    }

    /// The JSON text of the data, as a string (for tests and logs).
    package var dataText: String? { data.map { String(decoding: $0, as: UTF8.self) } }

    /// The whole response as a string (for tests and logs).
    package var jsonText: String { String(decoding: json(), as: UTF8.self) }

    /// Appends one error as JSON, keys in graphql-js order: message, locations, path, extensions.
    package static func write(_ error: GraphQLError, into output: inout [UInt8]) {
        output.append(contentsOf: "{\"message\":".utf8)
        JSONWriter.writeString(error.message, into: &output)
        if !error.locations.isEmpty {
            output.append(contentsOf: ",\"locations\":[".utf8)
            for (position, location) in error.locations.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                output.append(contentsOf: "{\"line\":".utf8)
                JSONWriter.writeInt(location.line, into: &output)
                output.append(contentsOf: ",\"column\":".utf8)
                JSONWriter.writeInt(location.column, into: &output)
                output.append(UInt8(ascii: "}"))
            }
            output.append(UInt8(ascii: "]"))
        }
        if !error.path.isEmpty {
            let path = error.path
            output.append(contentsOf: ",\"path\":[".utf8)
            for (position, component) in path.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                switch component {
                case .key(let key): JSONWriter.writeString(key, into: &output)
                case .index(let index): JSONWriter.writeInt(index, into: &output)
                }
            }
            output.append(UInt8(ascii: "]"))
        }
        if !error.extensions.isEmpty {
            output.append(contentsOf: ",\"extensions\":".utf8)
            JSONWriter.write(
                .object(error.extensions.map { InputValue.Field($0.key, .string($0.value)) }), into: &output)
        }
        output.append(UInt8(ascii: "}"))
    }
}
