/// A UUID (RFC 9562): command ids, event ids, and the ids of everything a command creates.
///
/// Ids a command creates are name-based (version 5) under the command's id, so a retried command
/// creates the same ids. The text form is canonical lower case: `6ba7b811-9dad-11d1-80b4-00c04fd430c8`.
package struct ID: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let high: UInt64
    package let low: UInt64

    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    package init(bytes: [UInt8]) {
        precondition(bytes.count >= 16, "a UUID has 16 bytes")
        var high: UInt64 = 0
        var low: UInt64 = 0
        for i in 0..<8 { high = high << 8 | UInt64(bytes[i]) }
        for i in 8..<16 { low = low << 8 | UInt64(bytes[i]) }
        self.init(high: high, low: low)
    }

    package var bytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64($0))) }
            + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64($0))) }
    }

    /// The URL namespace of RFC 9562 Appendix C, which the contract names for Idempotency-Key.
    package static let urlNamespace = ID(high: 0x6ba7_b811_9dad_11d1, low: 0x80b4_00c0_4fd4_30c8)

    /// A random (version 4) UUID.
    package static func random() -> ID {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    package static func random(using generator: inout some RandomNumberGenerator) -> ID {
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        return ID(high: (high & ~0xF000) | 0x4000, low: (low & ~(0xC000 << 48)) | (0x8000 << 48))
    }

    /// The name-based (version 5, SHA-1) UUID of `name` in `namespace`.
    ///
    /// Runs for every event id, so it allocates nothing: the namespace and the name meet in a
    /// stack buffer, and the id is cut from the digest's words.
    package static func named(_ name: String, in namespace: ID) -> ID {
        var name = name
        let h = name.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(byteCount: 16 + utf8.count, alignment: 8) { message in
                message.storeBytes(of: namespace.high.bigEndian, toByteOffset: 0, as: UInt64.self)
                message.storeBytes(of: namespace.low.bigEndian, toByteOffset: 8, as: UInt64.self)
                UnsafeMutableRawBufferPointer(rebasing: message[16...]).copyMemory(from: UnsafeRawBufferPointer(utf8))
                return SHA1.words(of: UnsafeRawBufferPointer(message))
            }
        }
        // RFC 9562 §5.5: the first 16 digest bytes, version 5 in byte 6, variant 0b10 in byte 8.
        let high = UInt64(h.0) << 32 | UInt64(h.1)
        let low = UInt64(h.2) << 32 | UInt64(h.3)
        return ID(high: (high & ~0xF000) | 0x5000, low: (low & ~(0xC000 << 48)) | (0x8000 << 48))
    }

    /// The command id a client's idempotency key stands for (CONTRACT.md, `Idempotency-Key`).
    package static func forIdempotencyKey(_ key: String) -> ID {
        named("idempotency-key:" + key, in: urlNamespace)
    }

    /// An id derived from this one: `commandID.derived("customer")` is the customer a command creates.
    package func derived(_ name: String) -> ID { ID.named(name, in: self) }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    package var description: String {
        var out = [UInt8]()
        out.reserveCapacity(36)
        for (i, byte) in bytes.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(UInt8(ascii: "-")) }
            out.append(Self.hexDigits[Int(byte >> 4)])
            out.append(Self.hexDigits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses the 8-4-4-4-12 hex form, either case; anything else is `nil`.
    package init?(_ text: String) {
        var text = text
        guard let id = text.withUTF8({ ID(utf8: $0) }) else { return nil }
        self = id
    }

    /// Parses the 8-4-4-4-12 hex form from UTF-8 bytes, either case; anything else is `nil`. For
    /// readers that hold the bytes already (a database result) and need not make a string.
    package init?(utf8 text: UnsafeBufferPointer<UInt8>) {
        guard text.count == 36 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        var nibbles = 0
        for (offset, character) in text.enumerated() {
            if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard character == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard let nibble = Self.nibble(character) else { return nil }
            if nibbles < 16 { high = high << 4 | UInt64(nibble) } else { low = low << 4 | UInt64(nibble) }
            nibbles += 1
        }
        self.init(high: high, low: low)
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    package static func < (lhs: ID, rhs: ID) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
}
