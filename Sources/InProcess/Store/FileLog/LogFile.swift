import Glibc

/// The log file's system calls: open with an exclusive lock, read it whole, append at an offset,
/// flush to disk, cut a tail. Each failure becomes a `StoreError.io` naming the call and errno.
/// The owner closes it (`close()`) exactly once.
struct LogFile {
    let descriptor: Int32
    let path: String
    /// Writes that would take the file past this many bytes fail as a full disk would (tests only).
    let writeLimit: Int?

    /// The test-only write limit, from `CQRS_TEST_FAIL_WRITE_AFTER_BYTES`: past that many bytes of
    /// the file, a write stores what fits and then fails with `ENOSPC`, as on a disk that fills.
    static var writeLimitForTesting: Int? {
        getenv("CQRS_TEST_FAIL_WRITE_AFTER_BYTES").flatMap { Int(String(cString: $0)) }
    }

    /// Opens (creating) `directory/events.log`, creating `directory` if it is missing, and locks it
    /// so a second process cannot append to the same log.
    init(directory: String, writeLimit: Int? = nil) throws(StoreError) {
        if mkdir(directory, 0o755) == 0 {
            // The new directory's entry is in its parent: without this a power loss can lose it.
            try Self.syncDirectory(Self.parent(of: directory))
        } else if errno != EEXIST {
            throw Self.failure("mkdir \(directory)")
        }
        try self.init(path: directory + "/events.log", flags: O_CREAT, writeLimit: writeLimit)
        // A newly created file's directory entry must be durable too, or the whole log could vanish.
        try Self.syncDirectory(directory)
    }

    /// Opens and locks the existing `directory/events.log`, creating nothing (for a repair).
    init(existingIn directory: String) throws(StoreError) {
        try self.init(path: directory + "/events.log", flags: 0, writeLimit: nil)
    }

    private init(path: String, flags: Int32, writeLimit: Int?) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CLOEXEC | flags, 0o644)
        guard fd >= 0 else { throw Self.failure("open \(path)") }
        guard Self.lock(fd) else {
            let error = Self.failure("lock \(path) (is another process using it?)")
            Glibc.close(fd)
            throw error
        }
        self.path = path
        self.descriptor = fd
        self.writeLimit = writeLimit
    }

    /// The folder that holds `path`'s entry.
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// Closes the file, which also releases its lock.
    func close() { Glibc.close(descriptor) }

    /// Takes the exclusive lock, waiting up to about a second for it.
    ///
    /// The wait is for a lock that is about to go: a process forked between our close of a previous
    /// descriptor and its exec still shares that descriptor (and so the lock) for a moment.
    private static func lock(_ fd: Int32) -> Bool {
        for _ in 0..<50 {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
            guard errno == EWOULDBLOCK || errno == EINTR else { return false }
            usleep(20_000)
        }
        return false
    }

    static func failure(_ call: String) -> StoreError {
        StoreError.io("\(call): \(String(cString: strerror(errno))) (errno \(errno))")
    }

    /// Makes the entries of `directory` (files created, renamed or removed in it) durable.
    static func syncDirectory(_ directory: String) throws(StoreError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open \(directory)") }
        defer { Glibc.close(fd) }
        guard fsync(fd) == 0 else { throw failure("fsync \(directory)") }
    }

    /// Calls `body` with the whole file, mapped read-only: no copy of a log that may be large.
    /// (Nobody else writes it meanwhile: the file is locked.)
    func withContents<T>(_ body: (UnsafeRawBufferPointer) throws(StoreError) -> T) throws(StoreError) -> T {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.failure("fstat \(path)") }
        let size = Int(status.st_size)
        guard size > 0 else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let mapped, mapped != MAP_FAILED else { throw Self.failure("mmap \(path)") }
        defer { munmap(mapped, size) }
        return try body(UnsafeRawBufferPointer(start: mapped, count: size))
    }

    /// Writes all of `bytes` at `offset`.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(StoreError) {
        var done = 0
        if let writeLimit, offset + bytes.count > writeLimit {
            let fits = max(0, writeLimit - offset)
            try write(UnsafeRawBufferPointer(rebasing: bytes[..<fits]), at: offset)
            errno = ENOSPC
            throw Self.failure("write \(path) (CQRS_TEST_FAIL_WRITE_AFTER_BYTES=\(writeLimit))")
        }
        while done < bytes.count {
            let n = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw Self.failure("write \(path)") }
            done += n
        }
    }

    func write(_ bytes: [UInt8], at offset: Int) throws {
        try bytes.withUnsafeBytes { try write($0, at: offset) }
    }

    /// Flushes the data written so far (and the file size) to the disk.
    func sync() throws(StoreError) {
        while fdatasync(descriptor) != 0 {
            guard errno == EINTR else { throw Self.failure("fdatasync \(path)") }
        }
    }

    /// Cuts the file to `length` bytes and makes that durable.
    func truncate(to length: Int) throws(StoreError) {
        guard ftruncate(descriptor, off_t(length)) == 0 else { throw Self.failure("ftruncate \(path)") }
        try sync()
    }
}
