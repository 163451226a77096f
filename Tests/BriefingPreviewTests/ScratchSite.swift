import Foundation

/// A site on disk in a temporary folder (Content/, a copy of the repository's Templates/), for
/// tests that watch files or compare output folders. Removed by `remove()`.
struct ScratchSite {
    let root: String

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    init(content: [String: String]) throws {
        root = NSTemporaryDirectory() + "briefing-serve-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/Content", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.repositoryRoot + "/Templates", toPath: root + "/Templates")
        for (path, text) in content { try write("Content/" + path, text) }
    }

    var content: String { root + "/Content" }
    var templates: String { root + "/Templates" }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        // As editors do: write a temporary file, then rename it over the old one.
        let temporary = (path as NSString).deletingLastPathComponent + "/.tmp-\(UUID().uuidString)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func delete(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + relative)
    }

    func read(_ relative: String) -> String? {
        try? String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Every regular file under `folder`, relative path → bytes (the build marker left out).
    static func tree(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  relative != ".briefing-output" else { continue }
            result[relative] = FileManager.default.contents(atPath: path)
        }
        return result
    }
}

/// Content files for the tests: briefings that cite, mention and link each other.
enum SampleContent {
    static let siteYAML = "title: \"Preview\"\nbaseURL: \"https://example.org/\"\npaginate: 2\n"

    static let sourcesYAML = """
        un-report:
          title: "A UN report"
          url: "https://example.org/un"
        think-tank:
          title: "A think-tank paper"
        newspaper:
          title: "A newspaper story"

        """

    static func entry(name: String, aliases: [String] = [], summary: String = "An entry.", body: String = "Body text.") -> String {
        let aliasList = aliases.map { "\"\($0)\"" }.joined(separator: ", ")
        return "---\nname: \"\(name)\"\nkind: state\naliases: [\(aliasList)]\nsummary: \"\(summary)\"\n---\n\(body)\n"
    }

    static func briefing(title: String, date: String = "2024-11-05", tags: [String] = ["security"], draft: Bool = false,
                         body: String, claimSource: String = "un-report") -> String {
        """
        ---
        title: "\(title)"
        date: \(date)
        tags: [\(tags.joined(separator: ", "))]
        draft: \(draft)
        claims:
          main:
            status: supported
            sources: [\(claimSource)]
        ---
        \(body)

        """
    }

    static var initial: [String: String] {
        [
            "site.yaml": siteYAML,
            "sources.yaml": sourcesYAML,
            "glossary/russia.md": entry(name: "Russia", aliases: ["Moscow"]),
            "glossary/north-korea.md": entry(name: "North Korea", aliases: ["Pyongyang"]),
            "briefings/alpha.md": briefing(title: "Alpha", date: "2024-11-01",
                                           body: "[Russia signed](claim:main) a treaty with North Korea. [Newspaper](cite:newspaper)."),
            "briefings/beta.md": briefing(title: "Beta", date: "2024-11-02", tags: ["security", "treaties"],
                                          body: "Pyongyang [agreed](claim:main). See [alpha](briefing:alpha). [Paper](cite:think-tank)."),
            "briefings/gamma.md": briefing(title: "Gamma", date: "2024-11-03",
                                           body: "[Moscow waits](claim:main)."),
        ]
    }
}
