import Functions
import Testing

struct EmailAddressTests {
    @Test(arguments: [
        "ada@example.com", "a@b.co", "ada.lovelace+tag@mail.example.org", "ADA@EXAMPLE.COM", "zoë@bücher.example",
        ".@a.b",
    ])
    func acceptsTheFormLocalAtDomainDotTld(_ text: String) {
        #expect(EmailAddress.isPlausible(text))
    }

    @Test(arguments: [
        "", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada@b@example.com",
        "ada @example.com", "ada@exa mple.com", " ada@example.com", "ada@example.com\n", "ada@.example.com",
        "ada@example.", "ada@example..com", "ada@.", "ada@example.com\t", "ada\r\n@example.com",
        "zoë@bücher", "zoë @bücher.example", "ada@example.com\u{00A0}", "ada\u{2028}@example.com", "zoë@@b.c",
    ])
    func rejectsAnythingElse(_ text: String) {
        #expect(!EmailAddress.isPlausible(text))
    }

    @Test func normalizesToLowerCase() {
        #expect(EmailAddress.normalized("Ada@Example.COM") == "ada@example.com")
    }
}
