extension PostgresReadModelStore {
    /// `cqrs_write_batch(...) RETURNS boolean`: a projector's batch as one statement, so one round
    /// trip and one transaction: moves the checkpoint from `from_position` to `to_position` by
    /// compare-and-set (false, and nothing written, when it is elsewhere), then removes the index
    /// keys of the changed rows, deletes the removed rows, upserts the changed ones in the order
    /// given (new rows are created in it) and upserts their keys.
    ///
    /// The compare-and-set comes first: it locks the checkpoint row to the commit, so a second
    /// writer of the same projector waits there, then finds the checkpoint moved.
    static let batchFunction = """
        CREATE FUNCTION cqrs_write_batch(
            for_projector text, from_position int8, to_position int8, in_table text, changed_ids text[],
            removed_ids text[], row_ids text[], row_data json[], key_indexes text[], key_values text[],
            key_ids text[]
        ) RETURNS boolean LANGUAGE plpgsql AS $$
        BEGIN
            -- No checkpoint row counts as 0, as reading the checkpoint does.
            IF from_position = 0 THEN
                INSERT INTO cqrs_checkpoints AS c (projector, position) VALUES (for_projector, to_position)
                ON CONFLICT (projector) DO UPDATE SET position = excluded.position WHERE c.position = 0;
            ELSE
                UPDATE cqrs_checkpoints SET position = to_position
                WHERE projector = for_projector AND position = from_position;
            END IF;
            IF NOT FOUND THEN
                RETURN false;
            END IF;
            IF cardinality(changed_ids) > 0 THEN
                DELETE FROM cqrs_row_keys WHERE table_name = in_table AND id = ANY(changed_ids);
            END IF;
            IF cardinality(removed_ids) > 0 THEN
                DELETE FROM cqrs_rows WHERE table_name = in_table AND id = ANY(removed_ids);
            END IF;
            IF cardinality(row_ids) > 0 THEN
                INSERT INTO cqrs_rows AS r (table_name, id, data)
                SELECT in_table, u.id, u.data FROM unnest(row_ids, row_data) WITH ORDINALITY AS u(id, data, n)
                ORDER BY u.n
                ON CONFLICT (table_name, id) DO UPDATE SET data = excluded.data;
            END IF;
            IF cardinality(key_ids) > 0 THEN
                INSERT INTO cqrs_row_keys AS k (table_name, index_name, key, id)
                SELECT in_table, u.index_name, u.key, u.id
                FROM unnest(key_indexes, key_values, key_ids) AS u(index_name, key, id)
                ON CONFLICT (table_name, index_name, key) DO UPDATE SET id = excluded.id;
            END IF;
            RETURN true;
        END
        $$
        """
}
