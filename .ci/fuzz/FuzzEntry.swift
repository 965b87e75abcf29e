// libFuzzer entry over the GraphQL engine: parse every input; when it parses, validate it
// against Schema/ and, when valid, execute it with resolvers that answer every field. Compiled
// into one module with Sources/GraphQL by run.sh, so `package` declarations are visible.
//
// Besides crashes, hangs and leaks (ASan, LeakSanitizer), it checks what must hold for any input:
// a syntax error points inside the document, at a 1-based line and column; a parsed document
// prints to text that parses and prints the same again.
import Glibc

/// Schema/*.graphql, read once from FUZZ_SCHEMA_DIR (run.sh sets it).
private let fuzzSchema: Schema? = {
    guard let folder = getenv("FUZZ_SCHEMA_DIR").map({ String(cString: $0) }) else { return nil }
    let names = ["accounts", "customers", "events", "schema", "users"]
    var files: [(name: String, source: String)] = []
    for name in names {
        guard let text = readFile(folder + "/" + name + ".graphql") else { return nil }
        files.append((name: name + ".graphql", source: text))
    }
    return try? SchemaBuilder.build(files: files)
}()

/// Built once: validation and execution over the schema.
private let fuzzExecutor = fuzzSchema.map(FuzzPipeline.executor(for:))

private func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Builds the schema and executor before the first input, so their one-time allocations are not
/// counted against it.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    if fuzzExecutor == nil { print("fuzz: FUZZ_SCHEMA_DIR unset or Schema/ did not build; parser only") }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let document: Document
    do {
        document = try Parser.parse(utf8: bytes)
    } catch {
        precondition(error.line >= 1 && error.column >= 1, "syntax error at \(error.line):\(error.column)")
        precondition(error.offset >= 0 && error.offset <= bytes.count, "syntax error offset \(error.offset)")
        return 0
    }
    checkPrintRoundTrip(document)
    guard let executor = fuzzExecutor else { return 0 }
    FuzzPipeline.run(document, executor: executor)
    return 0
}

/// What the printer promises: its output parses, and printing that again gives the same text.
private func checkPrintRoundTrip(_ document: Document) {
    let text = Printer.print(document)
    guard let again = try? Parser.parse(text) else { preconditionFailure("printed document does not parse: \(text)") }
    precondition(Printer.print(again) == text, "printing is not stable: \(text)")
}
