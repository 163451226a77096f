import Foundation

/// What is at a path, without following a symbolic link.
public enum FileKind: Sendable, Equatable {
    case file
    case directory
    case symbolicLink
    /// A FIFO, socket or device: never read.
    case other
    case missing
}

/// The reading side of the file system behind a small Sendable struct of closures,
/// so the loader runs against the disk or against an in-memory tree in tests.
public struct FileSystem: Sendable {
    public var kind: @Sendable (String) -> FileKind
    /// The bytes of a regular file.
    public var read: @Sendable (String) throws -> [UInt8]
    /// Names in a directory, sorted.
    public var list: @Sendable (String) throws -> [String]

    public init(kind: @escaping @Sendable (String) -> FileKind,
                read: @escaping @Sendable (String) throws -> [UInt8],
                list: @escaping @Sendable (String) throws -> [String]) {
        self.kind = kind
        self.read = read
        self.list = list
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The real disk.
    public static let live = FileSystem(
        kind: { path in
            var info = stat()
            guard lstat(path, &info) == 0 else { return .missing }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory
            case S_IFLNK: return .symbolicLink
            default: return .other
            }
        },
        read: { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(description: "cannot read \(path)")
            }
            return [UInt8](data)
        },
        list: { path in try listDirectory(path) }
    )

    /// The names in the directory at `path` but `.` and `..`, sorted (`readdir`: Foundation's listing
    /// took a seventh of a preview rebuild's loading on a folder of 1,000 briefings).
    private static func listDirectory(_ path: String) throws -> [String] {
        guard let directory = opendir(path) else {
            throw Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        defer { closedir(directory) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        if errno != 0 { throw Failure(description: "cannot list \(path): \(String(cString: strerror(errno)))") }
        return names.sorted()
    }

    /// An in-memory tree: paths of files to their text; directories are implied by the paths.
    public static func memory(_ files: [String: String]) -> FileSystem {
        let files = files.mapValues { Array($0.utf8) }
        let directories = Set(files.keys.flatMap { path -> [String] in
            var parents: [String] = []
            var components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            while !components.isEmpty {
                parents.append(components.joined(separator: "/"))
                components = components.dropLast()
            }
            return parents
        })
        return FileSystem(
            kind: { path in
                if files[path] != nil { return .file }
                return directories.contains(path) ? .directory : .missing
            },
            read: { path in
                guard let bytes = files[path] else { throw Failure(description: "no such file: \(path)") }
                return bytes
            },
            list: { path in
                let prefix = path + "/"
                let names = files.keys.compactMap { key -> String? in
                    guard key.hasPrefix(prefix) else { return nil }
                    return key.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
                }
                return Array(Set(names)).sorted()
            }
        )
    }
}
