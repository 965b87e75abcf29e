import Foundation

/// A fresh directory under the system's temporary folder, removed by `remove()`.
package struct TemporaryDirectory {
    package let path: String

    package init() throws {
        var template = Array((NSTemporaryDirectory() + "inprocess-tests-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
    }

    package func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// The log file of a `FileEventLog` opened on this directory.
    package var logPath: String { path + "/events.log" }
}
