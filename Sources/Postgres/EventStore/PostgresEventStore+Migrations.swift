extension PostgresEventStore {
    /// The event store's tables, in the order they were introduced.
    package static let migrations = [
        PostgresMigration(
            version: 1, name: "event store",
            statements: [
                "CREATE TABLE cqrs_streams (stream_id text PRIMARY KEY, version int4 NOT NULL)",
                """
                CREATE TABLE cqrs_commands (
                    id text PRIMARY KEY, name text NOT NULL, payload json NOT NULL, causation_id text,
                    correlation_id text NOT NULL, issued_at int8 NOT NULL)
                """,
                "CREATE SEQUENCE cqrs_event_positions",
                """
                CREATE TABLE cqrs_events (
                    position int8 PRIMARY KEY, transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
                    id text NOT NULL UNIQUE, stream_id text NOT NULL, stream_version int4 NOT NULL,
                    type text NOT NULL, occurred_at int8 NOT NULL, command_id text NOT NULL,
                    causation_id text NOT NULL, correlation_id text NOT NULL, data json NOT NULL,
                    UNIQUE (stream_id, stream_version))
                """,
                "CREATE INDEX cqrs_events_by_command ON cqrs_events (command_id, position)",
                "CREATE INDEX cqrs_events_by_type ON cqrs_events (type, position)",
                "CREATE INDEX cqrs_events_by_time ON cqrs_events (occurred_at, position)",
                """
                CREATE TABLE cqrs_claims (
                    scope text NOT NULL, value text NOT NULL, owner text NOT NULL, PRIMARY KEY (scope, value))
                """,
            ]),
        PostgresMigration(version: 2, name: "group commit function", statements: [commitFunction]),
    ]
}
