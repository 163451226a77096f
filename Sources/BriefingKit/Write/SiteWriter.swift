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
    static func isSafe(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !components.isEmpty
            && !components.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." })
    }
}
