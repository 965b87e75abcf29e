/// PostgreSQL's own benchmark, run on the same server as the shell for a ceiling to compare with.
enum Pgbench {
    /// Loads pgbench's tables (scale 1) into the database at `url`.
    static func initialize(_ url: String) async throws {
        let output = try await ChildProcess.run(["pgbench", "-i", "-q", "-s", "1", url])
        guard output.status == 0 else { throw ChildProcess.Failure(description: "pgbench -i: \(output.text)") }
    }

    /// Transactions per second of `pgbench <mode> -c clients -j min(2, clients) -T seconds`.
    /// - Parameter mode: `-N` (simple update: one durable transaction per request) or `-S` (select only).
    static func tps(_ url: String, mode: String, clients: Int, seconds: Int) async throws -> Double {
        let output = try await ChildProcess.run([
            "pgbench", mode, "-n", "-c", String(clients), "-j", String(min(2, clients)), "-T", String(seconds), url,
        ])
        // "tps = 668.639239 (without initial connection time)"
        let line = output.text.split(separator: "\n").first { $0.hasPrefix("tps = ") }
        guard output.status == 0, let value = line?.dropFirst(6).split(separator: " ").first.flatMap({ Double($0) })
        else { throw ChildProcess.Failure(description: "pgbench \(mode): \(output.text.suffix(400))") }
        return value
    }
}
