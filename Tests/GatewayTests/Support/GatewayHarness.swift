import Functions
import GraphQL
import HTTP
import InProcess
import LOW
import Runtime
import TestSupport
import Testing

@testable import Gateway

/// A gateway over a running in-process shell with in-memory stores and the schema of `Schema/`,
/// driven by calling `respond(to:)`: no sockets.
struct GatewayHarness {
    let gateway: Gateway
    let shell: CatalogRuntime

    /// `Schema/` of this repository, found from this file's path.
    static func schema() throws -> Schema { try SchemaBuilder.build(directory: schemaDirectory()) }

    /// The folder `Schema/` of this repository.
    static func schemaDirectory() -> String {
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        path.removeLast(4)  // GatewayHarness.swift, Support, GatewayTests, Tests
        return path.joined(separator: "/") + "/Schema"
    }

    /// Runs `body` with a gateway over a fresh shell, then stops the shell gracefully.
    ///
    /// Inside `ExclusiveSection`, as the shell's projections run on the cooperative pool. The
    /// default `timeout` is far above what a mutation needs: a test that expects an answer must not
    /// get PENDING because the machine is busy; a test about PENDING sets its own.
    static func with<T>(
        timeout: Duration = .seconds(60), readModels: any ReadModelStore = InMemoryReadModelStore(),
        configuration: Gateway.Configuration = Gateway.Configuration(),
        _ body: (GatewayHarness) async throws -> T
    ) async throws -> T {
        try await ExclusiveSection.run {
            try await withFreshShell(timeout: timeout, readModels: readModels, configuration: configuration, body)
        }
    }

    private static func withFreshShell<T>(
        timeout: Duration, readModels: any ReadModelStore, configuration: Gateway.Configuration,
        _ body: (GatewayHarness) async throws -> T
    ) async throws -> T {
        let shell = CatalogRuntime(
            catalog: Domain.catalog, events: InMemoryEventStore(), readModels: readModels)
        var configuration = configuration
        configuration.requestTimeout = timeout
        let gateway = try Gateway(
            schema: try schema(), queries: Domain.queries, backend: shell, configuration: configuration)
        let run = Task { try await shell.run() }
        do {
            try await shell.waitUntilReady()
            let result = try await body(GatewayHarness(gateway: gateway, shell: shell))
            shell.shutdown()
            try await run.value
            return result
        } catch {
            run.cancel()
            throw error
        }
    }

    /// The response to `request`, awaiting a `.later` answer.
    func send(_ request: HTTPRequest) async -> HTTPResponse {
        switch gateway.respond(to: request) {
        case .now(let response): response
        case .later(let answer): await answer()
        }
    }

    /// `POST /graphql` with a JSON body of `query` and `variables`.
    func post(
        _ query: String, variables: Value? = nil, operationName: String? = nil,
        accept: String? = "application/graphql-response+json", headers: [(name: String, value: String)] = []
    ) async -> Reply {
        var body: Fields = ["query": .string(query)]
        if let variables { body["variables"] = variables }
        if let operationName { body["operationName"] = .string(operationName) }
        var fields: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if let accept { fields.append(("Accept", accept)) }
        let request = HTTPRequest(
            method: "POST", path: "/graphql", headers: fields + headers, body: JSONWriter.encode(.object(body)))
        return Reply(await send(request))
    }

    /// `GET path?query` with an optional Accept header.
    func get(_ path: Substring, query: Substring? = nil, accept: String? = nil, method: String = "GET") async -> Reply {
        let headers: [(name: String, value: String)] = accept.map { [("Accept", $0)] } ?? []
        return Reply(await send(HTTPRequest(method: method, path: path, query: query, headers: headers)))
    }
}

extension Gateway.Configuration {
    /// The default configuration with `change` applied.
    static func with(_ change: (inout Gateway.Configuration) -> Void) -> Gateway.Configuration {
        var configuration = Gateway.Configuration()
        change(&configuration)
        return configuration
    }
}

/// A response with its body read as JSON where it is JSON.
struct Reply {
    let response: HTTPResponse

    init(_ response: HTTPResponse) { self.response = response }

    var status: Int { response.status }
    var text: String { String(decoding: response.body, as: UTF8.self) }
    var json: Value { (try? JSONReader.parse(response.body)) ?? .null }
    var data: Value? { json["data"] }
    var errors: [Value] {
        if case .list(let errors)? = json["errors"] { return errors }
        return []
    }
    /// The `extensions.code` of every error.
    var codes: [String] { errors.compactMap { $0["extensions"]?["code"]?.stringValue } }

    func header(_ name: String) -> String? {
        response.headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
