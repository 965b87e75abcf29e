import Foundation
import GraphQL
import TestSupport

/// What graphql-core 3.2 (the reference, run by `tools/reference.py`) says about every corpus file.
struct ReferenceRun {
    /// Why the reference could not run: python3 or graphql-core missing, or the script failed.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// The reference's answers, by file name.
    var outcomes: [String: Outcome]
    /// The corpus files (paths) in the order the reference read them: per folder, sorted by name.
    var files: [String]

    /// Runs `python3 tools/reference.py SCHEMA CORPUS...` and reads its JSON lines.
    static func run(paths: DifferentialPaths) async throws -> ReferenceRun {
        // graphql-core takes seconds over the corpus: off the cooperative pool, so the tests
        // beside this one keep their threads.
        try await offPool { try runBlocking(paths: paths) }
    }

    private static func runBlocking(paths: DifferentialPaths) throws -> ReferenceRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", paths.referenceScript, paths.schemaFolder] + paths.corpusFolders
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Unavailable(description: "cannot start python3: \(error)") }
        // Read before waiting: the output is larger than a pipe's buffer.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            // 3: graphql-core missing; 127: python3 missing (from env).
            throw Unavailable(description: "reference.py exited \(process.terminationStatus): \(message)")
        }
        return try parse(lines: data)
    }

    private static func parse(lines data: Data) throws -> ReferenceRun {
        var outcomes: [String: Outcome] = [:]
        var files: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let file = object["file"] as? String
            else {
                throw Unavailable(description: "unreadable reference line: \(String(decoding: line, as: UTF8.self))")
            }
            files.append(file)
            outcomes[file] = Outcome(reference: object)
        }
        return ReferenceRun(outcomes: outcomes, files: files)
    }
}

extension Outcome {
    /// Reads one line of `reference.py`.
    init(reference object: [String: Any]) {
        parses = object["parses"] as? Bool ?? false
        syntaxLocation = parses ? nil : "\(object["line"] as? Int ?? 0):\(object["column"] as? Int ?? 0)"
        syntaxMessage = object["message"] as? String
        valid = object["valid"] as? Bool
        firstValidationMessage = object["validation"] as? String
        firstValidationLocations = object["validationLocations"] as? [String]
        operationName = object["operationName"] as? String
        variablesJSON = object["variables"] as? String
        printed = object["printed"] as? String
        if let result = object["result"] as? [String: Any] {
            data = (result["data"] as? String).map(CanonicalJSON.text(of:))
            errors = ((result["errors"] as? [[String: Any]]) ?? []).map(ComparableError.init(reference:))
        }
    }
}

extension ComparableError {
    /// Reads one entry of a reference result's `errors`.
    init(reference entry: [String: Any]) {
        let locations = (entry["locations"] as? [[String: Int]] ?? []).map { "\($0["line"] ?? 0):\($0["column"] ?? 0)" }
        let path = (entry["path"] as? [Any]).map { $0.map { "\($0)" }.joined(separator: ".") }
        self.init(message: entry["message"] as? String ?? "", locations: locations, path: path)
    }
}
