import Foundation
import TestSupport
import Testing

/// Every endpoint and status code of CONTRACT.md's "HTTP endpoints", over a socket.
@Suite(.exclusive)
struct EndpointTests {
    let server: ServerProcess

    init() async throws {
        server = try await offPool { try ServerProcess(["--ephemeral", "--max-body-bytes", "4096"]) }
    }

    static let json = "application/json"
    static let graphQL = ServerProcess.graphQLResponse

    @Test func healthReadyAndMetricsAnswer() async throws {
        try await offPool {
            let health = try server.get("/health")
            #expect(health.status == 200)
            #expect(health.json["status"] as? String == "ok")
            try server.waitUntilReady()
            _ = try server.post("{ customers { id } }")
            let metrics = try server.get("/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.header("Content-Type")?.hasPrefix("text/plain") == true)
            #expect(metrics.header("Content-Type")?.contains("version=0.0.4") == true)
            #expect(metrics.text.contains("# TYPE "))
            #expect(metrics.text.contains("/graphql"))
        }
    }

    @Test func aQueryByPostAnswersTheGraphQLResponseTypeWhenAccepted() async throws {
        try await offPool {
            let answer = try server.post("{ customers { id } }")
            #expect(answer.status == 200)
            #expect(answer.header("Content-Type")?.hasPrefix(Self.graphQL) == true)
            #expect(answer.json["data"] as? [String: Any] != nil)
        }
    }

    @Test(
        arguments: [
            (nil, json), ("*/*", json), ("text/plain", json), (graphQL, graphQL), ("application/json", json),
            ("application/json, \(graphQL)", graphQL), ("application/json;q=1, \(graphQL);q=0.5", json),
            ("\(graphQL);q=0.9, application/json;q=0.9", graphQL),
        ] as [(String?, String)])
    func theResponseTypeFollowsAccept(_ accept: String?, _ expected: String) async throws {
        try await offPool {
            let answer = try server.post("{ customers { id } }", accept: accept)
            #expect(answer.status == 200)
            #expect(
                answer.header("Content-Type")?.hasPrefix(expected) == true, "\(answer.header("Content-Type") ?? "")")
        }
    }

    @Test func aQueryByGetIsAnswered() async throws {
        try await offPool {
            let query = "{ customers { id } }".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let answer = try server.get("/graphql?query=\(query)", headers: [("Accept", Self.graphQL)])
            #expect(answer.status == 200, "\(answer.text)")
            #expect((answer.json["data"] as? [String: Any])?["customers"] as? [Any] != nil)
        }
    }

    @Test func aMutationByGetAnswers405WithAllowPost() async throws {
        try await offPool {
            let query =
                "mutation { OpenAccount(owner: \"x\") { id } }"
                .addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let answer = try server.get("/graphql?query=\(query)", headers: [("Accept", Self.graphQL)])
            #expect(answer.status == 405)
            #expect(answer.header("Allow")?.contains("POST") == true)
        }
    }

    @Test func aDocumentThatDoesNotParseAnswers400UnderTheGraphQLTypeAnd200UnderJSON() async throws {
        try await offPool {
            let strict = try server.post("{ customers { id ", accept: Self.graphQL)
            #expect(strict.status == 400)
            #expect(GraphQLResult(strict.json).code == "GRAPHQL_PARSE_FAILED")
            let lenient = try server.post("{ customers { id ", accept: Self.json)
            #expect(lenient.status == 200)
            #expect(GraphQLResult(lenient.json).code == "GRAPHQL_PARSE_FAILED")
        }
    }

    @Test func aDocumentThatDoesNotValidateAnswersValidationFailed() async throws {
        try await offPool {
            let strict = try server.post("{ nothingHere }", accept: Self.graphQL)
            #expect(strict.status == 400)
            #expect(GraphQLResult(strict.json).code == "GRAPHQL_VALIDATION_FAILED")
            let literal = try server.post("{ account(id: 42.5) { id } }", accept: Self.json)
            #expect(literal.status == 200)
            #expect(GraphQLResult(literal.json).code == "GRAPHQL_VALIDATION_FAILED")
            let subscription = try server.post("subscription { customers { id } }")
            #expect(GraphQLResult(subscription.json).code == "GRAPHQL_VALIDATION_FAILED")
        }
    }

