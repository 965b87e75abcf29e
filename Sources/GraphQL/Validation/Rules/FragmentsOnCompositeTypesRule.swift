/// GraphQL spec (Oct 2021) §5.5.1.3 Fragments On Composite Types: a type condition must name an
/// object, interface or union.
enum FragmentsOnCompositeTypesRule {
    /// Reports `condition` (an existing, non-composite type); `fragmentName` is nil for an inline fragment.
    static func report(_ condition: NameNode, fragmentName: NameNode?, in context: ValidationContext) {
        let type = context.document.string(condition)
        if let fragmentName {
            context.report(
                "Fragment \"\(context.document.string(fragmentName))\" cannot condition on non composite type \"\(type)\".",
                at: condition.offset)
        } else {
            context.report("Fragment cannot condition on non composite type \"\(type)\".", at: condition.offset)
        }
    }
}
