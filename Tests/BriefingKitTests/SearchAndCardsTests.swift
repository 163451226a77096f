import Foundation
import Testing
@testable import BriefingKit

/// The search index (`search.json`, `search/index.js`) and the glossary cards' data embedded in pages.
@Suite struct SearchAndCardsTests {
    static let content: [String: String] = [
        "site.yaml": "title: T\nbaseURL: \"https://example.org/\"\n",
        "sources.yaml": "s1:\n  title: \"A source\"\n  url: \"https://example.org/s1\"\n",
        "glossary/russia.md": "---\nname: Russia\nkind: state\naliases: [Moscow]\nsummary: \"A state <b>&</b> more.\"\n---\nSee [Ukraine](term:ukraine).\n",
        "glossary/ukraine.md": "---\nname: Ukraine\nkind: state\nsummary: \"Another state.\"\n---\nBody.\n",
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
            ---

            ## First section

            [Moscow signed it](claim:c1) and [it was good](claim:c2). The whole body is not indexed.

            """,
    ]

    static func json(_ text: String?) throws -> [String: Any] {
        let data = Data((text ?? "").utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func searchIndexHoldsTitlesSectionsClaimsAndTerms() throws {
        let result = TestSite(Self.content).build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let index = try Self.json(result.output["search.json"])
        let items = try #require(index["items"] as? [[String: Any]])
        let byType = Dictionary(grouping: items) { $0["type"] as? String ?? "" }
        #expect(byType["briefing"]?.first?["url"] as? String == "briefings/one/")
        #expect(byType["briefing"]?.first?["text"] as? String == "The summary.")
        #expect(byType["section"]?.first?["url"] as? String == "briefings/one/#first-section")
        let claims = byType["claim"] ?? []
        #expect(claims.map { $0["url"] as? String } == ["briefings/one/#claim-c1", "briefings/one/#claim-c2"])
        #expect(claims.first?["verdict"] as? String == "Supported")
        #expect(claims.first?["title"] as? String == "Moscow signed it")
        let russia = byType["term"]?.first { $0["title"] as? String == "Russia" }
        #expect(russia?["aliases"] as? [String] == ["Moscow"])
        #expect(russia?["url"] as? String == "glossary/russia/")
        #expect(!(result.output["search.json"] ?? "").contains("whole body"))
        #expect(!(result.output["search.json"] ?? "").contains("<b>"))
        // the script assigns the same data
        let script = try #require(result.output["search/index.js"])
        #expect(script == "window.BRIEFING_SEARCH = " + (result.output["search.json"] ?? "").dropLast() + ";\n")
        #expect(result.output["search/index.html"]?.contains("data-root=\"../\"") == true)
    }

    @Test func portableIndexLinksEndInIndexHTML() throws {
        let result = TestSite(Self.content, options: BuildOptions(portable: true)).build()
        let text = try #require(result.output["search.json"])
        #expect(text.contains("\"url\":\"briefings/one/index.html#claim-c1\""))
        #expect(text.contains("\"url\":\"glossary/russia/index.html\""))
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
