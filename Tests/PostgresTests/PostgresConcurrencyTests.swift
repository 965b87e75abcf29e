import Postgres
import Synchronization
import TestSupport
import Testing

@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresConcurrencyTests {
    @Test func answersManyConcurrentQueriesOnSeveralConnections() async throws {
        try await TestDatabase.withSchema { schema in
            var connections: [PostgresConnection] = []
            for _ in 0..<4 { connections.append(try await schema.connect()) }
            let pool = connections
            let answers = try await withThrowingTaskGroup(of: (Int, Int64?).self) { group in
                for n in 0..<200 {
                    group.addTask {
                        let rows = try await pool[n % pool.count].query("SELECT $1::int8 * 2", ["\(n)"])
                        return (n, try rows.first?.int64(0))
                    }
                }
                var answers: [Int: Int64?] = [:]
                for try await (n, doubled) in group { answers[n] = doubled }
                return answers
            }
            #expect(answers.count == 200)
            #expect(answers.allSatisfy { $0.value == Int64($0.key) * 2 })
            for connection in connections { await connection.close() }
        }
    }

    // Timing: one at a time with the other timing-sensitive tests.
    @Test(.exclusive) func blocksNoCooperativeThreadWhileTheServerWorks() async throws {
        try await TestDatabase.withSchema { schema in
            let first = try await schema.connect()
            let second = try await schema.connect()
            let isDone = Atomic<Bool>(false)
            let clock = ContinuousClock()
            let start = clock.now
            // With the pool's two threads blocked in libpq, this task could not tick at all.
            async let ticks: Int = {
                var ticks = 0
                while !isDone.load(ordering: .acquiring) {
                    try? await Task.sleep(for: .milliseconds(10))
                    ticks += 1
                }
                return ticks
            }()
            async let slept1 = first.query("SELECT pg_sleep(0.5)")
            async let slept2 = second.query("SELECT pg_sleep(0.5)")
            _ = try await (slept1, slept2)
            let elapsed = clock.now - start
            isDone.store(true, ordering: .releasing)
            let ticked = await ticks
            #expect(elapsed < .milliseconds(900), "the two sleeps ran one after the other: \(elapsed)")
            #expect(ticked >= 10, "the cooperative pool made too little progress: \(ticked) ticks in \(elapsed)")
            await first.close()
            await second.close()
        }
    }
}
