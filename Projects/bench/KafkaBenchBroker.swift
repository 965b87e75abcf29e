import Glibc
import Kafka

/// The broker the kafka group measures on: the one `KAFKA_BROKERS` or `CQRS_TEST_KAFKA_BROKERS`
/// names, or a throw-away Tansu that `.ci/kafka` starts here and `stop()` stops.
struct KafkaBenchBroker {
    var brokers: String
    /// The folder of the broker this run started, nil for one it was given.
    var folder: String?

    /// Why the group cannot run here (printed as its skip line).
    struct Unavailable: Error {
        var reason: String
    }

    static func open() async throws -> KafkaBenchBroker {
        if let given = environment("KAFKA_BROKERS") ?? environment("CQRS_TEST_KAFKA_BROKERS") {
            return KafkaBenchBroker(brokers: given)
        }
        guard access(".ci/kafka", X_OK) == 0 else {
            throw Unavailable(reason: "no KAFKA_BROKERS, and no .ci/kafka here to start a broker")
        }
        guard isLibraryNewEnoughForTansu else {
            throw Unavailable(
                reason:
                    "librdkafka \(Kafka.versionString) cannot talk to Tansu: run with LD_LIBRARY_PATH=$(.ci/kafka libdir)"
            )
        }
        let folder = try TemporaryDirectory(prefix: "bench-kafka").path
        let started = try await ChildProcess.run([".ci/kafka", "start", folder])
        guard started.status == 0,
            let line = started.text.split(separator: "\n").first(where: { $0.hasPrefix("127.0.0.1:") })
        else {
            _ = try? await ChildProcess.run([".ci/kafka", "stop", folder])
            throw Unavailable(reason: "no Kafka broker could start: \(started.text.prefix(300))")
        }
        return KafkaBenchBroker(brokers: String(line), folder: folder)
    }

    /// Stops and removes the broker the run started.
    func stop() async {
        if let folder { _ = try? await ChildProcess.run([".ci/kafka", "stop", folder]) }
    }

    /// Whether the librdkafka loaded talks to Tansu: Debian 12's 2.0.2 does not, 2.16 does (INFRA.md).
    static var isLibraryNewEnoughForTansu: Bool {
        !Kafka.versionString.split(separator: ".").compactMap { Int($0) }.lexicographicallyPrecedes([2, 16])
    }

    /// Runs bench again from the start, in this process, with the librdkafka `.ci/kafka libdir`
    /// prepares first on LD_LIBRARY_PATH, when the one loaded is too old for Tansu and the run
    /// would start one. The dynamic loader reads LD_LIBRARY_PATH only when a program starts, so
    /// this happens before any group runs. Returns when there is nothing to do or it cannot.
    static func relaunchWithNewerLibraryIfNeeded() async {
        guard !isLibraryNewEnoughForTansu, environment("KAFKA_BROKERS") == nil,
            environment("CQRS_BENCH_RELAUNCHED") == nil, access(".ci/kafka", X_OK) == 0,
            let prepared = try? await ChildProcess.run([".ci/kafka", "libdir"]), prepared.status == 0,
            let folder = prepared.text.split(separator: "\n").last(where: { $0.hasPrefix("/") })
        else { return }
        let path = [String(folder), environment("LD_LIBRARY_PATH")].compactMap { $0 }.joined(separator: ":")
        var variables = ["LD_LIBRARY_PATH=\(path)", "CQRS_BENCH_RELAUNCHED=1"]
        var entry = environ
        while let variable = entry.pointee {
            let text = String(cString: variable)
            if !text.hasPrefix("LD_LIBRARY_PATH=") { variables.append(text) }
            entry += 1
        }
        let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
        let cVariables = variables.map { strdup($0) } + [nil]
        execve("/proc/self/exe", arguments, cVariables)
        // Only a failed execve returns: carry on, and the group says why it skips.
        for pointer in arguments + cVariables { free(pointer) }
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
