import LOW
import Testing

struct ValueTests {
    @Test func anObjectLiteralKeepsItsKeysInWrittenOrder() {
        let value: Value = ["b": 1, "a": "x", "c": nil]
        guard case .object(let fields) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(fields.map(\.key) == ["b", "a", "c"])
        #expect(value["a"] == "x")
    }

    @Test func aRepeatedKeyInALiteralKeepsItsFirstPlaceAndTakesTheLastValue() {
        let value: Value = ["a": 1, "b": 2, "a": 3]
        guard case .object(let fields) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(fields.map(\.key) == ["a", "b"])
        #expect(value["a"] == 3)
    }
}
