import HTTP
import LOW
import Testing

@testable import Gateway

/// `/graphql` as GraphQL over HTTP and CONTRACT.md "Status codes" say.
struct GraphQLOverHTTPTests {
    @Test func aQueryAnswers200WithData() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post("{ customers { id } }")
            #expect(reply.status == 200)
            #expect(reply.data == ["customers": []])
            #expect(reply.header("Content-Type") == "application/graphql-response+json; charset=utf-8")
        }
    }

    @Test func answersApplicationJSONWhenTheClientAcceptsAnything() async throws {
        try await GatewayHarness.with { harness in
            #expect(
                await harness.post("{ __typename }", accept: nil).header("Content-Type")?.hasPrefix("application/json;")
                    == true)
            #expect(
                await harness.post("{ __typename }", accept: "*/*").header("Content-Type")?.hasPrefix(
                    "application/json;") == true)
        }
    }

    @Test func aDocumentThatDoesNotParseAnswers400UnderGraphQLResponseJSON() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post("{ customers { id }")
            #expect(reply.status == 400)
            #expect(reply.codes == ["GRAPHQL_PARSE_FAILED"])
            #expect(reply.json["data"] == nil)
            #expect(reply.errors.first?["locations"] != nil)
        }
    }

    @Test func aDocumentThatDoesNotParseAnswers200UnderApplicationJSON() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post("{ customers { id }", accept: "application/json")
            #expect(reply.status == 200)
            #expect(reply.codes == ["GRAPHQL_PARSE_FAILED"])
        }
    }

    @Test func anInvalidDocumentAnswersValidationFailed() async throws {
        try await GatewayHarness.with { harness in
            let strict = await harness.post("{ customers { nope } }")
            #expect(strict.status == 400)
            #expect(strict.codes == ["GRAPHQL_VALIDATION_FAILED"])
            let lenient = await harness.post("{ customers { nope } }", accept: "application/json")
            #expect(lenient.status == 200)
            #expect(lenient.codes == ["GRAPHQL_VALIDATION_FAILED"])
        }
    }

    @Test func anArgumentLiteralOfTheWrongTypeFailsValidation() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post(#"{ customers(first: "x") { id } }"#)
            #expect(reply.codes == ["GRAPHQL_VALIDATION_FAILED"])
        }
    }

    @Test func aSubscriptionFailsValidation() async throws {
        try await GatewayHarness.with { harness in
            #expect(await harness.post("subscription { customers { id } }").codes == ["GRAPHQL_VALIDATION_FAILED"])
        }
    }

    @Test func aVariableOfTheWrongTypeIsBadUserInput() async throws {
        try await GatewayHarness.with { harness in
            let query = "query ($n: Int) { customers(first: $n) { id } }"
            let strict = await harness.post(query, variables: ["n": "many"])
            #expect(strict.status == 400)
            #expect(strict.codes == ["BAD_USER_INPUT"])
            let lenient = await harness.post(query, variables: ["n": "many"], accept: "application/json")
            #expect(lenient.status == 200)
            #expect(lenient.codes == ["BAD_USER_INPUT"])
        }
    }

    @Test func aQueryOverTheLimitsIsTooComplex() async throws {
        try await GatewayHarness.with(configuration: .with { $0.limits.maxCost = 10 }) { harness in
            let reply = await harness.post("{ customers(first: 100) { id email } }")
            #expect(reply.codes == ["QUERY_TOO_COMPLEX"])
        }
    }

    @Test(arguments: [
        "not json", "[1,2]", #"{"variables":{}}"#, #"{"query":1}"#, #"{"query":"{ __typename }","variables":[]}"#,
        #"{"query":"{ __typename }","operationName":3}"#, #"{"query":"{ __typename }","variables":"{}"}"#,
    ])
    func aBodyThatIsNotAGraphQLRequestAnswers400BadRequest(body: String) async throws {
        try await GatewayHarness.with { harness in
            for accept in ["application/json", "application/graphql-response+json"] {
                let request = HTTPRequest(
                    method: "POST", path: "/graphql",
                    headers: [("Content-Type", "application/json"), ("Accept", accept)], body: Array(body.utf8))
                let reply = Reply(await harness.send(request))
                #expect(reply.status == 400)
                #expect(reply.codes == ["BAD_REQUEST"])
            }
        }
    }

    @Test(arguments: [nil, "text/plain", "application/x-www-form-urlencoded"] as [String?])
    func aPostWithAnotherContentTypeAnswers415(contentType: String?) async throws {
        try await GatewayHarness.with { harness in
            let headers: [(name: String, value: String)] = contentType.map { [("Content-Type", $0)] } ?? []
            let request = HTTPRequest(
                method: "POST", path: "/graphql", headers: headers, body: Array(#"{"query":"{ __typename }"}"#.utf8))
            let reply = Reply(await harness.send(request))
            #expect(reply.status == 415)
            #expect(reply.codes == ["BAD_REQUEST"])
        }
    }

    @Test func aContentTypeWithACharsetIsAccepted() async throws {
        try await GatewayHarness.with { harness in
            let request = HTTPRequest(
                method: "POST", path: "/graphql", headers: [("content-type", "application/json; charset=utf-8")],
                body: Array(#"{"query":"{ __typename }"}"#.utf8))
            let reply = Reply(await harness.send(request))
            #expect(reply.status == 200)
            #expect(reply.data == ["__typename": "Query"])
        }
    }

    @Test func aGetRunsTheQueryFromTheQueryString() async throws {
        try await GatewayHarness.with { harness in
            let query: Substring =
                "query=query+Q(%24n%3A+Int)+%7B+customers(first%3A+%24n)+%7B+id+%7D+__typename+%7D"
                + "&variables=%7B%22n%22%3A1%7D&operationName=Q"
            let reply = await harness.get("/graphql", query: query, accept: "application/graphql-response+json")
            #expect(reply.status == 200)
            #expect(reply.data == ["customers": [], "__typename": "Query"])
        }
    }

    @Test func aGetWithVariablesThatAreNotJSONAnswers400() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.get("/graphql", query: "query=%7B__typename%7D&variables=%7Bnope")
            #expect(reply.status == 400)
            #expect(reply.codes == ["BAD_REQUEST"])
        }
    }

    @Test func aMutationByGetAnswers405AllowPost() async throws {
        try await GatewayHarness.with { harness in
            let query: Substring = "query=mutation+%7B+InviteCustomer(email%3A+%22a%40b.io%22)+%7B+id+%7D+%7D"
            let reply = await harness.get("/graphql", query: query)
            #expect(reply.status == 405)
            #expect(reply.header("Allow") == "POST")
            // Nothing was submitted.
            #expect(await harness.post("{ customers { id } }").data == ["customers": []])
        }
    }

    @Test func anUnknownOperationNameAnswers400BadRequest() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post("query A { __typename }", operationName: "B", accept: "application/json")
            #expect(reply.status == 400)
            #expect(reply.codes == ["BAD_REQUEST"])
        }
    }

    @Test func theOperationNamedIsTheOneThatRuns() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.post(
                "query A { customers { id } } query B { __typename }", operationName: "B")
            #expect(reply.data == ["__typename": "Query"])
        }
    }

    @Test func aRepeatedQueryIsAnsweredTheSameFromTheDocumentCache() async throws {
        try await GatewayHarness.with(configuration: .with { $0.documentCacheCapacity = 2 }) { harness in
            var texts: [String] = []
            for round in 0..<3 {
                for n in 1...4 { texts.append(await harness.post("{ a\(n): __typename }").text) }
                #expect(await harness.post("{ customers(").codes == ["GRAPHQL_PARSE_FAILED"], "round \(round)")
            }
            #expect(texts[0..<4] == texts[4..<8])
            #expect(texts[4..<8] == texts[8..<12])
        }
    }
}
