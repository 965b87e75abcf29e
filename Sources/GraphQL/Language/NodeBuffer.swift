/// A growable array of plain node values, for the parser's builder: appending checks capacity
/// and stores, without `Array`'s uniqueness check (the builder is never copied, and cannot be).
///
/// Elements must be plain values (no references): they are copied as bytes and never destroyed.
struct NodeBuffer<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    /// How many elements it holds.
    private(set) var count = 0
    private var capacity: Int

    init() {
        assert(_isPOD(Element.self))
        capacity = 16
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        // Below `capacity`, so it cannot overflow: wrapping drops a check from every node built.
        count &+= 1
    }

    @inline(__always)
    subscript(position: Int) -> Element {
        get {
            assert(position >= 0 && position < count)
            return base[position]
        }
        set {
            assert(position >= 0 && position < count)
            base[position] = newValue
        }
    }

    /// Forgets every element, keeping the capacity.
    mutating func removeAll() { count = 0 }

    /// Forgets the elements from `index` on.
    mutating func removeSuffix(from index: Int) { count = index }

    /// The elements, valid until the next append.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
