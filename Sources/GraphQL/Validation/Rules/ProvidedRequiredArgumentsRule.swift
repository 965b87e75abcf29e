/// GraphQL spec (Oct 2021) §5.4.2.1 Required Arguments: every non-null argument without a
/// default must be given (checked when leaving the node, as graphql-js does).
enum ProvidedRequiredArgumentsRule {
    static func check(_ field: FieldNode, arguments: [InputValueDefinition], in context: ValidationContext) {
        // Indices, not elements: copying an InputValueDefinition copies its default value's document.
        for position in arguments.indices
        where arguments[position].type.isNonNull && arguments[position].defaultValue == nil {
            guard !isGiven(arguments[position].name, in: field.arguments, context) else { continue }
            context.report(
                "Field \"\(context.document.string(field.name))\" argument \"\(arguments[position].name)\" of type \"\(arguments[position].type)\" is required, but it was not provided.",
                at: field.offset)
        }
    }

    static func check(_ directive: DirectiveNode, definition: DirectiveDefinition, in context: ValidationContext) {
        for argument in definition.arguments where Schema.isRequired(argument) {
            guard !isGiven(argument.name, in: directive.arguments, context) else { continue }
            context.report(
                "Directive \"@\(definition.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: directive.offset)
        }
    }

    private static func isGiven(_ name: String, in list: NodeList<ArgumentNode>, _ context: ValidationContext) -> Bool {
        context.document.nodes(list).contains { context.document.name($0.name, equals: name) }
    }
}
