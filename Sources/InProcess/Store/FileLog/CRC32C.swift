/// CRC-32C (Castagnoli), the checksum of each file-log record: RFC 3720 §B.4 (iSCSI), reflected
/// polynomial 0x82F63B78, initial value and final XOR 0xFFFFFFFF.
///
/// Slicing-by-8 (eight 256-entry tables, eight bytes per step), so checking a log on open costs
/// little next to reading it.
package enum CRC32C {
    /// `table[k * 256 + b]`: the CRC register after byte `b` followed by `k` zero bytes.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
            table[byte] = crc
        }
        for k in 1..<8 {
            for byte in 0..<256 {
                let previous = table[(k - 1) * 256 + byte]
                table[k * 256 + byte] = (previous >> 8) ^ table[Int(previous & 0xFF)]
            }
        }
        return table
    }()

    /// The CRC-32C of `bytes`.
    package static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        table.withUnsafeBufferPointer { ~update(0xFFFF_FFFF, bytes, $0) }
    }

    package static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    private static func update(_ start: UInt32, _ bytes: UnsafeRawBufferPointer, _ t: UnsafeBufferPointer<UInt32>)
        -> UInt32
    {
        var crc = start
        let count = bytes.count
        var offset = 0
        while offset + 8 <= count {
            let low = crc ^ UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let high = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            crc =
                t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int((low >> 8) & 0xFF)]
                ^ t[5 * 256 + Int((low >> 16) & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
                ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int((high >> 8) & 0xFF)]
                ^ t[256 + Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
            offset += 8
        }
        while offset < count {
            crc = (crc >> 8) ^ t[Int((crc ^ UInt32(bytes[offset])) & 0xFF)]
            offset += 1
        }
        return crc
    }
}
