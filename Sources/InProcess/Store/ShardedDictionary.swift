/// A dictionary split by key hash into 256 smaller ones, so that it grows a shard at a time.
///
/// A `Dictionary` grows by rehashing every entry into a table twice the size in one step: with a
/// few hundred thousand String keys that is tens of milliseconds, spent under the store's lock
/// while every request waits (the tail of a long mutation load grew with the number of
/// customers). Here each growth moves about 1/256 of the entries.
///
/// Not ordered, not iterable: the stores only look keys up.
struct ShardedDictionary<Key: Hashable, Value> {
    private static var shardBits: Int { 8 }

    private var shards: [[Key: Value]]

    init() { shards = Array(repeating: [:], count: 1 << Self.shardBits) }

    /// The shard of `key`, from the top bits of its hash: each shard's own table buckets by the
    /// low bits of a differently seeded hash, so the two choices don't correlate.
    @inline(__always)
    private static func shard(of key: Key) -> Int {
        Int(truncatingIfNeeded: UInt(bitPattern: key.hashValue) >> UInt(UInt.bitWidth - shardBits))
    }

    /// The number of entries.
    var count: Int { shards.reduce(0) { $0 + $1.count } }

    subscript(key: Key) -> Value? {
        get { shards[Self.shard(of: key)][key] }
        _modify { yield &shards[Self.shard(of: key)][key] }
    }

    subscript(key: Key, default defaultValue: @autoclosure () -> Value) -> Value {
        get { shards[Self.shard(of: key)][key] ?? defaultValue() }
        _modify { yield &shards[Self.shard(of: key)][key, default: defaultValue()] }
    }

    /// Makes room for `additional` more entries spread evenly over the shards.
    mutating func reserveCapacity(additional: Int) {
        // A little slack per shard: hashes spread evenly only on average.
        let each = (additional >> Self.shardBits) + ((additional / 16) >> Self.shardBits) + 1
        for index in shards.indices { shards[index].reserveCapacity(shards[index].count + each) }
    }
}
