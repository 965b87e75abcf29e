import Glibc
import InProcess
import Launch

/// `gql-inprocess repair --data-dir DIR`: moves the damage of a refused event log to quarantine
/// files beside it (`LogRepair`), prints what it moved and kept, and exits 0; 1 when it cannot.
enum Repair {
    struct Options {
        var dataDirectory = "./data"

        static var parser: FlagParser<Options> {
            FlagParser(
                program: "gql-inprocess repair",
                summary:
                    "move the damaged bytes of the event log to quarantine files beside it, keeping every valid record",
                flags: [.dataDirectory(\.dataDirectory)])
        }
    }

    static func run(_ arguments: [String]) -> Never {
        let program = "gql-inprocess repair"
        let options = Launch.options(Options.parser, defaults: Options(), arguments: arguments)
        let directory = options.dataDirectory
        let report: LogRepair.Report
        do { report = try LogRepair.repair(directory: directory) } catch let damage as LogDamage {
            Launch.fail(program, "nothing changed: " + LogMessages.refused(damage, directory: directory))
        } catch {
            Launch.fail(program, "nothing changed: cannot repair the event log in \(directory): \(error)")
        }
        for line in LogMessages.repaired(report) { Console.output("\(program): \(line)") }
        exit(0)
    }
}
