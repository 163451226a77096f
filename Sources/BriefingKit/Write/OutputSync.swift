import Foundation

/// Keeps a built output folder in step with later builds by writing only what changed: it remembers
/// a digest of every file it holds, buffers the files of a new build whose bytes differ, and on
/// `commit` writes each of them atomically (a temporary file renamed over the old one) and removes
/// the files the new build no longer makes. A build that fails is dropped without touching the folder.
public struct OutputSync: Sendable {
    public let outputDirectory: String
    /// Output path → digest of its bytes, for every file the last committed build made.
    private(set) var digests: [String: Digest]

    struct Digest: Hashable, Sendable {
        var hash: Int
        var count: Int

        init(_ bytes: [UInt8]) {
            var hasher = Hasher()
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            hash = hasher.finalize()
            count = bytes.count
        }
    }

    init(outputDirectory: String, digests: [String: Digest]) {
        self.outputDirectory = outputDirectory
        self.digests = digests
    }

    /// Collects one build's files (from any thread) against the digests of the folder as it is.
    final class Staging: Sendable {
        let known: [String: Digest]
        /// False when the files go to an `OutputWriter` too, and only their digests are wanted here.
        let keepsChangedFiles: Bool
        private let state = Locked(State())

        struct State {
            var digests: [String: Digest] = [:]
            var changed: [String: [UInt8]] = [:]
            var failure: String?
        }

        init(known: [String: Digest], keepsChangedFiles: Bool = true) {
            self.known = known
            self.keepsChangedFiles = keepsChangedFiles
        }

        func add(_ file: OutputFile) {
            let bytes: [UInt8]
            switch file.contents {
            case .unchanged:
                guard let digest = known[file.path] else {
                    state.withLock { $0.failure = $0.failure ?? "no earlier build to keep \(file.path) from" }
                    return
                }
                state.withLock { $0.digests[file.path] = digest }
                return
            case .bytes(let contents):
                bytes = contents
            case .copy(let source):
                guard let data = FileManager.default.contents(atPath: source) else {
                    state.withLock { $0.failure = $0.failure ?? "cannot read \(source)" }
                    return
                }
                bytes = [UInt8](data)
            }
            let digest = Digest(bytes)
            let changed = keepsChangedFiles && known[file.path] != digest
            state.withLock { state in
                state.digests[file.path] = digest
                if changed { state.changed[file.path] = bytes }
            }
        }

        var current: State { state.current }
    }

    /// Writes a staged build: changed files atomically, then removes the files neither made by it
    /// nor `kept` (pages the build left out on purpose, which stay as they are). Returns the output
    /// paths written or removed, sorted.
    mutating func commit(_ staging: Staging, kept: Set<String>) throws -> [String] {
        let staged = staging.current
        if let failure = staged.failure { throw OutputWriter.Failure(description: failure) }
        let failures = Locked<[String]>([])
        Parallel.forEach(Array(staged.changed)) { path, bytes in
            do { try Self.replace(outputDirectory + "/" + path, with: bytes) } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        if let failure = failures.current.sorted().first { throw OutputWriter.Failure(description: failure) }
        var next = staged.digests
        for path in kept { if let digest = digests[path], next[path] == nil { next[path] = digest } }
        let removed = digests.keys.filter { next[$0] == nil }
        for path in removed { Self.remove(outputDirectory + "/" + path, below: outputDirectory) }
        digests = next
        return (Array(staged.changed.keys) + removed).sorted()
    }

    /// Writes `bytes` to a temporary file beside `path` and renames it over `path`, so a reader sees
    /// the old file or the new one, never half of one.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/.briefing-tmp-\(UUID().uuidString)"
        do { try OutputWriter.writeBytes(bytes, to: temporary) } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputWriter.Failure(description: "cannot replace \(path): \(reason)")
        }
    }

    /// Removes the file at `path`, then each folder above it that is left empty, up to `root`.
    static func remove(_ path: String, below root: String) {
        unlink(path)
        var folder = (path as NSString).deletingLastPathComponent
        while folder.count > root.count && folder.hasPrefix(root + "/") && rmdir(folder) == 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
    }
}
