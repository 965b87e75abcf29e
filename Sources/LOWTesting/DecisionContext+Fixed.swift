package import LOW

extension DecisionContext {
    /// 2026-01-02T03:04:05.678Z: a whole millisecond, so it survives the RFC 3339 text of payloads.
    package static let fixedNow = Timestamp(microseconds: 1_767_323_045_678_000)

    /// A context for tests: `commandID` is a UUID's text or any name (then the name-based UUID of
    /// it in the URL namespace), so `"cmd-1"` always stands for the same id.
    package static func fixed(commandID: String = "cmd-1", now: Timestamp = fixedNow) -> DecisionContext {
        DecisionContext(commandID: .fixed(commandID), now: now)
    }
}

extension ID {
    /// The id `text` names: itself when it is a UUID's text, else its name-based UUID.
    package static func fixed(_ text: String) -> ID { ID(text) ?? ID.named(text, in: .urlNamespace) }
}
