/// GraphQL spec (Oct 2021) §5.5.1.1 Fragment Name Uniqueness.
enum UniqueFragmentNamesRule {
    static func check(in context: ValidationContext) {
        let document = context.document
        guard document.fragments.count > 1 else { return }
        var seen: [String: NameNode] = [:]
        for fragment in document.fragments {
            let string = document.string(fragment.name)
            if let first = seen[string] {
                context.report(
                    "There can be only one fragment named \"\(string)\".", at: first.offset, fragment.name.offset)
            } else {
                seen[string] = fragment.name
            }
        }
    }
}
