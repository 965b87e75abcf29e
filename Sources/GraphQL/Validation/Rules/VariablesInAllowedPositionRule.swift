/// GraphQL spec (Oct 2021) §5.8.5 All Variable Usages Are Allowed: a variable's type must fit
/// where it is used; a nullable variable fits a non-null position only when it or the position
/// has a (non-null) default.
enum VariablesInAllowedPositionRule {
    static func check(
        _ operation: OperationDefinitionNode, usages: [ValidationContext.VariableUsage], in context: ValidationContext
    ) {
        let document = context.document
        let definitions = document.nodes(operation.variableDefinitions)
        for usage in usages {
            guard let locationType = usage.type,
                let definition = definitions.last(where: { document.name($0.name, equals: usage.name) }),
                let variableType = document.typeReference(definition.type, in: context.schema),
                !isAllowed(variableType, definition, at: locationType, usage, document, context.schema)
            else { continue }
            context.report(
                "Variable \"$\(document.string(usage.name))\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                at: definition.offset, document[usage.node].offset)
        }
    }

    private static func isAllowed(
        _ variableType: TypeReference, _ definition: VariableDefinitionNode, at locationType: TypeReference,
        _ usage: ValidationContext.VariableUsage, _ document: Document, _ schema: Schema
    ) -> Bool {
        if case .nonNull(let nullableLocation) = locationType, !variableType.isNonNull {
            var hasNonNullDefault = false
            if let value = definition.defaultValue, document[value].kind != .null { hasNonNullDefault = true }
            guard hasNonNullDefault || usage.hasLocationDefault else { return false }
            return schema.isTypeReference(variableType, subtypeOf: nullableLocation)
        }
        return schema.isTypeReference(variableType, subtypeOf: locationType)
    }
}
