import Foundation
import Testing
@testable import BriefingKit

/// The index builder: what is findable, how it ranks, and that the files stay small, split and stable.
@Suite struct SearchIndexBuilderTests {
    static let documents: [SearchDocument] = [
        SearchDocument(kind: .briefing, url: "briefings/one/", title: "Troops at the border",
                       keywords: ["security"], text: "The summary.\nAn introduction about matériel."),
        SearchDocument(kind: .section, url: "briefings/one/#supply-lines", title: "Supply lines",
                       text: "Only this body mentions the word zebrafinch.", within: "Troops at the border"),
        SearchDocument(kind: .claim, url: "briefings/one/#claim-c1", title: "They moved 40 troops",
                       keywords: ["Disputed"], text: "A note on the count.", within: "Troops at the border",
                       verdict: .init(status: "disputed", label: "Disputed")),
        SearchDocument(kind: .term, url: "glossary/nato/", title: "NATO",
                       keywords: ["North Atlantic Treaty Organization", "Organisation"], text: "An alliance of troops."),
        SearchDocument(kind: .source, url: "sources/#source-s1", title: "A report", keywords: ["The Times"]),
    ]

    @Test func findsBodiesTitlesKeywordsAndVerdicts() throws {
        let reader = try SearchIndexReader(SearchIndexBuilder().build(Self.documents))
        #expect(try reader.search("zebrafinch") == ["briefings/one/#supply-lines"])
        #expect(try reader.search("MATERIEL") == ["briefings/one/"])
        #expect(try reader.search("Times") == ["sources/#source-s1"])
        #expect(try reader.search("disputed") == ["briefings/one/#claim-c1"])
        #expect(try reader.search("atlantic") == ["glossary/nato/"])
        #expect(try reader.search("nothing-like-it") == [])
        // a claim's record carries its verdict and the briefing it is in
        let claim = try #require(try reader.postings(of: "count")?.postings.first)
        let record = try #require(try reader.record(claim.id))
        #expect(record["v"] == "disputed" && record["l"] == "Disputed" && record["w"] == "Troops at the border")
        #expect(record["k"] == "claim" && record["x"] == "A note on the count.")
    }

    @Test func ranksTitlesAboveHeadingsAboveBodies() throws {
        // "troop": the briefing's title, the claim's text (its title) and a glossary body
        let reader = try SearchIndexReader(SearchIndexBuilder().build(Self.documents))
        #expect(try reader.search("troops") == ["briefings/one/", "briefings/one/#claim-c1", "glossary/nato/"])
        let docs = [
            SearchDocument(kind: .section, url: "a/#x", title: "Other", text: "Sanctions sanctions sanctions."),
            SearchDocument(kind: .section, url: "a/#y", title: "Sanctions", text: "Nothing."),
        ]
        #expect(try SearchIndexReader(SearchIndexBuilder().build(docs)).search("sanction") == ["a/#y", "a/#x"])
    }

    @Test func isDeterministicAndNamesFilesByContent() throws {
        let first = SearchIndexBuilder().build(Self.documents)
        let second = SearchIndexBuilder().build(Self.documents)
        #expect(first == second)
        for file in first.files where file.path.hasPrefix("search/c/") || file.path.hasPrefix("search/d/") {
            let key = String(file.path.dropFirst("search/".count).dropLast(3))
            let payload = try #require(file.text.split(separator: ",", maxSplits: 1).last).dropLast(3)
            #expect(key.hasSuffix(SearchEncoding.contentHash(String(payload))), "\(file.path)")
        }
        #expect(first.manifestPath.hasPrefix("search/manifest.") && first.manifestPath.hasSuffix(".js"))
        // a change to one text renames the records folder and the manifest
        var changed = Self.documents
        changed[4].title = "Another report"
        let third = SearchIndexBuilder().build(changed)
        #expect(third.manifestPath != first.manifestPath)
        let recordFolders = { (index: SearchIndex) in Set(index.files.map(\.path).filter { $0.hasPrefix("search/r/") }.map { $0.split(separator: "/")[2] }) }
        #expect(recordFolders(first).count == 1 && recordFolders(first) != recordFolders(third))
    }

