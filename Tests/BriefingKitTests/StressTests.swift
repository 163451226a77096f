import Foundation
import Testing
@testable import BriefingKit

/// Inputs that must give diagnostics or a normal build — never a crash, a hang, or a file outside
/// the output folder. The big inputs run through the built binary as a child process with a time
/// limit, so a crash or a stack overflow fails one test instead of killing the whole run.
@Suite(.serialized) struct StressTests {
    /// The limit for one run of the binary (a debug build on a busy 2-core machine).
    static let timeLimit: TimeInterval = 120

    /// A site on disk, nested two folders down inside a temporary folder, so that anything written
    /// by a traversing path still lands inside the temporary folder where the test sees it.
    struct DiskSite {
        let folder: TemporaryFolder
        let root: String = "a/b/site"

        init(_ content: [String: String]) throws {
            folder = try TemporaryFolder()
            try FileManager.default.createDirectory(atPath: folder.path(root), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: TemporaryFolder.repositoryRoot.appendingPathComponent("Templates").path,
                                             toPath: folder.path(root + "/Templates"))
            var files = content
            if files["site.yaml"] == nil { files["site.yaml"] = TestSite.siteYAML }
            for (path, text) in files { try folder.write(root + "/Content/" + path, text) }
        }

        func path(_ relative: String) -> String { folder.path(root + "/" + relative) }

        func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
            let url = URL(fileURLWithPath: path(relative))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }

