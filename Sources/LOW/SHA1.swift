/// SHA-1 (FIPS 180-4), only for name-based UUIDs (RFC 9562 §5.5), which the contract fixes to SHA-1.
/// Not for anything that needs collision resistance.
///
/// Every event id and every id a command creates is derived with it, so the digest allocates
/// nothing: blocks are read straight from the message, and the padded tail and the message
/// schedule live in stack buffers.
package enum SHA1 {
    /// The five state words `h0…h4`; the digest is their big-endian bytes in order.
    package typealias Words = (UInt32, UInt32, UInt32, UInt32, UInt32)

    package static func digest(_ message: [UInt8]) -> [UInt8] {
        let h = message.withUnsafeBytes { words(of: $0) }
        return withUnsafeBytes(of: (h.0.bigEndian, h.1.bigEndian, h.2.bigEndian, h.3.bigEndian, h.4.bigEndian)) {
            Array($0)
        }
    }

    /// The digest of `message` as its five state words.
    package static func words(of message: UnsafeRawBufferPointer) -> Words {
        var h: Words = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            let whole = message.count / 64 * 64
            var offset = 0
            while offset < whole {
                compress(&h, UnsafeRawBufferPointer(rebasing: message[offset..<(offset + 64)]), w)
                offset += 64
            }
            // FIPS 180-4 §5.1.1: 0x80, zeros to 56 mod 64, then the bit length (big endian).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                let rest = message.count - whole
                tail.initialize(repeating: 0)
                for i in 0..<rest { tail[i] = message[whole + i] }
                tail[rest] = 0x80
                let tailLength = rest < 56 ? 64 : 128
                let bitLength = UInt64(message.count) &* 8
                for i in 0..<8 {
                    tail[tailLength - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * i))
                }
                let bytes = UnsafeRawBufferPointer(tail)
                compress(&h, UnsafeRawBufferPointer(rebasing: bytes[0..<64]), w)
                if tailLength == 128 { compress(&h, UnsafeRawBufferPointer(rebasing: bytes[64..<128]), w) }
            }
        }
        return h
    }

    /// One 64-byte block into the state `h`; `w` is scratch for the 80-word message schedule.
    private static func compress(
        _ h: inout Words, _ block: UnsafeRawBufferPointer, _ w: UnsafeMutableBufferPointer<UInt32>
    ) {
        for i in 0..<16 { w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        for i in 16..<80 { w[i] = rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
        var (a, b, c, d, e) = h
        for i in 0..<20 {
            let t = rotate(a, 5) &+ ((b & c) | (~b & d)) &+ e &+ 0x5A82_7999 &+ w[i]
            (e, d, c, b, a) = (d, c, rotate(b, 30), a, t)
        }
        for i in 20..<40 {
            let t = rotate(a, 5) &+ (b ^ c ^ d) &+ e &+ 0x6ED9_EBA1 &+ w[i]
            (e, d, c, b, a) = (d, c, rotate(b, 30), a, t)
        }
        for i in 40..<60 {
            let t = rotate(a, 5) &+ ((b & c) | (b & d) | (c & d)) &+ e &+ 0x8F1B_BCDC &+ w[i]
            (e, d, c, b, a) = (d, c, rotate(b, 30), a, t)
        }
        for i in 60..<80 {
            let t = rotate(a, 5) &+ (b ^ c ^ d) &+ e &+ 0xCA62_C1D6 &+ w[i]
            (e, d, c, b, a) = (d, c, rotate(b, 30), a, t)
        }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e)
    }

    private static func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { x << n | x >> (32 - n) }
}
