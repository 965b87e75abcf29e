import LOW

/// Reads what `ByteWriter` wrote, from bytes that passed their record's CRC; still bounds-checks
/// every read and the nesting depth, since a CRC collision or a bug must not crash the process.
struct ByteReader {
    /// Where the bytes stopped making sense.
    struct Malformed: Error {
        var offset: Int
    }

    static let maximumDepth = 512

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    private func need(_ count: Int) throws(Malformed) {
        guard count >= 0, count <= bytes.count - offset else { throw Malformed(offset: offset) }
    }

    mutating func byte() throws(Malformed) -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func fixed64() throws(Malformed) -> UInt64 {
        try need(8)
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func varint() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Malformed(offset: offset) }
            result |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return result }
            shift += 7
        }
    }

    mutating func signed() throws(Malformed) -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A count of items that each take at least one byte, so a corrupt count cannot ask for more.
    mutating func count() throws(Malformed) -> Int {
        let raw = try varint()
        guard raw <= UInt64(bytes.count - offset) else { throw Malformed(offset: offset) }
        return Int(raw)
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
    }

    mutating func id() throws(Malformed) -> ID {
        let high = try fixed64()
        return ID(high: high, low: try fixed64())
    }

    mutating func value(depth: Int = 0) throws(Malformed) -> Value {
        guard depth < Self.maximumDepth, let tag = ByteWriter.Tag(rawValue: try byte()) else {
            throw Malformed(offset: offset)
        }
        switch tag {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .int:
            let value = try signed()
            guard let int = Int(exactly: value) else { throw Malformed(offset: offset) }
            return .int(int)
        case .double: return .double(Double(bitPattern: try fixed64()))
        case .string: return .string(try string())
        case .list:
            let count = try count()
            var items: [Value] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try value(depth: depth + 1)) }
            return .list(items)
        case .object:
            let count = try count()
            var entries: [Fields.Entry] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let key = try string()
                // The writer wrote a `Fields`, whose keys are distinct.
                guard !entries.contains(where: { $0.key == key }) else { throw Malformed(offset: offset) }
                entries.append(Fields.Entry(key: key, value: try value(depth: depth + 1)))
            }
            return .object(Fields(entries: entries))
        }
    }
}
