/// Binds a Query field to a read model: which table it reads and how its arguments find rows.
///
/// Type-erased like `AnyProjector`, so a gateway can bind fields to read models it does not know
/// by type. Three shapes cover the example domain:
///
/// ```swift
/// ReadModelQuery.byID("customer", Customer.self)                       // customer(id)
/// ReadModelQuery.byIndex("customerByEmail", Customer.self, index: Customer.emailIndex,
///                        argument: "email", key: Customer.emailKey)    // customerByEmail(email)
/// ReadModelQuery.page("customers", Customer.self)                      // customers(first, after)
/// ```
///
/// Arguments arrive as one `Value.object` of the field's coerced arguments; the answer is the row
/// as its GraphQL fields (`null` when there is none) or, for a page, a list of them.
package struct ReadModelQuery: Sendable {
    /// How the field's arguments find rows.
    package enum Shape: Sendable, Hashable {
        /// The row whose id is the argument's value.
        case byID(argument: String)
        /// The row an index holds under the key made of the argument's value.
        case byIndex(index: String, argument: String)
        /// Rows in creation order: `first` of them after the row whose id is `after`.
        case page(first: String, after: String)

        /// The arguments the field must declare.
        package var arguments: [String] {
            switch self {
            case .byID(let argument), .byIndex(_, let argument): [argument]
            case .page(let first, let after): [first, after]
            }
        }
    }

    /// The Query field (`customer`).
    package let field: String
    /// The table read (`customers`).
    package let table: String
    /// The read model's type name, which is its GraphQL type's name (`Customer`).
    package let typeName: String
    package let shape: Shape
    private let loadAsync: @Sendable (Value, any ReadModelStore) async throws -> Value
    private let loadNow: @Sendable (Value, any SynchronousReadModelReader) throws -> Value

    private init<M: ReadModel>(
        field: String, model: M.Type, shape: Shape,
        async loadAsync: @escaping @Sendable (Value, any ReadModelStore) async throws -> Value,
        now loadNow: @escaping @Sendable (Value, any SynchronousReadModelReader) throws -> Value
    ) {
        self.field = field
        table = M.table
        typeName = String(describing: M.self)
        self.shape = shape
        self.loadAsync = loadAsync
        self.loadNow = loadNow
    }

    /// `field(argument)` answers the row whose id is the argument (`customer(id)`).
    package static func byID<M: ReadModel>(_ field: String, _ model: M.Type, argument: String = "id") -> Self {
        Self(
            field: field, model: M.self, shape: .byID(argument: argument),
            async: { arguments, store in
                guard let id = arguments[argument]?.stringValue else { return .null }
                return try await store.row(M.self, id: id)?.value ?? .null
            },
            now: { arguments, store in
                guard let id = arguments[argument]?.stringValue else { return .null }
                return try store.rowNow(M.self, id: id)?.value ?? .null
            })
    }

    /// `field(argument)` answers the row `index` holds under `key(argument)` (`customerByEmail(email)`).
    package static func byIndex<M: ReadModel>(
        _ field: String, _ model: M.Type, index: String, argument: String,
        key: @escaping @Sendable (String) -> String = { $0 }
    ) -> Self {
        Self(
            field: field, model: M.self, shape: .byIndex(index: index, argument: argument),
            async: { arguments, store in
                guard let text = arguments[argument]?.stringValue else { return .null }
                return try await store.row(M.self, index: index, key: key(text))?.value ?? .null
            },
            now: { arguments, store in
                guard let text = arguments[argument]?.stringValue else { return .null }
                return try store.rowNow(M.self, index: index, key: key(text))?.value ?? .null
            })
    }

    /// `field(first, after)` answers up to `first` rows after the row `after`, in creation order
    /// (`customers(first, after)`). A missing or negative `first` reads none.
    package static func page<M: ReadModel>(
        _ field: String, _ model: M.Type, first: String = "first", after: String = "after"
    ) -> Self {
        Self(
            field: field, model: M.self, shape: .page(first: first, after: after),
            async: { arguments, store in
                let count = max(0, arguments[first]?.intValue ?? 0)
                let rows = try await store.rows(M.self, after: arguments[after]?.stringValue, first: count)
                return .list(rows.map(\.value))
            },
            now: { arguments, store in
                let count = max(0, arguments[first]?.intValue ?? 0)
                let rows = try store.rowsNow(M.self, after: arguments[after]?.stringValue, first: count)
                return .list(rows.map(\.value))
            })
    }

    /// The field's answer for `arguments` (an object of the coerced arguments), read from `store`.
    package func load(_ arguments: Value, from store: any ReadModelStore) async throws -> Value {
        try await loadAsync(arguments, store)
    }

    /// The same answer without `await`, from a store that reads synchronously.
    package func loadNow(_ arguments: Value, from store: any SynchronousReadModelReader) throws -> Value {
        try loadNow(arguments, store)
    }
}
