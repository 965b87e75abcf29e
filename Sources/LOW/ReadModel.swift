/// A row of a read model: what queries and mutation results read. Named after its GraphQL type.
package protocol ReadModel: Sendable, Equatable {
    /// The table (read-model name, kebab-case wire name: `customers`).
    static var table: String { get }
    var id: String { get }
    /// The row as its GraphQL type's fields (`{"id":..., "email":..., "invited":true, ...}`).
    var value: Value { get }
    init(value: Value) throws(PayloadError)
    /// Secondary keys a query finds the row by, per index name (`["email": "ada@example.com"]`).
    var indexKeys: [String: String] { get }
}

extension ReadModel {
    package var indexKeys: [String: String] { [:] }
}
