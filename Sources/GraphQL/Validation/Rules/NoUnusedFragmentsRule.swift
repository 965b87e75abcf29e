/// GraphQL spec (Oct 2021) §5.5.1.4 Fragments Must Be Used: every fragment must be reachable
/// from some operation.
enum NoUnusedFragmentsRule {
    /// Checks with `used`, by the index of the last definition of each name: whether the
    /// operations reach the fragment of that name.
    static func check(used: [Bool], in context: ValidationContext) {
        for fragment in context.document.fragments {
            guard let last = context.fragment(named: fragment.name), !used[last.index] else { continue }
            context.report(
                "Fragment \"\(context.document.string(fragment.name))\" is never used.", at: fragment.offset)
        }
    }
}
