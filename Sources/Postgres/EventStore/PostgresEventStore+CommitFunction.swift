extension PostgresEventStore {
    /// `cqrs_commit(batch json) RETURNS json`: commits a batch of change sets in the caller's
    /// transaction (one statement: autocommit makes it one transaction and one WAL flush) and
    /// answers one outcome per change set, in order.
    ///
    /// The batch is `PostgresCommitBatch.json`; each outcome is `{"recorded": [[position, version],
    /// ...]}` (one pair per event), `{"duplicate": true}`, `{"conflict": [stream, expected, actual]}`
    /// or `{"claimTaken": [scope, value, owner]}`. A refused change set writes nothing and the
    /// others go on: every check runs before the change set's first write, so nothing needs undoing.
    ///
    /// Every writer takes the positions lock first and holds it to its commit. So positions are
    /// handed out in commit order (a reader following the head never meets a later position before
    /// an earlier one is visible), and the checks see every earlier commit: no row locks, and no
    /// lock taken after another that a second writer could hold the other way round. A failure the
    /// checks do not foresee (an event id already stored) aborts the whole statement; the store
    /// then commits that batch's change sets one by one.
    static let commitFunction = """
        CREATE FUNCTION cqrs_commit(batch json) RETURNS json LANGUAGE plpgsql AS $$
        DECLARE
            item json;
            outcome json;
            outcomes json[] := '{}';
            expected json;
            claimed json;
            event json;
            actual int4;
            holder text;
            new_version int4;
            new_position int8;
            recorded json[];
        BEGIN
            PERFORM pg_advisory_xact_lock(hashtext('cqrs-event-positions:' || current_schema()));
            FOR item IN SELECT value FROM json_array_elements(batch) LOOP
                outcome := NULL;
                IF EXISTS (SELECT 1 FROM cqrs_commands WHERE id = item->'command'->>'id') THEN
                    outcome := '{"duplicate": true}';
                END IF;
                IF outcome IS NULL THEN
                    FOR expected IN SELECT value FROM json_array_elements(item->'expected') LOOP
                        actual := coalesce(
                            (SELECT version FROM cqrs_streams WHERE stream_id = expected->>0), 0);
                        IF actual <> (expected->>1)::int4 THEN
                            outcome := json_build_object('conflict',
                                json_build_array(expected->>0, (expected->>1)::int4, actual));
                            EXIT;
                        END IF;
                    END LOOP;
                END IF;
                IF outcome IS NULL THEN
                    FOR claimed IN SELECT value FROM json_array_elements(item->'claims') LOOP
                        holder := (SELECT owner FROM cqrs_claims WHERE scope = claimed->>0 AND value = claimed->>1);
                        IF holder <> claimed->>2 THEN
                            outcome := json_build_object('claimTaken',
                                json_build_array(claimed->>0, claimed->>1, holder));
                            EXIT;
                        END IF;
                    END LOOP;
                END IF;
                IF outcome IS NULL THEN
                    INSERT INTO cqrs_commands (id, name, payload, causation_id, correlation_id, issued_at)
                    VALUES (item->'command'->>'id', item->'command'->>'name', item->'command'->'payload',
                        item->'command'->>'causationId', item->'command'->>'correlationId',
                        (item->'command'->>'issuedAt')::int8);
                    INSERT INTO cqrs_claims (scope, value, owner)
                    SELECT value->>0, value->>1, value->>2 FROM json_array_elements(item->'claims')
                    ON CONFLICT DO NOTHING;
                    recorded := '{}';
                    FOR event IN SELECT value FROM json_array_elements(item->'events') LOOP
                        INSERT INTO cqrs_streams AS s (stream_id, version) VALUES (event->>'stream', 1)
                        ON CONFLICT (stream_id) DO UPDATE SET version = s.version + 1
                        RETURNING s.version INTO new_version;
                        INSERT INTO cqrs_events (position, id, stream_id, stream_version, type, occurred_at,
                            command_id, causation_id, correlation_id, data)
                        VALUES (nextval('cqrs_event_positions'), event->>'id', event->>'stream', new_version,
                            event->>'type', (item->'command'->>'issuedAt')::int8, item->'command'->>'id',
                            item->'command'->>'id', item->'command'->>'correlationId', event->'data')
                        RETURNING position INTO new_position;
                        recorded := recorded || json_build_array(new_position, new_version);
                    END LOOP;
                    outcome := json_build_object('recorded', array_to_json(recorded));
                END IF;
                outcomes := outcomes || outcome;
            END LOOP;
            RETURN array_to_json(outcomes);
        END
        $$
        """
}
