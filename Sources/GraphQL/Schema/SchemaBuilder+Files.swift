#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Reading the SDL folder at start-up, without Foundation.

extension SchemaBuilder {
    /// Builds the schema from every `*.graphql` file of `directory`, read in name order.
    ///
    /// - Throws: `SchemaError` when the folder or a file cannot be read, or for any schema problem.
    package static func build(directory: String) throws(SchemaError) -> Schema {
        try build(files: try readFiles(in: directory))
    }

    /// The name (without the folder) and text of every `*.graphql` file of `directory`, by name.
    package static func readFiles(in directory: String) throws(SchemaError) -> [(name: String, source: String)] {
        guard let folder = opendir(directory) else { throw unreadable(directory) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".graphql") { names.append(name) }
        }
        var files: [(name: String, source: String)] = []
        for name in names.sorted() {
            guard let text = readFile(directory + "/" + name) else { throw unreadable(directory + "/" + name) }
            files.append((name, text))
        }
        return files
    }

    private static func readFile(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes.append(contentsOf: chunk[..<count])
            if count < chunk.count { break }
        }
        return ferror(file) == 0 ? String(decoding: bytes, as: UTF8.self) : nil
    }

    private static func unreadable(_ path: String) -> SchemaError {
        SchemaError(problems: [SchemaError.Problem(message: "Cannot read \(path).", file: path, line: 1, column: 1)])
    }
}
