/// Where a build's files go: a fresh folder swapped in at the end (`OutputWriter`, every first
/// build) or the folder a preview serves, updated in place (`OutputSync`, its rebuilds). Both are
/// driven by the one sequence in `SiteWriting`. Safe to call from several threads at once.
protocol SiteWriter: Sendable {
    /// Writes `bytes` at `path` unless the file there holds them already; true when it wrote.
    func write(_ path: String, bytes: [UInt8]) throws -> Bool
    /// Copies the file at `source` to `path`.
    func copy(_ path: String, from source: String) throws
    /// Makes the writes visible and removes the `vanished` paths.
    func commit(removing vanished: [String]) throws
    /// Gives up: a fresh folder is removed; a folder updated in place cannot take back what was written.
    func abandon()
}

/// Checks that a relative output path stays inside the output folder.
enum OutputPath {
    /// Relative, and no folder or file name empty, `.` or `..`. Over the bytes, once per file written
    /// (splitting it into names was a tenth of the writer's time in perf).
    static func isSafe(_ path: String) -> Bool {
        var nameLength = 0, dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                guard nameLength > 0, dots < nameLength else { return false }
                nameLength = 0
                dots = 0
            } else {
                nameLength += 1
                if byte == UInt8(ascii: "."), dots == nameLength - 1, nameLength <= 2 { dots += 1 }
            }
        }
        return nameLength > 0 && dots < nameLength
    }
}
