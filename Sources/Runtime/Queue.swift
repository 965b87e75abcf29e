/// A FIFO of values in one growable ring buffer: amortized O(1) at both ends, no per-element
/// allocation. What `BoundedChannel` keeps its elements and waiters in.
struct Queue<Element>: Sequence {
    private var storage: [Element?] = []
    private var head = 0
    private(set) var count = 0

    init() {}

    var isEmpty: Bool { count == 0 }

    mutating func append(_ element: Element) {
        if count == storage.count { grow() }
        storage[(head + count) % storage.count] = element
        count += 1
    }

    mutating func popFirst() -> Element? {
        guard count > 0 else { return nil }
        let element = storage[head]
        storage[head] = nil
        head = (head + 1) % storage.count
        count -= 1
        return element
    }

    /// Removes and returns the first element matching `predicate`, keeping the others in order.
    mutating func remove(where predicate: (Element) -> Bool) -> Element? {
        var kept = Queue()
        var removed: Element?
        while let element = popFirst() {
            if removed == nil, predicate(element) { removed = element } else { kept.append(element) }
        }
        self = kept
        return removed
    }

    func makeIterator() -> some IteratorProtocol<Element> {
        var index = 0
        return AnyIterator {
            guard index < count else { return nil }
            defer { index += 1 }
            return storage[(head + index) % storage.count]
        }
    }

    private mutating func grow() {
        var larger = [Element?](repeating: nil, count: Swift.max(8, storage.count * 2))
        for index in 0..<count { larger[index] = storage[(head + index) % storage.count] }
        storage = larger
        head = 0
    }
}
