/// Children whose parent is still being parsed (selections, list items, object fields). Nested
/// parents push above their ancestors' children and flush them first, so each parent's children
/// reach the document contiguously. The storage is reused from parse to parse.
struct PendingStack<Element>: ~Copyable {
    private var storage = NodeBuffer<Element>()

    /// How many elements are pending; a parent remembers it as its base before its children.
    var count: Int { storage.count }

    @inline(__always)
    mutating func push(_ element: Element) { storage.append(element) }

    /// Forgets the pending elements (after a failed parse), keeping the storage.
    mutating func removeAll() { storage.removeAll() }

    /// Moves the elements pushed since `base` to the end of `destination`; returns their list there.
    mutating func flush<Node>(from base: Int, into destination: inout NodeBuffer<Element>) -> NodeList<Node> {
        let start = destination.count
        // Element by element: the runs are short, and a bulk copy costs more in call overhead.
        for index in base..<storage.count { destination.append(storage[index]) }
        storage.removeSuffix(from: base)
        return NodeList(start: start, end: destination.count)
    }
}
