import GraphQL
import Testing

/// Whatever the input, the parser answers a document or a `SyntaxError`; it never traps or overflows.
struct ParserRobustnessTests {
    @Test(arguments: ["kitchen-sink.graphql", "kitchen-sink-unicode-escapes.graphql", "schema-kitchen-sink.graphql"])
    func answersEveryPrefixOfAKitchenSinkWithoutCrashing(name: String) throws {
        let bytes = Array(try Fixtures.text(name).utf8)
        var failures = 0
        for end in 0...bytes.count {
            do {
                _ = try Parser.parse(utf8: Array(bytes[..<end]))
            } catch {
                failures += 1
                #expect(error.offset <= end)
                #expect(error.message.hasPrefix("Syntax Error: "))
            }
        }
        // The empty prefix and a prefix ending inside the first definition cannot parse.
        #expect(failures > 1)
    }

    @Test func answersRandomBytesWithoutCrashing() {
        var generator = SplitMix64(seed: 42)
        let alphabet =
            Array("{}()[]:$@!=|&.\"\\#,\n\r\t -0123456789eEuxyz_on".utf8) + [0x00, 0xC3, 0xA9, 0xEF, 0xBB, 0xBF, 0xFF]
        for _ in 0..<5_000 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            do {
                _ = try Parser.parse(utf8: bytes)
            } catch {
                #expect(error.offset <= bytes.count)
            }
        }
    }

    @Test func parsesNestingUpToTheLimit() throws {
        let selections = String(repeating: "{ a ", count: 128) + String(repeating: "}", count: 128)
        #expect(syntaxError(selections) == nil)
    }

    @Test(arguments: [
        String(repeating: "{ a ", count: 129) + String(repeating: "}", count: 129),
        "{ a(x: " + String(repeating: "[", count: 200) + " }",
        "{ a(x: " + String(repeating: "{a: ", count: 200) + " }",
        "query ($v: " + String(repeating: "[", count: 200) + "Int" + String(repeating: "]", count: 200) + ") { a }",
    ])
    func rejectsNestingBeyondTheLimitWithASyntaxError(source: String) throws {
        let error = try #require(syntaxError(source))
        #expect(error.message == "Syntax Error: Document nesting exceeds the maximum depth of 128.")
    }

    @Test func countsSelectionsValuesAndTypesTogether() throws {
        let source = "{ a { b(x: [[1]]) } }"
        #expect(syntaxError(source, maxDepth: 4) == nil)
        #expect(syntaxError(source, maxDepth: 3) != nil)
    }

    @Test func survivesHundredThousandLevelsOfNesting() throws {
        let error = try #require(syntaxError("{ a(x: " + String(repeating: "[", count: 100_000)))
        // The selection set is level 1, so the 128th bracket (column 8 + 127) is level 129.
        #expect(error.column == 8 + 127)
    }
}

/// A tiny deterministic generator, so a failing input can be reproduced.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
