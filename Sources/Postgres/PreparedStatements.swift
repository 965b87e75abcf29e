/// The statement texts one server session has prepared, and the names they have there.
///
/// A session keeps what it prepares until it ends, so the set is bounded: the texts a program
/// runs again and again are few and come first, while one-off texts (migrations, DDL naming a
/// schema) could otherwise grow it without end. Past `capacity`, new texts run unprepared.
struct PreparedStatements {
    private var names: [String: String] = [:]
    let capacity: Int

    init(capacity: Int = 256) { self.capacity = capacity }

    func name(of sql: String) -> String? { names[sql] }

    /// A name no statement of the session has, or nil when the session holds `capacity` of them.
    /// Explicit `PostgresConnection.prepare(name:sql:)` names must not start with `cqrs_statement_`.
    func nextName() -> String? {
        names.count < capacity ? "cqrs_statement_\(names.count + 1)" : nil
    }

    mutating func add(_ sql: String, as name: String) { names[sql] = name }

    /// Forgets every statement: the session they were prepared on has ended.
    mutating func removeAll() { names.removeAll() }
}
