/// A typed event of the domain, as `operate` decides it.
///
/// Implementations are value types (usually an enum per area: `CustomerEvent`). `type` is the stored
/// name, `streamID` the stream the event belongs to, `payload` everything needed to rebuild any read
/// model from it later.
package protocol DomainEvent: Sendable, Equatable {
    var type: String { get }
    var streamID: String { get }
    var payload: Value { get }
}

/// A command's typed payload. Field names match the GraphQL arguments of its mutation.
package protocol CommandPayload: Sendable, Equatable {
    /// The command's name, which is also its mutation's name.
    static var name: String { get }
    init(payload: Value) throws(PayloadError)
    var payload: Value { get }
}
