// "Did you mean ...?" hints as graphql-js 16 words them (didYouMean, suggestionList with its
// Damerau-Levenshtein distance and natural ordering), so messages match graphql-js exactly.

enum Suggestions {
    /// graphql-js `didYouMean(subMessage, suggestions)`: empty when there is nothing to suggest.
    static func didYouMean(_ subMessage: String? = nil, _ suggestions: [String]) -> String {
        guard !suggestions.isEmpty else { return "" }
        var message = " Did you mean "
        if let subMessage { message += subMessage + " " }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        switch quoted.count {
        case 1: return message + quoted[0] + "?"
        case 2: return message + quoted[0] + " or " + quoted[1] + "?"
        default: return message + quoted.dropLast().joined(separator: ", ") + ", or " + quoted[quoted.count - 1] + "?"
        }
    }

    /// graphql-js `suggestionList(input, options)`: the options close to `input`, closest first.
    static func list(_ input: String, _ options: [String]) -> [String] {
        let inputLower = Array(input.lowercased().unicodeScalars)
        let threshold = input.unicodeScalars.count * 4 / 10 + 1
        var scored: [(option: String, distance: Int)] = []
        for option in options {
            if let distance = distance(input, inputLower, option, threshold: threshold) {
                scored.append((option, distance))
            }
        }
        return scored.sorted { left, right in
            left.distance != right.distance ? left.distance < right.distance : naturalLess(left.option, right.option)
        }.map(\.option)
    }

    private static func distance(
        _ input: String, _ inputLower: [Unicode.Scalar], _ option: String, threshold: Int
    ) -> Int? {
        if input == option { return 0 }
        let optionLower = Array(option.lowercased().unicodeScalars)
        if optionLower == inputLower { return 1 }
        var a = optionLower
        var b = inputLower
        if a.count < b.count { swap(&a, &b) }
        if a.count - b.count > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: 3)
        for column in 0...b.count { rows[0][column] = column }
        if a.isEmpty { return b.count <= threshold ? b.count : nil }
        for row in 1...a.count {
            var smallest = row
            rows[row % 3][0] = row
            if b.count > 0 {
                for column in 1...b.count {
                    let cost = a[row - 1] == b[column - 1] ? 0 : 1
                    var cell = min(
                        rows[(row - 1) % 3][column] + 1, rows[row % 3][column - 1] + 1,
                        rows[(row - 1) % 3][column - 1] + cost)
                    if row > 1, column > 1, a[row - 1] == b[column - 2], a[row - 2] == b[column - 1] {
                        cell = min(cell, rows[(row - 2) % 3][column - 2] + 1)
                    }
                    smallest = min(smallest, cell)
                    rows[row % 3][column] = cell
                }
            }
            if smallest > threshold { return nil }
        }
        let result = rows[a.count % 3][b.count]
        return result <= threshold ? result : nil
    }

    /// graphql-js `naturalCompare`: digit runs compare as numbers, the rest by code unit.
    static func naturalLess(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf16)
        let b = Array(right.utf16)
        var i = 0
        var j = 0
        func isDigit(_ unit: UInt16) -> Bool { unit >= 48 && unit <= 57 }
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                var numberA = 0
                var numberB = 0
                while i < a.count && isDigit(a[i]) { numberA = numberA &* 10 &+ Int(a[i] - 48); i += 1 }
                while j < b.count && isDigit(b[j]) { numberB = numberB &* 10 &+ Int(b[j] - 48); j += 1 }
                if numberA != numberB { return numberA < numberB }
            } else {
                if a[i] != b[j] { return a[i] < b[j] }
                i += 1
                j += 1
            }
        }
        return a.count - i < b.count - j
    }
}
