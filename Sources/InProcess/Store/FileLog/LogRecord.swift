import LOW

/// One commit as the file log stores it: a frame `[length: u32][crc32c: u32][body]` (little
/// endian), the body holding the command envelope, the events and the claims of one `ChangeSet`.
/// One record per commit makes a commit atomic on disk: a record is whole and checks out, or it
/// is damage that recovery tells apart (`LogDamage.classify`).
///
/// The format version is in the header (`LOWLOG01`: "01") and in the first body byte of every
/// record, under the CRC, so a record of a newer format is refused by name, never taken for damage.
///
/// Positions and stream versions are not stored: replaying the records in order assigns them again.
enum LogRecord {
    /// The record format this binary writes and reads.
    static let formatVersion = 1
    /// What every log header starts with; two decimal digits of the format version follow.
    static let magicPrefix: [UInt8] = Array("LOWLOG".utf8)
    /// The bytes a log file starts with.
    static let fileMagic: [UInt8] = magicPrefix + Array("01".utf8)
    static let headerSize = 8
    /// A body longer than this is taken for a corrupt length.
    static let maximumBodySize = 256 << 20
    private static let bodyVersion = UInt8(formatVersion)

    /// The format version a whole header names, `nil` when it is not a log header at all.
    static func formatVersion(ofHeader header: UnsafeRawBufferPointer) -> Int? {
        guard header.count == headerSize, header.prefix(magicPrefix.count).elementsEqual(magicPrefix) else {
            return nil
        }
        let tens = Int(header[6]) - 48
        let ones = Int(header[7]) - 48
        guard (0...9).contains(tens), (0...9).contains(ones) else { return nil }
        return tens * 10 + ones
    }

    /// The format version a body (CRC already checked) says it is written in.
    static func formatVersion(ofBody body: UnsafeRawBufferPointer) -> Int { body.isEmpty ? 0 : Int(body[0]) }

    /// The framed record of `changes`, ready to append.
    static func frame(_ changes: ChangeSet) -> [UInt8] {
        var writer = ByteWriter(capacity: 128 + changes.events.count * 160)
        writer.fixed64(0)  // room for length and CRC, filled in below
        writer.byte(bodyVersion)
        let command = changes.command
        writer.id(command.id)
        writer.string(command.name)
        writer.value(command.payload)
        if let causation = command.causationID {
            writer.byte(1)
            writer.id(causation)
        } else {
            writer.byte(0)
        }
        writer.id(command.correlationID)
        writer.signed(command.issuedAt.microseconds)
        writer.varint(UInt64(changes.events.count))
        for event in changes.events {
            writer.id(event.id)
            writer.string(event.type)
            writer.string(event.streamID)
            writer.value(event.payload)
        }
        writer.varint(UInt64(changes.claims.count))
        for (key, owner) in changes.claims {
            writer.string(key.scope)
            writer.string(key.value)
            writer.string(owner)
        }
        var bytes = writer.bytes
        let length = UInt32(truncatingIfNeeded: bytes.count - 8)  // over the limit: refused by the caller
        bytes.withUnsafeMutableBytes { frame in
            let crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: frame[8...]))
            frame.storeBytes(of: length.littleEndian, toByteOffset: 0, as: UInt32.self)
            frame.storeBytes(of: crc.littleEndian, toByteOffset: 4, as: UInt32.self)
        }
        return bytes
    }

    /// The change set a body (CRC already checked) stands for, without expected versions.
    static func decode(body: UnsafeRawBufferPointer) throws(ByteReader.Malformed) -> ChangeSet {
        var reader = ByteReader(body)
        guard try reader.byte() == bodyVersion else { throw ByteReader.Malformed(offset: 0) }
        let id = try reader.id()
        let name = try reader.string()
        let payload = try reader.value()
        let causation: ID? = try reader.byte() == 1 ? try reader.id() : nil
        let correlation = try reader.id()
        let issuedAt = Timestamp(microseconds: try reader.signed())
        let command = CommandEnvelope(
            id: id, name: name, payload: payload, causationID: causation, correlationID: correlation,
            issuedAt: issuedAt)
        var changes = ChangeSet(command: command)
        let eventCount = try reader.count()
        changes.events.reserveCapacity(eventCount)
        for _ in 0..<eventCount {
            let eventID = try reader.id()
            let type = try reader.string()
            let stream = try reader.string()
            changes.events.append(.init(id: eventID, type: type, streamID: stream, payload: try reader.value()))
        }
        for _ in 0..<(try reader.count()) {
            let scope = try reader.string()
            let value = try reader.string()
            changes.claims[UniqueKey(scope: scope, value: value)] = try reader.string()
        }
        guard reader.isAtEnd else { throw ByteReader.Malformed(offset: reader.offset) }
        return changes
    }
}
