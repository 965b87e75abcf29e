/// A set of validation rules to run: GraphQL spec (Oct 2021) §5, one member per rule.
///
/// `.all` is what a server runs; tests pick single rules to check their messages in isolation.
/// The names follow graphql-js 16 (`ScalarLeafsRule` is `.scalarLeafs`).
package struct ValidationRules: OptionSet, Hashable, Sendable {
    package let rawValue: UInt32

    package init(rawValue: UInt32) { self.rawValue = rawValue }

    /// §5.1.1 Executable Definitions.
    package static let executableDefinitions = ValidationRules(rawValue: 1 << 0)
    /// §5.2.1.1 Operation Name Uniqueness.
    package static let uniqueOperationNames = ValidationRules(rawValue: 1 << 1)
    /// §5.2.2.1 Lone Anonymous Operation.
    package static let loneAnonymousOperation = ValidationRules(rawValue: 1 << 2)
    /// §5.2.3.1 Single Root Field (subscriptions).
    package static let singleFieldSubscriptions = ValidationRules(rawValue: 1 << 3)
    /// §5.5.1.2 Fragment Spread Type Existence, and variable types.
    package static let knownTypeNames = ValidationRules(rawValue: 1 << 4)
    /// §5.5.1.3 Fragments On Composite Types.
    package static let fragmentsOnCompositeTypes = ValidationRules(rawValue: 1 << 5)
    /// §5.8.2 Variables Are Input Types.
    package static let variablesAreInputTypes = ValidationRules(rawValue: 1 << 6)
    /// §5.3.3 Leaf Field Selections.
    package static let scalarLeafs = ValidationRules(rawValue: 1 << 7)
    /// §5.3.1 Field Selections.
    package static let fieldsOnCorrectType = ValidationRules(rawValue: 1 << 8)
    /// §5.5.1.1 Fragment Name Uniqueness.
    package static let uniqueFragmentNames = ValidationRules(rawValue: 1 << 9)
    /// §5.5.2.1 Fragment Spread Target Defined.
    package static let knownFragmentNames = ValidationRules(rawValue: 1 << 10)
    /// §5.5.1.4 Fragments Must Be Used.
    package static let noUnusedFragments = ValidationRules(rawValue: 1 << 11)
    /// §5.5.2.3 Fragment Spread Is Possible.
    package static let possibleFragmentSpreads = ValidationRules(rawValue: 1 << 12)
    /// §5.5.2.2 Fragment Spreads Must Not Form Cycles.
    package static let noFragmentCycles = ValidationRules(rawValue: 1 << 13)
    /// §5.8.1 Variable Uniqueness.
    package static let uniqueVariableNames = ValidationRules(rawValue: 1 << 14)
    /// §5.8.3 All Variable Uses Defined.
    package static let noUndefinedVariables = ValidationRules(rawValue: 1 << 15)
    /// §5.8.4 All Variables Used.
    package static let noUnusedVariables = ValidationRules(rawValue: 1 << 16)
    /// §5.7.1 Directives Are Defined, §5.7.2 Directives Are In Valid Locations.
    package static let knownDirectives = ValidationRules(rawValue: 1 << 17)
    /// §5.7.3 Directives Are Unique Per Location.
    package static let uniqueDirectivesPerLocation = ValidationRules(rawValue: 1 << 18)
    /// §5.4.1 Argument Names.
    package static let knownArgumentNames = ValidationRules(rawValue: 1 << 19)
    /// §5.4.2 Argument Uniqueness.
    package static let uniqueArgumentNames = ValidationRules(rawValue: 1 << 20)
    /// §5.6.1 Values of Correct Type (with the draft's OneOf Input Objects rules).
    package static let valuesOfCorrectType = ValidationRules(rawValue: 1 << 21)
    /// §5.4.2.1 Required Arguments.
    package static let providedRequiredArguments = ValidationRules(rawValue: 1 << 22)
    /// §5.8.5 All Variable Usages Are Allowed.
    package static let variablesInAllowedPosition = ValidationRules(rawValue: 1 << 23)
    /// §5.3.2 Field Selection Merging.
    package static let overlappingFieldsCanBeMerged = ValidationRules(rawValue: 1 << 24)
    /// §5.6.3 Input Object Field Uniqueness.
    package static let uniqueInputFieldNames = ValidationRules(rawValue: 1 << 25)
    /// Spec draft "Operation Type Existence" (graphql-js 17 KnownOperationTypesRule): an operation
    /// whose root type the schema lacks (here: every subscription) is invalid. graphql-js 16 and
    /// graphql-core 3.2 accept such documents and fail at execution; our contract wants a
    /// validation error.
    package static let knownOperationTypes = ValidationRules(rawValue: 1 << 26)
    /// graphql-js 16.9 / graphql-core 3.2.8 MaxIntrospectionDepthRule: introspection list
    /// fields nested three deep are refused, so introspection cannot be made to explode.
    package static let maxIntrospectionDepth = ValidationRules(rawValue: 1 << 27)

    /// Every rule: graphql-js 16's `specifiedRules` plus `knownOperationTypes`.
    package static let all = ValidationRules(rawValue: (1 << 28) - 1)
}
