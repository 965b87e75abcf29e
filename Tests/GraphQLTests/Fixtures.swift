import Foundation

/// The corpus files copied from /work/shared/peers/corpus, read relative to this file.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The text of `Fixtures/<name>`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Every `.graphql` fixture, by relative path.
    static func allNames() throws -> [String] {
        let top = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.hasSuffix(".graphql")
        }
        let bff = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("bff").path)
            .filter { $0.hasSuffix(".graphql") }.map { "bff/" + $0 }
        return (top + bff).sorted()
    }
}
