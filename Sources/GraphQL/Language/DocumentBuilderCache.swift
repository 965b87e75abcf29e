import Glibc

/// One `DocumentBuilder` per thread, kept between parses so that parsing a small document does
/// not allocate a dozen arrays and let them go again.
///
/// Parsing never suspends, so a thread's builder serves one parse at a time (a nested use would
/// be an exclusivity violation, which traps). A thread's builder is freed when the thread ends.
enum DocumentBuilderCache {
    /// After parsing a larger source than this, the builder's arrays are dropped rather than
    /// kept, so one huge document does not pin its memory for the thread's lifetime.
    static let maxKeptSourceBytes = 1 << 18

    private final class Box {
        var builder = DocumentBuilder()
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
    static func withBuilder<Result>(
        sourceBytes: Int, _ body: (UnsafeMutablePointer<DocumentBuilder>) -> Result
    ) -> Result {
        let box = threadBox()
        box.builder.removeAll()
        let result = withUnsafeMutablePointer(to: &box.builder) { body($0) }
        if sourceBytes > maxKeptSourceBytes { box.builder = DocumentBuilder() }
        return result
    }

    private static func threadBox() -> Box {
        if let raw = pthread_getspecific(key) { return Unmanaged<Box>.fromOpaque(raw).takeUnretainedValue() }
        let box = Box()
        // The thread owns one reference, released by the key's destructor when the thread ends.
        if pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque()) != 0 {
            Unmanaged.passUnretained(box).release()
        }
        return box
    }
}
