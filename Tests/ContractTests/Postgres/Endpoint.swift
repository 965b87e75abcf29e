import Foundation
import Synchronization

/// A server's port as a value that load threads can share: the requests of `ServerProcess`'s
/// helpers, each on a new connection, without holding the process object.
struct Endpoint: Sendable {
    let port: Int

    init(_ server: ServerProcess) { port = server.port }

    /// POSTs a GraphQL request. - Throws: `ClientError` when no answer comes back (refused, reset, timed out).
    func post(_ query: String, variables: [String: Any]? = nil, key: String? = nil) throws -> HTTPAnswer {
        let connection = try RawConnection(port: port, timeout: 30)
        try connection.send(ServerProcess.graphQLRequest(query, variables: variables, key: key))
        return try connection.readResponse()
    }

    func get(_ path: String) throws -> HTTPAnswer {
        let connection = try RawConnection(port: port, timeout: 30)
        try connection.send(HTTPText.request("GET", path, headers: []))
        return try connection.readResponse()
    }

    func graphQL(_ query: String, variables: [String: Any]? = nil, key: String? = nil) throws -> GraphQLResult {
        GraphQLResult(try post(query, variables: variables, key: key).json)
    }

    func deposit(_ account: String, _ amount: Int, key: String? = nil) throws -> GraphQLResult {
        try graphQL(
            "mutation($a: ID!, $n: Int!) { DepositMoney(accountId: $a, amount: $n) { balance } }",
            variables: ["a": account, "n": amount], key: key)
    }

    func transfer(_ from: String, _ to: String, _ amount: Int, key: String? = nil) throws -> GraphQLResult {
        try graphQL(
            "mutation($f: ID!, $t: ID!, $n: Int!) { TransferMoney(from: $f, to: $t, amount: $n) { id status reason } }",
            variables: ["f": from, "t": to, "n": amount], key: key)
    }

    func balance(_ account: String) throws -> Int? {
        try graphQL("query($id: ID!) { account(id: $id) { balance } }", variables: ["id": account])
            .object("account")?["balance"] as? Int
    }

    func transferStatus(_ id: String) throws -> String? {
        try graphQL("query($id: ID!) { transfer(id: $id) { status } }", variables: ["id": id])
            .object("transfer")?["status"] as? String
    }

    /// Polls `transfer(id)` until it is no longer PENDING; answers its last status.
    func settledStatus(_ id: String, seconds: Double) throws -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let status = try transferStatus(id)
            if status != "PENDING" || Date() > deadline { return status }
            usleep(50_000)
        }
    }
}

/// Runs `body(worker)` on `count` threads of their own, all at once, and answers a group to wait
/// on: load that blocks in sockets must not run on the cooperative pool's two threads.
@discardableResult
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> DispatchGroup {
    let group = DispatchGroup()
    for worker in 0..<count {
        group.enter()
        Thread.detachNewThread {
            body(worker)
            group.leave()
        }
    }
    return group
}

/// What the load threads saw, gathered under a lock; the test thread asserts on it afterwards
/// (an expectation must be recorded from the test's own task to count).
final class Ledger<Entry: Sendable>: Sendable {
    private let entries = Mutex<[Entry]>([])
    private let problems = Mutex<[String]>([])

    func record(_ entry: Entry) { entries.withLock { $0.append(entry) } }
    /// A wrong answer, in words with the raw answer.
    func problem(_ text: String) { problems.withLock { $0.append(text) } }

    var all: [Entry] { entries.withLock { $0 } }
    var allProblems: [String] { problems.withLock { $0 } }
}
