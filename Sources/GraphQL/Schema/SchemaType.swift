/// The kind of a named type, as introspection's `__TypeKind` names it (minus the wrappers).
package enum TypeKind: String, Hashable, Sendable {
    case scalar = "SCALAR"
    case object = "OBJECT"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumeration = "ENUM"
    case inputObject = "INPUT_OBJECT"
}

/// A named type of a schema: scalar, object, interface, union, enum or input object.
///
/// One flat struct for every kind, with the members a kind does not use empty (as introspection
/// presents them): `fields` and `interfaces` for objects and interfaces, `unionMembers` for unions,
/// `enumValues` for enums, `inputFields` and `isOneOf` for input objects, `specifiedByURL` for scalars.
package struct SchemaType: Hashable, Sendable {
    /// The type's name.
    package var name: String
    /// Which kind of type.
    package var kind: TypeKind
    /// The description, if any.
    package var description: String?
    /// Fields of an object or interface, in definition order (extensions appended).
    package var fields: [FieldDefinition]
    /// Interfaces an object or interface implements, in definition order.
    package var interfaces: [String]
    /// Object types of a union, in definition order.
    package var unionMembers: [String]
    /// Values of an enum, in definition order.
    package var enumValues: [EnumValueDefinition]
    /// Fields of an input object, in definition order.
    package var inputFields: [InputValueDefinition]
    /// Whether an input object is `@oneOf` (GraphQL spec draft: exactly one field must be given).
    package var isOneOf: Bool
    /// A custom scalar's `@specifiedBy(url:)`.
    package var specifiedByURL: String?
    /// Field position by name, for `field(named:)`.
    private var fieldIndex: [String: Int]
    /// Input field position by name, for `inputField(named:)`.
    private var inputFieldIndex: [String: Int]

    /// Makes a type; members not given are empty.
    package init(
        name: String, kind: TypeKind, description: String? = nil, fields: [FieldDefinition] = [],
        interfaces: [String] = [], unionMembers: [String] = [], enumValues: [EnumValueDefinition] = [],
        inputFields: [InputValueDefinition] = [], isOneOf: Bool = false, specifiedByURL: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.description = description
        self.fields = fields
        self.interfaces = interfaces
        self.unionMembers = unionMembers
        self.enumValues = enumValues
        self.inputFields = inputFields
        self.isOneOf = isOneOf
        self.specifiedByURL = specifiedByURL
        fieldIndex = Dictionary(fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        inputFieldIndex = Dictionary(
            inputFields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The field called `name` of an object or interface (no meta-fields; see `Schema.field(named:on:)`).
    package func field(named name: String) -> FieldDefinition? { fieldIndex[name].map { fields[$0] } }

    /// The input field called `name` of an input object.
    package func inputField(named name: String) -> InputValueDefinition? {
        inputFieldIndex[name].map { inputFields[$0] }
    }

    /// The enum value called `name`.
    package func enumValue(named name: String) -> EnumValueDefinition? { enumValues.first { $0.name == name } }

    /// Scalars and enums: the leaves of a response.
    package var isLeaf: Bool { kind == .scalar || kind == .enumeration }
    /// Objects, interfaces and unions: the types that take a selection set.
    package var isComposite: Bool { kind == .object || kind == .interface || kind == .union }
    /// Interfaces and unions.
    package var isAbstract: Bool { kind == .interface || kind == .union }
    /// Scalars, enums and input objects: allowed for arguments and variables.
    package var isInputType: Bool { kind == .scalar || kind == .enumeration || kind == .inputObject }
    /// Everything but input objects: allowed for fields.
    package var isOutputType: Bool { kind != .inputObject }
}
