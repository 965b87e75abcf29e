import Dispatch
import LOW

/// What opening a log found: how much it replayed and what it cut off.
package struct LogRecovery: Sendable, Equatable {
    /// Whole records replayed into the index (one per commit).
    package var records: Int
    package var events: Int
    /// Bytes of a torn or corrupt tail removed from the end of the file (0 after a clean close).
    package var truncatedBytes: Int
    /// The length of the file after recovery, where the next record goes.
    package var validLength: Int
}

extension LogRecovery {
    /// Replays the records of `file` (a whole log file) into `index`, stopping at the first frame
    /// that is short, too long, fails its CRC or does not decode.
    ///
    /// Only the last group commit can be incomplete: the writer appends one batch at a time and
    /// acknowledges it after `fdatasync`, so a bad frame followed by good ones comes from a batch
    /// that was never acknowledged, and cutting from the first bad frame loses nothing durable.
    /// - Throws: `StoreError.corrupt` when the file does not start as a log.
    static func replay(_ file: UnsafeRawBufferPointer, into index: inout EventIndex) throws(StoreError)
        -> LogRecovery
    {
        let header = LogRecord.headerSize
        guard file.count >= header else {
            // A crash while the header was first written leaves a prefix of it: the log is empty.
            guard file.elementsEqual(LogRecord.fileMagic.prefix(file.count)) else {
                throw StoreError.corrupt("not an event log: unknown header")
            }
            return LogRecovery(records: 0, events: 0, truncatedBytes: file.count, validLength: 0)
        }
        guard file[..<header].elementsEqual(LogRecord.fileMagic) else {
            throw StoreError.corrupt("not an event log: unknown header")
        }
        var recovery = LogRecovery(records: 0, events: 0, truncatedBytes: 0, validLength: header)
        let records = frameCount(in: file, from: header)
        // One event per commit is the common case; the arrays still grow if there are more.
        index.reserve(commands: records, events: records)
        var offset = header
        var isWhole = true
        while isWhole {
            let block = frameOffsets(in: file, from: offset)
            guard !block.isEmpty else { break }
            for decoded in decode(block, in: file) {
                guard let (changes, end) = decoded else {
                    isWhole = false
                    break
                }
                index.append(changes)
                recovery.records += 1
                recovery.events += changes.events.count
                offset = end
            }
        }
        recovery.validLength = offset
        recovery.truncatedBytes = file.count - recovery.validLength
        return recovery
    }

    /// How many frames follow `offset`, going by their lengths alone (checked when replayed).
    private static func frameCount(in file: UnsafeRawBufferPointer, from offset: Int) -> Int {
        var offset = offset
        var count = 0
        while file.count - offset >= 8 {
            let length = Int(UInt32(littleEndian: file.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            guard length <= file.count - offset - 8 else { break }
            offset += 8 + length
            count += 1
        }
        return count
    }

    /// The offsets of the frames that follow `offset`, going by their lengths alone, up to about
    /// `blockSize` bytes of them: a block to decode at once.
    private static func frameOffsets(in file: UnsafeRawBufferPointer, from start: Int, blockSize: Int = 1 << 20)
        -> [Int]
    {
        var offsets: [Int] = []
        var offset = start
        while file.count - offset >= 8, offset - start < blockSize {
            let length = Int(UInt32(littleEndian: file.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            guard length <= file.count - offset - 8 else { break }
            offsets.append(offset)
            offset += 8 + length
        }
        return offsets
    }

    /// `frame(in:at:)` of each offset, worked out on all cores: a frame's CRC and decoding need
    /// nothing from the other frames, only appending to the index goes in order.
    private static func decode(_ offsets: [Int], in bytes: UnsafeRawBufferPointer) -> [(ChangeSet, Int)?] {
        let parts = min(offsets.count, 16)
        return [(ChangeSet, Int)?](unsafeUninitializedCapacity: offsets.count) { buffer, initialized in
            // Each part writes its own slots of `buffer` and reads the mapped file: no sharing.
            nonisolated(unsafe) let results = buffer
            nonisolated(unsafe) let file = bytes
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let range = (offsets.count * part / parts)..<(offsets.count * (part + 1) / parts)
                for i in range { results.initializeElement(at: i, to: frame(in: file, at: offsets[i])) }
            }
            initialized = offsets.count
        }
    }

    /// The change set of the frame at `offset` and where the frame ends, `nil` if it is not whole.
    private static func frame(in file: UnsafeRawBufferPointer, at offset: Int) -> (ChangeSet, Int)? {
        guard file.count - offset >= 8 else { return nil }
        let length = Int(UInt32(littleEndian: file.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        let crc = UInt32(littleEndian: file.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
        guard length <= LogRecord.maximumBodySize, length <= file.count - offset - 8 else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: file[(offset + 8)..<(offset + 8 + length)])
        guard CRC32C.checksum(body) == crc, let changes = try? LogRecord.decode(body: body) else { return nil }
        return (changes, offset + 8 + length)
    }
}
