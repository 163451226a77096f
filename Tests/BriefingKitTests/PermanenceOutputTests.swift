import Foundation
import Testing
@testable import BriefingKit

/// What `moved-from` and cache-safe assets put in the built site (DESIGN §7 Permanence): redirect
/// pages at old addresses, old claim and source ids kept, `anchors.json`, versioned asset addresses.
@Suite struct PermanenceOutputTests {
    static let sources = "src-a:\n  title: \"Source A\"\n  moved-from: [old-src]\n"

    static let content: [String: String] = [
        "sources.yaml": sources,
        "glossary/russia.md": Content.term("Russia").replacingOccurrences(of: "kind: state", with: "kind: state\nmoved-from: [rf]"),
        "briefings/new.md": Content.briefing("## Aims\n\nRussia [moved](claim:troops-moved) and [again](claim:troops-moved).",
                                             title: "New <title>", extra: "moved-from: [old, older]",
                                             claims: "  troops-moved:\n    status: supported\n    sources: [src-a]\n    moved-from: [troops]"),
        "briefings/linker.md": Content.briefing("See [the troops](briefing:new#claim-troops) and [note](briefing:new#note-troops).",
                                                title: "Linker"),
    ]

    static func build(_ options: BuildOptions = BuildOptions(), _ content: [String: String] = content) -> TestSite.Result {
        TestSite(content, options: options).build()
    }

    @Test func aRedirectPageStandsAtEachOldAddress() throws {
        let result = Self.build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        for old in ["old", "older"] {
            let page = try #require(result.output["briefings/\(old)/index.html"])
            #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../briefings/new/\">"))
            #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/briefings/new/\">"))
            #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
            #expect(page.contains("<a id=\"moved-to\" href=\"../../briefings/new/\">New &lt;title&gt;</a>"))
            #expect(page.contains("location.replace(document.getElementById(\"moved-to\").href + location.hash)"))
            // Its words are interface words (DESIGN §8: one table per language).
            #expect(page.contains("<title>Moved: New &lt;title&gt;</title>"))
            let link = "<a id=\"moved-to\" href=\"../../briefings/new/\">New &lt;title&gt;</a>"
            #expect(page.contains("<p>\(InterfaceText.english.text("redirect.movedToPage", ["page": link]))</p>"))
        }
        let entry = try #require(result.output["glossary/rf/index.html"])
        #expect(entry.contains("href=\"../../glossary/russia/\">Russia</a>"))
        for file in ["sitemap.xml", "anchors.json", "index.html"] {
            let text = try #require(result.output[file])
            #expect(!text.contains("briefings/old/") && !text.contains("glossary/rf/"), "\(file) lists a redirect")
        }
        let searchURLs = try SearchIndexReader(files: result.output).allRecords().compactMap { $0["u"] }
        #expect(!searchURLs.isEmpty && !searchURLs.contains { $0.contains("briefings/old/") || $0.contains("glossary/rf/") },
                "the search index lists a redirect")
    }

    @Test func portableRedirectsEndInIndexHTML() throws {
        let result = Self.build(BuildOptions(portable: true))
        let page = try #require(result.output["briefings/old/index.html"])
        #expect(page.contains("content=\"0; url=../../briefings/new/index.html\""))
        #expect(page.contains("href=\"../../briefings/new/index.html\""))
    }

    @Test func aDraftLeavesNoRedirect() {
        var content = Self.content
        content["briefings/linker.md"] = nil
        content["briefings/new.md"] = content["briefings/new.md"]?.replacingOccurrences(of: "moved-from: [old, older]",
                                                                                         with: "moved-from: [old]\ndraft: true")
        let result = Self.build(BuildOptions(), content)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.output["briefings/old/index.html"] == nil)
    }

    @Test func aRenamedClaimKeepsItsOldIdsAtItsFirstMarkAndNote() throws {
        let result = Self.build()
        let page = try #require(result.output["briefings/new/index.html"])
        #expect(page.contains("<span id=\"claim-troops\"><span class=\"claim claim--supported\" id=\"claim-troops-moved\">moved</span>"))
        #expect(page.components(separatedBy: "id=\"claim-troops\"").count == 2, "only the first mark keeps the old id")
        #expect(page.contains("id=\"note-troops-moved\"><span id=\"note-troops\"></span>"))
        // The old ids resolve for briefing: links.
        #expect(result.output["briefings/linker/index.html"]?.contains("href=\"../../briefings/new/#claim-troops\"") == true)
    }

    @Test func aRenamedSourceKeepsItsOldId() throws {
        let page = try #require(Self.build().output["sources/index.html"])
        #expect(page.contains("id=\"source-src-a\" data-grade=\"unrated\"><span id=\"source-old-src\"></span>"))
    }

    @Test func anchorsJSONListsEveryCitableIdOnce() throws {
        let text = try #require(Self.build().output["anchors.json"])
        let manifest = try JSONDecoder().decode(AnchorManifest.self, from: Data(text.utf8))
        #expect(manifest.pages == [
            "briefings/linker/": [],
            "briefings/new/": ["aims", "claim-troops", "claim-troops-moved", "note-troops", "note-troops-moved"],
            "glossary/russia/": [],
            "sources/": ["source-old-src", "source-src-a"],
        ])
        #expect(text == manifest.json)
    }

    /// Every HTML page (404 and --portable included) loads the stylesheet and script at an address
    /// holding their content hash, which changes when the file's bytes change.
    @Test(arguments: [false, true])
    func changingTheStylesheetChangesItsAddressInEveryPage(portable: Bool) throws {
        var site = TestSite(Self.content, options: BuildOptions(portable: portable))
        let before = site.build().output
        site.files["Templates/assets/style.css", default: ""] += "\n/* changed */\n"
        let after = site.build().output
        let pages = before.keys.filter { $0.hasSuffix(".html") && !(before[$0] ?? "").contains("http-equiv=\"refresh\"") }
        #expect(pages.count > 8)
        let script = #/assets/briefing\.js\?v=([0-9a-f]{8})"/#
        let style = #/assets/style\.css\?v=([0-9a-f]{8})"/#
        var versions: Set<String> = []
        for page in pages {
            let old = try #require(before[page]?.firstMatch(of: style)?.output.1, "\(page) has no versioned stylesheet")
            let new = try #require(after[page]?.firstMatch(of: style)?.output.1, "\(page) has no versioned stylesheet")
            #expect(old != new, "\(page) kept the old stylesheet address")
            #expect(before[page]?.firstMatch(of: script)?.output.1 == after[page]?.firstMatch(of: script)?.output.1,
                    "\(page): the script did not change, nor should its address")
            versions.insert(String(new))
        }
        #expect(versions.count == 1)
        #expect(before["404.html"]?.contains("https://example.org/assets/style.css?v=") == true)
    }

    @Test func theVersionIsTheContentHash() {
        #expect(AssetVersions.digest([]) == "811c9dc5")
        #expect(AssetVersions.digest(Array("a".utf8)) == "e40c292c")
    }
}
