/// Where one node kind's nodes are in a `NodeStorage`: an offset in words and a count.
struct NodeRegion {
    var offset: UInt32 = 0
    var count: UInt32 = 0
}

/// The header of a `NodeStorage`: the region of each node kind.
struct NodeLayout {
    var definitions = NodeRegion()
    var operations = NodeRegion()
    var fragments = NodeRegion()
    var variableDefinitions = NodeRegion()
    var selectionSets = NodeRegion()
    var selections = NodeRegion()
    var fields = NodeRegion()
    var fragmentSpreads = NodeRegion()
    var inlineFragments = NodeRegion()
    var arguments = NodeRegion()
    var directives = NodeRegion()
    var values = NodeRegion()
    var objectFields = NodeRegion()
    var typeNodes = NodeRegion()
    var schemaDefinitions = NodeRegion()
    var operationTypes = NodeRegion()
    var typeDefinitions = NodeRegion()
    var fieldDefinitions = NodeRegion()
    var inputValueDefinitions = NodeRegion()
    var enumValueDefinitions = NodeRegion()
    var directiveDefinitions = NodeRegion()
    var names = NodeRegion()
}

/// Every node of a parsed document in one allocation: the parser's per-kind arrays packed one
/// after the other, so a document costs one allocation however many node kinds it uses.
///
/// Immutable once made; the nodes are plain values (no references), so copying their bytes is
/// copying them.
final class NodeStorage: ManagedBuffer<NodeLayout, UInt64> {
    /// Packs the nodes `builder` collected.
    ///
    /// Through a pointer: borrowing the builder from its pointer would copy the whole builder.
    static func make(from builder: UnsafePointer<DocumentBuilder>) -> NodeStorage {
        // Executable documents (every request) have no type-system nodes: skip those kinds at once.
        let hasTypeSystem = builder.pointee.hasTypeSystemNodes
        var words = executableWordCount(builder)
        if hasTypeSystem { words &+= typeSystemWordCount(builder) }
        let storage = unsafeDowncast(create(minimumCapacity: words) { _ in NodeLayout() }, to: NodeStorage.self)
        // One pass places and copies each kind; a kind the document did not use keeps its empty
        // region and costs one comparison.
        storage.withUnsafeMutablePointers { layout, words in
            var used = 0
            packExecutable(builder, into: &layout.pointee, words: words, at: &used)
            if hasTypeSystem { packTypeSystem(builder, into: &layout.pointee, words: words, at: &used) }
        }
        return storage
    }

    private static func executableWordCount(_ builder: UnsafePointer<DocumentBuilder>) -> Int {
        var words = 0
        words &+= wordCount(builder.pointee.definitions)
        words &+= wordCount(builder.pointee.operations)
        words &+= wordCount(builder.pointee.fragments)
        words &+= wordCount(builder.pointee.variableDefinitions)
        words &+= wordCount(builder.pointee.selectionSets)
        words &+= wordCount(builder.pointee.selections)
        words &+= wordCount(builder.pointee.fields)
        words &+= wordCount(builder.pointee.fragmentSpreads)
        words &+= wordCount(builder.pointee.inlineFragments)
        words &+= wordCount(builder.pointee.arguments)
        words &+= wordCount(builder.pointee.directives)
        words &+= wordCount(builder.pointee.values)
        words &+= wordCount(builder.pointee.objectFields)
        words &+= wordCount(builder.pointee.typeNodes)
        return words
    }

    private static func typeSystemWordCount(_ builder: UnsafePointer<DocumentBuilder>) -> Int {
        var words = 0
        words &+= wordCount(builder.pointee.schemaDefinitions)
        words &+= wordCount(builder.pointee.operationTypes)
        words &+= wordCount(builder.pointee.typeDefinitions)
        words &+= wordCount(builder.pointee.fieldDefinitions)
        words &+= wordCount(builder.pointee.inputValueDefinitions)
        words &+= wordCount(builder.pointee.enumValueDefinitions)
        words &+= wordCount(builder.pointee.directiveDefinitions)
        words &+= wordCount(builder.pointee.names)
        return words
    }

