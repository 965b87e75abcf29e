// The resolvers of the introspection types, GraphQL spec (Oct 2021) §4.2 and the working
// draft (`specifiedByURL`, `isRepeatable`, `includeDeprecated` on arguments and input
// fields, `isOneOf`), reading the schema model.

struct Introspection {
    let table: TypeTable

    var schema: Schema { table.schema }

    func resolve(_ field: IntrospectionField, _ parent: FieldValue, _ arguments: Arguments) -> FieldValue {
        let subject: Introspected
        switch field {
        case .rootSchema: return .opaque(Introspected.schema)
        case .rootType:
            guard let name = arguments.string("name"), schema.type(named: name) != nil else { return .null }
            return type(.named(name))
        default:
            guard case .opaque(let value) = parent, let introspected = value as? Introspected else { return .null }
            subject = introspected
        }
        let includeDeprecated = arguments["includeDeprecated"] == .boolean(true)
        switch subject {
        case .schema: return resolveSchema(field)
        case .type(let reference): return resolveType(field, reference, includeDeprecated: includeDeprecated)
        case .field(let definition): return resolveField(field, definition, includeDeprecated: includeDeprecated)
        case .inputValue(let definition): return resolveInputValue(field, definition)
        case .enumValue(let definition): return resolveEnumValue(field, definition)
        case .directive(let definition):
            return resolveDirective(field, definition, includeDeprecated: includeDeprecated)
        }
    }

    private func type(_ reference: TypeReference) -> FieldValue { .opaque(Introspected.type(reference)) }

    private func string(_ text: String?) -> FieldValue { text.map { .string($0) } ?? .null }

    private func inputValues(_ values: [InputValueDefinition], includeDeprecated: Bool) -> FieldValue {
        .list(values.filter { includeDeprecated || !$0.isDeprecated }.map { .opaque(Introspected.inputValue($0)) })
    }

    private func resolveSchema(_ field: IntrospectionField) -> FieldValue {
        switch field {
        case .schemaDescription: string(schema.description)
        case .schemaTypes: .list(schema.types.map { type(.named($0.name)) })
        case .schemaQueryType: schema.queryTypeName.map { type(.named($0)) } ?? .null
        case .schemaMutationType: schema.mutationTypeName.map { type(.named($0)) } ?? .null
        case .schemaSubscriptionType: schema.subscriptionTypeName.map { type(.named($0)) } ?? .null
        case .schemaDirectives: .list(schema.directives.map { .opaque(Introspected.directive($0)) })
        default: .null
        }
    }

    private func resolveType(_ field: IntrospectionField, _ reference: TypeReference, includeDeprecated: Bool)
        -> FieldValue
    {
        switch reference {
        case .list(let inner), .nonNull(let inner):
            switch field {
            case .typeKind: return .string(reference.isNonNull ? "NON_NULL" : "LIST")
            case .typeOfType: return type(inner)
            default: return .null
            }
        case .named(let name):
            guard let named = schema.type(named: name) else { return .null }
            return resolveNamed(field, named, includeDeprecated: includeDeprecated)
        }
    }

    private func resolveNamed(_ field: IntrospectionField, _ named: SchemaType, includeDeprecated: Bool) -> FieldValue {
        let hasFields = named.kind == .object || named.kind == .interface
        switch field {
        case .typeKind: return .string(named.kind.rawValue)
        case .typeName: return .string(named.name)
        case .typeDescription: return string(named.description)
        case .typeSpecifiedByURL: return named.kind == .scalar ? string(named.specifiedByURL) : .null
        case .typeFields:
            guard hasFields else { return .null }
            return .list(
                named.fields.filter { includeDeprecated || !$0.isDeprecated }.map { .opaque(Introspected.field($0)) })
        case .typeInterfaces: return hasFields ? .list(named.interfaces.map { type(.named($0)) }) : .null
        case .typePossibleTypes:
            guard named.kind == .interface || named.kind == .union else { return .null }
            return .list(schema.possibleTypes(of: named.name).map { type(.named($0)) })
        case .typeEnumValues:
            guard named.kind == .enumeration else { return .null }
            return .list(
                named.enumValues.filter { includeDeprecated || !$0.isDeprecated }.map {
                    .opaque(Introspected.enumValue($0))
                })
        case .typeInputFields:
            guard named.kind == .inputObject else { return .null }
            return inputValues(named.inputFields, includeDeprecated: includeDeprecated)
        case .typeIsOneOf: return named.kind == .inputObject ? .boolean(named.isOneOf) : .null
        default: return .null
        }
    }

    private func resolveField(_ field: IntrospectionField, _ definition: FieldDefinition, includeDeprecated: Bool)
        -> FieldValue
    {
        switch field {
        case .fieldName: .string(definition.name)
        case .fieldDescription: string(definition.description)
        case .fieldArgs: inputValues(definition.arguments, includeDeprecated: includeDeprecated)
        case .fieldType: type(definition.type)
        case .fieldIsDeprecated: .boolean(definition.isDeprecated)
        case .fieldDeprecationReason: string(definition.deprecationReason)
        default: .null
        }
    }

    private func resolveInputValue(_ field: IntrospectionField, _ definition: InputValueDefinition) -> FieldValue {
        switch field {
        case .inputName: return .string(definition.name)
        case .inputDescription: return string(definition.description)
        case .inputType: return type(definition.type)
        case .inputDefaultValue:
            guard let constant = definition.defaultValue,
                let value = LiteralCoercion(table: table, variables: nil).coerceConstant(constant, definition.type)
            else { return .null }
            return .string(ValuePrinter.print(value, as: definition.type, table: table))
        case .inputIsDeprecated: return .boolean(definition.isDeprecated)
        case .inputDeprecationReason: return string(definition.deprecationReason)
        default: return .null
        }
    }

    private func resolveEnumValue(_ field: IntrospectionField, _ definition: EnumValueDefinition) -> FieldValue {
        switch field {
        case .enumName: .string(definition.name)
        case .enumDescription: string(definition.description)
        case .enumIsDeprecated: .boolean(definition.isDeprecated)
        case .enumDeprecationReason: string(definition.deprecationReason)
        default: .null
        }
    }

    private func resolveDirective(
        _ field: IntrospectionField, _ definition: DirectiveDefinition, includeDeprecated: Bool
    ) -> FieldValue {
        switch field {
        case .directiveName: .string(definition.name)
        case .directiveDescription: string(definition.description)
        case .directiveIsRepeatable: .boolean(definition.isRepeatable)
        case .directiveLocations: .list(definition.locations.map { .string($0.rawValue) })
        case .directiveArgs: inputValues(definition.arguments, includeDeprecated: includeDeprecated)
        default: .null
        }
    }
}
