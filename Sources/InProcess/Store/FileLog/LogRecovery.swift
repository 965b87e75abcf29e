import Dispatch
import LOW

/// What opening a log found: how much it replayed and what it cut off.
package struct LogRecovery: Sendable, Equatable {
    /// Whole records replayed into the index (one per commit).
    package var records: Int
    package var events: Int
    /// Bytes of a torn tail removed from the end of the file (0 after a clean close).
    package var truncatedBytes: Int
    /// The length of the file after recovery, where the next record goes.
    package var validLength: Int
    /// Where the cut torn tail began (`validLength`, or 0 for a header torn at creation).
    package var cutOffset: Int
}

extension LogRecovery {
    /// Replays the records of `file` (a whole log file) into `index` up to a torn tail, if any.
    ///
    /// Only the last group commit can be incomplete: the writer appends one batch at a time and
    /// acknowledges it after `fdatasync`, so a crash leaves bad frames only at the end, with no
    /// intact frame after them, and cutting them loses nothing acknowledged. Any other damage is
    /// thrown, and the caller must leave the file as it is.
    /// - Throws: `LogDamage` when the file is not a log, is of a newer format, or is damaged
    ///   somewhere a crash cannot damage it.
    static func replay(_ file: UnsafeRawBufferPointer, into index: inout EventIndex) throws(LogDamage)
        -> LogRecovery
    {
        let header = LogRecord.headerSize
        guard try checkHeader(file) else {
            // A crash while the header was first written leaves a prefix of it: the log is empty.
            return LogRecovery(records: 0, events: 0, truncatedBytes: file.count, validLength: 0, cutOffset: 0)
        }
        var recovery = LogRecovery(records: 0, events: 0, truncatedBytes: 0, validLength: header, cutOffset: header)
        let records = frameCount(in: file, from: header)
        // One event per commit is the common case; the arrays still grow if there are more.
        index.reserve(commands: records, events: records)
        var offset = header
        var stop: LogFrame?
        while stop == nil, offset < file.count {
            let block = frameOffsets(in: file, from: offset)
            // A first frame whose length does not fit is checked alone: it is bad.
            for frame in block.isEmpty ? [LogFrame.check(file, at: offset)] : decode(block, in: file) {
                guard case .whole(let changes, let end) = frame else {
                    stop = frame
                    break
                }
                index.append(changes)
                recovery.records += 1
                recovery.events += changes.events.count
                offset = end
            }
        }
        if let stop, let damage = LogDamage.classify(stop, in: file, at: offset) { throw damage }
        recovery.validLength = offset
        recovery.cutOffset = offset
        recovery.truncatedBytes = file.count - recovery.validLength
        return recovery
    }

    /// Whether `file` starts with a whole header of this binary's format; `false` for a prefix
    /// of one (a header torn as the log was created).
    /// - Throws: `LogDamage` for anything else: not a log, or a log of a newer format.
    static func checkHeader(_ file: UnsafeRawBufferPointer) throws(LogDamage) -> Bool {
        let header = LogRecord.headerSize
        guard file.count >= header else {
            guard file.elementsEqual(LogRecord.fileMagic.prefix(file.count)) else {
                throw LogDamage(.notALog, offset: 0, resumesAt: 0)
            }
            return false
        }
        guard let version = LogRecord.formatVersion(ofHeader: UnsafeRawBufferPointer(rebasing: file[..<header])) else {
            throw LogDamage(.notALog, offset: 0, resumesAt: 0)
        }
        guard version == LogRecord.formatVersion else {
            throw LogDamage(.newerFormat(version), offset: 0, resumesAt: 0)
        }
        return true
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

    /// `LogFrame.check` of each offset, worked out on all cores: a frame's CRC and decoding need
    /// nothing from the other frames, only appending to the index goes in order.
    private static func decode(_ offsets: [Int], in bytes: UnsafeRawBufferPointer) -> [LogFrame] {
        let parts = min(offsets.count, 16)
        return [LogFrame](unsafeUninitializedCapacity: offsets.count) { buffer, initialized in
            // Each part writes its own slots of `buffer` and reads the mapped file: no sharing.
            nonisolated(unsafe) let results = buffer
            nonisolated(unsafe) let file = bytes
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let range = (offsets.count * part / parts)..<(offsets.count * (part + 1) / parts)
                for i in range { results.initializeElement(at: i, to: LogFrame.check(file, at: offsets[i])) }
            }
            initialized = offsets.count
        }
    }
}
