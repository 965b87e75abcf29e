/// A pool's figures as Prometheus text (format 0.0.4), for `/metrics` beside the gateway's, each
/// line labelled with the pool's name.
package struct PoolMetrics: Sendable {
    package let pool: PostgresPool
    /// The `pool` label (`events`, `read_models`).
    package let name: String

    package init(pool: PostgresPool, name: String) {
        self.pool = pool
        self.name = name
    }

    /// The lines of every pool in `pools`, each metric's HELP and TYPE once.
    package static func text(_ pools: [PoolMetrics]) -> String {
        let figures = pools.map { ($0.name, $0.pool.statistics) }
        var lines: [String] = []
        func metric(_ name: String, _ type: String, _ help: String, _ value: (PostgresPool.Statistics) -> Int) {
            lines += ["# HELP \(name) \(help)", "# TYPE \(name) \(type)"]
            for (pool, statistics) in figures { lines.append("\(name){pool=\"\(pool)\"} \(value(statistics))") }
        }
        metric("database_pool_connections", "gauge", "Connections the pool holds.") { $0.size }
        metric("database_pool_connections_in_use", "gauge", "Connections lent to a task now.") { $0.size - $0.idle }
        metric("database_pool_waiters", "gauge", "Tasks waiting for a connection now.") { $0.waiting }
        metric("database_pool_connections_lost_total", "counter", "Connections found broken since start.") {
            $0.losses
        }
        metric("database_pool_reconnects_total", "counter", "Broken connections opened again since start.") {
            $0.reconnects
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
