import Functions
import Glibc
import LOW
import Launch
import Postgres

/// `gql-postgres rebuild PROJECTOR`: rebuilds one read model from position 0 beside the live one
/// and swaps it in while the service keeps serving (`PostgresRebuild`); prints what it did and
/// exits 0, or 1 when it cannot, 2 for a projector the catalog does not have.
enum Rebuild {
    struct Options {
        var projector = ""
        var databaseURL = "postgresql://localhost/postgres"
        var databaseSchema = "public"

        static var parser: FlagParser<Options> {
            FlagParser(
                program: "gql-postgres rebuild",
                summary: "rebuild a read model from the whole event log and swap it in while the service runs "
                    + "(projectors: \(projectorNames.joined(separator: ", ")))",
                flags: [
                    .text("--projector", "NAME", summary: "the projector to rebuild", into: \.projector),
                    .text(
                        "--database-url", "URL", variable: "DATABASE_URL",
                        summary: "the database, as a libpq URI or conninfo string", into: \.databaseURL),
                    .text(
                        "--database-schema", "NAME", variable: "DATABASE_SCHEMA", summary: "the schema of the tables",
                        into: \.databaseSchema),
                ])
        }
    }

    static var projectorNames: [String] { Domain.catalog.projectors.map(\.meta.name) }

    /// Runs `gql-postgres rebuild [PROJECTOR] [flags]`; the projector may come first, bare.
    static func run(_ arguments: [String]) async -> Never {
        let program = "gql-postgres rebuild"
        var arguments = arguments
        if let first = arguments.first, !first.hasPrefix("-") {
            arguments = ["--projector", first] + arguments.dropFirst()
        }
        let options = Launch.options(Options.parser, defaults: Options(), arguments: arguments)
        guard let projector = Domain.catalog.projectors.first(where: { $0.meta.name == options.projector }) else {
            Console.error(
                "\(program): no projector '\(options.projector)'; the catalog has "
                    + projectorNames.joined(separator: ", "))
            exit(2)
        }
        var database = PostgresDeployment.Configuration(url: options.databaseURL)
        database.schema = options.databaseSchema
        let rebuild = PostgresRebuild(projector: projector, database: database)
        let report: PostgresRebuild.Report
        do { report = try await rebuild.run() } catch {
            Launch.fail(program, "nothing changed: cannot rebuild \(options.projector): \(error)")
        }
        let seconds = Self.seconds(report.duration)
        let rate = seconds > 0 ? Int(Double(report.events) / seconds) : report.events
        Console.output(
            "\(program): \(options.projector) rebuilt from \(report.events) events into \(report.rows) rows "
                + "in \(Int(seconds * 1000)) ms (\(rate) events/s); its checkpoint is \(report.position) "
                + "(waiting for the log \(Self.milliseconds(report.reading)) ms, folding "
                + "\(Self.milliseconds(report.folding)) ms, writing \(Self.milliseconds(report.writing)) ms, "
                + "swap \(Self.milliseconds(report.swapping)) ms, during which the live projector waited)")
        exit(0)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func milliseconds(_ duration: Duration) -> Int { Int(seconds(duration) * 1000) }
}
