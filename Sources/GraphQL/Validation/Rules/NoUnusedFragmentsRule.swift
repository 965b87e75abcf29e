/// GraphQL spec (Oct 2021) §5.5.1.4 Fragments Must Be Used: every fragment must be reachable
/// from some operation.
enum NoUnusedFragmentsRule {
    /// Checks with `used`, the names of the fragments the operations reach.
    static func check(used: Set<String>, in context: ValidationContext) {
        let document = context.document
        for fragment in document.fragments {
            let name = document.string(fragment.name)
            if !used.contains(name) { context.report("Fragment \"\(name)\" is never used.", at: fragment.offset) }
        }
    }
}
