/// The value of a block string, per GraphQL spec (Oct 2021) §2.9.4 BlockStringValue().
package enum BlockString {
    /// The value of a block string whose raw content (between the triple quotes) is `raw`:
    /// `\"""` unescaped, the common indentation removed from every line but the first, leading
    /// and trailing blank lines dropped, lines joined with `\n`.
    package static func value(of raw: ArraySlice<UInt8>) -> String {
        let lines = splitLines(unescapeTripleQuotes(raw))
        var commonIndent = Int.max
        for line in lines.dropFirst() {
            let indent = leadingWhitespace(line)
            if indent < line.count { commonIndent = min(commonIndent, indent) }
        }
        var trimmed = lines.enumerated().map { index, line in
            index == 0 || commonIndent == Int.max ? line : line.dropFirst(min(commonIndent, line.count))
        }[...]
        while let first = trimmed.first, leadingWhitespace(first) == first.count { trimmed.removeFirst() }
        while let last = trimmed.last, leadingWhitespace(last) == last.count { trimmed.removeLast() }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        for (index, line) in trimmed.enumerated() {
            if index > 0 { output.append(0x0A) }
            output.append(contentsOf: line)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func unescapeTripleQuotes(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let quote = UInt8(ascii: "\"")
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            if raw[index] == UInt8(ascii: "\\"), index + 3 < raw.endIndex, raw[index + 1] == quote,
                raw[index + 2] == quote, raw[index + 3] == quote
            {
                output.append(contentsOf: [quote, quote, quote])
                index += 4
            } else {
                output.append(raw[index])
                index += 1
            }
        }
        return output[...]
    }

    /// Splits at `\n`, `\r\n` and `\r` (GraphQL spec (Oct 2021) §2.1.2 LineTerminator).
    private static func splitLines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(bytes[start..<index])
                index += byte == 0x0D && index + 1 < bytes.endIndex && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(bytes[start..<bytes.endIndex])
        return lines
    }

    /// The number of leading spaces and tabs.
    private static func leadingWhitespace(_ line: ArraySlice<UInt8>) -> Int {
        line.prefix { $0 == 0x20 || $0 == 0x09 }.count
    }
}
