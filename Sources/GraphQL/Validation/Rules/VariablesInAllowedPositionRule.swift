/// GraphQL spec (Oct 2021) §5.8.5 All Variable Usages Are Allowed: a variable's type must fit
/// where it is used; a nullable variable fits a non-null position only when it or the position
/// has a (non-null) default.
enum VariablesInAllowedPositionRule {
    static func check(
        _ operation: OperationDefinitionNode, usages: ArraySlice<ValidationContext.VariableUsage>,
        in context: ValidationContext
    ) {
        let definitions = context.document.nodes(operation.variableDefinitions)
        for usage in usages {
            guard let locationType = usage.type,
                let definition = definitions.last(where: { context.document.name($0.name, equals: usage.name) }),
                context.index.typeID(context.document.string(context.document.namedType(of: definition.type))) != nil,
                !isAllowed(definition, at: locationType, usage, context.document, context.schema)
            else { continue }
            context.report(
                "Variable \"$\(context.document.string(usage.name))\" of type \"\(context.document.printed(definition.type))\" used in position expecting type \"\(locationType)\".",
                at: definition.offset, context.document[usage.node].offset)
        }
    }

    private static func isAllowed(
        _ definition: VariableDefinitionNode, at locationType: TypeReference, _ usage: ValidationContext.VariableUsage,
        _ document: Document, _ schema: Schema
    ) -> Bool {
        var isNonNull = false
        if case .nonNull = document[definition.type].shape { isNonNull = true }
        if case .nonNull(let nullableLocation) = locationType, !isNonNull {
            var hasNonNullDefault = false
            if let value = definition.defaultValue, document[value].kind != .null { hasNonNullDefault = true }
            guard hasNonNullDefault || usage.hasLocationDefault else { return false }
            return document.isType(definition.type, subtypeOf: nullableLocation, in: schema)
        }
        return document.isType(definition.type, subtypeOf: locationType, in: schema)
    }
}
