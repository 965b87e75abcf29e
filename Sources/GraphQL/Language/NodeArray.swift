/// The nodes of one kind in a `Document`, or a contiguous run of them: a read-only view into the
/// document's single node allocation.
///
/// It behaves like an `ArraySlice`: indices are positions in the document's array for that kind
/// (so a slice's indices do not start at zero), and slicing shares the storage.
package struct NodeArray<Node: Sendable>: RandomAccessCollection, @unchecked Sendable {
    // Sendable: the storage is immutable once the parser has packed it, and `owner` keeps it alive.
    private let owner: NodeStorage?
    private let base: UnsafePointer<Node>?
    package let startIndex: Int
    package let endIndex: Int

    /// A view of `count` nodes at `base`, kept alive by `owner`.
    init(owner: NodeStorage?, base: UnsafePointer<Node>?, count: Int) {
        self.owner = owner
        self.base = base
        self.startIndex = 0
        self.endIndex = count
    }

    private init(owner: NodeStorage?, base: UnsafePointer<Node>?, bounds: Range<Int>) {
        self.owner = owner
        self.base = base
        self.startIndex = bounds.lowerBound
        self.endIndex = bounds.upperBound
    }

    /// No nodes.
    package init() { self.init(owner: nil, base: nil, count: 0) }

    @inline(__always)
    package subscript(position: Int) -> Node {
        precondition(position >= startIndex && position < endIndex, "NodeArray index out of range")
        return base.unsafelyUnwrapped[position]
    }

    package subscript(bounds: Range<Int>) -> NodeArray<Node> {
        precondition(bounds.lowerBound >= startIndex && bounds.upperBound <= endIndex, "NodeArray range out of range")
        return NodeArray(owner: owner, base: base, bounds: bounds)
    }

    @inline(__always) package func index(after index: Int) -> Int { index + 1 }
    @inline(__always) package func index(before index: Int) -> Int { index - 1 }
    package var indices: Range<Int> { startIndex..<endIndex }
    package var count: Int { endIndex - startIndex }
    package var isEmpty: Bool { endIndex == startIndex }
}
