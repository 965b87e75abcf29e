import Glibc
package import HTTP

extension Launch {
    /// Runs a started server in front of its shell until SIGTERM or SIGINT, then stops them in
    /// the order CONTRACT.md asks for and exits 0; a shell that fails ends the process with 1.
    ///
    /// Order of the stop: the server stops accepting and answers what it has read whole (which
    /// may still need the shell), then the shell finishes the work those requests accepted, then
    /// `flush` makes it durable (closes the log). The server's drain is awaited whole, with no
    /// deadline of its own here: it ends by itself within the server's `bodyTimeout` plus
    /// `shutdownGrace` (40 s by default), so a request whose body was still coming when the signal
    /// came is answered before the exit. A second signal ends the process at once (`StopSignal`).
    ///
    /// - Parameters:
    ///   - run: the shell's `run()`; started here, as the listening line is printed.
    ///   - stopShell: asks `run` to drain and return (the shell's `shutdown()`).
    package static func serve(
        _ program: String, server: HTTPServer, host: String, port: Int, stop: StopSignal,
        run: @escaping @Sendable () async throws -> Void, stopShell: @Sendable () -> Void,
        flush: @Sendable () async -> Void
    ) async -> Never {
        let running = Task.detached { try await run() }
        Task.detached {
            do { try await running.value } catch { fail(program, "the shell stopped: \(error)") }
        }
        Console.output(listeningLine(host: host, port: port))
        await stop.wait()
        await server.shutdown()
        stopShell()
        do { try await running.value } catch { fail(program, "the shell stopped: \(error)") }
        await flush()
        exit(0)
    }
}
