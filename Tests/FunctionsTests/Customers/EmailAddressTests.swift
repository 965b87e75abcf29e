import Functions
import Testing

struct EmailAddressTests {
    @Test(arguments: ["ada@example.com", "a@b.co", "ada.lovelace+tag@mail.example.org", "ADA@EXAMPLE.COM"])
    func acceptsTheFormLocalAtDomainDotTld(_ text: String) {
        #expect(EmailAddress.isPlausible(text))
    }

    @Test(arguments: [
        "", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada@b@example.com",
        "ada @example.com", "ada@exa mple.com", " ada@example.com", "ada@example.com\n", "ada@.example.com",
        "ada@example.", "ada@example..com", "ada@.",
    ])
    func rejectsAnythingElse(_ text: String) {
        #expect(!EmailAddress.isPlausible(text))
    }

    @Test func normalizesToLowerCase() {
        #expect(EmailAddress.normalized("Ada@Example.COM") == "ada@example.com")
    }
}
