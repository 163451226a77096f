import Foundation
import Testing
@testable import BriefingKit

/// The search index (`search/`, see SearchIndexBuilderTests) as a build makes it, and the glossary cards' data embedded in pages.
@Suite struct SearchAndCardsTests {
    static let content: [String: String] = [
        "site.yaml": "title: T\nbaseURL: \"https://example.org/\"\n",
        "sources.yaml": "s1:\n  title: \"A source\"\n  url: \"https://example.org/s1\"\n",
        "glossary/russia.md": "---\nname: Russia\nkind: state\naliases: [Moscow]\nsummary: \"A state <b>&</b> more.\"\n---\nSee [Ukraine](term:ukraine).\n",
        "glossary/ukraine.md": "---\nname: Ukraine\nkind: state\nsummary: \"Another state.\"\n---\nBody.\n",
        "pages/about.md": "---\ntitle: About us\nsummary: \"Who writes.\"\n---\n## Staff\n\nA team of wombatword editors.\n",
        "glossary/japan.md": "---\nname: Japan\nkind: state\nsummary: \"Not linked.\"\n---\nBody.\n",
        "briefings/one.md": """
            ---
            title: "One"
            date: 2024-12-10
            summary: "The summary."
            claims:
              c1:
                status: supported
                sources: [s1]
              c2:
                status: opinion
            updates:
              - date: 2024-12-12
                kind: correction
                text: "A date was wrong; now quokkaword."
            ---

            ## First section

            [Moscow signed it](claim:c1) and [it was good](claim:c2). The whole body is not indexed.

            """,
    ]

