import Foundation
import Testing

/// Each of Briefing's additions to CommonMark (DESIGN §7 "Prose conventions", §8 "Links"), rendered
/// by the real `briefing render` in a small site and compared with its baseline: the HTML, then the
/// diagnostics and the exit status. Fixtures are `Fixtures/conventions/<name>.md`, baselines
/// `<name>.out`; the site's assets come from `Fixtures/conventions/assets/`. A missing baseline, or
/// `RECORD_SNAPSHOTS=1`, writes the baseline and fails.
@Suite struct ConventionGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/conventions")

    static let fixtureNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    static let site: [String: String] = [
        "Content/site.yaml": "title: \"Conventions\"\nbaseURL: \"https://example.org/\"\n",
        "Content/sources.yaml": "src-a:\n  title: \"Source A\"\n",
        "Content/glossary/russia.md": "---\nname: \"Russia\"\nkind: state\nsummary: \"A state.\"\n---\nBody.\n",
    ]

    @Test func everyConventionHasAFixture() {
        for name in ["links", "unsafe-links", "pipe-tables", "footnotes", "strikethrough", "figures"] {
            #expect(Self.fixtureNames.contains(name + ".md"), "no fixture for \(name)")
        }
    }

    /// The small site fixtures are rendered in, with the fixtures' assets.
    static func makeSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (path, text) in Self.site { try folder.write(path, text) }
        let assets = Self.folder.appendingPathComponent("assets")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("Content/assets"),
                                                withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: assets.path) {
            try FileManager.default.copyItem(at: assets.appendingPathComponent(name),
                                             to: folder.url.appendingPathComponent("Content/assets/" + name))
        }
        return folder
    }

    @Test(arguments: fixtureNames)
    func renderMatchesTheBaseline(fixture: String) throws {
        let folder = try Self.makeSite()
        defer { folder.remove() }
        let input = try Data(contentsOf: Self.folder.appendingPathComponent(fixture))
        let run = try BriefingBinary.required().run(["render", "-"], in: folder.url, stdin: input)
        let output = run.stdout + "<!-- stderr -->\n" + run.stderr + "<!-- exit status \(run.status) -->\n"

        let baseline = Self.folder.appendingPathComponent(String(fixture.dropLast(3)) + ".out")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: baseline, encoding: .utf8) else {
            try output.write(to: baseline, atomically: true, encoding: .utf8)
            Issue.record("recorded the baseline \(baseline.lastPathComponent); check it and run again")
            return
        }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, pair) in zip(expectedLines, lines).enumerated() where pair.0 != pair.1 {
            Issue.record("\(fixture) line \(index + 1) differs:\n- \(pair.0)\n+ \(pair.1)")
            break
        }
        #expect(lines.count == expectedLines.count, "\(fixture): \(lines.count) lines, baseline \(expectedLines.count)")
    }

    /// A file saved with CRLF line ends (Windows editors) has its footnotes found and listed as the
    /// same file with LF ends has them.
    @Test func footnotesOfACRLFFileAreTheSame() throws {
        let folder = try Self.makeSite()
        defer { folder.remove() }
        let text = try String(contentsOf: Self.folder.appendingPathComponent("footnotes.md"), encoding: .utf8)
        let binary = try BriefingBinary.required()
        let lf = try binary.run(["render", "-"], in: folder.url, stdin: Data(text.utf8))
        let crlf = try binary.run(["render", "-"], in: folder.url,
                                  stdin: Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(lf.stdout.contains("class=\"footnotes\""), "the fixture lists footnotes")
        #expect(crlf.stdout == lf.stdout)
        #expect(crlf.status == lf.status)
    }
}
