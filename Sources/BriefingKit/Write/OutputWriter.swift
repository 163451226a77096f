import Foundation

/// Writes a build into a new folder beside the output folder and swaps it in only when the build
/// succeeded, so a failed or interrupted build leaves the output exactly as it was. A file whose
/// bytes the last build already wrote is not written again: the new folder gets a hard link to the
/// old file, so a rebuild creates (and, removing the old folder, frees) inodes only for what
/// changed, and unchanged files keep their modification time for deploy tools that compare it.
public final class OutputWriter: SiteWriter {
    /// Every build writes this file; a non-empty output folder without it is refused.
    public static let markerName = ".briefing-output"

    public let outputDirectory: String
    let stagingDirectory: String
    /// The output folder when it holds a build (its marker file), whose unchanged files are linked.
    private let lastBuild: String?
    /// Folders made so far and paths written; workers write files concurrently.
    private let state = Locked(State())

    private struct State {
        var createdDirectories: Set<String> = [""]
        var writtenPaths: Set<String> = []
        var digests: [String: OutputSync.Digest] = [:]
    }
    /// Whether to keep a digest of each file, for the rebuilds that follow (see `OutputSync`).
    let keepsDigests: Bool

    public var writtenPaths: Set<String> { state.current.writtenPaths }
    var digests: [String: OutputSync.Digest] { state.current.digests }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Creates the staging folder beside `outputDirectory` (which must already have passed `OutputFolderGuard`).
    public init(outputDirectory: String, keepsDigests: Bool = false) throws {
        self.keepsDigests = keepsDigests
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        self.outputDirectory = output.path
        let parent = output.deletingLastPathComponent().path
        stagingDirectory = parent + "/." + output.lastPathComponent + ".briefing-staging-\(getpid())"
        let manager = FileManager.default
        lastBuild = manager.fileExists(atPath: output.path + "/" + Self.markerName) ? output.path : nil
        try? manager.removeItem(atPath: stagingDirectory)
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try manager.createDirectory(atPath: stagingDirectory, withIntermediateDirectories: false)
        } catch {
            throw Failure(description: "cannot create \(stagingDirectory): \(error.localizedDescription)")
        }
    }

    /// Writes one file into the staging folder; safe to call from several threads at once.
    /// Paths are relative, `/`-separated, and never climb out.
    public func write(_ file: OutputFile) throws {
        switch file.contents {
        case .bytes(let bytes): _ = try write(file.path, bytes: bytes)
        case .copy(let source): try copy(file.path, from: source)
        }
    }

    func write(_ path: String, bytes: [UInt8]) throws -> Bool {
        let target = try target(path)
        if let lastBuild, Self.linkUnchanged(lastBuild + "/" + path, to: target, holding: bytes) {
            // already there, byte for byte
        } else {
            try Self.writeBytes(bytes, to: target)
        }
        let digest = keepsDigests ? OutputSync.Digest(bytes) : nil
        state.withLock { state in
            state.writtenPaths.insert(path)
            if let digest { state.digests[path] = digest }
        }
        return true
    }

    func copy(_ path: String, from source: String) throws {
        let target = try target(path)
        try? FileManager.default.removeItem(atPath: target)
        if let lastBuild, Self.regularFileSize(lastBuild + "/" + path) == Self.regularFileSize(source),
           let bytes = try? FileSystem.live.read(source),
           Self.linkUnchanged(lastBuild + "/" + path, to: target, holding: bytes) {
            state.withLock { _ = $0.writtenPaths.insert(path) }
            return
        }
        try FileManager.default.copyItem(atPath: source, toPath: target)
        state.withLock { _ = $0.writtenPaths.insert(path) }
    }

    /// The staging path for `path`, its folder made; refuses paths that would leave the folder.
    private func target(_ path: String) throws -> String {
        guard OutputPath.isSafe(path) else {
            throw Failure(description: "refusing to write outside the output folder: '\(path)'")
        }
        // The text before the last `/` (a safe path has no empty folder name): splitting the path
        // and joining its folders again was half of this function in perf, for every file written.
        try makeFolder(path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? "")
        return stagingDirectory + "/" + path
    }

    func commit(removing vanished: [String]) throws {
        try commit()
    }

    /// Makes `folder` and those above it that the staging folder lacks, each with one `mkdir` (the
    /// staging folder is fresh: what this writer did not make is not there). Foundation's
    /// `createDirectory` asked for each folder's attributes first, under the lock the other workers wait on.
    private func makeFolder(_ folder: String) throws {
        try state.withLock { state in
            guard !state.createdDirectories.contains(folder) else { return }
            var partial = ""
            for component in folder.split(separator: "/") {
                partial = partial.isEmpty ? String(component) : partial + "/" + component
                guard !state.createdDirectories.contains(partial) else { continue }
                let path = stagingDirectory + "/" + partial
                guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                    throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))")
                }
                state.createdDirectories.insert(partial)
            }
        }
    }

    /// A plain write, without the fsync Foundation's file writing does: a build's folder is swapped
    /// in as a whole, and a preview rebuild renames each file over the old one, so a crash leaves
    /// the old output (or the old file) anyway.
    static func writeBytes(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
    }

    /// Writes every byte of `bytes` to the open `descriptor` (of the file at `path`, for errors).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Links `target` to the last build's file at `old` when that file holds exactly `bytes`; false
    /// when it does not (or is missing, or the file system refuses hard links): then write it.
    static func linkUnchanged(_ old: String, to target: String, holding bytes: [UInt8]) -> Bool {
        // Only a regular file of the last build, never a symbolic link someone put in its place; a
        // file of another size is not read at all.
        guard regularFileSize(old) == bytes.count, let oldBytes = try? FileSystem.live.read(old), oldBytes == bytes else {
            return false
        }
        return link(old, target) == 0
    }

    /// The size of the regular file at `path` (not followed if a symbolic link); nil for anything else.
    static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Writes the marker, carries a `.git` folder over from the old output, and swaps the new folder in.
    public func commit() throws {
        let manager = FileManager.default
        try write(OutputFile(path: Self.markerName, text: "Built by briefing. This folder is replaced on every build.\n"))
        let oldGit = outputDirectory + "/.git"
        if manager.fileExists(atPath: oldGit) {
            try manager.moveItem(atPath: oldGit, toPath: stagingDirectory + "/.git")
        }
        guard manager.fileExists(atPath: outputDirectory) else {
            try manager.moveItem(atPath: stagingDirectory, toPath: outputDirectory)
            return
        }
        // Two renames: the window without an output folder is a few microseconds, and the old site is
        // removed only after the new one is in place.
        let old = stagingDirectory + ".old"
        try manager.moveItem(atPath: outputDirectory, toPath: old)
        try manager.moveItem(atPath: stagingDirectory, toPath: outputDirectory)
        try Self.removeTree(old)
    }

    /// Removes a folder, the entries two levels down on every core (the old site is thousands of
    /// files, most of them in `briefings/` and `glossary/`).
    static func removeTree(_ path: String) throws {
        let manager = FileManager.default
        let top = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 }
        let second = top.flatMap { folder in ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).map { folder + "/" + $0 } }
        let failures = Locked<[String]>([])
        Parallel.forEach(second) { entry in
            do { try manager.removeItem(atPath: entry) } catch { failures.withLock { $0.append("\(error)") } }
        }
        if let failure = failures.current.first { throw Failure(description: "cannot remove the old output: \(failure)") }
        try manager.removeItem(atPath: path)
    }

    /// Removes the staging folder; the output folder is untouched.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: stagingDirectory)
    }
}
