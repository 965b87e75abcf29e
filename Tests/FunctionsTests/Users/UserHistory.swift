import Functions

/// Histories the users' handler tests start from.
enum UserHistory {
    static let registered = UserEvent.registered(id: "u-1", name: "Ada", age: nil)
    static let disabled = UserEvent.disabled(id: "u-1")
}
