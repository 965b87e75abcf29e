import Testing

@testable import InProcess

struct ShardedDictionaryTests {
    @Test func answersLikeADictionaryThroughInsertsUpdatesAndRemovals() {
        var sharded = ShardedDictionary<String, Int>()
        var plain: [String: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for step in 0..<20_000 {
            let key = "key-\(Int.random(in: 0..<3_000, using: &generator))"
            switch step % 4 {
            case 0, 1:
                sharded[key] = step
                plain[key] = step
            case 2:
                sharded[key, default: 0] += 1
                plain[key, default: 0] += 1
            default:
                sharded[key] = nil
                plain[key] = nil
            }
        }
        #expect(sharded.count == plain.count)
        for index in 0..<3_000 { #expect(sharded["key-\(index)"] == plain["key-\(index)"]) }
    }

    @Test func reservingKeepsWhatIsStored() {
        var sharded = ShardedDictionary<Int, String>()
        sharded[7] = "seven"
        sharded.reserveCapacity(additional: 10_000)
        #expect(sharded[7] == "seven")
        #expect(sharded.count == 1)
    }
}
