import Foundation
import Testing

/// `--now`, `--future` and `--since` on the real binary: what they publish and how they fail.
@Suite struct PublishingCLITests {
    @discardableResult
    private func run(_ arguments: [String], in folder: TemporaryFolder, expecting status: Int32,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BriefingBinary.Result {
        let result = try BriefingBinary.required(sourceLocation: sourceLocation).run(arguments, in: folder.url)
        #expect(result.status == status,
                "briefing \(arguments.joined(separator: " ")) exited \(result.status)\nstderr:\n\(result.stderr)",
                sourceLocation: sourceLocation)
        return result
    }

    /// The fixture's first briefing (2024-03-04) links the second (2024-02-01).
    @Test func nowDecidesWhatIsScheduledAndFutureBuildsIt() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        let early = try run(["build", "--now", "2024-01-15"], in: folder, expecting: 1)
        #expect(early.stderr.contains("error: briefing 'second' is scheduled for 2024-02-01, left out of this build"))
        try run(["build", "--now", "2024-01-15", "--future"], in: folder, expecting: 0)
        #expect(folder.exists("Public/briefings/first/index.html") && folder.exists("Public/briefings/second/index.html"))
        try run(["build", "--now", "2024-03-04"], in: folder, expecting: 0)
        #expect(folder.exists("Public/briefings/first/index.html"))
        // check judges a link to a scheduled briefing as build does, at its own --now.
        try run(["check", "--now", "2024-01-15"], in: folder, expecting: 1)
        try run(["check", "--now", "2024-02-01"], in: folder, expecting: 0)
    }

    @Test func aMalformedNowIsAUsageError() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        for command in ["build", "check", "serve"] {
            let result = try run([command, "--now", "2024-13-01"], in: folder, expecting: 2)
            #expect(result.stderr.contains("--now must be a date YYYY-MM-DD, not '2024-13-01'"), "\(result.stderr)")
        }
    }

    @Test func anUnreadableSinceIsAUsageErrorAndWritesNothing() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        let result = try run(["build", "--since", "nowhere"], in: folder, expecting: 2)
        #expect(result.stderr.contains("error: --since: 'nowhere' is neither an anchors.json nor a folder holding one"))
        #expect(!folder.exists("Public"))
        try folder.write("old/anchors.json", "[1, 2]")
        let invalid = try run(["check", "--since", "old"], in: folder, expecting: 2)
        #expect(invalid.stderr.contains("error: --since: 'old/anchors.json' is not a valid anchors.json"))
    }
}

/// The publishing routine of the README, through the binary: build, keep anchors.json, rename,
/// build `--since` the kept file.
@Suite struct SinceRoutineCLITests {
    @Test func aRenameFailsUntilMovedFromCoversIt() throws {
        let binary = try BriefingBinary.required()
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        #expect(try binary.run(["build", "--now", "2024-12-01"], in: folder.url).status == 0)
        let published = try #require(folder.read("Public/anchors.json"))
        #expect(published.contains("\"briefings/first/\": [\"claim-sky-blue\", \"note-sky-blue\"]"))
        try folder.write("published/anchors.json", published)

        // The first briefing renamed, without moved-from: an error at the page's line, nothing written.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("Content/briefings/first.md"))
        try folder.write("Content/briefings/renamed.md", CLISiteFixture.firstBriefing)
        let refused = try binary.run(["build", "--now", "2024-12-01", "--since", "published/anchors.json"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(
            "published/anchors.json:4:5: error: published page 'briefings/first/' is gone from the new site; add 'moved-from: [first]' to the briefing that replaces it"),
                "\(refused.stderr)")
        #expect(folder.read("Public/anchors.json") == published)
        let checked = try binary.run(["check", "--now", "2024-12-01", "--since", "published"], in: folder.url)
        #expect(checked.status == 1)

        // With moved-from the build passes and the old address redirects to the new page.
        try folder.write("Content/briefings/renamed.md",
                         CLISiteFixture.firstBriefing.replacingOccurrences(of: "tags: [testing]", with: "tags: [testing]\nmoved-from: [first]"))
        let passed = try binary.run(["build", "--now", "2024-12-01", "--since", "published"], in: folder.url)
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(folder.read("Public/briefings/first/index.html")?.contains("url=../../briefings/renamed/") == true)
    }
}
