import BriefingKit
import Foundation
#if canImport(Glibc)
import Glibc

/// Watches the content and templates folders with inotify, recursively (folders created later
/// included), and reports each batch of changed files. A root that does not exist yet (a new site has
/// no `Templates/`) is watched for from its parent folder, and watched from the moment it appears;
/// one that is deleted is watched for again. Events that arrive within a short pause of each other
/// (one save: a temporary file, a rename, a backup) are reported as one batch. The blocking wait runs
/// on a thread of its own: on a machine with two cores a blocked cooperative thread would stall the server.
final class FileWatcher: Sendable {
    private let inotify: Int32
    /// Written to by `stop()` to wake the thread.
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let roots: [(path: String, inContent: Bool)]
    private let report: @Sendable ([FileChange]) -> Void

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `report` is called on the watcher's thread with every batch of changes.
    init(content: String, templates: String, report: @escaping @Sendable ([FileChange]) -> Void) throws {
        inotify = inotify_init1(Int32(IN_CLOEXEC))
        guard inotify >= 0 else { throw Failure(description: "inotify_init1: \(String(cString: strerror(errno)))") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(inotify)
            throw Failure(description: "pipe: \(String(cString: strerror(errno)))")
        }
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
        roots = [(Self.absolute(content), true), (Self.absolute(templates), false)]
        self.report = report
    }

    /// Starts watching on a new thread.
    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "briefing-watcher"
        thread.start()
    }

    /// Stops the thread (it closes the descriptors as it ends).
    func stop() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Watch descriptor → the folder it watches: which root, and the path relative to it.
    private struct Watched {
        var root: Int
        var relative: String
    }

    /// How long a batch waits for more events after the last one, in milliseconds: the events of
    /// one save come within microseconds of each other, and whatever arrives later while the build
    /// runs is merged into the next build (`PreviewCoordinator`), so a short wait keeps a save's
    /// reload quick without rebuilding once per event.
    static let quietPeriod: Int32 = 8
    /// The longest a batch waits in all, so that a steady stream of writes still gets rebuilds.
    static let longestBatch: TimeInterval = 0.5

    private func run() {
        var watches: [Int32: Watched] = [:]
        var parents: [Int32: [Int]] = [:]
        for index in roots.indices {
            addWatches(root: index, relative: "", into: &watches)
            watchParent(of: index, into: &parents)
        }
        let bufferSize = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 8)
        defer {
            buffer.deallocate()
            close(inotify)
            close(wakeRead)
            close(wakeWrite)
        }
        var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        while true {
            guard poll(&descriptors, 2, -1) >= 0 else {
                if errno == EINTR { continue }
                return
            }
            if descriptors[1].revents != 0 { return }
            var changes: [FileChange] = []
            let started = Date()
            // Gather the events of one save: read until the events pause (or the batch is old enough).
            repeat {
                let count = read(inotify, buffer, bufferSize)
                guard count > 0 else {
                    if count < 0 && (errno == EINTR || errno == EAGAIN) { break }
                    return
                }
                changes += parse(buffer, count: count, watches: &watches, parents: parents)
                if descriptors[1].revents != 0 { return }
            } while Date().timeIntervalSince(started) < Self.longestBatch && poll(&descriptors, 2, Self.quietPeriod) > 0
                && descriptors[0].revents != 0
            if !changes.isEmpty { report(changes) }
        }
    }

    private func parse(_ buffer: UnsafeMutableRawPointer, count: Int, watches: inout [Int32: Watched],
                       parents: [Int32: [Int]]) -> [FileChange] {
        var changes: [FileChange] = []
        var offset = 0
        while offset + 16 <= count {
            let descriptor = buffer.load(fromByteOffset: offset, as: Int32.self)
            let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = UnsafeRawBufferPointer(start: buffer + offset + 16, count: length)
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += 16 + length
            // A root folder appearing in (or leaving) its parent: watch it all, and rebuild everything.
            for index in parents[descriptor] ?? [] where name == (roots[index].path as NSString).lastPathComponent {
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addWatches(root: index, relative: "", into: &watches) }
                changes.append(FileChange(path: "", inContent: roots[index].inContent))
            }
            guard let folder = watches[descriptor] else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                watches[descriptor] = nil
                continue
            }
            let relative = name.isEmpty ? folder.relative : (folder.relative.isEmpty ? name : folder.relative + "/" + name)
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                addWatches(root: folder.root, relative: relative, into: &watches)
            }
            // A new file is reported when it is closed after writing (or moved in), not when created.
            if mask & UInt32(IN_ISDIR) == 0 && mask == UInt32(IN_CREATE) { continue }
            if name.isEmpty && mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) == 0 { continue }
            changes.append(FileChange(path: relative, inContent: roots[folder.root].inContent))
        }
        return changes
    }

    /// Watches the parent folder of a root for the root appearing or going away (not recursively). The
    /// watch stays, so a root deleted and made again is found again.
    private func watchParent(of root: Int, into parents: inout [Int32: [Int]]) {
        let parent = (roots[root].path as NSString).deletingLastPathComponent
        // IN_MASK_ADD: the parent may be watched already (a templates folder inside the content folder).
        let mask = UInt32(IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM | IN_ONLYDIR) | UInt32(IN_MASK_ADD)
        let descriptor = inotify_add_watch(inotify, parent, mask)
        guard descriptor >= 0 else { return }
        if !(parents[descriptor] ?? []).contains(root) { parents[descriptor, default: []].append(root) }
    }

    /// Watches the folder and every folder below it.
    private func addWatches(root: Int, relative: String, into watches: inout [Int32: Watched]) {
        let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                          | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
        var pending = [relative]
        while let next = pending.popLast() {
            let path = next.isEmpty ? roots[root].path : roots[root].path + "/" + next
            let descriptor = inotify_add_watch(inotify, path, mask)
            guard descriptor >= 0 else { continue }
            watches[descriptor] = Watched(root: root, relative: next)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                var isFolder: ObjCBool = false
                let child = next.isEmpty ? name : next + "/" + name
                if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
                    pending.append(child)
                }
            }
        }
    }
}
#endif
