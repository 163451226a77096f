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
        // a change to one text renames the manifest and rewrites the one bucket holding it; the
        // buckets of other pages keep their names and bytes
        var changed = Self.documents
        changed[4].title = "Another report"
        let third = SearchIndexBuilder().build(changed)
        #expect(third.manifestPath != first.manifestPath)
        let buckets = { (index: SearchIndex) in Dictionary(uniqueKeysWithValues: index.files.filter { $0.path.hasPrefix("search/r/") }.map { ($0.path, $0.text) }) }
        let before = buckets(first)
        let after = buckets(third)
        #expect(before.count == 3 && Set(before.keys) == Set(after.keys))
        #expect(before.keys.filter { before[$0] != after[$0] }.count == 1)
        // the manifest's records version changes with any bucket, so a cached bucket is not reused
        let version = { (index: SearchIndex) in try SearchIndexReader(index).manifest["rv"] as? String }
        #expect(try version(first) != nil && version(first) != version(third) && version(first) == version(second))
    }

    @Test func anEditRewritesAFewFilesNotTheIndex() throws {
        // 400 briefings of a few sections each; one paragraph of one section changes a word
        let vocabulary = (0..<900).map { "word\(String($0, radix: 36))x" }
        func documents(edited: Bool) -> [SearchDocument] {
            (0..<400).flatMap { n in
                (0..<4).map { section in
                    let words = (0..<40).map { vocabulary[(n * 7 + section * 13 + $0 * 31) % vocabulary.count] }
                    var text = words.joined(separator: " ") + "."
                    if edited && n == 123 && section == 2 { text = text.replacingOccurrences(of: words[5], with: "zebrafinch") }
                    return SearchDocument(kind: .section, url: "briefings/b\(n)/#s\(section)", title: "Section \(section)",
                                          text: text, within: "Briefing \(n)")
                }
            }
        }
        let before = SearchIndexBuilder().build(documents(edited: false))
        let after = SearchIndexBuilder().build(documents(edited: true))
        let old = Dictionary(uniqueKeysWithValues: before.files.map { ($0.path, $0.text) })
        let new = Dictionary(uniqueKeysWithValues: after.files.map { ($0.path, $0.text) })
        let touched = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
        #expect(before.files.count > 300)
        // the bucket, the chunks and shards of the words that changed (each an old and a new name), the manifest
        #expect(touched.count <= 12, "\(touched.sorted())")
        #expect(touched.filter { $0.hasPrefix("search/r/") }.count == 1)
        #expect(try SearchIndexReader(after).search("zebrafinch") == ["briefings/b123/#s2"])
    }

    @Test func capsCommonWordsAndSplitsFilesByTerm() throws {
        var layout = SearchIndexLayout()
        layout.postingCap = 50
        layout.chunkBytes = 300
        layout.shardBytes = 200
        let docs = (0..<300).map { n in
            SearchDocument(kind: .briefing, url: "briefings/b\(n)/", title: "Briefing \(n)",
                           text: "Common words everywhere. Unique\(n)word here. Prefixword\(n % 7)x too.")
        }
        let index = SearchIndexBuilder(layout: layout).build(docs)
        let reader = try SearchIndexReader(index)
        let common = try #require(try reader.postings(of: "common"))
        #expect(common.count == 300 && common.postings.count == 50)
        // the kept ones are the best: all score alike here, so the first in the site's order (the first documents)
        #expect(try common.postings.compactMap { try reader.record($0.id)?["u"] }.prefix(2) == ["briefings/b0/", "briefings/b1/"])
        for n in [0, 137, 299] {
            #expect(try reader.search("unique\(n)word") == ["briefings/b\(n)/"])
        }
        // the dictionary is cut into shards in word order, each named in the manifest by its first word
        let firsts = reader.shards.map(\.first)
        #expect(firsts.count > 5 && firsts == firsts.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(index.files.filter { $0.path.hasPrefix("search/c/") }.count > 3)
        // a bucket holds at most recordsPerBucket records, all of one page
        for file in index.files where file.path.hasPrefix("search/r/") {
            let key = String(file.path.dropFirst("search/".count).dropLast(3))
            let bucket = try reader.bucket(key)
            let pages = Set(bucket.compactMap { $0["u"]?.split(separator: "#").first })
            #expect(!bucket.isEmpty && bucket.count <= layout.recordsPerBucket && pages.count == 1)
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
        let record = try #require(try SearchIndexReader(index).allRecords().first)
        #expect(record["t"] == "</script><b>\"&'" && record["x"] == "line\u{2028}break \\ tab\t")
    }

    /// Every byte that is escaped, next to text that is not (an E2 that starts no separator, other
    /// non-ASCII letters), read back by a JSON parser as the same text.
    @Test func quotedTextReadsBackAsItself() throws {
        let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
        let samples = ["", "plain", controls, "\"\\<>&'", "a\u{2028}b\u{2029}c", "\u{2026}\u{2013}\u{20AC}é中",
                       "ends in \u{2028}", "\u{2029}", "x\ny\rz\t"]
        for sample in samples {
            let quoted = SearchEncoding.quoted(sample)
            #expect(!quoted.contains("<") && !quoted.contains(">") && !quoted.contains("&"))
            #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
            let decoded = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
            #expect(decoded == sample)
        }
        #expect(SearchEncoding.quoted("a<b\u{2028}") == #""a\u003cb\u2028""#)
    }

    @Test func aBucketSaysWhatItsRecordsShareOnce() throws {
        // a briefing's record, two passages of one section, a claim with a verdict, then an update
        // without one: the update's record must clear the verdict the claim's left
        let long = String(repeating: "Filler text goes on. ", count: 40)
        let docs = [
            SearchDocument(kind: .briefing, url: "briefings/one/", title: "Troops at the border", text: "Intro."),
            SearchDocument(kind: .section, url: "briefings/one/#supply", title: "Supply lines", text: long,
                           within: "Troops at the border"),
            SearchDocument(kind: .claim, url: "briefings/one/#claim-c1", title: "They moved", text: "A note.",
                           within: "Troops at the border", verdict: .init(status: "disputed", label: "Disputed")),
            SearchDocument(kind: .update, url: "briefings/one/#update-1", title: "Correction", text: "Fixed.",
                           within: "Troops at the border"),
        ]
        var layout = SearchIndexLayout()
        layout.recordsPerBucket = 8
        let index = SearchIndexBuilder(layout: layout).build(docs)
        let bucket = try #require(index.files.first { $0.path.hasPrefix("search/r/") }?.text)
        // the page once, the briefing's title once (as the sections' "w"), the section's heading and
        // anchor once for its two passages
        #expect(bucket.components(separatedBy: "briefings/one/").count - 1 == 1, "\(bucket)")
        #expect(bucket.components(separatedBy: "Troops at the border").count - 1 == 2, "\(bucket)")
        #expect(bucket.components(separatedBy: "Supply lines").count - 1 == 1, "\(bucket)")
        let records = try SearchIndexReader(index).allRecords()
        #expect(records.map { $0["u"] ?? "" } == ["briefings/one/", "briefings/one/#supply", "briefings/one/#supply",
                                                  "briefings/one/#claim-c1", "briefings/one/#update-1"])
        #expect(records.map { $0["k"] ?? "" } == ["briefing", "section", "section", "claim", "update"])
        #expect(records[0]["w"] == nil && records[1]["w"] == "Troops at the border" && records[2]["t"] == "Supply lines")
        #expect(records[3]["v"] == "disputed" && records[3]["l"] == "Disputed")
        #expect(records[4]["v"] == nil && records[4]["l"] == nil && records[4]["t"] == "Correction" && records[4]["x"] == "Fixed.")
    }

    /// Documents kept in groups (a one-off build's, by briefing) are indexed as the same documents
    /// in one array: the same records and words in the same order, empty groups anywhere, stripes
    /// crossing groups.
    @Test func groupsAreIndexedAsTheirDocumentsInOrder() {
        let many = (0..<40).map { n in
            let base = Self.documents[n % Self.documents.count]
            return SearchDocument(kind: base.kind, url: "p\(n)/\(base.url)", title: base.title + " \(n)",
                                  keywords: base.keywords, text: base.text + " word\(n)", within: base.within,
                                  verdict: base.verdict)
        }
        let groups = [[], Array(many[0..<3]), [], [], Array(many[3..<4]), Array(many[4..<31]), [], Array(many[31...]), []]
        var flatWords = WordTable(), groupWords = WordTable()
        let flat = SearchIndexBuilder.index(many, into: &flatWords)
        let grouped = SearchIndexBuilder.index(groups: groups, into: &groupWords)
        #expect(grouped.map(\.page) == flat.map(\.page))
        #expect(grouped.map(\.records) == flat.map(\.records))
        #expect(grouped.map(\.terms) == flat.map(\.terms) && grouped.map(\.scores) == flat.map(\.scores))
        #expect(grouped.map(\.ends) == flat.map(\.ends))
        #expect(groupWords.arena == flatWords.arena && groupWords.starts == flatWords.starts)
        #expect(SearchIndexBuilder.index(groups: [[], []], into: &groupWords).isEmpty)
    }

    @Test func postingsRoundTrip() {
        let postings = [(id: 3, score: 20), (id: 90, score: 20), (id: 1, score: 7), (id: 5000, score: 7), (id: 6000, score: 1)]
        let text = SearchEncoding.postings(postings)
        #expect(text == "k:3,2f;7:1,3uv;1:4mo")
        let decoded = SearchEncoding.decodePostings(text)
        #expect(decoded.map(\.id) == postings.map(\.id) && decoded.map(\.score) == postings.map(\.score))
    }
}
