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
        #expect(byKind["term"]?.map { $0["u"] } == ["glossary/japan/", "glossary/russia/", "glossary/ukraine/"])
        #expect(byKind["source"]?.first?["t"] == "A source" && byKind["source"]?.first?["u"] == "sources/#source-s1")
        // whole bodies, aliases, summaries; a word of the text finds its section
        #expect(try reader.search("indexed") == ["briefings/one/#first-section"])
        #expect(try reader.search("Moscow").contains("glossary/russia/"))
        #expect(try reader.search("more") == ["glossary/russia/"])
        // the page loads the manifest by its hashed name and the search script
        let page = try #require(result.output["search/index.html"])
        let manifest = try #require(result.output.keys.first { $0.hasPrefix("search/manifest.") })
        #expect(page.contains("src=\"../\(manifest)\""))
        #expect(page.contains("src=\"../assets/search.js\"") && page.contains("data-root=\"../\""))
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

    @Test func termIDsAreFoundInAnyText() {
        var ids: Set<String> = []
        GlossaryCards.termIDs(in: "<a data-term=\"a\">x</a> data-term=\"b-c\" data-term=\"unterminated", into: &ids)
        #expect(ids == ["a", "b-c"])
    }
}
