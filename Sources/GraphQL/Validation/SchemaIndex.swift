/// A type of the schema as the validation walk refers to it: its position in `Schema.types`.
/// Passing four bytes around instead of `SchemaType` values keeps the walk free of copies.
struct TypeID: Hashable {
    let raw: Int32

    init(_ index: Int) { raw = Int32(truncatingIfNeeded: index) }

    var index: Int { Int(raw) }
}

/// A field as the walk refers to it: its type and its position in that type's `fields`, or one
/// of the meta-fields every composite type (`__typename`) or the query root (`__schema`,
/// `__type`) has.
struct FieldID: Hashable {
    static let typename: Int32 = -1
    static let schema: Int32 = -2
    static let type: Int32 = -3

    let parent: TypeID
    let position: Int32
}

/// The lookups validation makes, precomputed once per schema: type and field positions by name,
/// each field's named type, and the custom scalars' literal parsers. `Validator` builds one when
/// made; validating a request then never copies schema types.
final class SchemaIndex: Sendable {
    let schema: Schema
    private let typeIDs: [String: Int32]
    /// Per type: its kind, read without touching the `SchemaType`.
    private let kinds: [TypeKind]
    /// Per type: field position by name (objects and interfaces).
    private let fieldPositions: [[String: Int32]]
    /// Per type, per field: the field's named type.
    private let fieldNamedTypes: [[TypeID]]
    /// Per type: the coercion registered for a custom scalar; nil for every other type.
    private let customScalars: [ScalarCoercion?]
    let queryType: TypeID?
    let mutationType: TypeID?
    let subscriptionType: TypeID?
    private let typenameType: TypeID
    private let schemaType: TypeID
    private let typeType: TypeID

    init(_ schema: Schema, scalars: [String: ScalarCoercion] = [:]) {
        self.schema = schema
        var ids: [String: Int32] = [:]
        for (position, type) in schema.types.enumerated() where ids[type.name] == nil {
            ids[type.name] = Int32(position)
        }
        typeIDs = ids
        kinds = schema.types.map(\.kind)
        fieldPositions = schema.types.map { type in
            var positions: [String: Int32] = [:]
            for (position, field) in type.fields.enumerated() where positions[field.name] == nil {
                positions[field.name] = Int32(position)
            }
            return positions
        }
        fieldNamedTypes = schema.types.map { type in
            type.fields.map { TypeID(Int(ids[$0.type.namedType] ?? -1)) }
        }
        customScalars = schema.types.map { type in
            type.kind == .scalar && !SchemaBuilder.builtInScalarNames.contains(type.name) ? scalars[type.name] : nil
        }
        func id(_ name: String?) -> TypeID? { name.flatMap { ids[$0] }.map { TypeID(Int($0)) } }
        queryType = id(schema.queryTypeName)
        mutationType = id(schema.mutationTypeName)
        subscriptionType = id(schema.subscriptionTypeName)
        typenameType = TypeID(Int(ids["String"] ?? -1))
        schemaType = TypeID(Int(ids["__Schema"] ?? -1))
        typeType = TypeID(Int(ids["__Type"] ?? -1))
    }

    /// The type called `name`.
    func typeID(_ name: String) -> TypeID? { typeIDs[name].map { TypeID(Int($0)) } }

    /// The type itself (a copy: for messages and rare paths).
    func type(_ id: TypeID) -> SchemaType { schema.types[id.index] }

    func name(_ id: TypeID) -> String { schema.types[id.index].name }
    func kind(_ id: TypeID) -> TypeKind { kinds[id.index] }
    func isComposite(_ id: TypeID) -> Bool {
        kinds[id.index] == .object || kinds[id.index] == .interface || kinds[id.index] == .union
    }
    /// The coercion of a custom scalar that has one registered (without one, any literal is accepted).
    func customScalar(_ id: TypeID) -> ScalarCoercion? { customScalars[id.index] }
    func isLeaf(_ id: TypeID) -> Bool { kinds[id.index] == .scalar || kinds[id.index] == .enumeration }
    func isAbstract(_ id: TypeID) -> Bool { kinds[id.index] == .interface || kinds[id.index] == .union }
    func isInput(_ id: TypeID) -> Bool {
        kinds[id.index] != .object && kinds[id.index] != .interface && kinds[id.index] != .union
    }

    /// The root type of an operation kind.
    func rootType(_ kind: OperationKind) -> TypeID? {
        switch kind {
        case .query: queryType
        case .mutation: mutationType
        case .subscription: subscriptionType
        }
    }

    /// graphql-js `getFieldDef`: the field called `name` on `parent`, meta-fields included.
    func field(named name: String, on parent: TypeID) -> FieldID? {
        if name.utf8.first == UInt8(ascii: "_") {
            if name == "__typename" {
                return isComposite(parent) ? FieldID(parent: parent, position: FieldID.typename) : nil
            }
            if parent == queryType {
                if name == "__schema" { return FieldID(parent: parent, position: FieldID.schema) }
                if name == "__type" { return FieldID(parent: parent, position: FieldID.type) }
            }
        }
        guard let position = fieldPositions[parent.index][name] else { return nil }
        return FieldID(parent: parent, position: position)
    }

    /// The field's definition (a copy: for messages and rare paths).
    func definition(_ field: FieldID) -> FieldDefinition {
        switch field.position {
        case FieldID.typename: Schema.typenameField
        case FieldID.schema: Schema.schemaField
        case FieldID.type: Schema.typeField
        default: schema.types[field.parent.index].fields[Int(field.position)]
        }
    }

    /// The field's type.
    func fieldType(_ field: FieldID) -> TypeReference {
        field.position >= 0 ? schema.types[field.parent.index].fields[Int(field.position)].type : definition(field).type
    }

    /// The field's arguments.
    func arguments(_ field: FieldID) -> [InputValueDefinition] {
        field.position >= 0
            ? schema.types[field.parent.index].fields[Int(field.position)].arguments
            : definition(field).arguments
    }

    /// The named type of the field's type (nil if the schema lacks it, which a built schema never does).
    func namedType(_ field: FieldID) -> TypeID? {
        let id: TypeID
        switch field.position {
        case FieldID.typename: id = typenameType
        case FieldID.schema: id = schemaType
        case FieldID.type: id = typeType
        default: id = fieldNamedTypes[field.parent.index][Int(field.position)]
        }
        return id.raw < 0 ? nil : id
    }

    /// graphql-js `doTypesOverlap`: whether some object type could be both.
    func typesOverlap(_ first: TypeID, _ second: TypeID) -> Bool {
        first == second || schema.typesOverlap(type(first), type(second))
    }
}
