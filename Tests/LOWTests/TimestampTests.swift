import LOW
import Testing

struct TimestampTests {
    @Test func formatsRFC3339InUTCWithMilliseconds() {
        #expect(Timestamp(microseconds: 1_764_067_331_123_000).description == "2025-11-25T10:42:11.123Z")
        #expect(Timestamp(microseconds: 0).description == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp(microseconds: -1000).description == "1969-12-31T23:59:59.999Z")
    }

    @Test func parsesWhatItFormatsAndOffsets() {
        #expect(Timestamp(rfc3339: "2025-11-25T10:42:11.123Z")?.microseconds == 1_764_067_331_123_000)
        #expect(Timestamp(rfc3339: "2025-11-25T11:42:11.123+01:00")?.microseconds == 1_764_067_331_123_000)
        #expect(Timestamp(rfc3339: "2024-02-29T00:00:00Z") != nil)
    }

    @Test(arguments: [
        "", "2025-11-25", "2025-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2025-11-25T10:42:11",
        "2025-11-25T25:00:00Z", "2025-11-25T10:42:11.Z", "2025-11-25T10:42:11Zjunk",
    ])
    func rejectsMalformedText(_ text: String) {
        #expect(Timestamp(rfc3339: text) == nil)
    }
}
