/// Children whose parent is still being parsed (selections, list items, object fields). Nested
/// parents push above their ancestors' children and flush them first, so each parent's children
/// reach the document contiguously. The storage is reused and never shrinks during a parse.
struct PendingStack<Element> {
    private var storage: [Element] = []
    /// How many elements are pending; a parent remembers it as its base before its children.
    private(set) var count = 0

    mutating func push(_ element: Element) {
        if count < storage.count {
            storage[count] = element
        } else {
            storage.append(element)
        }
        count += 1
    }

    /// Forgets the pending elements (after a failed parse), keeping the storage.
    mutating func removeAll() { count = 0 }

    /// Moves the elements pushed since `base` to the end of `destination`; returns their list there.
    mutating func flush<Node>(from base: Int, into destination: inout [Element]) -> NodeList<Node> {
        let start = destination.count
        // Element by element: the runs are short, and a bulk copy costs more in call overhead.
        for index in base..<count { destination.append(storage[index]) }
        count = base
        return NodeList(start: start, end: destination.count)
    }
}
