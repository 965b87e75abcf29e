/// GraphQL spec (Oct 2021) §5.5.1.1 Fragment Name Uniqueness: each repeat is reported with the
/// first fragment of that name.
enum UniqueFragmentNamesRule {
    static func check(_ fragment: FragmentDefinitionNode, position: Int, in context: ValidationContext) {
        let fragments = context.document.fragments
        guard fragments.count > 1 else { return }
        if fragments.count <= 8 {
            // A few fragments: compare bytes with the earlier ones instead of hashing names.
            guard
                let first = fragments[..<position].first(where: {
                    context.document.name($0.name, equals: fragment.name)
                })
            else { return }
            context.report(
                "There can be only one fragment named \"\(context.document.string(fragment.name))\".",
                at: first.name.offset, fragment.name.offset)
            return
        }
        let string = context.document.string(fragment.name)
        if let first = context.seenFragmentNames[string] {
            context.report(
                "There can be only one fragment named \"\(string)\".", at: first.offset, fragment.name.offset)
        } else {
            context.seenFragmentNames[string] = fragment.name
        }
    }
}
