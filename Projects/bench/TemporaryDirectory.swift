import Glibc

/// A fresh directory under /tmp for one benchmark, removed with its contents afterwards.
struct TemporaryDirectory {
    let path: String

    init(prefix: String) throws {
        var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Failure(message: "mkdtemp failed (errno \(errno))") }
        path = String(cString: made)
    }

    struct Failure: Error {
        var message: String
    }

    /// Removes the directory and everything in it (files and subdirectories; links are not followed).
    func remove() { Self.remove(path) }

    private static func remove(_ path: String) {
        if let directory = opendir(path) {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let child = path + "/" + name
                if entry.pointee.d_type == UInt8(DT_DIR) { remove(child) } else { unlink(child) }
            }
            closedir(directory)
        }
        rmdir(path)
    }
}
