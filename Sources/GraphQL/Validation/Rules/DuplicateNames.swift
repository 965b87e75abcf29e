/// graphql-js `groupBy` then report: for each name used more than once (in order of first use),
/// one error listing every occurrence.
enum DuplicateNames {
    static func report(_ names: [NameNode], in context: ValidationContext, message: (String) -> String) {
        guard names.count > 1 else { return }
        var reported: [Int] = []
        for (index, name) in names.enumerated() where !reported.contains(index) {
            var group = [name.offset]
            for other in (index + 1)..<names.count where context.document.name(name, equals: names[other]) {
                group.append(names[other].offset)
                reported.append(other)
            }
            if group.count > 1 { context.report(message(context.document.string(name)), atOffsets: group) }
        }
    }
}
