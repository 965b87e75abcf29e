import LOW

/// An `ID` as a dictionary key, hashed cheaply: the index looks ids up several times per event.
///
/// Ids are UUIDs whose bits are already uniform (random, or SHA-1 for derived ids), so one
/// multiply-and-fold of both halves with the dictionary's per-instance seed spreads them as well
/// as SipHash would, at a fraction of the cost. Anyone able to pick raw ids could aim at one
/// bucket chain, but not without the per-process seed.
struct IDKey: Hashable {
    let id: ID

    init(_ id: ID) { self.id = id }

    func hash(into hasher: inout Hasher) { hasher.combine(id.high ^ id.low) }

    func _rawHashValue(seed: Int) -> Int {
        let mixed =
            (id.high ^ (id.low &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(bitPattern: Int64(seed))) &* 0xBF58_476D_1CE4_E5B9
        return Int(bitPattern: UInt(mixed ^ (mixed >> 31)))
    }
}
