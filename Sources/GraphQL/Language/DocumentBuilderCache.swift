import Glibc

/// One `DocumentBuilder` per thread, kept between parses so that parsing a small document does
/// not allocate a dozen arrays and let them go again.
///
/// Parsing never suspends, so a thread's builder serves one parse at a time (the parser never
/// parses from within a parse). A thread's builder is freed when the thread ends.
enum DocumentBuilderCache {
    /// After parsing a larger source than this, the builder's arrays are dropped rather than
    /// kept, so one huge document does not pin its memory for the thread's lifetime.
    static let maxKeptSourceBytes = 1 << 18

    /// Owns a thread's builder; reached through its pointer, so using it costs no exclusivity
    /// check and no reference counting.
    private final class Box {
        let builder: UnsafeMutablePointer<DocumentBuilder>

        init() {
            builder = .allocate(capacity: 1)
            builder.initialize(to: DocumentBuilder())
        }

        deinit {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        // Without a key, getspecific answers nil and every parse makes its own builder.
        _ = pthread_key_create(&key) { box in
            if let box { Unmanaged<Box>.fromOpaque(box).release() }
        }
        return key
    }()

    /// Runs `body` with the thread's builder, emptied; its arrays keep their capacity.
    @inline(__always)
    static func withBuilder<Result, Failure: Error>(
        sourceBytes: Int, _ body: (UnsafeMutablePointer<DocumentBuilder>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let builder: UnsafeMutablePointer<DocumentBuilder>
        if let raw = pthread_getspecific(key) {
            // The thread's reference keeps the box alive.
            builder = Unmanaged<Box>.fromOpaque(raw)._withUnsafeGuaranteedRef { $0.builder }
        } else {
            let box = Box()
            // The thread keeps one reference, released by the key's destructor when the thread ends.
            let retained = Unmanaged.passRetained(box)
            guard pthread_setspecific(key, retained.toOpaque()) == 0 else {
                retained.release()
                return try withExtendedLifetime(box) { () throws(Failure) -> Result in try body(box.builder) }
            }
            builder = box.builder
        }
        builder.pointee.removeAll()
        defer { if sourceBytes > maxKeptSourceBytes { builder.pointee = DocumentBuilder() } }
        return try body(builder)
    }
}
