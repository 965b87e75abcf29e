import Glibc
package import LOW

extension Timestamp {
    /// The wall-clock time now: what a shell stamps a client's command with when it issues it.
    /// Functions never call this; they get the time through `DecisionContext`.
    package static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(microseconds: Int64(spec.tv_sec) * 1_000_000 + Int64(spec.tv_nsec) / 1000)
    }
}
