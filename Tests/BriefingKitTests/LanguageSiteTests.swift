import Foundation
import Testing
@testable import BriefingKit

/// A site in two languages (DESIGN §8), built from `Fixtures/languages-site`: each language's pages
/// under its folder, `lang` on every page, alternates and a switcher to the same page, the sitemap's
/// alternates, fallbacks to the default language, its own search index; and a one-language site
/// with none of it.
@Suite struct LanguageSiteTests {
    static let built = TestSite(GoldenSiteTests.fixtureContent("languages-site"),
                                options: BuildOptions(now: PartialDate(year: 2025, month: 6, day: 1))).build()

    /// The value of `attribute="…"` on every element whose tag holds `marker`.
    static func attributes(_ attribute: String, in html: String, tagged marker: String) -> [String] {
        html.components(separatedBy: "<").filter { $0.contains(marker) }.flatMap { line in
            line.matches(of: try! Regex("\(attribute)=\"([^\"]*)\"")).compactMap { $0.output[1].substring.map(String.init) }
        }
    }

    @Test func buildsWithoutDiagnostics() {
        #expect(Self.built.outcome == .success)
        #expect(Self.built.diagnostics.items.isEmpty, "\(Self.built.diagnostics.items)")
    }

    @Test func everyPageDeclaresTheLanguageOfItsFolder() throws {
        let pages = Self.built.output.filter { $0.key.hasSuffix(".html") }
        #expect(pages.keys.contains("fr/briefings/gambit/index.html"))
        for (path, html) in pages {
            let expected = path.hasPrefix("fr/") ? "fr" : "en"
            #expect(html.contains("<html lang=\"\(expected)\">"), "\(path) is not lang=\(expected)")
        }
    }

    @Test func translatedPagesLinkTheirAlternatesAndSwitchToTheSamePage() throws {
        let french = try #require(Self.built.output["fr/briefings/gambit/index.html"])
        let english = try #require(Self.built.output["briefings/gambit/index.html"])
        for html in [french, english] {
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://golden.example.org/news/briefings/gambit/\">"))
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://golden.example.org/news/fr/briefings/gambit/\">"))
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://golden.example.org/news/briefings/gambit/\">"))
        }
        #expect(Self.attributes("href", in: english, tagged: "hreflang=\"fr\" data-same-page") == ["../../fr/briefings/gambit/"])
        #expect(Self.attributes("href", in: french, tagged: "hreflang=\"en\" data-same-page") == ["../../../briefings/gambit/"])
    }

    @Test func anUntranslatedPageHasNoAlternatesAndSwitchesToTheLanguageHome() throws {
        let treaty = try #require(Self.built.output["briefings/treaty/index.html"])
        #expect(!treaty.contains("hreflang=\"x-default\""))
        #expect(Self.built.output["fr/briefings/treaty/index.html"] == nil)
        #expect(Self.built.output["fr/glossary/treaty/index.html"] == nil)
        #expect(Self.built.output["fr/glossary/partnership-treaty/index.html"] == nil)
        let switcher = treaty.components(separatedBy: "language-switcher").last ?? ""
        #expect(switcher.contains("<a href=\"../../fr/\" lang=\"fr\" hreflang=\"fr\">Français</a>"))
    }

    @Test func translationsLinkUntranslatedPagesInTheDefaultLanguage() throws {
        let french = try #require(Self.built.output["fr/briefings/gambit/index.html"])
        #expect(french.contains("<a href=\"../../../briefings/treaty/\">le traité</a>"))
        #expect(french.contains("href=\"../../../fr/glossary/russia/\" data-term=\"russia\">Russie</a>"))
        let glossary = try #require(Self.built.output["fr/glossary/index.html"])
        #expect(glossary.contains("<dt lang=\"en\"><a href=\"../../glossary/treaty/\" hreflang=\"en\">"))
        #expect(glossary.contains("<dt><a href=\"../../fr/glossary/north-korea/\">Corée du Nord</a>"))
    }

    @Test func theTranslationKeepsTheOriginalsFactsAndGivesItsOwnWords() throws {
        let french = try #require(Self.built.output["fr/briefings/gambit/index.html"])
        // The editor's words are escaped like any other text.
        #expect(french.contains("<h1 id=\"article-title\">Le pari de la Corée du Nord &lt;en&gt; « Ukraine »</h1>"))
        #expect(french.contains("claim claim--incorrect\" id=\"claim-treaty-date\""))
        #expect(french.contains("Signé le 19 juin 2024"))
        #expect(french.contains("\"inLanguage\":\"fr\",\"translationOfWork\":{\"@type\":\"Article\",\"url\":\"https://golden.example.org/news/briefings/gambit/\",\"inLanguage\":\"en\"}"))
        // Claims pages of the language list the language's claims only.
        let claims = try #require(Self.built.output["fr/claims/supported/index.html"])
        #expect(claims.contains("envoyé environ 3 000 soldats") && !claims.contains("sent about 3,000"))
    }

    @Test func theSitemapListsEachPagesAlternates() throws {
        let sitemap = try #require(Self.built.output["sitemap.xml"])
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("<url><loc>https://golden.example.org/news/fr/briefings/gambit/</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://golden.example.org/news/briefings/gambit/\"/><xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://golden.example.org/news/fr/briefings/gambit/\"/><xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://golden.example.org/news/briefings/gambit/\"/></url>"))
        #expect(sitemap.contains("<url><loc>https://golden.example.org/news/briefings/treaty/</loc></url>"))
    }

    @Test func eachLanguageHasItsOwnSearchIndexAndFeed() throws {
        let french = try SearchIndexReader(files: Self.built.output, folder: "fr/search/")
        #expect(try french.search("soldats").contains { $0.hasPrefix("briefings/gambit/") })
        #expect(try french.search("treaty").isEmpty || !(try french.search("treaty")).contains { $0.hasPrefix("glossary/treaty/") })
        let english = try SearchIndexReader(files: Self.built.output, folder: "search/")
        #expect(try english.search("soldats").isEmpty)
        let feed = try #require(Self.built.output["fr/feed.xml"])
        #expect(feed.contains("Le pari de la Corée du Nord") && !feed.contains("The treaty"))
    }

    @Test func aOneLanguageSiteHasNoSwitcherAndNoAlternates() throws {
        let result = TestSite(GoldenSiteTests.fixtureContent("golden-site"),
                              options: BuildOptions(now: PartialDate(year: 2025, month: 6, day: 1))).build()
        for (path, html) in result.output where path.hasSuffix(".html") {
            #expect(!html.contains("language-switcher") && !html.contains("hreflang"), "\(path)")
        }
        #expect(!(result.output["sitemap.xml"] ?? "").contains("xhtml"))
    }
}
