import Foundation

/// The product the contract suite runs against: `CQRS_CONTRACT_PRODUCT` names it (default
/// `gql-inprocess`), so every shell's product passes the same tests, unchanged.
///
/// The tests ask for storage the way gql-inprocess spells it, `--ephemeral` (a fresh store) or
/// `--data-dir DIR` (a store that outlives a restart with the same DIR); `arguments(_:)` says the
/// same to the product under test in its own flags.
struct ProductUnderTest: Sendable {
    /// The executable's name, a product of this package.
    let name: String
    /// Whether it keeps events in a file log (`--data-dir`): tests of the log's own damage and
    /// lock run only then.
    let hasFileLog: Bool
    /// Texts its `--help` shows for its storage flags.
    let storageHelp: [String]
    private let storage: @Sendable ([String]) throws -> [String]

    static let current: ProductUnderTest = {
        switch ProcessInfo.processInfo.environment["CQRS_CONTRACT_PRODUCT"] ?? "gql-inprocess" {
        case "gql-postgres": return postgres
        case "gql-inprocess", "": return inProcess
        case let other: fatalError("CQRS_CONTRACT_PRODUCT=\(other): no such product (gql-inprocess, gql-postgres)")
        }
    }()

    /// `arguments` with their storage flags said in the product's own.
    func arguments(_ arguments: [String]) throws -> [String] { try storage(arguments) }

    static let inProcess = ProductUnderTest(
        name: "gql-inprocess", hasFileLog: true,
        storageHelp: ["--data-dir", "--ephemeral", "[DATA_DIR]", "default: ./data"], storage: { $0 })

    /// gql-postgres on the test server (`CQRS_TEST_DATABASE_URL`): `--ephemeral` is a schema of
    /// its own, new each time; `--data-dir DIR` a schema named after DIR, so a restart with the
    /// same DIR finds the same tables.
    static let postgres = ProductUnderTest(
        name: "gql-postgres", hasFileLog: false,
        storageHelp: ["--database-url", "[DATABASE_URL]", "--database-pool", "--database-schema"],
        storage: { arguments in
            guard let url = ProcessInfo.processInfo.environment["CQRS_TEST_DATABASE_URL"], !url.isEmpty else {
                throw ClientError(description: "gql-postgres needs CQRS_TEST_DATABASE_URL (.ci/test sets it)")
            }
            var translated: [String] = []
            var schema: String?
            var index = arguments.startIndex
            while index < arguments.endIndex {
                switch arguments[index] {
                case "--ephemeral":
                    schema = "contract_" + String(UInt64.random(in: .min ... .max), radix: 16)
                case "--data-dir" where index + 1 < arguments.endIndex:
                    index += 1
                    schema = "contract_" + stableHash(arguments[index])
                default:
                    translated.append(arguments[index])
                }
                index += 1
            }
            guard let schema else { return translated }
            return translated + ["--database-url", url, "--database-schema", schema]
        })

    /// FNV-1a of `text` in hex: the same folder names the same schema in every process.
    private static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}
