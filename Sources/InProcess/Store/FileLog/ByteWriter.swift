import LOW

/// Appends the file log's binary encoding to a byte buffer: little-endian integers, LEB128 varints,
/// length-prefixed UTF-8 strings, and `Value`s as a tag byte and their contents.
struct ByteWriter {
    /// A `Value`'s tag in the encoding.
    enum Tag: UInt8 {
        case null = 0
        case `false`, `true`, int, double, string, list, object
    }

    var bytes: [UInt8]

    init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func fixed32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func fixed64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A signed integer, zig-zag encoded so small negatives stay short.
    mutating func signed(_ value: Int64) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func id(_ value: ID) {
        fixed64(value.high)
        fixed64(value.low)
    }

    mutating func value(_ value: Value) {
        switch value {
        case .null: byte(Tag.null.rawValue)
        case .bool(let b): byte(b ? Tag.true.rawValue : Tag.false.rawValue)
        case .int(let i):
            byte(Tag.int.rawValue)
            signed(Int64(i))
        case .double(let d):
            byte(Tag.double.rawValue)
            fixed64(d.bitPattern)
        case .string(let s):
            byte(Tag.string.rawValue)
            string(s)
        case .list(let items):
            byte(Tag.list.rawValue)
            varint(UInt64(items.count))
            for item in items { self.value(item) }
        case .object(let fields):
            byte(Tag.object.rawValue)
            varint(UInt64(fields.count))
            for entry in fields {
                string(entry.key)
                self.value(entry.value)
            }
        }
    }
}