    private static func packExecutable(
        _ builder: UnsafePointer<DocumentBuilder>, into layout: inout NodeLayout, words: UnsafeMutablePointer<UInt64>,
        at used: inout Int
    ) {
        pack(builder.pointee.definitions, into: &layout.definitions, words: words, at: &used)
        pack(builder.pointee.operations, into: &layout.operations, words: words, at: &used)
        pack(builder.pointee.fragments, into: &layout.fragments, words: words, at: &used)
        pack(builder.pointee.variableDefinitions, into: &layout.variableDefinitions, words: words, at: &used)
        pack(builder.pointee.selectionSets, into: &layout.selectionSets, words: words, at: &used)
        pack(builder.pointee.selections, into: &layout.selections, words: words, at: &used)
        pack(builder.pointee.fields, into: &layout.fields, words: words, at: &used)
        pack(builder.pointee.fragmentSpreads, into: &layout.fragmentSpreads, words: words, at: &used)
        pack(builder.pointee.inlineFragments, into: &layout.inlineFragments, words: words, at: &used)
        pack(builder.pointee.arguments, into: &layout.arguments, words: words, at: &used)
        pack(builder.pointee.directives, into: &layout.directives, words: words, at: &used)
        pack(builder.pointee.values, into: &layout.values, words: words, at: &used)
        pack(builder.pointee.objectFields, into: &layout.objectFields, words: words, at: &used)
        pack(builder.pointee.typeNodes, into: &layout.typeNodes, words: words, at: &used)
    }

    private static func packTypeSystem(
        _ builder: UnsafePointer<DocumentBuilder>, into layout: inout NodeLayout, words: UnsafeMutablePointer<UInt64>,
        at used: inout Int
    ) {
        pack(builder.pointee.schemaDefinitions, into: &layout.schemaDefinitions, words: words, at: &used)
        pack(builder.pointee.operationTypes, into: &layout.operationTypes, words: words, at: &used)
        pack(builder.pointee.typeDefinitions, into: &layout.typeDefinitions, words: words, at: &used)
        pack(builder.pointee.fieldDefinitions, into: &layout.fieldDefinitions, words: words, at: &used)
        pack(builder.pointee.inputValueDefinitions, into: &layout.inputValueDefinitions, words: words, at: &used)
        pack(builder.pointee.enumValueDefinitions, into: &layout.enumValueDefinitions, words: words, at: &used)
        pack(builder.pointee.directiveDefinitions, into: &layout.directiveDefinitions, words: words, at: &used)
        pack(builder.pointee.names, into: &layout.names, words: words, at: &used)
    }

    /// The nodes of the region `region` picks from the layout, as `Node`s.
    @inline(__always)
    func nodes<Node>(_ region: (NodeLayout) -> NodeRegion) -> NodeArray<Node> {
        // Through the pointers rather than `header`: reading the class's stored property would
        // cost a dynamic exclusivity check on every access to a node.
        withUnsafeMutablePointers { layout, words in
            let region = region(layout.pointee)
            let base = UnsafeRawPointer(words + Int(region.offset)).assumingMemoryBound(to: Node.self)
            return NodeArray(owner: self, base: base, count: Int(region.count))
        }
    }

    /// How many whole words `nodes` take.
    @inline(__always)
    private static func wordCount<Node>(_ nodes: borrowing NodeBuffer<Node>) -> Int {
        // Nodes hold 32-bit offsets and flags: 8-byte word alignment is enough for all of them.
        assert(MemoryLayout<Node>.alignment <= MemoryLayout<UInt64>.alignment && _isPOD(Node.self))
        // Wrapping arithmetic: counts are below 2^32 and strides small, so nothing overflows, and
        // skipping the overflow checks halves the cost of packing a small document.
        return (nodes.count &* MemoryLayout<Node>.stride &+ 7) &>> 3
    }

    /// Copies `nodes` to the `used` words of `words`, records where in `region`, and counts them used.
    @inline(__always)
    private static func pack<Node>(
        _ nodes: borrowing NodeBuffer<Node>, into region: inout NodeRegion, words: UnsafeMutablePointer<UInt64>,
        at used: inout Int
    ) {
        let count = nodes.count
        guard count != 0, let source = nodes.elements.baseAddress else { return }
        region = NodeRegion(offset: UInt32(truncatingIfNeeded: used), count: UInt32(truncatingIfNeeded: count))
        let bytes = count &* MemoryLayout<Node>.stride
        let destination = UnsafeMutableRawPointer(words + used)
        if count == 1 {
            // Most kinds of a small document hold one node: a typed store, cheaper than a `memcpy` call.
            destination.initializeMemory(as: Node.self, to: source.pointee)
        } else {
            destination.copyMemory(from: source, byteCount: bytes)
        }
        used &+= (bytes &+ 7) &>> 3
    }
}
