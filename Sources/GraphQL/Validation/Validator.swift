/// Validates executable documents against a schema: GraphQL spec (Oct 2021) §5.
///
/// ```swift
/// let errors = Validator.validate(document, against: schema)
/// if !errors.isEmpty { /* answer GRAPHQL_VALIDATION_FAILED with `errors` */ }
/// ```
///
/// All rules share one walk over the flat AST that tracks types the way graphql-js' TypeInfo
/// does; rules that look at whole operations (variables, fragment graphs) run after it on the
/// facts the walk recorded, their errors placed where graphql-js reports them. Messages,
/// locations and error order are graphql-js 16's.
package enum Validator {
    /// graphql-js' default cap on errors before validation gives up.
    package static let defaultMaxErrors = 100

    /// The errors `document` has against `schema` under `rules`; empty when it is valid.
    package static func validate(
        _ document: Document, against schema: Schema, rules: ValidationRules = .all,
        maxErrors: Int = defaultMaxErrors
    ) -> [GraphQLError] {
        let context = ValidationContext(document: document, schema: schema, rules: rules, maxErrors: maxErrors)
        if context.checks(.executableDefinitions) { ExecutableDefinitionsRule.check(in: context) }
        context.walkDefinitions()
        checkOperations(context)
        checkUnusedFragments(context)
        return context.finish()
    }

    private static func checkUnusedFragments(_ context: ValidationContext) {
        guard !context.document.fragments.isEmpty, !context.isAborted else { return }
        if context.checks(.noUnusedFragments) {
            var used = Set<String>()
            for operation in context.document.operations {
                for index in context.referencedFragments(of: operation) {
                    used.insert(context.document.string(context.document.fragments[index].name))
                }
            }
            NoUnusedFragmentsRule.check(used: used, in: context)
        }
    }

    private static let operationRules: ValidationRules = [
        .noUndefinedVariables, .noUnusedVariables, .variablesInAllowedPosition,
    ]

    private static func checkOperations(_ context: ValidationContext) {
        guard !context.rules.isDisjoint(with: operationRules) else { return }
        // Last operation first, so that earlier insertion positions stay valid.
        for (index, operation) in context.document.operations.enumerated().reversed() {
            let fragments = context.referencedFragments(of: operation)
            let usages = context.recursiveUsages(of: index, fragments: fragments)
            context.reportAt(context.operationErrorPositions[index]) {
                if context.checks(.noUndefinedVariables) {
                    NoUndefinedVariablesRule.check(operation, usages: usages, in: context)
                }
                if context.checks(.noUnusedVariables) { NoUnusedVariablesRule.check(operation, usages: usages, in: context) }
                if context.checks(.variablesInAllowedPosition) {
                    VariablesInAllowedPositionRule.check(operation, usages: usages, in: context)
                }
            }
        }
    }
}
