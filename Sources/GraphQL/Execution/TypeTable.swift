/// The schema arranged for execution, built once: every named type with what coercion and
/// completion ask of it resolved ahead (leaf behaviour, field tables, possible types), and
/// output types compiled to indices so completing a value looks nothing up by name.
final class TypeTable: Sendable {
    /// The schema the table was built from.
    let schema: Schema
    /// Every named type, in schema order.
    let types: [TypeInfo]
    private let index: [String: Int]

    init(schema: Schema, scalars: [String: ScalarCoercion], resolverSlots: [FieldKey: ResolverSlot]) {
        self.schema = schema
        var index: [String: Int] = [:]
        for (position, type) in schema.types.enumerated() where index[type.name] == nil { index[type.name] = position }
        self.index = index
        types = schema.types.map { type in
            TypeInfo(type: type, schema: schema, index: index, scalars: scalars, resolverSlots: resolverSlots)
        }
    }

    /// The type called `name`.
    func info(named name: String) -> TypeInfo? { index[name].map { types[$0] } }

    /// The index of the type called `name`.
    func position(of name: String) -> Int? { index[name] }
}

/// A field's place in the resolver registry: its type and field names.
package struct FieldKey: Hashable, Sendable {
    /// The object or interface type's name.
    package var typeName: String
    /// The field's name.
    package var fieldName: String

    /// Makes a key.
    package init(_ typeName: String, _ fieldName: String) {
        self.typeName = typeName
        self.fieldName = fieldName
    }
}

/// Where a registered resolver is, and whether it must be awaited.
struct ResolverSlot: Hashable, Sendable {
    let index: Int
    let isAsync: Bool
}

/// How a leaf type coerces values.
enum LeafKind: Sendable {
    case int, float, string, boolean, id, enumeration
    case custom(ScalarCoercion)
}

/// An output type reference with named types as table indices.
indirect enum OutputType: Sendable {
    case named(Int)
    case list(OutputType)
    case nonNull(OutputType)

    init(_ reference: TypeReference, index: [String: Int]) {
        switch reference {
        case .named(let name): self = .named(index[name] ?? -1)
        case .list(let inner): self = .list(OutputType(inner, index: index))
        case .nonNull(let inner): self = .nonNull(OutputType(inner, index: index))
        }
    }
}

/// How a field's value is produced.
enum FieldResolution: Sendable {
    /// Read the field's name from an `.object` parent.
    case byName
    /// The registered resolver at this slot.
    case registered(ResolverSlot)
    /// One of the introspection types' fields.
    case introspection(IntrospectionField)
}

/// A field of an object or interface, ready to execute.
final class FieldInfo: Sendable {
    let definition: FieldDefinition
    let type: OutputType
    let resolution: FieldResolution
    /// `Type.field`, for messages.
    let coordinate: String
    /// Whether the field takes arguments (to skip argument coercion when it does not).
    let hasArguments: Bool

    init(definition: FieldDefinition, type: OutputType, resolution: FieldResolution, coordinate: String) {
        self.definition = definition
        self.type = type
        self.resolution = resolution
        self.coordinate = coordinate
        hasArguments = !definition.arguments.isEmpty
    }
}

/// One named type of the table.
final class TypeInfo: Sendable {
    let name: String
    let kind: TypeKind
    let definition: SchemaType
    /// Scalars and enums.
    let leaf: LeafKind?
    let enumNames: Set<String>
    /// Objects and interfaces.
    let fields: [String: FieldInfo]
    /// Interfaces and unions: the object types that can be them; objects: themselves.
    let possibleTypes: Set<String>

    init(
        type: SchemaType, schema: Schema, index: [String: Int], scalars: [String: ScalarCoercion],
        resolverSlots: [FieldKey: ResolverSlot]
    ) {
        name = type.name
        kind = type.kind
        definition = type
        leaf = Self.leafKind(of: type, scalars: scalars)
        enumNames = Set(type.enumValues.map(\.name))
        possibleTypes = Set(schema.possibleTypes(of: type.name))
        var fields: [String: FieldInfo] = [:]
        for field in type.fields {
            let key = FieldKey(type.name, field.name)
            let resolution: FieldResolution =
                if let introspection = IntrospectionField(typeName: type.name, fieldName: field.name) {
                    .introspection(introspection)
                } else if let slot = resolverSlots[key] {
                    .registered(slot)
                } else {
                    .byName
                }
            fields[field.name] = FieldInfo(
                definition: field, type: OutputType(field.type, index: index), resolution: resolution,
                coordinate: type.name + "." + field.name)
        }
        self.fields = fields
    }

    private static func leafKind(of type: SchemaType, scalars: [String: ScalarCoercion]) -> LeafKind? {
        switch type.kind {
        case .enumeration: return .enumeration
        case .scalar:
            switch type.name {
            case "Int": return .int
            case "Float": return .float
            case "String": return .string
            case "Boolean": return .boolean
            case "ID": return .id
            default: return .custom(scalars[type.name] ?? .passthrough)
            }
        default: return nil
        }
    }
}
