import Foundation
import Testing

/// `briefing render` on plain CommonMark with an empty glossary prints what the `cmark` command
/// prints, except that headings carry their `id` and heading-anchor link (DESIGN §4).
@Suite(.enabled(if: CmarkCommand.url != nil,
                "the `cmark` command is not installed (Debian package `cmark`; `make test` installs it)"))
struct RenderCommonMarkTests {
    /// Fixtures/commonmark/, one plain CommonMark input per file.
    static let folder: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
        .appendingPathComponent("commonmark")

    static let fixtureNames: [String] = {
        guard let folder else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    /// briefing's output without what it adds to headings.
    static func withoutHeadingAdditions(_ html: String) -> String {
        html.replacing(/(<h[1-6]) id="[^"]*"/) { $0.1 + "" }
            .replacing(/<a class="heading-anchor"[^>]*>.*?<\/a>/.dotMatchesNewlines(), with: "")
    }

    @Test func thereAreEnoughInputs() {
        #expect(Self.folder != nil, "Fixtures/commonmark is not in the test bundle")
        #expect(Self.fixtureNames.count >= 25)
    }

    @Test(arguments: fixtureNames)
    func renderEqualsCmark(fixture: String) throws {
        let folder = try #require(Self.folder)
        let input = try Data(contentsOf: folder.appendingPathComponent(fixture))
        let cmark = try #require(CmarkCommand.url)

        // An empty working directory: no Content/, so the glossary is empty.
        let empty = try TemporaryFolder()
        defer { empty.remove() }
        let briefing = try BriefingBinary.required().run(["render", "-"], in: empty.url, stdin: input)
        #expect(briefing.status == 0, "briefing render exited \(briefing.status):\n\(briefing.stderr)")
        let reference = try BriefingBinary(url: cmark).run([], in: empty.url, stdin: input)
        try #require(reference.status == 0, "cmark exited \(reference.status):\n\(reference.stderr)")
        #expect(empty.snapshot().isEmpty, "render wrote into the working directory")

        let rendered = Self.withoutHeadingAdditions(briefing.stdout)
        #expect(rendered == reference.stdout, """
            \(fixture): briefing render differs from cmark
            --- cmark
            \(reference.stdout)
            --- briefing (heading ids and anchors removed)
            \(rendered)
            """)

        // What was removed is exactly one id and one matching permalink per heading.
        let headings = briefing.stdout.matches(of: /<h([1-6])([^>]*)>(.*?)<\/h\1>/.dotMatchesNewlines())
        #expect(headings.count == reference.stdout.matches(of: /<h[1-6]>/).count)
        var ids: Set<String> = []
        for heading in headings {
            let attributes = String(heading.output.2)
            let id = try #require(attributes.firstMatch(of: /^ id="([^"]+)"$/)?.output.1,
                                  "heading without a single id attribute: \(heading.output.0)")
            #expect(ids.insert(String(id)).inserted, "duplicate heading id \(id)")
            #expect(String(heading.output.3).contains("<a class=\"heading-anchor\" href=\"#\(id)\""),
                    "heading \(id) has no permalink to itself")
            #expect(!id.hasPrefix("claim-") && !id.hasPrefix("note-") && !id.hasPrefix("cite-")
                    && !id.hasPrefix("mention-") && !id.hasPrefix("source-"))
        }
    }
}
