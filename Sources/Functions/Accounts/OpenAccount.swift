package import LOW

/// The `OpenAccount` mutation's payload; an absent `initialDeposit` is the schema's default, 0.
package struct OpenAccount: CommandPayload {
    package static let name = "OpenAccount"
    package var owner: String
    package var initialDeposit: Int

    package init(owner: String, initialDeposit: Int = 0) {
        self.owner = owner
        self.initialDeposit = initialDeposit
    }

    package init(payload: Value) throws(PayloadError) {
        owner = try payload.string("owner")
        initialDeposit = try payload.optionalInt("initialDeposit") ?? 0
    }

    package var payload: Value { ["owner": .string(owner), "initialDeposit": .int(initialDeposit)] }
}
