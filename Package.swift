// swift-tools-version: 6.1
// One package, no package dependencies: the toolchain and (later) system C libraries only.
import PackageDescription

let settings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "cqrs-graphql",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "basic-inprocess", targets: ["BasicInProcess"]),
        .executable(name: "gql-inprocess", targets: ["GQLInProcess"]),
        .executable(name: "gql-postgres", targets: ["GQLPostgres"]),
        .executable(name: "bench", targets: ["Bench"]),
    ],
    targets: [
        // The pattern: commands, events, LOW handlers, ports, Executor. Standard library only.
        .target(name: "LOW", swiftSettings: settings),
        .target(name: "LOWTesting", dependencies: ["LOW"], swiftSettings: settings),
        // The business logic of the example domain. Imports LOW only.
        .target(name: "Functions", dependencies: ["LOW"], swiftSettings: settings),
        // Shell: the runtime every shell runs a Catalog with: command bus, runners, boards, submit.
        .target(name: "Runtime", dependencies: ["LOW"], swiftSettings: settings),
        // Shell: the in-memory and file-log event stores and the in-memory read-model store.
        .target(name: "InProcess", dependencies: ["LOW", "Runtime"], swiftSettings: settings),
        // Shell: the GraphQL engine (lexer, parser, validation, execution, introspection).
        .target(name: "GraphQL", swiftSettings: settings),
        // Shell: the HTTP/1.1 server (epoll event loops, parser state machine, limits, timeouts).
        .target(name: "HTTP", dependencies: ["CEpoll"], swiftSettings: settings),
        // sys/epoll.h and sys/eventfd.h, which Glibc's module map leaves out.
        .systemLibrary(name: "CEpoll", path: "Sources/CEpoll"),
        // Shell: GraphQL over HTTP (/graphql /health /ready /metrics, explorer), mutations onto commands.
        .target(name: "Gateway", dependencies: ["LOW", "GraphQL", "HTTP"], swiftSettings: settings),
        // Shell: flags and environment, signals, graceful shutdown, the "listening on" line, and the
        // GraphQL service (schema, gateway, HTTP server) every GraphQL product serves its runtime with.
        .target(
            name: "Launch", dependencies: ["LOW", "HTTP", "GraphQL", "Gateway", "Runtime"], swiftSettings: settings),
        // Contract checks that every implementation of a LOW port must pass.
        .target(name: "ShellTesting", dependencies: ["LOW"], swiftSettings: settings),
        // Shell: PostgreSQL through libpq, one dedicated thread per connection.
        .target(name: "Postgres", dependencies: ["CLibPQ", "LOW", "Runtime"], swiftSettings: settings),
        // libpq-fe.h; only the PostgreSQL products depend on it (Debian: libpq-dev).
        .systemLibrary(
            name: "CLibPQ", path: "Sources/CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // Shell: Kafka through librdkafka: producer, consumer and admin calls, each client's polls
        // and blocking calls on threads of its own.
        .target(name: "Kafka", dependencies: ["CRdKafka"], swiftSettings: settings),
        // librdkafka/rdkafka.h; only the Kafka products depend on it (Debian: librdkafka-dev). At run
        // time Tansu needs librdkafka 2.16, not Debian's 2.0.2 (.ci/kafka libdir).
        .systemLibrary(
            name: "CRdKafka", path: "Sources/CRdKafka", pkgConfig: "rdkafka", providers: [.apt(["librdkafka-dev"])]),

        .executableTarget(
            name: "BasicInProcess", dependencies: ["LOW", "Functions", "Runtime", "InProcess", "Launch"],
            path: "Projects/basic-inprocess", swiftSettings: settings),
        .executableTarget(
            name: "GQLInProcess",
            dependencies: ["LOW", "Functions", "Runtime", "InProcess", "Launch"],
            path: "Projects/gql-inprocess", swiftSettings: settings),
        .executableTarget(
            name: "GQLPostgres",
            dependencies: ["LOW", "Functions", "Runtime", "Postgres", "Launch"],
            path: "Projects/gql-postgres", swiftSettings: settings),
        .executableTarget(
            name: "Bench",
            dependencies: ["LOW", "Functions", "Runtime", "InProcess", "GraphQL", "Postgres", "Kafka", "CRdKafka"],
            path: "Projects/bench", swiftSettings: settings),

        .testTarget(name: "LOWTests", dependencies: ["LOW", "LOWTesting"], swiftSettings: settings),
        .testTarget(
            name: "FunctionsTests", dependencies: ["Functions", "LOW", "LOWTesting"], swiftSettings: settings),
        .testTarget(
            name: "RuntimeTests",
            dependencies: ["Runtime", "LOW", "InProcess", "Functions", "TestSupport"],
            swiftSettings: settings),
        .testTarget(
            name: "InProcessTests",
            dependencies: [
                "InProcess", "LOW", "LOWTesting", "ShellTesting", "Functions", "LogCrashChild", "TestSupport",
            ],
            swiftSettings: settings),
        // The child process of InProcessTests' crash test: a dependency so `swift test` builds it.
        .executableTarget(
            name: "LogCrashChild", dependencies: ["LOW", "InProcess"], path: "Tests/LogCrashChild",
            swiftSettings: settings),
        .testTarget(
            name: "GraphQLTests", dependencies: ["GraphQL", "TestSupport"],
            // The differential test's corpus and its Python reference are read at run time.
            exclude: ["Fixtures", "Differential/corpus", "Differential/tools"], swiftSettings: settings),
        // What several test targets share: blocking test work off the cooperative pool, a
        // process-wide section that runs the timing-sensitive tests one at a time, temporary folders.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: settings),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "TestSupport"], swiftSettings: settings),
        // Against a real server at CQRS_TEST_DATABASE_URL (.ci/test starts a throw-away cluster).
        .testTarget(
            name: "PostgresTests",
            dependencies: ["Postgres", "LOW", "Runtime", "Functions", "ShellTesting", "TestSupport"],
            swiftSettings: settings),
        // Against a real broker at CQRS_TEST_KAFKA_BROKERS (.ci/test starts a throw-away Tansu) and
        // librdkafka 2.16 on LD_LIBRARY_PATH (.ci/kafka libdir).
        .testTarget(name: "KafkaTests", dependencies: ["Kafka"], swiftSettings: settings),
        .testTarget(
            name: "GatewayTests",
            dependencies: ["Gateway", "GraphQL", "HTTP", "LOW", "Functions", "Runtime", "InProcess", "TestSupport"],
            swiftSettings: settings),
        // Black box: starts a product (gql-inprocess, or the one CQRS_CONTRACT_PRODUCT names; each is
        // a dependency so `swift test` builds it) on a free port and talks to it over sockets, as a
        // client would.
        .testTarget(
            name: "ContractTests", dependencies: ["GQLInProcess", "GQLPostgres", "TestSupport"],
            swiftSettings: settings),
    ]
)