    @Test func capsCommonWordsAndSplitsFilesByTerm() throws {
        var layout = SearchIndexLayout()
        layout.postingCap = 50
        layout.chunkBytes = 300
        layout.shardBytes = 200
        layout.bucketBytes = 1_000
        let docs = (0..<300).map { n in
            SearchDocument(kind: .briefing, url: "briefings/b\(n)/", title: "Briefing \(n)",
                           text: "Common words everywhere. Unique\(n)word here. Prefixword\(n % 7)x too.")
        }
        let index = SearchIndexBuilder(layout: layout).build(docs)
        let reader = try SearchIndexReader(index)
        let common = try #require(try reader.postings(of: "common"))
        #expect(common.count == 300 && common.postings.count == 50)
        // the kept ones are the best: all score alike here, so the lowest ids (the first documents)
        #expect(try common.postings.compactMap { try reader.record($0.id)?["u"] }.prefix(2) == ["briefings/b0/", "briefings/b1/"])
        for n in [0, 137, 299] {
            #expect(try reader.search("unique\(n)word") == ["briefings/b\(n)/"])
        }
        // the dictionary is cut into shards in word order, each named in the manifest by its first word
        let firsts = reader.shards.map(\.first)
        #expect(firsts.count > 5 && firsts == firsts.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(index.files.filter { $0.path.hasPrefix("search/c/") }.count > 3)
        // buckets stay under their size unless one record alone is bigger; at most 16 records each
        for file in index.files where file.path.hasPrefix("search/r/") {
            let key = String(file.path.dropFirst("search/".count).dropLast(3))
            let bucket = try #require(try reader.load(key) as? [[String: String]])
            #expect(bucket.count <= 16 && (bucket.count == 1 || file.text.utf8.count <= 1_100))
        }
    }

    @Test func longTextsBecomePassagesAndOnlyTheFirstCarriesTheTitle() throws {
        let paragraph = String(repeating: "Filler text goes on. ", count: 25)
        let text = [paragraph, paragraph + "Needleword.", paragraph].joined(separator: "\n")
        let index = SearchIndexBuilder().build([SearchDocument(kind: .section, url: "b/#s", title: "Heading words", text: text)])
        #expect(index.recordCount == 3)
        let reader = try SearchIndexReader(index)
        let needle = try #require(try reader.postings(of: "needleword")?.postings)
        #expect(needle.count == 1)
        let record = try #require(try reader.record(needle[0].id))
        #expect(record["u"] == "b/#s" && record["t"] == "Heading words" && record["x"]?.hasSuffix("Needleword.") == true)
        #expect(try reader.postings(of: "head")?.count == 1) // "Heading", stemmed
        #expect(try reader.postings(of: "filler")?.count == 3)
    }

    @Test func escapesTextForScripts() throws {
        let doc = SearchDocument(kind: .page, url: "p/", title: "</script><b>\"&'", text: "line\u{2028}break \\ tab\t")
        let index = SearchIndexBuilder().build([doc])
        let records = index.files.filter { $0.path.hasPrefix("search/r/") }
        #expect(records.count == 1)
        let text = try #require(records.first?.text)
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&") && !text.contains("\u{2028}"))
        let record = try #require(try SearchIndexReader(index).record(0))
        #expect(record["t"] == "</script><b>\"&'" && record["x"] == "line\u{2028}break \\ tab\t")
    }

    @Test func postingsRoundTrip() {
        let postings = [(id: 3, score: 20), (id: 90, score: 20), (id: 1, score: 7), (id: 5000, score: 7), (id: 6000, score: 1)]
        let text = SearchEncoding.postings(postings)
        #expect(text == "k:3,2f;7:1,3uv;1:4mo")
        let decoded = SearchEncoding.decodePostings(text)
        #expect(decoded.map(\.id) == postings.map(\.id) && decoded.map(\.score) == postings.map(\.score))
    }
}
