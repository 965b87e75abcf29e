import Foundation
import GraphQL

/// Schemas for the execution tests: `SchemaBuilder` once it is implemented, until then a small
/// builder here that reads the same SDL (types, extensions, defaults, @deprecated, @specifiedBy,
/// @oneOf) and adds the built-in scalars, directives and introspection types.
enum TestSchema {
    static func build(_ sdl: String) throws -> Schema {
        let built = Result { () throws(SchemaError) -> Schema in try SchemaBuilder.build(files: [("test.graphql", sdl)]) }
        if case .failure(let error) = built, error.description.contains("not implemented") {
            var builder = try MiniSchemaBuilder(sdl: builtIns + sdl)
            return try builder.build()
        }
        return try built.get()
    }

    /// The repository's Schema/*.graphql, as the server reads them.
    static func repositorySDL() throws -> String {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schema")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".graphql") }
            .sorted()
        return try names.map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n")
    }

    static let builtIns = """
        scalar Int
        scalar Float
        scalar String
        scalar Boolean
        scalar ID
        directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
        directive @specifiedBy(url: String!) on SCALAR
        directive @oneOf on INPUT_OBJECT
        type __Schema { description: String types: [__Type!]! queryType: __Type! mutationType: __Type subscriptionType: __Type directives: [__Directive!]! }
        type __Type { kind: __TypeKind! name: String description: String specifiedByURL: String fields(includeDeprecated: Boolean = false): [__Field!] interfaces: [__Type!] possibleTypes: [__Type!] enumValues(includeDeprecated: Boolean = false): [__EnumValue!] inputFields(includeDeprecated: Boolean = false): [__InputValue!] ofType: __Type isOneOf: Boolean }
        enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
        type __Field { name: String! description: String args(includeDeprecated: Boolean = false): [__InputValue!]! type: __Type! isDeprecated: Boolean! deprecationReason: String }
        type __InputValue { name: String! description: String type: __Type! defaultValue: String isDeprecated: Boolean! deprecationReason: String }
        type __EnumValue { name: String! description: String isDeprecated: Boolean! deprecationReason: String }
        type __Directive { name: String! description: String isRepeatable: Boolean! locations: [__DirectiveLocation!]! args(includeDeprecated: Boolean = false): [__InputValue!]! }
        enum __DirectiveLocation { QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION }

        """
}

/// A minimal SDL → `Schema` reader for tests (no validation).
private struct MiniSchemaBuilder {
    let document: Document
    var types: [SchemaType] = []
    var positions: [String: Int] = [:]

    init(sdl: String) throws { document = try Parser.parse(sdl) }

    mutating func build() throws -> Schema {
        var roots: [OperationKind: String] = [:]
        var directives: [DirectiveDefinition] = []
        for definition in document.definitions {
            switch definition {
            case .type(let ref): add(document[ref])
            case .schema(let ref):
                for entry in document.nodes(document[ref].operationTypes) {
                    roots[entry.operation] = document.string(entry.type)
                }
            case .directive(let ref): directives.append(directive(document[ref]))
            default: break
            }
        }
        let query = roots[.query] ?? (positions["Query"] != nil ? "Query" : nil)
        let mutation = roots[.mutation] ?? (positions["Mutation"] != nil ? "Mutation" : nil)
        return Schema(queryTypeName: query, mutationTypeName: mutation, types: types, directives: directives)
    }

    private mutating func add(_ node: TypeDefinitionNode) {
        let name = document.string(node.name)
        let kind: TypeKind =
            switch node.kind {
            case .scalar: .scalar
            case .object: .object
            case .interface: .interface
            case .union: .union
            case .enumeration: .enumeration
            case .inputObject: .inputObject
            }
        var type = positions[name].map { types[$0] } ?? SchemaType(name: name, kind: kind)
        if let description = node.description { type.description = document.string(description) }
        var fields = type.fields
        fields += document.nodes(node.fields).map(field)
        let inputFields = type.inputFields + document.nodes(node.inputFields).map(inputValue)
        let enumValues =
            type.enumValues
            + document.nodes(node.enumValues).map { value in
                EnumValueDefinition(
                    name: document.string(value.name), description: value.description.map(document.string),
                    deprecationReason: deprecation(value.directives))
            }
        let rebuilt = SchemaType(
            name: name, kind: type.kind, description: type.description, fields: fields,
            interfaces: type.interfaces + document.nodes(node.interfaces).map(document.string),
            unionMembers: type.unionMembers + document.nodes(node.unionMembers).map(document.string),
            enumValues: enumValues, inputFields: inputFields,
            isOneOf: type.isOneOf || document.directive(named: "oneOf", in: node.directives) != nil,
            specifiedByURL: type.specifiedByURL ?? argumentString("specifiedBy", "url", node.directives))
        if let position = positions[name] {
            types[position] = rebuilt
        } else {
            positions[name] = types.count
            types.append(rebuilt)
        }
    }

    private func field(_ node: FieldDefinitionNode) -> FieldDefinition {
        FieldDefinition(
            name: document.string(node.name), description: node.description.map(document.string),
            arguments: document.nodes(node.arguments).map(inputValue), type: document.typeReference(node.type),
            deprecationReason: deprecation(node.directives))
    }

    private func inputValue(_ node: InputValueDefinitionNode) -> InputValueDefinition {
        InputValueDefinition(
            name: document.string(node.name), description: node.description.map(document.string),
            type: document.typeReference(node.type),
            defaultValue: node.defaultValue.map { ConstantValue(document: document, value: $0) },
            deprecationReason: deprecation(node.directives))
    }

    private func directive(_ node: DirectiveDefinitionNode) -> DirectiveDefinition {
        DirectiveDefinition(
            name: document.string(node.name), description: node.description.map(document.string),
            arguments: document.nodes(node.arguments).map(inputValue),
            locations: document.nodes(node.locations).compactMap { DirectiveLocation(rawValue: document.string($0)) },
            isRepeatable: node.isRepeatable)
    }

    private func deprecation(_ directives: NodeList<DirectiveNode>) -> String? {
        guard document.directive(named: "deprecated", in: directives) != nil else { return nil }
        return argumentString("deprecated", "reason", directives) ?? "No longer supported"
    }

    private func argumentString(_ directiveName: String, _ argumentName: String, _ directives: NodeList<DirectiveNode>)
        -> String?
    {
        guard let directive = document.directive(named: directiveName, in: directives),
            let argument = document.argument(named: argumentName, in: directive.arguments),
            case .string(let literal) = document[argument.value].kind
        else { return nil }
        return document.string(literal)
    }
}