    @Test func aVariableOfTheWrongTypeAnswersBadUserInput() async throws {
        try await offPool {
            let answer = try server.post(
                "mutation($a: Int!) { DepositMoney(accountId: \"x\", amount: $a) { id } }", variables: ["a": "ten"])
            #expect(GraphQLResult(answer.json).code == "BAD_USER_INPUT", "\(answer.text)")
        }
    }

    @Test(arguments: [
        ("not json", "malformed JSON"), ("{\"variables\":{}}", "no query"), ("{\"query\":42}", "query not a string"),
        ("{\"query\":\"{ customers { id } }\",\"variables\":[1]}", "variables not an object"), ("[]", "an array"),
    ])
    func aRequestThatIsNotGraphQLAnswers400BadRequest(_ body: String, _ what: String) async throws {
        try await offPool {
            let answer = try server.send(
                HTTPText.request(
                    "POST", "/graphql", headers: [("Content-Type", "application/json"), ("Accept", Self.json)],
                    body: Array(body.utf8)))
            #expect(answer.status == 400, "\(what)")
            #expect(GraphQLResult(answer.json).code == "BAD_REQUEST", "\(what): \(answer.text)")
            #expect(GraphQLResult(answer.json).errors.count == 1)
        }
    }

    @Test func aBodyOverTheLimitAnswers413() async throws {
        try await offPool {
            let query = "{ customers { id } }" + String(repeating: " ", count: 5000)
            let answer = try server.post(query)
            #expect(answer.status == 413)
        }
    }

    @Test func headersOver16KiBAnswer431() async throws {
        try await offPool {
            let answer = try server.get("/health", headers: [("X-Big", String(repeating: "a", count: 17 * 1024))])
            #expect(answer.status == 431)
        }
    }

    @Test func anUnknownPathAnswers404() async throws {
        try await offPool {
            let answer = try server.get("/nowhere")
            #expect(answer.status == 404)
        }
    }

    @Test func aWrongMethodAnswers405WithAllow() async throws {
        try await offPool {
            let put = try server.send(HTTPText.request("PUT", "/graphql", body: []))
            #expect(put.status == 405)
            #expect(put.header("Allow") != nil)
            let post = try server.send(HTTPText.request("POST", "/health", body: []))
            #expect(post.status == 405)
        }
    }

    @Test func aBodyThatIsNotJSONByItsTypeAnswers415() async throws {
        try await offPool {
            let answer = try server.send(
                HTTPText.request(
                    "POST", "/graphql", headers: [("Content-Type", "text/plain")],
                    body: Array("{ customers { id } }".utf8))
            )
            #expect(answer.status == 415)
        }
    }

    @Test func headAnswersTheHeadWithoutTheBody() async throws {
        try await offPool {
            let connection = try RawConnection(port: server.port)
            try connection.send(HTTPText.request("HEAD", "/health") + HTTPText.request("GET", "/health"))
            let head = try connection.readResponse(toHead: true)
            #expect(head.status == 200)
            // The next bytes are the second answer, not a body of the first.
            let next = try connection.readResponse()
            #expect(next.json["status"] as? String == "ok")
        }
    }

    @Test func aChunkedBodyAndExpect100ContinueAreRead() async throws {
        try await offPool {
            let body = Array(#"{"query":"{ customers { id } }"}"#.utf8)
            let chunked = try RawConnection(port: server.port)
            try chunked.send(
                "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            )
            try chunked.send(
                Array(String(body.prefix(10).count, radix: 16).utf8) + [13, 10] + body.prefix(10) + [13, 10])
            let rest = body.dropFirst(10)
            try chunked.send(Array(String(rest.count, radix: 16).utf8) + [13, 10] + rest + Array("\r\n0\r\n\r\n".utf8))
            #expect(try chunked.readResponse().status == 200)
            let expecting = try RawConnection(port: server.port)
            try expecting.send(
                "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                    + "Content-Length: \(body.count)\r\n\r\n")
            #expect(try expecting.readAnyHead().status == 100)
            try expecting.send(body)
            #expect(try expecting.readResponse().status == 200)
        }
    }

    @Test func keepAliveAndPipeliningAnswerInRequestOrder() async throws {
        try await offPool {
            let connection = try RawConnection(port: server.port)
            try connection.send(
                HTTPText.request("GET", "/health") + HTTPText.request("GET", "/nowhere")
                    + HTTPText.request("GET", "/health"))
            #expect(try connection.readResponse().status == 200)
            #expect(try connection.readResponse().status == 404)
            #expect(try connection.readResponse().status == 200)
        }
    }
}
