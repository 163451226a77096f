import Foundation

/// A fresh folder under the system's temporary directory, for one test to write a site into.
struct TemporaryFolder {
    let url: URL

    /// The repository root: this file is Tests/BriefingKitTests/TemporaryFolder.swift.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).path
    }

    /// Writes `text` to `relative`, creating folders on the way.
    func write(_ relative: String, _ text: String) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }

    /// Copies the repository's Templates/ folder in, as `Templates`.
    func copyRepositoryTemplates() throws {
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("Templates"),
                                         to: url.appendingPathComponent("Templates"))
    }

    /// Every file and folder below `relative` (the whole folder by default), by path, with each
    /// file's bytes (a folder maps to nil): two equal snapshots mean nothing was touched.
    func snapshot(_ relative: String = "") -> [String: Data?] {
        let root = relative.isEmpty ? url : url.appendingPathComponent(relative)
        var result: [String: Data?] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let item = enumerator.nextObject() as? String {
            let full = root.appendingPathComponent(item).path
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
            let bytes: Data? = isFolder.boolValue ? nil : FileManager.default.contents(atPath: full)
            result.updateValue(bytes, forKey: item)
        }
        return result
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
