/// GraphQL spec (Oct 2021) §5.5.2.3 Fragment Spread Is Possible: the fragment's type and the
/// parent type must share at least one object type.
enum PossibleFragmentSpreadsRule {
    static func check(_ spread: FragmentSpreadNode, fragment: FragmentDefinitionNode, parent: SchemaType, in context: ValidationContext) {
        let document = context.document
        guard let type = context.schema.type(named: document.string(fragment.typeCondition)), type.isComposite,
            !context.schema.typesOverlap(type, parent)
        else { return }
        context.report(
            "Fragment \"\(document.string(spread.name))\" cannot be spread here as objects of type \"\(parent.name)\" can never be of type \"\(type.name)\".",
            at: spread.offset)
    }

    static func check(_ fragment: InlineFragmentNode, type: SchemaType, parent: SchemaType, in context: ValidationContext) {
        guard !context.schema.typesOverlap(type, parent) else { return }
        context.report(
            "Fragment cannot be spread here as objects of type \"\(parent.name)\" can never be of type \"\(type.name)\".",
            at: fragment.offset)
    }
}
