/// A JSON-shaped value: command payloads, event payloads and read-model rows are all `Value`s.
///
/// Objects keep their keys in insertion order, so a payload encodes to the same JSON text on every
/// run (a dictionary's order changes from process to process), which idempotency fingerprints need.
package enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([Value])
    case object(Fields)
}

/// The ordered fields of a `Value.object`. Payloads are small, so lookup is a linear scan.
package struct Fields: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    package struct Entry: Sendable, Hashable {
        package var key: String
        package var value: Value
        package init(key: String, value: Value) {
            self.key = key
            self.value = value
        }
    }

    package private(set) var entries: [Entry]

    package init() { entries = [] }
    /// Fields of `entries` as they are, for a decoder that builds them in one go; the keys must be
    /// distinct (the caller checks: a repeated key would hide the later value).
    package init(entries: [Entry]) { self.entries = entries }
    package init(dictionaryLiteral elements: (String, Value)...) {
        entries = elements.map { Entry(key: $0.0, value: $0.1) }
    }

    package var count: Int { entries.count }

    /// The value under `key`; setting `nil` removes the key, setting a new key appends it.
    package subscript(key: String) -> Value? {
        get { entries.first(where: { $0.key == key })?.value }
        set {
            let index = entries.firstIndex(where: { $0.key == key })
            switch (index, newValue) {
            case (let i?, let v?): entries[i].value = v
            case (let i?, nil): entries.remove(at: i)
            case (nil, let v?): entries.append(Entry(key: key, value: v))
            case (nil, nil): break
            }
        }
    }

    package func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByFloatLiteral
{
    package init(stringLiteral value: String) { self = .string(value) }
    package init(integerLiteral value: Int) { self = .int(value) }
    package init(floatLiteral value: Double) { self = .double(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(nilLiteral: ()) { self = .null }
    package init(arrayLiteral elements: Value...) { self = .list(elements) }
    /// A repeated key keeps its first place and takes the last value, as `Fields`' subscript does.
    package init(dictionaryLiteral elements: (String, Value)...) {
        // Every event payload is one of these: one reserved array instead of growing it per field.
        var entries: [Fields.Entry] = []
        entries.reserveCapacity(elements.count)
        for (key, value) in elements {
            if let i = entries.firstIndex(where: { $0.key == key }) {
                entries[i].value = value
            } else {
                entries.append(Fields.Entry(key: key, value: value))
            }
        }
        self = .object(Fields(entries: entries))
    }
}

extension Value {
    /// The field `key` of an object, `nil` for a missing key or a value that is not an object.
    package subscript(key: String) -> Value? {
        guard case .object(let fields) = self else { return nil }
        return fields[key]
    }

    package var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    package var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    package var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    package var isNull: Bool { self == .null }

    /// An optional wrapped as a value: `nil` becomes `.null`.
    package init(_ string: String?) { self = string.map(Value.string) ?? .null }
    package init(_ int: Int?) { self = int.map(Value.int) ?? .null }
}
