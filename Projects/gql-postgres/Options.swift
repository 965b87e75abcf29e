import Launch

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
                    expected: "a name of lower-case letters, digits and _ that starts with a letter or _",
                    into: \.databaseSchema, parse: { isSchemaName($0) ? $0 : nil }, show: { $0 }),
            ])
    }

    /// Whether `name` is a plain SQL identifier, so it can be written into DDL as is (identifiers
    /// cannot be statement parameters): at most 63 bytes of a-z, 0-9 and _, not starting with a digit.
    static func isSchemaName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...63).contains(bytes.count), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[0]) else {
            return false
        }
        return bytes.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "_")
        }
    }
}
