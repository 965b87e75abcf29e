import Testing

@testable import HTTP

struct HTTPRequestTests {
    @Test func findsAHeaderWhateverTheCaseOfItsName() {
        let request = HTTPRequest(
            method: "GET", path: "/", headers: [("content-TYPE", "text/plain"), ("Accept", "*/*")])
        #expect(request.header("Content-Type") == "text/plain")
        #expect(request.header("accept") == "*/*")
        #expect(request.header("Idempotency-Key") == nil)
    }

    @Test func comparesOnlyLettersCaseInsensitively() {
        // '@' (0x40) and '`' (0x60) differ only in the 0x20 bit but are not letters.
        #expect(!HTTPRequest.namesEqual("a@", "a`"))
        #expect(HTTPRequest.namesEqual("X-Request-Id", "x-request-id"))
        #expect(!HTTPRequest.namesEqual("Accept", "Accepts"))
    }
}