    static func json(_ text: String?) throws -> [String: Any] {
        let data = Data((text ?? "").utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func searchIndexHoldsBodiesClaimsTermsAndSources() throws {
        let result = TestSite(Self.content).build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.output["search.json"] == nil && result.output["search/index.js"] == nil)
        let reader = try SearchIndexReader(files: result.output)
        let records = try reader.allRecords()
        let byKind = Dictionary(grouping: records) { $0["k"] ?? "" }
        #expect(byKind["briefing"]?.first?["u"] == "briefings/one/")
        #expect(byKind["briefing"]?.first?["x"] == "The summary.")
        #expect(byKind["section"]?.first?["u"] == "briefings/one/#first-section")
        #expect(byKind["section"]?.first?["w"] == "One")
        let claims = byKind["claim"] ?? []
        #expect(claims.map { $0["u"] } == ["briefings/one/#claim-c1", "briefings/one/#claim-c2"])
        #expect(claims.first?["l"] == "Supported" && claims.first?["v"] == "supported")
        #expect(claims.first?["t"] == "Moscow signed it")
        #expect(byKind["term"]?.compactMap { $0["u"] }.sorted() == ["glossary/japan/", "glossary/russia/", "glossary/ukraine/"])
        #expect(byKind["source"]?.first?["t"] == "A source" && byKind["source"]?.first?["u"] == "sources/#source-s1")
        // whole bodies, aliases, summaries; a word of the text finds its section
        #expect(try reader.search("indexed") == ["briefings/one/#first-section"])
        #expect(try reader.search("Moscow").contains("glossary/russia/"))
        #expect(try reader.search("more") == ["glossary/russia/"])
        // standalone pages and briefing updates are found too, with their words from InterfaceText
        #expect(try reader.search("wombatword") == ["about/"])
        #expect(try reader.search("quokkaword") == ["briefings/one/#update-1"])
        let update = try #require(byKind["update"]?.first)
        #expect(update["t"]?.hasPrefix("Correction · ") == true && update["t"]?.contains("December") == true && update["w"] == "One")
        #expect(byKind["page"]?.first?["t"] == "About us" && byKind["page"]?.first?["x"]?.hasPrefix("Who writes.") == true)
        // the page loads the manifest by its hashed name and the search script
        let page = try #require(result.output["search/index.html"])
        let manifest = try #require(result.output.keys.first { $0.hasPrefix("search/manifest.") })
        #expect(page.contains("src=\"../\(manifest)\""))
        #expect(page.contains("src=\"../assets/search.js?v=") && page.contains("data-root=\"../\""))
        // the page's own words and search.js's words, from InterfaceText, the latter as JSON in the page
        #expect(page.contains("<h1 id=\"search-title\">Search</h1>") && page.contains(">More results</button>"))
        let wordsStart = try #require(page.range(of: "<script type=\"application/json\" id=\"search-words\">"))
        let wordsEnd = try #require(page.range(of: "</script>", range: wordsStart.upperBound..<page.endIndex))
        let words = try Self.json(String(page[wordsStart.upperBound..<wordsEnd.lowerBound]))
        #expect(words["kind.claim"] as? String == InterfaceText.english.text("search.kind.claim"))
        #expect(words["noResults"] as? String == "No results for “{query}”.")
        #expect(!(result.output.filter { $0.key.hasPrefix("search/") }.values.contains { $0.contains("<b>") }))
    }

    @Test func portableIndexLinksEndInIndexHTML() throws {
        let result = TestSite(Self.content, options: BuildOptions(portable: true)).build()
        let urls = try SearchIndexReader(files: result.output).allRecords().compactMap { $0["u"] }
        #expect(urls.contains("briefings/one/index.html#claim-c1"))
        #expect(urls.contains("glossary/russia/index.html"))
        #expect(urls.allSatisfy { $0.contains("index.html") })
    }

    static func cardData(_ page: String?) -> String? {
        guard let page, let start = page.range(of: "<script type=\"application/json\" id=\"glossary-data\">"),
              let end = page.range(of: "</script>", range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func pagesEmbedTheCardsOfTheEntriesTheyLink() throws {
        let result = TestSite(Self.content).build()
        let briefing = try Self.json(Self.cardData(result.output["briefings/one/index.html"]))
        #expect(briefing.keys.sorted() == ["russia"])
        let russia = try #require(briefing["russia"] as? [String: String])
        #expect(russia == ["name": "Russia", "kind": "State", "summary": "A state <b>&</b> more.",
                           "href": "../../glossary/russia/"])
        // escaped in the page so that no text can close the script element
        #expect(Self.cardData(result.output["briefings/one/index.html"])?.contains("\\u003cb\\u003e\\u0026") == true)
        let entry = try Self.json(Self.cardData(result.output["glossary/russia/index.html"]))
        #expect(entry.keys.sorted() == ["ukraine"])
        #expect(Self.cardData(result.output["glossary/japan/index.html"]) == nil)
        #expect(Self.cardData(result.output["index.html"]) == nil)
    }

    @Test func cardDataIsTheJSONOfItsCards() throws {
        var diagnostics = Diagnostics()
        let renderer = PageRenderer(templates: MustacheTemplates(templates: [:], diagnostics: &diagnostics))
        let links = LinkContext(rootPrefix: "../../", portable: false)
        let cards = [
            GlossaryCard(id: "a", name: "A \"quoted\" <name>", kindLabel: "State", summary: "Tab\tline\nend & </script>"),
            GlossaryCard(id: "b-2", name: "Україна 🇺🇦", kindLabel: "Bloc", summary: "\u{1}\u{7F}\\ back\u{2028}"),
        ]
        for written in [[], Array(cards.prefix(1)), cards] {
            let expected = JSONValue.object(written.map { card in
                (card.id, .object([("name", .string(card.name)), ("kind", .string(card.kindLabel)),
                                   ("summary", .string(card.summary)), ("href", .string(links.glossaryEntry(card.id)))]))
            }).serialized
            #expect(renderer.cardData(written, links: links) == expected)
        }
    }

    @Test func cardLinksAreRelativeToTheirPage() throws {
        let result = TestSite(Self.content, options: BuildOptions(portable: true)).build()
        let entry = try Self.json(Self.cardData(result.output["glossary/russia/index.html"]))
        #expect((entry["ukraine"] as? [String: String])?["href"] == "../../glossary/ukraine/index.html")
    }

    @Test func claimReviewsLeaveOutOpinions() throws {
        let result = TestSite(Self.content).build()
        let page = try #require(result.output["briefings/one/index.html"])
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let jsonLD = String(page[start.upperBound...].prefix { $0 != "<" })
        #expect(jsonLD.contains("\"@type\":\"ClaimReview\",\"url\":\"https://example.org/briefings/one/#claim-c1\""))
        #expect(!jsonLD.contains("claim-c2"))
    }

    /// Cards come from the entries a page links (its body's mentions, its notes' `term:` links),
    /// not from text that merely looks like a link.
    @Test func cardsComeFromTheLinksNotFromText() throws {
        let result = TestSite([
            "site.yaml": "title: \"T\"\nbaseURL: \"https://example.org/\"\n",
            "sources.yaml": "s:\n  title: \"S\"\n",
            "glossary/russia.md": Content.term("Russia"),
            "glossary/china.md": Content.term("China"),
            "briefings/one.md": Content.briefing("[A claim](claim:c). [S](cite:s).",
                                                 extra: "summary: 'data-term=\"china\"'",
                                                 claims: "  c:\n    status: supported\n    sources: [s]\n    note: \"See [R](term:russia).\""),
        ]).build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let page = try #require(result.output["briefings/one/index.html"])
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"glossary-data\">"))
        let data = String(page[start.upperBound...].prefix { $0 != "<" })
        #expect(data.contains("\"russia\":"))
        #expect(!data.contains("china"))
        let claims = try #require(result.output["claims/supported/index.html"])
        #expect(claims.contains("id=\"glossary-data\">{\"russia\":"))
    }
}
