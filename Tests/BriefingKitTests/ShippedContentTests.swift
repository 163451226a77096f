import Foundation
import Testing
@testable import BriefingKit

/// The site that ships in Content/: clean, annotated as promised, and in our own words.
@Suite struct ShippedContentTests {
    static let root = TestSite.repositoryRoot
    static let content = root.appendingPathComponent("Content").path

    static func build() -> TestSite.Result {
        var files: [String: String] = [:]
        let base = URL(fileURLWithPath: content)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files[String(url.path.dropFirst(base.path.count + 1))] = text
        }
        return TestSite(files).build()
    }

    @Test func checkReportsNothing() {
        let report = SiteBuilder().check(BuildRequest(contentDirectory: Self.content,
                                                      templatesDirectory: Self.root.appendingPathComponent("Templates").path))
        #expect(report.diagnostics.items.map(\.description) == [])
    }

    @Test func theMainBriefingIsAnnotatedAsPromised() throws {
        let loaded = ContentLoader().load(contentDirectory: Self.content).site
        #expect(loaded.glossary.count >= 25)
        #expect(loaded.sources.count >= 20)
        let main = try #require(loaded.briefings.first { $0.slug == "north-korea-gambit" })
        #expect(main.claims.count >= 25)
        for claim in main.claims where claim.status != .opinion {
            #expect(!claim.sources.isEmpty, "claim '\(claim.id)' cites no source")
        }
        let words = main.body.text.split(whereSeparator: { $0.isWhitespace }).count
        #expect((1_500...2_700).contains(words), "\(words) words")
        let page = try #require(Self.build().output["briefings/north-korea-gambit/index.html"])
        let linked = Set(page.matches(of: #/data-term="([a-z0-9-]+)"/#).map { String($0.1) })
        #expect(linked.count >= 20, "\(linked.count) distinct glossary entries linked")
    }

    @Test func theTwoBriefingsLinkEachOther() throws {
        let output = Self.build().output
        let treaty = try #require(output["briefings/russia-dprk-treaty/index.html"])
        let gambit = try #require(output["briefings/north-korea-gambit/index.html"])
        #expect(treaty.contains("href=\"../../briefings/north-korea-gambit/"))
        #expect(gambit.contains("href=\"../../briefings/russia-dprk-treaty/"))
    }

    /// No run of ten or more words of the seed article appears anywhere in Content/.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedFolder.path), "needs ../shared/seed"))
    func noSentenceOfTheSeedArticleIsCopied() throws {
        let article = try FileManager.default.contentsOfDirectory(atPath: Self.seedFolder.path)
            .filter { $0.hasSuffix(".txt") }
            .map { try String(contentsOf: Self.seedFolder.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: " ")
        let shingles = Set(Self.shingles(article))
        #expect(shingles.count > 500)
        let enumerator = FileManager.default.enumerator(atPath: Self.content)
        while let relative = enumerator?.nextObject() as? String {
            let path = Self.content + "/" + relative
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let copied = Self.shingles(text).filter(shingles.contains)
            #expect(copied.isEmpty, "\(relative) repeats the article: \(copied.prefix(3))")
        }
    }

    static let seedFolder = root.deletingLastPathComponent().appendingPathComponent("shared/seed")

    /// Every run of ten words, lower-cased, letters and digits only.
    static func shingles(_ text: String) -> [String] {
        let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard words.count >= 10 else { return [] }
        return (0...(words.count - 10)).map { words[$0..<$0 + 10].joined(separator: " ") }
    }
}
