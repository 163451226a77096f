import Foundation
import Testing
@testable import BriefingKit

/// Atomic output, the `.git` carry-over, refused folders and determinism, on the real disk.
@Suite struct OutputWriterTests {
    /// A folder holding `Content/` (the golden fixture site) and `Templates/` (the repository's).
    func makeSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (path, text) in GoldenSiteTests.fixtureContent() { try folder.write("Content/" + path, text) }
        for (path, text) in TestSite.templates { try folder.write(path, text) }
        return folder
    }

    func request(_ folder: TemporaryFolder, output: String = "Public") -> BuildRequest {
        BuildRequest(contentDirectory: folder.path("Content"), templatesDirectory: folder.path("Templates"),
                     outputDirectory: folder.path(output))
    }

    /// Every file under `path` with its bytes, so two trees compare byte for byte.
    func snapshot(_ path: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let root = URL(fileURLWithPath: path)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[String(url.path.dropFirst(root.path.count + 1))] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    @Test func aSuccessfulBuildWritesTheMarkerAndKeepsGit() throws {
        let folder = try makeSite()
        #expect(SiteBuilder().build(request(folder)).outcome == .success)
        try folder.write("Public/.git/HEAD", "ref: refs/heads/gh-pages\n")
        try folder.write("Public/stale.html", "old")
        #expect(SiteBuilder().build(request(folder)).outcome == .success)
        #expect(folder.read("Public/.briefing-output") != nil)
        #expect(folder.read("Public/.git/HEAD") == "ref: refs/heads/gh-pages\n")
        #expect(folder.read("Public/stale.html") == nil)
        #expect(folder.read("Public/briefings/gambit/index.html") != nil)
        // No staging folder is left beside the output.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(siblings.sorted() == ["Content", "Public", "Templates"])
    }

    @Test func aContentErrorLeavesTheOutputByteForByte() throws {
        let folder = try makeSite()
        #expect(SiteBuilder().build(request(folder)).outcome == .success)
        let before = snapshot(folder.path("Public"))
        try folder.write("Content/briefings/broken.md", Content.briefing("[x](term:nowhere)"))
        let report = SiteBuilder().build(request(folder))
        #expect(report.outcome == .contentErrors)
        #expect(snapshot(folder.path("Public")) == before)
    }

    /// Collisions are found in the plan, so `check` reports them together with any other error.
    @Test func checkReportsACollisionAlongsideOtherErrors() throws {
        let folder = try makeSite()
        try folder.write("Content/static/robots.txt", "User-agent: *\n")
        try folder.write("Content/briefings/broken.md", "---\ntitle: \"Broken\"\ndate: 2024-13-01\n---\nText.\n")
        let report = SiteBuilder().check(request(folder))
        #expect(report.outcome == .contentErrors)
        let messages = report.diagnostics.items.filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains("static file 'robots.txt' collides with a file the build generates"))
        #expect(messages.count >= 2, "\(messages)")
    }

    @Test func aBuildThatFailsMidwayLeavesTheOutputByteForByte() throws {
        let folder = try makeSite()
        #expect(SiteBuilder().build(request(folder)).outcome == .success)
        let before = snapshot(folder.path("Public"))
        // A static file colliding with a generated page (found by the planner, before any page is rendered).
        try folder.write("Content/static/sources/index.html", "<p>collides</p>")
        let report = SiteBuilder().build(request(folder))
        #expect(report.outcome == .contentErrors)
        #expect(report.diagnostics.items.map(\.message) == ["static file 'sources/index.html' collides with a file the build generates"])
        #expect(snapshot(folder.path("Public")) == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(siblings.sorted() == ["Content", "Public", "Templates"])
    }

    @Test func theWriterRefusesPathsOutsideTheOutput() throws {
        let folder = try TemporaryFolder()
        let writer = try OutputWriter(outputDirectory: folder.path("Public"))
        defer { writer.abandon() }
        for path in ["../escape.html", "/etc/passwd", "a/../../b", "", "a//b"] {
            #expect(throws: OutputWriter.Failure.self) { try writer.write(OutputFile(path: path, text: "x")) }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("escape.html")))
    }

    /// Every folder and file name non-empty and neither `.` nor `..`; names that merely hold dots pass.
    @Test func safeOutputPaths() {
        for path in ["index.html", "a/b/c.txt", "...", ".well-known/x", "a../..b/.c/c.", "x/.../y", "é/中.html"] {
            #expect(OutputPath.isSafe(path), "\(path)")
        }
        for path in ["", "/", "/a", "a/", "a//b", ".", "..", "./a", "a/.", "a/./b", "../a", "a/..", "a/../b", "//"] {
            #expect(!OutputPath.isSafe(path), "\(path)")
        }
    }

    @Test func refusedOutputFolders() throws {
        let folder = try makeSite()
        let content = folder.path("Content")
        let templates = folder.path("Templates")
        func problem(_ output: String) -> String? {
            OutputFolderGuard.problem(output: output, content: content, templates: templates, workingDirectory: folder.url.path)
        }
        #expect(problem(folder.url.path)?.contains("working directory") == true)
        #expect(problem(content)?.contains("holds the content folder") == true)
        #expect(problem(folder.path("Content/briefings"))?.contains("inside the content folder") == true)
        #expect(problem(folder.path("Templates/out"))?.contains("inside the templates folder") == true)
        try folder.write("Other/notes.txt", "precious")
        #expect(problem(folder.path("Other"))?.contains("not empty") == true)
        #expect(problem(folder.path("Fresh")) == nil)
        let report = SiteBuilder().build(request(folder, output: "Other"))
        #expect(report.outcome == .environmentError(problem(folder.path("Other")) ?? ""))
        #expect(folder.read("Other/notes.txt") == "precious")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let folder = try makeSite()
        #expect(SiteBuilder().build(request(folder, output: "One")).outcome == .success)
        #expect(SiteBuilder().build(request(folder, output: "Two")).outcome == .success)
        let one = snapshot(folder.path("One"))
        #expect(one.count > 20)
        #expect(one == snapshot(folder.path("Two")))
    }

    /// A rebuild links each file whose bytes the last build wrote (same inode, modification time kept)
    /// and writes the others anew; the result is the same site a build into a fresh folder makes.
    @Test func aRebuildLinksTheFilesItWouldWriteAgain() throws {
        let folder = try makeSite()
        #expect(SiteBuilder().build(request(folder)).outcome == .success)
        let unchanged = folder.path("Public/glossary/index.html"), changed = folder.path("Public/briefings/gambit/index.html")
        let staticFile = folder.path("Public/assets/content/" + (try #require(FileManager.default.contentsOfDirectory(atPath: folder.path("Content/assets")).sorted().first)))
        let before = try [unchanged, changed, staticFile].map(Self.inode)
        try folder.write("Content/briefings/gambit.md",
                         try #require(folder.read("Content/briefings/gambit.md")) + "\nA paragraph added.\n")
        #expect(SiteBuilder().build(request(folder)).outcome == .success)
        #expect(try Self.inode(unchanged) == before[0])
        #expect(try Self.inode(staticFile) == before[2])
        #expect(try Self.inode(changed) != before[1])
        #expect(folder.read("Public/briefings/gambit/index.html")?.contains("A paragraph added.") == true)
        // The last build's folder is gone, and linking left nothing different from a fresh build.
        #expect(SiteBuilder().build(request(folder, output: "Fresh")).outcome == .success)
        var fresh = snapshot(folder.path("Fresh")), rebuilt = snapshot(folder.path("Public"))
        #expect(fresh.count > 20)
        fresh[".briefing-output"] = nil
        rebuilt[".briefing-output"] = nil
        #expect(rebuilt == fresh)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(siblings.sorted() == ["Content", "Fresh", "Public", "Templates"])

        // A symbolic link put in the output in place of a file is not carried over, even to the
        // same bytes: the next build writes a file there.
        let glossary = folder.path("Public/glossary/index.html")
        let copy = folder.path("elsewhere.html")
        try FileManager.default.moveItem(atPath: glossary, toPath: copy)
        try FileManager.default.createSymbolicLink(atPath: glossary, withDestinationPath: copy)
        #expect(SiteBuilder().build(request(folder)).outcome == .success)
        let type = try FileManager.default.attributesOfItem(atPath: glossary)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    static func inode(_ path: String) throws -> UInt64 {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return UInt64(info.st_ino)
    }
}
