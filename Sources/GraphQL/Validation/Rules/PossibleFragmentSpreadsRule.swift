/// GraphQL spec (Oct 2021) §5.5.2.3 Fragment Spread Is Possible: the fragment's type and the
/// parent type must share at least one object type.
enum PossibleFragmentSpreadsRule {
    static func check(
        _ spread: FragmentSpreadNode, fragment: FragmentDefinitionNode, parent: TypeID, in context: ValidationContext
    ) {
        let index = context.index
        guard let type = index.typeID(context.document.string(fragment.typeCondition)), index.isComposite(type),
            !index.typesOverlap(type, parent)
        else { return }
        context.report(
            "Fragment \"\(context.document.string(spread.name))\" cannot be spread here as objects of type \"\(index.name(parent))\" can never be of type \"\(index.name(type))\".",
            at: spread.offset)
    }

    static func check(_ fragment: InlineFragmentNode, type: TypeID, parent: TypeID, in context: ValidationContext) {
        let index = context.index
        guard !index.typesOverlap(type, parent) else { return }
        context.report(
            "Fragment cannot be spread here as objects of type \"\(index.name(parent))\" can never be of type \"\(index.name(type))\".",
            at: fragment.offset)
    }
}
