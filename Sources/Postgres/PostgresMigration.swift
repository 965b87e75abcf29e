/// One change to the database's schema, applied once, in the order of `version`.
///
/// Its statements run in one transaction with the row that records it, so a migration is applied
/// whole or not at all. Each statement is sent alone (libpq's extended protocol runs one at a time),
/// and a statement is fixed text of the product, never built from input.
package struct PostgresMigration: Sendable, Equatable {
    /// Its place in the order; once applied, never reused for other statements.
    package var version: Int
    /// What it does, recorded with it: a binary whose migration of that version has another name
    /// was built from another history, and is refused.
    package var name: String
    package var statements: [String]

    package init(version: Int, name: String, statements: [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }
}
