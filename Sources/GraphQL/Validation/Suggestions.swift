// "Did you mean ...?" suggestions, as graphql-js 16 computes them (`suggestionList`,
// `didYouMean`, `naturalCompare`), so messages match it word for word.

/// The suggestion helpers validation messages use.
enum Suggestions {
    /// graphql-js `didYouMean`: ` Did you mean "A", "B", or "C"?` (at most five), or "" for none.
    static func didYouMean(_ suggestions: [String], _ subMessage: String? = nil) -> String {
        if suggestions.isEmpty { return "" }
        var message = " Did you mean "
        if let subMessage { message += subMessage + " " }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        switch quoted.count {
        case 1: message += quoted[0]
        case 2: message += quoted[0] + " or " + quoted[1]
        default: message += quoted.dropLast().joined(separator: ", ") + ", or " + quoted[quoted.count - 1]
        }
        return message + "?"
    }

    /// graphql-js `suggestionList`: the options within a lexical distance of 40% of the input's
    /// length, closest first, ties in natural order.
    static func list(_ input: String, _ options: some Sequence<String>) -> [String] {
        let distance = LexicalDistance(input)
        let threshold = input.unicodeScalars.count * 4 / 10 + 1
        var found: [(option: String, distance: Int)] = []
        for option in options {
            if let measured = distance.measure(option, threshold: threshold) { found.append((option, measured)) }
        }
        found.sort { left, right in
            left.distance != right.distance ? left.distance < right.distance : naturalLess(left.option, right.option)
        }
        return found.map(\.option)
    }

    /// graphql-js `naturalCompare`: digit runs compare as numbers.
    static func naturalLess(_ left: String, _ right: String) -> Bool {
        let a = Array(left.unicodeScalars.map(\.value))
        let b = Array(right.unicodeScalars.map(\.value))
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let first = number(a, &i)
                let second = number(b, &j)
                if first != second { return first < second }
            } else {
                if a[i] != b[j] { return a[i] < b[j] }
                i += 1
                j += 1
            }
        }
        return a.count < b.count
    }

    private static func isDigit(_ value: UInt32) -> Bool { value >= 48 && value <= 57 }

    /// Reads a digit run the way graphql-js does (a leading zero ends the run).
    private static func number(_ chars: [UInt32], _ index: inout Int) -> Int {
        var value = 0
        repeat {
            value = value &* 10 &+ Int(chars[index] - 48)
            index += 1
        } while index < chars.count && isDigit(chars[index]) && value > 0
        return value
    }
}

/// graphql-js `LexicalDistance`: Damerau-Levenshtein (optimal string alignment), case-insensitive
/// with a case-only difference counting as one edit.
struct LexicalDistance {
    private let input: String
    private let lowered: [UInt32]

    init(_ input: String) {
        self.input = input
        lowered = input.lowercased().unicodeScalars.map(\.value)
    }

    /// The distance to `option`, or nil when it exceeds `threshold`.
    func measure(_ option: String, threshold: Int) -> Int? {
        if option == input { return 0 }
        let optionLowered = option.lowercased().unicodeScalars.map(\.value)
        if optionLowered == lowered { return 1 }
        var a = optionLowered
        var b = lowered
        if a.count < b.count { swap(&a, &b) }
        if a.count - b.count > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: 3)
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...max(a.count, 1) where i <= a.count {
            var smallest = i
            rows[i % 3][0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var cell = min(rows[(i - 1) % 3][j] + 1, rows[i % 3][j - 1] + 1, rows[(i - 1) % 3][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cell = min(cell, rows[(i - 2) % 3][j - 2] + 1)
                }
                smallest = min(smallest, cell)
                rows[i % 3][j] = cell
            }
            if smallest > threshold { return nil }
        }
        let distance = rows[a.count % 3][b.count]
        return distance <= threshold ? distance : nil
    }
}
