/// A value the introspection types describe, carried as an `.opaque` parent value.
enum Introspected: Sendable {
    case schema
    case type(TypeReference)
    case field(FieldDefinition)
    case inputValue(InputValueDefinition)
    case enumValue(EnumValueDefinition)
    case directive(DirectiveDefinition)
}

/// Every field of the introspection types (GraphQL spec (Oct 2021) §4.2), resolved by the
/// executor itself; plus the query root's `__schema` and `__type`.
enum IntrospectionField: Sendable {
    case rootSchema, rootType
    case schemaDescription, schemaTypes, schemaQueryType, schemaMutationType, schemaSubscriptionType
    case schemaDirectives
    case typeKind, typeName, typeDescription, typeSpecifiedByURL, typeFields, typeInterfaces
    case typePossibleTypes, typeEnumValues, typeInputFields, typeOfType, typeIsOneOf
    case fieldName, fieldDescription, fieldArgs, fieldType, fieldIsDeprecated, fieldDeprecationReason
    case inputName, inputDescription, inputType, inputDefaultValue, inputIsDeprecated, inputDeprecationReason
    case enumName, enumDescription, enumIsDeprecated, enumDeprecationReason
    case directiveName, directiveDescription, directiveIsRepeatable, directiveLocations, directiveArgs

    /// The introspection field `typeName.fieldName`, or nil for any other field.
    init?(typeName: String, fieldName: String) {
        guard typeName.hasPrefix("__") else { return nil }
        let found: IntrospectionField? =
            switch typeName {
            case "__Schema": Self.schemaByName[fieldName]
            case "__Type": Self.typeByName[fieldName]
            case "__Field": Self.fieldByName[fieldName]
            case "__InputValue": Self.inputByName[fieldName]
            case "__EnumValue": Self.enumByName[fieldName]
            case "__Directive": Self.directiveByName[fieldName]
            default: nil
            }
        guard let found else { return nil }
        self = found
    }

    private static let schemaByName: [String: IntrospectionField] = [
        "description": .schemaDescription, "types": .schemaTypes, "queryType": .schemaQueryType,
        "mutationType": .schemaMutationType, "subscriptionType": .schemaSubscriptionType,
        "directives": .schemaDirectives,
    ]
    private static let typeByName: [String: IntrospectionField] = [
        "kind": .typeKind, "name": .typeName, "description": .typeDescription,
        "specifiedByURL": .typeSpecifiedByURL, "fields": .typeFields, "interfaces": .typeInterfaces,
        "possibleTypes": .typePossibleTypes, "enumValues": .typeEnumValues, "inputFields": .typeInputFields,
        "ofType": .typeOfType, "isOneOf": .typeIsOneOf,
    ]
    private static let fieldByName: [String: IntrospectionField] = [
        "name": .fieldName, "description": .fieldDescription, "args": .fieldArgs, "type": .fieldType,
        "isDeprecated": .fieldIsDeprecated, "deprecationReason": .fieldDeprecationReason,
    ]
    private static let inputByName: [String: IntrospectionField] = [
        "name": .inputName, "description": .inputDescription, "type": .inputType,
        "defaultValue": .inputDefaultValue, "isDeprecated": .inputIsDeprecated,
        "deprecationReason": .inputDeprecationReason,
    ]
    private static let enumByName: [String: IntrospectionField] = [
        "name": .enumName, "description": .enumDescription, "isDeprecated": .enumIsDeprecated,
        "deprecationReason": .enumDeprecationReason,
    ]
    private static let directiveByName: [String: IntrospectionField] = [
        "name": .directiveName, "description": .directiveDescription, "isRepeatable": .directiveIsRepeatable,
        "locations": .directiveLocations, "args": .directiveArgs,
    ]
}
