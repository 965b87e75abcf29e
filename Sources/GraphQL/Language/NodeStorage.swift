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
    static func make(from builder: borrowing DocumentBuilder) -> NodeStorage {
        var layout = NodeLayout()
        var words = 0
        // Executable documents (every request) have no type-system nodes: skip those kinds at once.
        let hasTypeSystem = builder.hasTypeSystemNodes
        placeExecutable(builder, in: &layout, at: &words)
        if hasTypeSystem { placeTypeSystem(builder, in: &layout, at: &words) }
        let storage = unsafeDowncast(create(minimumCapacity: words) { _ in layout }, to: NodeStorage.self)
        storage.withUnsafeMutablePointerToElements { words in
            copyExecutable(builder, to: words, at: layout)
            if hasTypeSystem { copyTypeSystem(builder, to: words, at: layout) }
        }
        return storage
    }

    private static func placeExecutable(
        _ builder: borrowing DocumentBuilder, in layout: inout NodeLayout, at words: inout Int
    ) {
        layout.definitions = place(builder.definitions, at: &words)
        layout.operations = place(builder.operations, at: &words)
        layout.fragments = place(builder.fragments, at: &words)
        layout.variableDefinitions = place(builder.variableDefinitions, at: &words)
        layout.selectionSets = place(builder.selectionSets, at: &words)
        layout.selections = place(builder.selections, at: &words)
        layout.fields = place(builder.fields, at: &words)
        layout.fragmentSpreads = place(builder.fragmentSpreads, at: &words)
        layout.inlineFragments = place(builder.inlineFragments, at: &words)
        layout.arguments = place(builder.arguments, at: &words)
        layout.directives = place(builder.directives, at: &words)
        layout.values = place(builder.values, at: &words)
        layout.objectFields = place(builder.objectFields, at: &words)
        layout.typeNodes = place(builder.typeNodes, at: &words)
    }

    private static func placeTypeSystem(
        _ builder: borrowing DocumentBuilder, in layout: inout NodeLayout, at words: inout Int
    ) {
        layout.schemaDefinitions = place(builder.schemaDefinitions, at: &words)
        layout.operationTypes = place(builder.operationTypes, at: &words)
        layout.typeDefinitions = place(builder.typeDefinitions, at: &words)
        layout.fieldDefinitions = place(builder.fieldDefinitions, at: &words)
        layout.inputValueDefinitions = place(builder.inputValueDefinitions, at: &words)
        layout.enumValueDefinitions = place(builder.enumValueDefinitions, at: &words)
        layout.directiveDefinitions = place(builder.directiveDefinitions, at: &words)
        layout.names = place(builder.names, at: &words)
    }

    private static func copyExecutable(
        _ builder: borrowing DocumentBuilder, to words: UnsafeMutablePointer<UInt64>, at layout: NodeLayout
    ) {
        copy(builder.definitions, to: words, at: layout.definitions)
        copy(builder.operations, to: words, at: layout.operations)
        copy(builder.fragments, to: words, at: layout.fragments)
        copy(builder.variableDefinitions, to: words, at: layout.variableDefinitions)
        copy(builder.selectionSets, to: words, at: layout.selectionSets)
        copy(builder.selections, to: words, at: layout.selections)
        copy(builder.fields, to: words, at: layout.fields)
        copy(builder.fragmentSpreads, to: words, at: layout.fragmentSpreads)
        copy(builder.inlineFragments, to: words, at: layout.inlineFragments)
        copy(builder.arguments, to: words, at: layout.arguments)
        copy(builder.directives, to: words, at: layout.directives)
        copy(builder.values, to: words, at: layout.values)
        copy(builder.objectFields, to: words, at: layout.objectFields)
        copy(builder.typeNodes, to: words, at: layout.typeNodes)
    }

    private static func copyTypeSystem(
        _ builder: borrowing DocumentBuilder, to words: UnsafeMutablePointer<UInt64>, at layout: NodeLayout
    ) {
        copy(builder.schemaDefinitions, to: words, at: layout.schemaDefinitions)
        copy(builder.operationTypes, to: words, at: layout.operationTypes)
        copy(builder.typeDefinitions, to: words, at: layout.typeDefinitions)
        copy(builder.fieldDefinitions, to: words, at: layout.fieldDefinitions)
        copy(builder.inputValueDefinitions, to: words, at: layout.inputValueDefinitions)
        copy(builder.enumValueDefinitions, to: words, at: layout.enumValueDefinitions)
        copy(builder.directiveDefinitions, to: words, at: layout.directiveDefinitions)
        copy(builder.names, to: words, at: layout.names)
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

    /// Reserves whole words for `nodes` after `words` words.
    @inline(__always)
    private static func place<Node>(_ nodes: borrowing NodeBuffer<Node>, at words: inout Int) -> NodeRegion {
        // Nodes hold 32-bit offsets and flags: 8-byte word alignment is enough for all of them.
        assert(MemoryLayout<Node>.alignment <= MemoryLayout<UInt64>.alignment && _isPOD(Node.self))
        let region = NodeRegion(
            offset: UInt32(truncatingIfNeeded: words), count: UInt32(truncatingIfNeeded: nodes.count))
        // Wrapping arithmetic: counts are below 2^32 and strides small, so nothing overflows, and
        // skipping the overflow checks halves the cost of packing a small document.
        words &+= (nodes.count &* MemoryLayout<Node>.stride &+ 7) &>> 3
        return region
    }

    @inline(__always)
    private static func copy<Node>(
        _ nodes: borrowing NodeBuffer<Node>, to words: UnsafeMutablePointer<UInt64>, at region: NodeRegion
    ) {
        let elements = nodes.elements
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        UnsafeMutableRawPointer(words + Int(region.offset)).initializeMemory(
            as: Node.self, from: source, count: elements.count)
    }
}
