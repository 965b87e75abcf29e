import Foundation
import Testing

/// The example domain's mutations as one-liners, for tests that need some state first.
extension ServerProcess {
    static let accountFields = "id owner balance version"
    static let transferFields = "id from to amount status reason"

    /// Opens an account and answers its id.
    func openAccount(_ owner: String, deposit: Int = 0, key: String? = nil) throws -> String {
        let result = try graphQL(
            "mutation($o: String!, $d: Int) { OpenAccount(owner: $o, initialDeposit: $d) { id } }",
            variables: ["o": owner, "d": deposit], key: key)
        return try #require(result.object("OpenAccount")?["id"] as? String, "\(result.raw)")
    }

    /// The account's row, nil when unknown.
    func account(_ id: String) throws -> [String: Any]? {
        try graphQL("query($id: ID!) { account(id: $id) { \(Self.accountFields) } }", variables: ["id": id])
            .object("account")
    }

    func balance(_ id: String) throws -> Int? { try account(id)?["balance"] as? Int }

    /// Runs `mutation { Name(args) { fields } }` with the arguments as variables.
    func mutate(_ name: String, _ arguments: [String: Any], fields: String, key: String? = nil) throws
        -> GraphQLResult
    {
        let declarations = arguments.keys.sorted().map { "$\($0): \(Self.argumentTypes[$0] ?? "String!")" }
        let passing = arguments.keys.sorted().map { "\($0): $\($0)" }
        let query =
            "mutation(\(declarations.joined(separator: ", "))) { \(name)(\(passing.joined(separator: ", "))) { \(fields) } }"
        return try graphQL(query, variables: arguments, key: key)
    }

    /// The schema's types of the mutations' arguments, by argument name.
    static let argumentTypes = [
        "email": "String!", "name": "String!", "age": "Int", "id": "ID!", "url": "String!", "renderTime": "Int!",
        "owner": "String!", "initialDeposit": "Int", "accountId": "ID!", "amount": "Int!", "from": "ID!", "to": "ID!",
    ]
}

/// A random id in canonical form, for "unknown" entities.
func unknownID() -> String { UUID().uuidString.lowercased() }
