import Glibc

/// One corpus document, read once before timing.
struct GraphQLBenchDocument {
    /// The path relative to the corpus folder (`kitchen-sink.graphql`, `bff/01-customer-by-id.graphql`).
    var name: String
    /// The path as given plus the name, as peer-parse-bench names its files.
    var path: String
    /// The UTF-8 source.
    var bytes: [UInt8]
}

/// Finds the corpus's documents the way peer-parse-bench does: the folder's `.graphql` files
/// sorted by name, then each sub-folder's, recursively.
enum GraphQLBenchCorpus {
    static func files(in folder: String, prefix: String = "") -> [GraphQLBenchDocument] {
        var files: [GraphQLBenchDocument] = []
        var folders: [String] = []
        for entry in entries(of: folder) where !entry.hasPrefix(".") {
            let path = folder + "/" + entry
            if isFolder(path) {
                folders.append(entry)
            } else if entry.hasSuffix(".graphql"), let bytes = read(path) {
                files.append(GraphQLBenchDocument(name: prefix + entry, path: path, bytes: bytes))
            }
        }
        for entry in folders { files += self.files(in: folder + "/" + entry, prefix: prefix + entry + "/") }
        return files
    }

    /// The `.graphql` files of a schema folder, sorted by name.
    static func schemaFiles(in folder: String) -> [String] {
        entries(of: folder).filter { $0.hasSuffix(".graphql") }
    }

    private static func entries(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The file's bytes, or nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}