        /// Every path in the temporary folder outside the output folder.
        func outsideOutput() -> Set<String> {
            Set(folder.snapshot().keys.filter { !$0.hasPrefix(root + "/Public/") && $0 != root + "/Public" })
        }
    }

    struct Run {
        var status: Int32
        var stderr: String
        var stdout: String
        var seconds: Double
        var timedOut: Bool
    }

    /// The release binary when `make test` names it (BRIEFING_RELEASE_BINARY), else the debug one
    /// next to the tests.
    static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["BRIEFING_RELEASE_BINARY"],
           FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        return try BriefingBinary.required().url
    }

    /// Whether the optimised binary runs these tests (a debug build is about ten times slower).
    static var isRelease: Bool {
        ProcessInfo.processInfo.environment["BRIEFING_RELEASE_BINARY"].map { FileManager.default.isExecutableFile(atPath: $0) } ?? false
    }

    /// Runs the binary in `directory`, killing it after `timeLimit` seconds.
    static func run(_ arguments: [String], in directory: String, timeLimit: TimeInterval = timeLimit) throws -> Run {
        let executable = try binary()
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(started) > timeLimit {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Run(status: status,
                   stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
                   stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
                   seconds: seconds, timedOut: timedOut)
    }

    /// Builds `site` with the binary and checks the run ended normally (0 or 1, in time) and wrote
    /// nothing outside its output folder. Returns the run for further checks.
    @discardableResult
    static func buildChecked(_ site: DiskSite, expecting: Set<Int32> = [0, 1],
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Run {
        let before = site.outsideOutput()
        let result = try run(["build"], in: site.path(""))
        #expect(!result.timedOut, "briefing build did not finish within \(timeLimit) s", sourceLocation: sourceLocation)
        #expect(expecting.contains(result.status), "exit \(result.status)\n\(result.stderr.suffix(2000))",
                sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr.suffix(2000))", sourceLocation: sourceLocation)
        let after = site.outsideOutput()
        #expect(after == before, "files appeared or vanished outside the output: \(after.symmetricDifference(before).sorted())",
                sourceLocation: sourceLocation)
        return result
    }

    // MARK: Big and deep documents (binary, time-limited)

    /// 50 MB with the release binary; a debug build (about ten times slower) gets 10 MB, so the
    /// suite stays within CI's time budget either way.
    @Test func fiftyMegabyteBriefingBuilds() throws {
        var body = ""
        let paragraph = "The Alpha Treaty was signed, and [the sky is blue](claim:sky) as *many* observers note; "
            + "`code` and [a link](https://example.org/) follow. Alpha Treaty again.\n\n"
        let size = Self.isRelease ? 50_000_000 : 10_000_000
        let count = size / paragraph.utf8.count + 1
        body.reserveCapacity(count * paragraph.utf8.count)
        for _ in 0..<count { body += paragraph }
        let site = try DiskSite([
            "glossary/alpha-treaty.md": Content.term("Alpha Treaty", kind: "treaty"),
            "briefings/big.md": Content.briefing(body, claims: "  sky:\n    status: opinion"),
        ])
        defer { site.folder.remove() }
        let result = try Self.buildChecked(site, expecting: [0])
        #expect(FileManager.default.fileExists(atPath: site.path("Public/briefings/big/index.html")))
        print("\(size / 1_000_000) MB briefing: built in \(String(format: "%.1f", result.seconds)) s")
    }

    @Test func deepNestingDoesNotOverflowTheStack() throws {
        let depth = 10_000
        let quotes = String(repeating: "> ", count: depth) + "Deep quote with Alpha Treaty.\n"
        let lists = String(repeating: "- ", count: depth) + "Deep item with Alpha Treaty.\n"
        let ordered = String(repeating: "1. ", count: depth) + "Deep ordered item.\n"
        let emphasis = String(repeating: "*", count: depth) + "x" + String(repeating: "*", count: depth) + "\n"
        let brackets = String(repeating: "[", count: depth) + "x" + String(repeating: "](claim:c)", count: depth) + "\n"
        let mixed = String(repeating: "> - ", count: depth / 2) + "[mark](claim:c) Alpha Treaty\n"
        // Indented nesting: each list item two spaces deeper than the one before.
        var indented = ""
        for level in 0..<2_000 { indented += String(repeating: "  ", count: level) + "- item \(level)\n" }
        let site = try DiskSite([
            "glossary/alpha-treaty.md": Content.term("Alpha Treaty", kind: "treaty"),
            "briefings/quotes.md": Content.briefing(quotes),
            "briefings/lists.md": Content.briefing(lists),
            "briefings/ordered.md": Content.briefing(ordered),
            "briefings/emphasis.md": Content.briefing(emphasis),
            "briefings/mixed.md": Content.briefing(mixed, claims: "  c:\n    status: opinion"),
            "briefings/indented.md": Content.briefing(indented),
        ])
        defer { site.folder.remove() }
        let result = try Self.buildChecked(site, expecting: [0])
        print("deep nesting: built in \(String(format: "%.1f", result.seconds)) s")
        // Links nested 10,000 deep are an error (a link inside a link), reported, not a crash.
        let nested = try DiskSite(["briefings/brackets.md": Content.briefing(brackets, claims: "  c:\n    status: opinion")])
        defer { nested.folder.remove() }
        _ = try Self.buildChecked(nested, expecting: [1])
        let page = try String(contentsOfFile: site.path("Public/briefings/quotes/index.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "<blockquote>").count - 1 == depth)
        let lists2 = try String(contentsOfFile: site.path("Public/briefings/lists/index.html"), encoding: .utf8)
        #expect(lists2.components(separatedBy: "<ul>").count - 1 >= depth)
    }

    @Test func millionLineListBuilds() throws {
        var body = ""
        body.reserveCapacity(12_000_000)
        for index in 0..<1_000_000 { body += "- item \(index)\n" }
        let site = try DiskSite(["briefings/list.md": Content.briefing(body)])
        defer { site.folder.remove() }
        let result = try Self.buildChecked(site, expecting: [0])
        print("million-line list: built in \(String(format: "%.1f", result.seconds)) s")
    }

    /// The deep documents in process too: `check` runs every stage but the writer, and a recursion
    /// over depth would overflow the test thread's stack here as well.
    @Test func deepNestingInProcess() {
        let depth = 10_000
        let result = TestSite([
            "briefings/quotes.md": Content.briefing(String(repeating: "> ", count: depth) + "quote\n"),
            "briefings/lists.md": Content.briefing(String(repeating: "- ", count: depth) + "item\n"),
        ]).build()
        #expect(result.errors.isEmpty)
        #expect((result.output["briefings/quotes/index.html"] ?? "").components(separatedBy: "<blockquote>").count - 1 == depth)
    }

    /// YAML aliases nested nine deep (a "billion laughs") in front matter, glossary and sources:
    /// diagnostics, quickly, without expanding them.
    /// A hang guard, not a speed check: expanding the aliases would never finish.
    @Test(.timeLimit(.minutes(1))) func yamlAliasBombGivesDiagnostics() {
        var lines = ["a0: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = Array("abcdefghi")
        for index in 1..<names.count {
            lines.append("\(names[index])0: &\(names[index]) [" + Array(repeating: "*\(names[index - 1])", count: 9).joined(separator: ",") + "]")
        }
        let bomb = lines.joined(separator: "\n")
        let result = TestSite([
            "briefings/b.md": "---\ntitle: T\ndate: 2024-01-01\n\(bomb)\nauthors: *i\ntags: *i\nsummary: *i\n---\nBody.\n",
            "glossary/g.md": "---\nname: G\nkind: state\nsummary: S\n\(bomb)\naliases: *i\nrelated: *i\n---\nBody.\n",
            "sources.yaml": bomb.replacingOccurrences(of: "0: &", with: "-src: &") + "\nreal:\n  title: *i\n  authors: *i\n",
        ]).build()
        #expect(result.outcome == .contentErrors)
    }

    // MARK: Line endings and byte order marks

    /// Content with problems at known places; the same with CRLF line endings and a byte order
    /// mark must report the same diagnostics at the same positions.
    static let positionedContent: [String: String] = [
        "sources.yaml": """
            good:
              title: "Good"
              date: 2024-13
            bad id:
              title: "Bad"
              colour: red

            """,
        "glossary/alpha.md": """
            ---
            name: "Alpha"
            kind: stat
            summary: "A."
            related: [beta]
            ---
            Alpha body with [x](term:nope) and é [y](cite:nope).

            """,
        "briefings/b.md": """
            ---
            title: "B"
            date: 2024-02-30
            colour: blue
            claims:
              one:
                status: supportd
                note: "See [z](cite:nowhere)."
            ---
            Text with [a mark](claim:one) and
            ünïcödé [unknown](claim:two) here.

            | table | [t](term:gone) |

            """,
    ]

    static func diagnostics(_ content: [String: String]) -> [String] {
        TestSite(content).build().diagnostics.sorted.map { "\($0.location) \($0.severity) \($0.message)" }
    }

    @Test func crlfAndByteOrderMarkGiveTheSamePositions() {
        let lf = Self.diagnostics(Self.positionedContent)
        #expect(lf.count >= 8, "\(lf)")
        let crlf = Self.positionedContent.mapValues { $0.replacingOccurrences(of: "\n", with: "\r\n") }
        #expect(Self.diagnostics(crlf) == lf)
        let bom = Self.positionedContent.mapValues { "\u{FEFF}" + $0 }
        #expect(Self.diagnostics(bom) == lf)
        let both = crlf.mapValues { "\u{FEFF}" + $0 }
        #expect(Self.diagnostics(both) == lf)
    }

    @Test func crlfAndByteOrderMarkBuildTheSameSite() {
        let content = [
            "briefings/b.md": Content.briefing("Para one\nstill one.\n\n## Head\n\n> quote\n> more\n"),
            "glossary/alpha.md": Content.term("Alpha"),
        ]
        let lf = TestSite(content).build()
        let crlf = TestSite(content.mapValues { "\u{FEFF}" + $0.replacingOccurrences(of: "\n", with: "\r\n") }).build()
        #expect(lf.errors.isEmpty && crlf.errors.isEmpty)
        #expect(lf.output == crlf.output)
    }

    // MARK: Things that are not regular files

    @Test func folderFifoAndSymlinksWhereFilesAreExpected() throws {
        let site = try DiskSite([
            "briefings/good.md": Content.briefing("Fine."),
            "glossary/alpha.md": Content.term("Alpha"),
        ])
        defer { site.folder.remove() }
        let secret = site.folder.path("secret.txt")
        try "TOP SECRET\n".write(toFile: secret, atomically: true, encoding: .utf8)
        let manager = FileManager.default
        try manager.createDirectory(atPath: site.path("Content/briefings/folder.md"), withIntermediateDirectories: true)
        #expect(mkfifo(site.path("Content/briefings/fifo.md"), 0o644) == 0)
        #expect(mkfifo(site.path("Content/glossary/fifo.md"), 0o644) == 0)
        try manager.createDirectory(atPath: site.path("Content/static"), withIntermediateDirectories: true)
        #expect(mkfifo(site.path("Content/static/fifo.txt"), 0o644) == 0)
        try manager.createSymbolicLink(atPath: site.path("Content/briefings/dangling.md"), withDestinationPath: "nowhere.md")
        try manager.createSymbolicLink(atPath: site.path("Content/briefings/outside.md"), withDestinationPath: secret)
        try manager.createSymbolicLink(atPath: site.path("Content/glossary/outside.md"), withDestinationPath: secret)
        try manager.createDirectory(atPath: site.path("Content/assets"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: site.path("Content/assets/secret.txt"), withDestinationPath: secret)
        try manager.createSymbolicLink(atPath: site.path("Content/static/secret.txt"), withDestinationPath: secret)
        try manager.createSymbolicLink(atPath: site.path("Content/assets/up"), withDestinationPath: site.folder.path("a"))
        let result = try Self.buildChecked(site, expecting: [1])
        for name in ["briefings/folder.md", "briefings/fifo.md", "glossary/fifo.md", "static/fifo.txt",
                     "briefings/dangling.md", "briefings/outside.md", "glossary/outside.md", "assets/secret.txt",
                     "static/secret.txt", "assets/up"] {
            #expect(result.stderr.contains("Content/\(name):1:1: error:"), "no error for \(name)\n\(result.stderr)")
        }
        #expect(!result.stderr.contains("TOP SECRET"))
        #expect(!manager.fileExists(atPath: site.path("Public")))
    }

    @Test func symlinkedContentFoldersAreNotFollowed() throws {
        let site = try DiskSite(["briefings/good.md": Content.briefing("Fine.")])
        defer { site.folder.remove() }
        let elsewhere = try TemporaryFolder()
        defer { elsewhere.remove() }
        try elsewhere.write("leak.md", Content.briefing("Leaked."))
        try FileManager.default.createSymbolicLink(atPath: site.path("Content/glossary"), withDestinationPath: elsewhere.url.path)
        let result = try Self.buildChecked(site, expecting: [1])
        #expect(result.stderr.contains("Content/glossary:1:1: error:"), "\(result.stderr)")
    }

    // MARK: Path traversal

    static let traversals = ["../../etc", "..", "a/b", "../x", "./x", "/etc/passwd", "x/../../y", "%2e%2e", "C:\\x", "x;y"]

    @Test(arguments: traversals)
    func traversingIDsAreRejectedInMemory(id: String) {
        let quoted = EscapingAuditTests.yaml(id)
        let content = [
            "sources.yaml": "\(quoted):\n  title: \"S\"\nok:\n  title: \"O\"\n",
            "glossary/alpha.md": "---\nname: Alpha\nkind: state\nsummary: S.\nrelated: [\(quoted)]\nparties: [\(quoted)]\n---\nBody.\n",
            "briefings/b.md": """
                ---
                title: T
                date: 2024-01-01
                tags: [\(quoted)]
                claims:
                  \(quoted):
                    status: opinion
                    sources: [\(quoted)]
                ---
                [a](claim:\(id)) [b](term:\(id)) [c](briefing:\(id)) [d](cite:\(id)) [e](briefing:b#\(id))
                ![f](assets/\(id)) [g](<claim:\(id)>) [h](<term:\(id)>) [i](<briefing:\(id)>) [ok](cite:ok)

                """,
        ]
        let result = TestSite(content).build()
        #expect(result.outcome == .contentErrors)
        #expect(result.errors.count >= 5, "\(result.errors)")
        #expect(result.output.isEmpty)
    }

    @Test func traversingFileNamesAreRejectedOnDisk() throws {
        let site = try DiskSite([
            "briefings/good.md": Content.briefing("Fine [x](briefing:..) [y](term:..%2F..%2Fetc)."),
        ])
        defer { site.folder.remove() }
        // File names that would be ids climbing out, or that are not ids at all.
        for name in ["....md", "%2e%2e.md", "a..b.md", "x%2F..%2F..%2Fetc.md", "Upper.md", " .md", "a\\..\\b.md", "..\u{2024}.md"] {
            try site.folder.write(site.root + "/Content/briefings/" + name, Content.briefing("Text."))
            try site.folder.write(site.root + "/Content/glossary/" + name, Content.term("Name \(name)"))
        }
        try site.folder.write(site.root + "/Content/briefings/a/b.md", Content.briefing("Nested."))
        let result = try Self.buildChecked(site, expecting: [1])
        #expect(result.stderr.contains("invalid slug"), "\(result.stderr)")
        #expect(result.stderr.contains("invalid glossary id"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.path("Public")))
    }

    /// Output paths the renderer produces from valid content never hold `..`, `.` or empty components.
    @Test func outputPathsStayInsideTheOutput() {
        let result = TestSite([
            "briefings/b.md": Content.briefing("Text.", extra: "tags: [a-b, c]"),
            "glossary/alpha.md": Content.term("Alpha"),
        ]).build()
        #expect(!result.output.isEmpty)
        for path in result.output.keys {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            #expect(!path.hasPrefix("/") && !parts.contains { $0.isEmpty || $0 == ".." || $0 == "." }, "\(path)")
        }
    }
}
