/// GraphQL spec (Oct 2021) §5.5.1.1 Fragment Name Uniqueness: each repeat is reported with the
/// first fragment of that name.
enum UniqueFragmentNamesRule {
    static func check(_ fragment: FragmentDefinitionNode, in context: ValidationContext) {
        guard context.document.fragments.count > 1 else { return }
        let string = context.document.string(fragment.name)
        if let first = context.seenFragmentNames[string] {
            context.report("There can be only one fragment named \"\(string)\".", at: first.offset, fragment.name.offset)
        } else {
            context.seenFragmentNames[string] = fragment.name
        }
    }
}
