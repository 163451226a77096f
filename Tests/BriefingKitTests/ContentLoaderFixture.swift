@testable import BriefingKit

struct ReadForbidden: Error { var path: String }

/// A small valid site in memory, and helpers to load it with one file changed.
enum LoaderFixture {
    static let site = """
        title: Test Site
        baseURL: https://example.org/briefings
        description: A test
        paginate: 10

        """

    static let sources = """
        src-a:
          title: "Source A"
          authors: [Ann, Bob]
          publisher: Pub
          date: 2024
          url: https://example.org/a
          note: "See [x](term:russia)."
        src-b:
          title: Source B
          date: 2024-11

        """

    static let russia = """
        ---
        name: Russia
        kind: state
        aliases: [Russian Federation]
        summary: A state.
        related: [north-korea]
        sources: [src-a]
        dates: {joined: 1991, left: 2024-01-02}
        ---
        Body of Russia.

        """

    static let northKorea = """
        ---
        name: North Korea
        kind: state
        aliases: ["DPRK", "Pyongyang"]
        summary: Another state.
        ---
        Body.

        """

    /// Line 10 is claim `c-one`, line 11 its status, line 13 its sources, line 17 the closing `---`.
    static let briefing = """
        ---
        title: "One"
        date: 2024-11-05
        updated: 2024-11-20
        authors: ["Ann"]
        summary: Sum.
        tags: [security, sanctions]
        draft: true
        claims:
          c-one:
            status: supported
            confidence: high
            sources: [src-a, src-b]
            note: "A *note*."
          c-two:
            status: opinion
        ---
        Text [x](claim:c-one).

        """

    static let files: [String: String] = [
        "site.yaml": site,
        "sources.yaml": sources,
        "glossary/russia.md": russia,
        "glossary/north-korea.md": northKorea,
        "briefings/b-one.md": briefing,
        "assets/img/map.png": "png",
        "assets/a.txt": "a",
        "static/CNAME": "example.org",
        "static/.well-known/security.txt": "x",
    ]

    /// The fixture with `changes` applied (nil removes a file), paths relative to `Content/`.
    static func load(_ changes: [String: String?] = [:]) -> LoadedContent {
        var all = files
        for (path, text) in changes { all[path] = text }
        let memory = FileSystem.memory(Dictionary(uniqueKeysWithValues: all.map { ("Content/" + $0, $1) }))
        return ContentLoader(fileSystem: memory).load(contentDirectory: "Content")
    }

    /// Diagnostics as `file:line:col: severity: message (hint)`, in the order reported.
    static func diagnostics(_ changes: [String: String?]) -> [String] {
        load(changes).diagnostics.items.map(\.description)
    }

    /// The briefing fixture with one line (1-based) replaced by `replacement` (which may hold
    /// several lines, or none).
    static func briefing(replacingLine line: Int, with replacement: String?) -> String {
        var lines = briefing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let replacement {
            lines[line - 1] = replacement
        } else {
            lines.remove(at: line - 1)
        }
        return lines.joined(separator: "\n")
    }

    /// A file system whose files hold raw bytes, with some paths given another kind (a symbolic link,
    /// a FIFO); reading one of those fails loudly.
    static func fileSystem(texts: [String: String] = files, bytes: [String: [UInt8]] = [:],
                           kinds: [String: FileKind] = [:]) -> FileSystem {
        var all = Dictionary(uniqueKeysWithValues: texts.map { ("Content/" + $0, $1) })
        for path in bytes.keys { all["Content/" + path] = "" }
        for path in kinds.keys { all["Content/" + path] = "" }
        let memory = FileSystem.memory(all)
        let kinds = Dictionary(uniqueKeysWithValues: kinds.map { ("Content/" + $0, $1) })
        let bytes = Dictionary(uniqueKeysWithValues: bytes.map { ("Content/" + $0, $1) })
        return FileSystem(
            kind: { path in kinds[path] ?? memory.kind(path) },
            read: { path in
                if kinds[path] != nil { throw ReadForbidden(path: path) }
                return try bytes[path] ?? memory.read(path)
            },
            list: memory.list
        )
    }
}
