import Launch
import Postgres

/// The command line of gql-postgres: the common flags of CONTRACT.md and the database's.
struct Options {
    var serving = ServingOptions()
    var databaseURL = "postgresql://localhost/postgres"
    var poolSize = 16
    /// The schema the tables live in, made when missing; several deployments can share a database.
    var databaseSchema = "public"

    static var parser: FlagParser<Options> {
        FlagParser(
            program: "gql-postgres",
            summary: "GraphQL over HTTP over the PostgreSQL shell: events, claims and read models in one database, "
                + "shared by any number of gql-postgres processes",
            flags: ServingOptions.flags(\.serving) + [
                .text(
                    "--database-url", "URL", variable: "DATABASE_URL",
                    summary: "the database, as a libpq URI or conninfo string", into: \.databaseURL),
                .value(
                    "--database-pool", "N", variable: "DATABASE_POOL",
                    summary: "connections of each pool: one for the event store, one for the read models",
                    expected: "a number of connections from 1 to 1000", into: \.poolSize,
                    parse: { Int($0).flatMap { (1...1000).contains($0) ? $0 : nil } }, show: { "\($0)" }),
                .value(
                    "--database-schema", "NAME", variable: "DATABASE_SCHEMA",
                    summary: "the schema of the tables, made when missing (lower-case letters, digits, _)",
                    expected: "a name of up to 63 lower-case letters, digits and _ that does not start with a digit",
                    into: \.databaseSchema, parse: { PostgresIdentifier.isPlain($0) ? $0 : nil },
                    show: { $0 }),
            ])
    }
}
