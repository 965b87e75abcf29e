import Synchronization
import Testing

@testable import Postgres

struct CoalescedLookupTests {
    @Test func lookupsAtTheSameTimeShareAStatementAndEachGetsItsOwnValue() async throws {
        let statements = Mutex<[[Int]]>([])
        let squares = CoalescedLookup<Int, Int>(maximumBatchSize: 16, maximumInFlight: 1) { keys in
            statements.withLock { $0.append(keys) }
            try await Task.sleep(for: .milliseconds(5))
            // Odd keys have no value.
            return Dictionary(uniqueKeysWithValues: keys.filter { $0 % 2 == 0 }.map { ($0, $0 * $0) })
        }
        let answers = try await withThrowingTaskGroup(of: (Int, Int?).self) { group in
            // Each key twice: the same key asked twice in one batch is looked up once.
            for key in (0..<40).flatMap({ [$0, $0] }) {
                group.addTask { (key, try await squares.value(for: key)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.count == 80)
        #expect(answers.allSatisfy { key, value in value == (key % 2 == 0 ? key * key : nil) })
        let batches = statements.withLock { $0 }
        #expect(batches.count < 40, "lookups that waited shared statements: \(batches.count) for 80 lookups")
        #expect(batches.allSatisfy { $0.count == Set($0).count }, "no key twice in one statement")
        #expect(batches.allSatisfy { $0.count <= 16 })
    }

    @Test func aFailedStatementFailsOnlyTheLookupsItCarried() async throws {
        struct Unreachable: Error {}
        let calls = Atomic(0)
        let lookup = CoalescedLookup<String, String> { keys in
            // The first statement fails, the next ones answer.
            if calls.add(1, ordering: .relaxed).oldValue == 0 { throw Unreachable() }
            return Dictionary(uniqueKeysWithValues: keys.map { ($0, $0.uppercased()) })
        }
        await #expect(throws: Unreachable.self) { try await lookup.value(for: "a") }
        #expect(try await lookup.value(for: "b") == "B")
    }
}
