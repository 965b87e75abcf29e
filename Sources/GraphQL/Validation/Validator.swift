/// Validates executable documents against a schema: GraphQL spec (Oct 2021) §5.
///
/// ```swift
/// let validator = Validator(schema: schema, scalars: resolvers.scalars)  // once, at start-up
/// let errors = validator.validate(document)                             // per request
/// if !errors.isEmpty { /* answer GRAPHQL_VALIDATION_FAILED with `errors` */ }
/// ```
///
/// All rules share one walk over the flat AST that tracks types the way graphql-js' TypeInfo
/// does; rules that look at whole operations (variables, fragment graphs) run after it on the
/// facts the walk recorded, their errors placed where graphql-js reports them. Messages,
/// locations and error order are graphql-js 16's.
///
/// A custom scalar judges its own literals: ValuesOfCorrectType calls the `parseLiteral` of the
/// coercion registered for it, the same table the `Executor` gets (`Resolvers.scalars`), so a
/// literal execution would refuse fails validation instead.
package struct Validator: Sendable {
    /// graphql-js' default cap on errors before validation gives up.
    package static let defaultMaxErrors = 100

    /// The errors `document` has against `schema` (with the custom `scalars`) under `rules`;
    /// empty when it is valid.
    package static func validate(
        _ document: Document, against schema: Schema, scalars: [String: ScalarCoercion] = [:],
        rules: ValidationRules = .all, maxErrors: Int = defaultMaxErrors
    ) -> [GraphQLError] {
        Validator(schema: schema, scalars: scalars).validate(document, rules: rules, maxErrors: maxErrors)
    }

    /// The schema's lookups, precomputed.
    private let index: SchemaIndex

    /// Prepares to validate documents against `schema`: build one at start-up and reuse it for
    /// every request (the static `validate` rebuilds the lookups on each call).
    ///
    /// - Parameter scalars: the custom scalars' coercions, by name: give the ones the `Executor`
    ///   has. A custom scalar without one accepts every literal, as graphql-js' default does.
    package init(schema: Schema, scalars: [String: ScalarCoercion] = [:]) {
        index = SchemaIndex(schema, scalars: scalars)
    }

    /// The errors `document` has under `rules`; empty when it is valid.
    package func validate(
        _ document: Document, rules: ValidationRules = .all, maxErrors: Int = Validator.defaultMaxErrors
    ) -> [GraphQLError] {
        let context = ValidationContext(document: document, index: index, rules: rules, maxErrors: maxErrors)
        if context.checks(.executableDefinitions) { ExecutableDefinitionsRule.check(in: context) }
        context.walkDefinitions()
        Self.checkOperations(context)
        Self.checkUnusedFragments(context)
        return context.finish()
    }

    private static func checkUnusedFragments(_ context: ValidationContext) {
        guard !context.document.fragments.isEmpty, !context.isAborted else { return }
        if context.checks(.noUnusedFragments) {
            var used = [Bool](repeating: false, count: context.document.fragments.count)
            for operation in context.document.operations.indices {
                for index in context.referencedFragments(of: operation) { used[index] = true }
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
            let fragments = context.referencedFragments(of: index)
            let usages = context.recursiveUsages(of: index, fragments: fragments)
            context.reportAt(context.operationFacts[index].errorPosition) {
                if context.checks(.noUndefinedVariables) {
                    NoUndefinedVariablesRule.check(operation, usages: usages, in: context)
                }
                if context.checks(.noUnusedVariables) {
                    NoUnusedVariablesRule.check(operation, usages: usages, in: context)
                }
                if context.checks(.variablesInAllowedPosition) {
                    VariablesInAllowedPositionRule.check(operation, usages: usages, in: context)
                }
            }
        }
    }
}
