import Glibc

// bench: `swift run -c release bench [--filter GROUP]`; one JSON object per line on stdout.

var filter: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--filter":
        guard let group = arguments.popFirst() else { fail("--filter needs a group name") }
        filter = group
    case "--help", "-h":
        print(
            "usage: bench [--filter GROUP|BENCHMARK-PREFIX]   groups: \(BenchGroup.all.map(\.name).joined(separator: ", "))"
        )
        exit(0)
    default: fail("unknown flag \(argument) (see --help)")
    }
}

// Before any group runs: the kafka group may need to start over with another librdkafka.
if BenchGroup.kafka.mayRun(filter: filter) { await KafkaBenchBroker.relaunchWithNewerLibraryIfNeeded() }

var measured = 0
for group in BenchGroup.all where group.mayRun(filter: filter) {
    let isWholeGroup = filter == nil || filter == group.name
    let isSelected = { (name: String) in isWholeGroup || name.hasPrefix(filter ?? "") }
    do {
        try await group.run(isSelected) { measurement in
            measured += 1
            emit(measurement.line)
        }
    } catch {
        fail("group \(group.name): \(error)")
    }
}
if measured == 0 { fail("no group or benchmark named \(filter ?? "")") }

/// One line to stdout, unbuffered, so each result shows as soon as it is measured.
func emit(_ line: String, to descriptor: Int32 = STDOUT_FILENO) {
    _ = (line + "\n").withCString { write(descriptor, $0, strlen($0)) }
}

func fail(_ message: String) -> Never {
    emit("bench: \(message)", to: STDERR_FILENO)
    exit(2)
}
