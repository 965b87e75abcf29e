/// GraphQL spec (Oct 2021) §5.6.3 Input Object Field Uniqueness: reported at each repeat,
/// with the first occurrence.
enum UniqueInputFieldNamesRule {
    /// Checks `field` against the fields before it (`earlier`, indices into the document's object fields).
    static func check(_ field: ObjectFieldNode, earlier: Range<Int>, in context: ValidationContext) {
        for index in earlier where context.document.name(context.document.objectFields[index].name, equals: field.name)
        {
            context.report(
                "There can be only one input field named \"\(context.document.string(field.name))\".",
                at: context.document.objectFields[index].name.offset, field.name.offset)
            return
        }
    }
}
