import Testing

@testable import HTTP

struct ResponseEncoderTests {
    private func encoded(_ response: HTTPResponse, isHead: Bool = false, keepAlive: Bool = true) -> (String, Bool) {
        var output: [UInt8] = []
        let keptAlive = ResponseEncoder.encode(
            response, isHead: isHead, keepAlive: keepAlive, dateLine: Array("Date: D\r\n".utf8), into: &output)
        return (String(decoding: output, as: UTF8.self), keptAlive)
    }

    @Test func writesStatusFieldsLengthDateAndBody() {
        let (text, keptAlive) = encoded(HTTPResponse(status: 200, contentType: "text/plain", body: "hi"))
        #expect(text == "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nDate: D\r\n\r\nhi")
        #expect(keptAlive)
    }

    @Test func leavesOutTheBodyOfAnAnswerToHeadButKeepsItsLength() {
        let (text, _) = encoded(HTTPResponse(status: 404, body: Array("gone".utf8)), isHead: true)
        #expect(text == "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\nDate: D\r\n\r\n")
    }

    @Test func saysKeepAliveToAnHTTP10ClientWhoseConnectionStays() {
        var output: [UInt8] = []
        ResponseEncoder.encode(
            HTTPResponse(status: 200), isHead: false, keepAlive: true, isHTTP10: true, dateLine: [], into: &output)
        #expect(String(decoding: output, as: UTF8.self).hasSuffix("Connection: keep-alive\r\n\r\n"))
    }

    @Test func writesNeitherLengthNorBodyFor204() {
        let (text, _) = encoded(HTTPResponse(status: 204, body: Array("x".utf8)))
        #expect(text == "HTTP/1.1 204 No Content\r\nDate: D\r\n\r\n")
    }

    @Test func dropsFramingFieldsTheResponderSetAndHonoursItsClose() {
        let response = HTTPResponse(
            status: 503, headers: [("content-length", "99"), ("Connection", "Close"), ("Retry-After", "1")])
        let (text, keptAlive) = encoded(response)
        #expect(
            text
                == "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nDate: D\r\n"
                + "Connection: close\r\n\r\n")
        #expect(!keptAlive)
    }

    @Test func buildsTheContractsErrorBodyWithTheReasonEscaped() {
        let response = ErrorResponse.make(status: 400, message: "bad \"quote\"\n")
        #expect(response.headers.first?.value == "application/json")
        #expect(
            String(decoding: response.body, as: UTF8.self)
                == #"{"errors":[{"message":"bad \"quote\" ","extensions":{"code":"BAD_REQUEST"}}]}"#)
    }

    @Test func formatsTheDateAsIMFFixdate() {
        var date = HTTPDate()
        date.update(now: 784_111_777)  // RFC 9110 §5.6.7's example instant
        #expect(String(decoding: date.line, as: UTF8.self) == "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n")
    }
}
