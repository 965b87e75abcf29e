import Testing

@testable import Gateway

struct MediaTypeTests {
    @Test(
        arguments: [
            (nil, MediaType.json),
            ("*/*", .json),
            ("application/json", .json),
            ("text/plain", .json),
            ("application/graphql-response+json", .graphQLResponse),
            ("application/graphql-response+json, application/json", .graphQLResponse),
            ("application/json, application/graphql-response+json", .graphQLResponse),
            ("application/json;q=0.9, application/graphql-response+json", .graphQLResponse),
            ("application/graphql-response+json;q=0.9, application/json", .json),
            ("application/graphql-response+json;q=0.5, application/json;q=0.5", .graphQLResponse),
            ("application/graphql-response+json;q=0.5, */*", .json),
            ("application/graphql-response+json;q=0", .json),
            ("Application/GraphQL-Response+JSON; charset=utf-8", .graphQLResponse),
            ("application/graphql-response+json;q=0.85, application/json;q=0.9", .json),
            (" application/graphql-response+json ; q=1.0 ,application/json;q=0.999", .graphQLResponse),
            ("application/graphql-response+json;q=0.1, application/*;q=0.05", .graphQLResponse),
            ("application/graphql-response+json;q=0.1, application/*;q=0.5, */*", .json),
            (",,application/graphql-response+json,,", .graphQLResponse),
        ] as [(String?, MediaType)])
    func negotiatesTheResponseTypeAsTheContractSays(accept: String?, expected: MediaType) {
        #expect(MediaType.negotiate(accept) == expected)
    }

    @Test(arguments: [
        ("application/json", true), ("application/json; charset=utf-8", true), ("APPLICATION/JSON", true),
        (" application/json ;charset=UTF-8", true), ("text/plain", false), ("application/graphql", false),
        ("application/jsonx", false),
    ])
    func recognisesAJSONContentType(contentType: String, expected: Bool) {
        #expect(MediaType.isJSON(contentType: contentType) == expected)
    }

    @Test func aMissingContentTypeIsNotJSON() {
        #expect(!MediaType.isJSON(contentType: nil))
    }

    @Test func acceptsHTMLOnlyWhenListedWithAPositiveWeight() {
        #expect(MediaType.acceptsHTML("text/html,application/xhtml+xml"))
        #expect(!MediaType.acceptsHTML("text/html;q=0, application/json"))
        #expect(!MediaType.acceptsHTML("*/*"))
        #expect(!MediaType.acceptsHTML(nil))
    }
}

struct QueryStringTests {
    @Test func decodesPercentEscapesAndPlusAsSpace() {
        let pairs = QueryString.parse("query=%7B%20a+b%20%7D&operationName=Q&x")
        #expect(pairs.map(\.name) == ["query", "operationName", "x"])
        #expect(pairs.map(\.value) == ["{ a b }", "Q", ""])
    }

    @Test func decodesUTF8Sequences() {
        #expect(QueryString.decode("caf%C3%A9%E2%82%AC".utf8) == "café€")
    }

    @Test func keepsAMalformedEscapeAsItIs() {
        #expect(QueryString.decode("100%".utf8) == "100%")
        #expect(QueryString.decode("%zz1".utf8) == "%zz1")
        #expect(QueryString.decode("%4".utf8) == "%4")
    }
}
