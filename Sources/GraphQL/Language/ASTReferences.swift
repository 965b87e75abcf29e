/// A reference to one node of a `Document`: its index in the document's array for that node kind.
///
/// References are four bytes and only mean something together with the document that made them:
/// read the node with `document[ref]`.
package struct NodeRef<Node>: Hashable, Sendable {
    /// The node's index in its document array.
    package let index: UInt32

    /// Makes a reference to the node at `index`.
    package init(_ index: Int) { self.index = UInt32(truncatingIfNeeded: index) }
}

/// A contiguous run of nodes of one kind in a `Document`: the children of one parent, in source order.
///
/// Iterating it yields `NodeRef`s; `document[ref]` reads each node, and `document.nodes(list)` gives
/// the nodes themselves as an array slice.
package struct NodeList<Node>: RandomAccessCollection, Hashable, Sendable {
    /// The index of the first node in its document array.
    package let start: UInt32
    /// One past the index of the last node.
    package let end: UInt32

    /// An empty list.
    package static var empty: NodeList<Node> { NodeList(start: 0, end: 0) }

    /// Makes the list of nodes `start..<end`.
    package init(start: Int, end: Int) {
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
    }

    package var startIndex: Int { Int(start) }
    package var endIndex: Int { Int(end) }
    package subscript(position: Int) -> NodeRef<Node> { NodeRef(position) }
    package var indices: Range<Int> { Int(start)..<Int(end) }
}

/// A half-open range of bytes in a document's UTF-8 source.
package struct SourceRange: Hashable, Sendable {
    /// The offset of the first byte.
    package let start: UInt32
    /// The offset one past the last byte.
    package let end: UInt32

    /// Makes the byte range `start..<end`.
    package init(start: Int, end: Int) {
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
    }

    /// The number of bytes.
    package var count: Int { Int(end) - Int(start) }
}

/// A node that knows where it starts in the source: its first token's byte offset.
///
/// `document.location(of: node)` turns the offset into a 1-based line and column.
package protocol SourceLocated {
    /// The byte offset of the node's first token in the document's UTF-8 source.
    var offset: UInt32 { get }
}

/// A GraphQL name (field, type, argument, variable without `$`, ...): a byte range of the source.
///
/// Read it with `document.string(name)`, or compare it without allocating with
/// `document.name(name, equals: "id")`.
package struct NameNode: Hashable, Sendable, SourceLocated {
    /// The name's bytes.
    package let range: SourceRange

    /// Makes a name spanning `range`.
    package init(range: SourceRange) { self.range = range }

    /// Where the name starts.
    package var offset: UInt32 { range.start }
}

/// A string literal as written: the bytes between its quotes, and whether decoding has work to do.
///
/// `document.string(literal)` gives its value: escapes decoded for a quoted string, the spec's
/// BlockStringValue() for a block string. A plain string without escapes is copied as is.
package struct StringLiteral: Hashable, Sendable, SourceLocated {
    /// The bytes between the opening and closing quotes (`"` or `"""`).
    package let content: SourceRange
    /// Whether it was written as a block string (`"""..."""`).
    package let isBlock: Bool
    /// Whether the content holds a backslash (escape in a quoted string, `\"""` in a block string).
    package let hasEscapes: Bool

    /// Makes a literal from its content range and shape.
    package init(content: SourceRange, isBlock: Bool, hasEscapes: Bool) {
        self.content = content
        self.isBlock = isBlock
        self.hasEscapes = hasEscapes
    }

    /// Where the opening quote is.
    package var offset: UInt32 { content.start - (isBlock ? 3 : 1) }
}
