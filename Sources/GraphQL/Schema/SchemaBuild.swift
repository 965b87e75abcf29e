/// One run of `SchemaBuilder`: the combined document (built-ins first, then every file), the
/// definitions gathered by name, the types built from them, and the problems found so far.
struct SchemaBuild {
    let document: Document
    /// Where each file starts in the combined source, in order.
    let files: [(name: String, start: Int)]
    var problems: [(offset: UInt32, message: String)] = []

    /// Type names in definition order, built-ins first.
    var typeNames: [String] = []
    var typeDefinitions: [String: NodeRef<TypeDefinitionNode>] = [:]
    /// Names the schema files define, in their order (restated built-in scalars included).
    var definedTypeNames: [String] = []
    var typeExtensions: [String: [NodeRef<TypeDefinitionNode>]] = [:]
    var directiveNames: [String] = []
    var directiveDefinitions: [String: NodeRef<DirectiveDefinitionNode>] = [:]
    var schemaDefinitions: [NodeRef<SchemaDefinitionNode>] = []
    /// The types built so far, by name.
    var types: [String: SchemaType] = [:]

    init(document: Document, files: [(name: String, start: Int)]) {
        self.document = document
        self.files = files
    }

    /// Gathers, builds, validates; throws every problem found.
    mutating func run() throws(SchemaError) -> Schema {
        collectDefinitions()
        checkExtensions()
        for name in typeNames { types[name] = buildType(named: name) }
        var directives: [DirectiveDefinition] = []
        for name in directiveNames {
            if let ref = directiveDefinitions[name] { directives.append(buildDirective(ref)) }
        }
        let roots = rootTypeNames()
        if roots.query == nil { report("Query root type must be provided.", at: UInt32(clamping: builtInEnd)) }
        validateTypes()
        validateDirectiveDefinitions()
        validateDirectiveUses()
        guard problems.isEmpty else { throw error() }
        let document = document
        let description = schemaDefinitions.compactMap { document[$0].description }.first.map { document.string($0) }
        let schema = Schema(
            description: description,
            queryTypeName: roots.query, mutationTypeName: roots.mutation, subscriptionTypeName: roots.subscription,
            types: orderedTypes(roots: roots, directives: directives), directives: directives)
        return schema
    }

    /// Records a problem at a byte offset of the combined document.
    mutating func report(_ message: String, at offset: UInt32) { problems.append((offset, message)) }

    /// The offset where user files start (everything before is built in).
    var builtInEnd: Int { files.count > 1 ? files[1].start : Int.max }

    /// Whether a node comes from the built-in definitions.
    func isBuiltIn(_ offset: UInt32) -> Bool { Int(offset) < builtInEnd }

    private func error() -> SchemaError {
        SchemaError(problems: problems.sorted { $0.offset < $1.offset }.map(problem))
    }

    /// A problem located in its own file.
    private func problem(_ entry: (offset: UInt32, message: String)) -> SchemaError.Problem {
        let offset = Int(entry.offset)
        let file = files.last { $0.start <= offset } ?? files[0]
        let location = SourceLocation(of: offset - file.start, in: document.source[file.start...])
        return SchemaError.Problem(
            message: entry.message, file: file.name, line: location.line, column: location.column)
    }

    /// The text of a name.
    func string(_ name: NameNode) -> String { document.string(name) }

    // MARK: - Gathering definitions

    private mutating func collectDefinitions() {
        for definition in document.definitions {
            switch definition {
            case .type(let ref): collectType(ref)
            case .directive(let ref): collectDirective(ref)
            case .schema(let ref):
                let node = document[ref]
                if !node.isExtension && schemaDefinitions.contains(where: { !document[$0].isExtension }) {
                    report("Must provide only one schema definition.", at: node.offset)
                }
                schemaDefinitions.append(ref)
            case .operation(let ref):
                report("A schema file may not contain operations.", at: document[ref].offset)
            case .fragment(let ref):
                report("A schema file may not contain fragments.", at: document[ref].offset)
            }
        }
    }

    private mutating func collectType(_ ref: NodeRef<TypeDefinitionNode>) {
        let node = document[ref]
        let name = string(node.name)
        if node.isExtension {
            typeExtensions[name, default: []].append(ref)
            return
        }
        // A reserved name is reported once, even when it is an introspection type's.
        guard checkReservedName(node.name) else { return }
        if let existing = typeDefinitions[name] {
            // graphql-js buildASTSchema: a schema file may restate a built-in scalar; the built-in stays.
            if isBuiltIn(document[existing].offset) && SchemaBuilder.builtInScalarNames.contains(name) {
                definedTypeNames.append(name)
                return
            }
            report(
                isBuiltIn(document[existing].offset)
                    ? "Type \"\(name)\" already exists in the schema. It cannot also be defined in this type definition."
                    : "There can be only one type named \"\(name)\".", at: node.name.offset)
            return
        }
        typeDefinitions[name] = ref
        typeNames.append(name)
        if !isBuiltIn(node.offset) { definedTypeNames.append(name) }
    }

    private mutating func collectDirective(_ ref: NodeRef<DirectiveDefinitionNode>) {
        let node = document[ref]
        let name = string(node.name)
        checkReservedName(node.name)
        if let existing = directiveDefinitions[name] {
            // graphql-js buildASTSchema: a schema's own definition replaces a built-in directive.
            guard isBuiltIn(document[existing].offset) else {
                report("There can be only one directive named \"@\(name)\".", at: node.name.offset)
                return
            }
            directiveDefinitions[name] = ref
            return
        }
        directiveDefinitions[name] = ref
        directiveNames.append(name)
    }

    /// GraphQL spec (Oct 2021) §3.1: names starting with `__` are reserved for introspection.
    /// Returns whether the name is allowed (a problem is reported when it is not).
    @discardableResult
    mutating func checkReservedName(_ name: NameNode) -> Bool {
        guard !isBuiltIn(name.offset), name.range.count >= 2,
            document.source[Int(name.range.start)] == UInt8(ascii: "_"),
            document.source[Int(name.range.start) + 1] == UInt8(ascii: "_")
        else { return true }
        report(
            "Name \"\(string(name))\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            at: name.offset)
        return false
    }

    /// Extensions must extend a defined type of the same kind.
    private mutating func checkExtensions() {
        for definition in document.definitions {
            guard case .type(let ref) = definition, document[ref].isExtension else { continue }
            let node = document[ref]
            let name = string(node.name)
            guard let base = typeDefinitions[name] else {
                report("Cannot extend type \"\(name)\" because it is not defined.", at: node.name.offset)
                continue
            }
            if document[base].kind != node.kind {
                report("Cannot extend non-\(node.kind.noun) type \"\(name)\".", at: node.name.offset)
            }
        }
    }

    /// The definition and the extensions (of the right kind) of a type, in source order.
    func definitionNodes(of name: String) -> [TypeDefinitionNode] {
        guard let base = typeDefinitions[name] else { return [] }
        let kind = document[base].kind
        return [document[base]] + (typeExtensions[name] ?? []).map { document[$0] }.filter { $0.kind == kind }
    }
}

extension TypeDefinitionKind {
    /// How graphql-js names the kind in messages.
    var noun: String {
        switch self {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumeration: "enum"
        case .inputObject: "input object"
        }
    }

    /// The model's kind.
    var typeKind: TypeKind {
        switch self {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumeration: .enumeration
        case .inputObject: .inputObject
        }
    }
}
