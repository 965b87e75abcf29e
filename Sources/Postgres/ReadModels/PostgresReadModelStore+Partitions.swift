extension PostgresReadModelStore {
    /// Migration 2: `cqrs_rows` and `cqrs_row_keys` become LIST-partitioned by `table_name`, so
    /// that a rebuild can fill a table of its own for one read model and swap it in whole
    /// (`PostgresRebuild`). Statements on the parents are unchanged.
    ///
    /// The old tables become the DEFAULT partitions, `cqrs_rows_default` and `cqrs_row_keys_default`,
    /// with their rows and indexes as they are: nothing is copied, and every read model stays there
    /// until its first rebuild moves it into a partition of its own. The old indexes, renamed, become
    /// the partitions of the parents' indexes.
    static let partitionedByTable = PostgresMigration(
        version: 2, name: "read models partitioned by table",
        statements: [
            "ALTER TABLE cqrs_rows RENAME TO cqrs_rows_default",
            "ALTER TABLE cqrs_rows_default RENAME CONSTRAINT cqrs_rows_pkey TO cqrs_rows_default_pkey",
            "ALTER INDEX cqrs_rows_in_creation_order RENAME TO cqrs_rows_default_in_creation_order",
            """
            CREATE TABLE cqrs_rows (
                table_name text NOT NULL, id text NOT NULL,
                created int8 NOT NULL DEFAULT nextval('cqrs_row_order'), data json NOT NULL,
                PRIMARY KEY (table_name, id))
            PARTITION BY LIST (table_name)
            """,
            "CREATE INDEX cqrs_rows_in_creation_order ON cqrs_rows (table_name, created)",
            "ALTER TABLE cqrs_rows ATTACH PARTITION cqrs_rows_default DEFAULT",
            "ALTER TABLE cqrs_row_keys RENAME TO cqrs_row_keys_default",
            "ALTER TABLE cqrs_row_keys_default RENAME CONSTRAINT cqrs_row_keys_pkey TO cqrs_row_keys_default_pkey",
            "ALTER INDEX cqrs_row_keys_by_row RENAME TO cqrs_row_keys_default_by_row",
            """
            CREATE TABLE cqrs_row_keys (
                table_name text NOT NULL, index_name text NOT NULL, key text NOT NULL, id text NOT NULL,
                PRIMARY KEY (table_name, index_name, key))
            PARTITION BY LIST (table_name)
            """,
            "CREATE INDEX cqrs_row_keys_by_row ON cqrs_row_keys (table_name, id)",
            "ALTER TABLE cqrs_row_keys ATTACH PARTITION cqrs_row_keys_default DEFAULT",
        ])
}
