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
