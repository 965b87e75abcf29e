/// Which bytes of a damaged log a repair keeps and which it moves aside: every intact record is
/// kept, in order; each damaged stretch (up to where intact records resume) and a torn tail move.
struct LogRepairPlan: Equatable {
    /// The stretches of whole records to keep, header excluded, in file order.
    var kept: [Range<Int>] = []
    var records = 0
    var events = 0
    /// The stretches to move aside, in file order.
    var damaged: [Range<Int>] = []
    /// Whether the file starts with a whole header (else it is a header torn at creation, which
    /// opening the log rewrites: there is nothing to repair).
    var hasHeader = true

    /// - Throws: `LogDamage` that a repair must not move aside: a file that is not a log, or a
    ///   header or record of a newer format (a newer binary reads it).
    init(_ file: UnsafeRawBufferPointer) throws(LogDamage) {
        guard try LogRecovery.checkHeader(file) else {
            hasHeader = false
            return
        }
        var offset = LogRecord.headerSize
        while offset < file.count {
            let frame = LogFrame.check(file, at: offset)
            if case .whole(let changes, let end) = frame {
                keep(offset..<end, events: changes.events.count)
                offset = end
            } else if let damage = LogDamage.classify(frame, in: file, at: offset) {
                guard damage.isRepairable else { throw damage }
                damaged.append(offset..<damage.resumesAt)
                offset = damage.resumesAt
            } else {
                damaged.append(offset..<file.count)
                offset = file.count
            }
        }
    }

    private mutating func keep(_ range: Range<Int>, events count: Int) {
        records += 1
        events += count
        if let last = kept.last, last.upperBound == range.lowerBound {
            kept[kept.count - 1] = last.lowerBound..<range.upperBound
        } else {
            kept.append(range)
        }
    }
}
