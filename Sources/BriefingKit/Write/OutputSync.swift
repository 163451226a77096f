import Foundation

/// The folder a preview serves, updated in place: a file is written only when its bytes differ from
/// what the folder holds (a digest of every rendered file is kept), over its old bytes with the
/// `gate` closed to readers (so a reader sees the old file or the new one), and files the plan no
/// longer holds are removed. In place, not a new file renamed over the old: on this machine's ext4
/// the rename made the kernel flush the new file and allocate an inode, 176 claims pages written in
/// 45–70 ms against 4 ms.
final class OutputSync: SiteWriter {
    let outputDirectory: String
    /// Output path → digest of its bytes, for every rendered file in the folder.
    private let digests: Locked<[String: Digest]>
    let gate: OutputGate?

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

    init(outputDirectory: String, digests: [String: Digest], gate: OutputGate? = nil) {
        self.outputDirectory = outputDirectory
        self.digests = Locked(digests)
        self.gate = gate
    }

    func write(_ path: String, bytes: [UInt8]) throws -> Bool {
        let digest = Digest(bytes)
        guard digests.withLock({ $0[path] }) != digest else { return false }
        try overwrite(outputDirectory + "/" + path, with: bytes)
        digests.withLock { $0[path] = digest }
        return true
    }

    func copy(_ path: String, from source: String) throws {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw OutputWriter.Failure(description: "cannot read \(source)")
        }
        try overwrite(outputDirectory + "/" + path, with: [UInt8](data))
        digests.withLock { $0[path] = nil }
    }

    func commit(removing vanished: [String]) throws {
        for path in vanished {
            Self.remove(outputDirectory + "/" + path, below: outputDirectory)
            digests.withLock { $0[path] = nil }
        }
    }

    func abandon() {}

    /// Puts `bytes` at `path`, gated: over the old bytes of a regular file linked nowhere else, else
    /// (a new file, or one a hard link shares) as a new file renamed into place.
    private func overwrite(_ path: String, with bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return try Self.replace(path, with: bytes) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1 else {
            return try Self.replace(path, with: bytes)
        }
        let write = {
            try OutputWriter.writeAll(bytes, to: descriptor, path: path)
            guard ftruncate(descriptor, off_t(bytes.count)) == 0 else {
                throw OutputWriter.Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
        }
        if let gate { try gate.writing(write) } else { try write() }
    }

    /// Writes `bytes` to a temporary file beside `path` and renames it over `path`.
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
