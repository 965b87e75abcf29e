/// GraphQL spec draft §5.6.1 for OneOf Input Objects (graphql-js 16.9 `validateOneOfInputObject`,
/// part of ValuesOfCorrectType): exactly one field, not null, and a variable given to it must be
/// of a non-null type.
enum OneOfInputObjectRule {
    static func check(
        _ value: ValueNode, fields: NodeList<ObjectFieldNode>, type: SchemaType, in context: ValidationContext
    ) {
        // graphql-js keys the fields by name, so a repeated name counts once (the last one wins).
        var distinct: [ObjectFieldNode] = []
        for field in context.document.nodes(fields) {
            if let index = distinct.firstIndex(where: { context.document.name($0.name, equals: field.name) }) {
                distinct[index] = field
            } else {
                distinct.append(field)
            }
        }
        guard distinct.count == 1 else {
            context.report("OneOf Input Object \"\(type.name)\" must specify exactly one key.", at: value.offset)
            return
        }
        let field = distinct[0]
        switch context.document[field.value].kind {
        case .null:
            context.report(
                "Field \"\(type.name).\(context.document.string(field.name))\" must be non-null.", at: value.offset)
        case .variable(let name):
            let definition = context.document.nodes(context.currentVariableDefinitions).last {
                context.document.name($0.name, equals: name)
            }
            guard let definition, !isNonNull(definition.type, context.document) else { return }
            context.report(
                "Variable \"\(context.document.string(name))\" must be non-nullable to be used for OneOf Input Object \"\(type.name)\".",
                at: value.offset)
        default:
            break
        }
    }

    private static func isNonNull(_ type: NodeRef<TypeNode>, _ document: Document) -> Bool {
        if case .nonNull = document[type].shape { true } else { false }
    }
}
