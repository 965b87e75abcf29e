import LOW

/// What the bytes at one offset of a log file hold, checked in the order a reader trusts them:
/// the frame's length, its CRC, the format version under the CRC, then the body's decoding.
enum LogFrame {
    /// A record of this binary's format, and where it ends.
    case whole(ChangeSet, end: Int)
    /// Short, with a length out of bounds, or failing its CRC: torn by a crash, or damaged.
    case bad
    /// Passes its CRC but does not decode: damage the CRC missed, or a bug in the writer.
    case undecodable(end: Int)
    /// Passes its CRC and names a record format this binary does not read.
    case newerFormat(Int, end: Int)

    /// The frame at `offset` of `file`, decoded as far as it goes.
    static func check(_ file: UnsafeRawBufferPointer, at offset: Int) -> LogFrame {
        guard let body = intactBody(file, at: offset) else { return .bad }
        let end = offset + 8 + body.count
        let version = LogRecord.formatVersion(ofBody: body)
        if version > LogRecord.formatVersion { return .newerFormat(version, end: end) }
        guard let changes = try? LogRecord.decode(body: body) else { return .undecodable(end: end) }
        return .whole(changes, end: end)
    }

    /// The body of the frame at `offset` when its length fits the file and its CRC matches.
    ///
    /// An empty body is never intact: every record has at least its version byte, and a run of
    /// zero bytes (what a file system may leave in a block a crash did not write) would otherwise
    /// read as frames of length 0 whose CRC, 0, matches.
    static func intactBody(_ file: UnsafeRawBufferPointer, at offset: Int) -> UnsafeRawBufferPointer? {
        guard offset >= 0, file.count - offset >= 8 else { return nil }
        let length = Int(UInt32(littleEndian: file.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        guard length >= 1, length <= LogRecord.maximumBodySize, length <= file.count - offset - 8 else { return nil }
        let crc = UInt32(littleEndian: file.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
        let body = UnsafeRawBufferPointer(rebasing: file[(offset + 8)..<(offset + 8 + length)])
        return CRC32C.checksum(body) == crc ? body : nil
    }

    /// The first offset after `offset` where an intact frame starts, byte by byte: where records
    /// resume after damage. Most offsets cost a length check; a CRC is computed only where the
    /// length fits, and a random 32-bit CRC matches once in 4 billion tries.
    static func nextIntact(in file: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        var candidate = offset + 1
        while file.count - candidate >= 9 {
            if intactBody(file, at: candidate) != nil { return candidate }
            candidate += 1
        }
        return nil
    }
}
