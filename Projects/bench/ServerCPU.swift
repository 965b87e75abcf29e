import Foundation

/// CPU time the PostgreSQL server's processes have used (`/proc/PID/stat`, user + system), so a
/// run can say what each operation cost both sides: on a machine whose cores the bench and the
/// server share, CPU per operation moves less with the neighbours' load than operations per second.
enum ServerCPU {
    /// The seconds used so far by the live processes named `postgres`; nil where /proc is absent.
    /// A process that exits during a run takes its time with it, so measure across runs whose
    /// connections stay open.
    static func seconds() -> Double? {
        guard let pids = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        var ticks = 0
        for pid in pids where pid.first?.isNumber == true {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")"),
                stat[stat.index(after: open)..<close] == "postgres"
            else { continue }
            // After the name: state, then fields 4..., of which utime and stime are 14 and 15.
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { continue }
            ticks += user + system
        }
        return Double(ticks) / ticksPerSecond
    }
}
