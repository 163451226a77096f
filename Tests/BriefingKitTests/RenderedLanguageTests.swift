import Testing
@testable import BriefingKit

/// The golden fixture's pages rendered with another language's table (DESIGN §8): the sentences the
/// renderer fills in come out whole, in that language's word order, plurals and dates.
@Suite struct RenderedLanguageTests {
    /// Every HTML page of `Fixtures/golden-site`, rendered with the built-in table of `code`.
    static func render(_ code: String) throws -> [String: String] {
        let site = TestSite(GoldenSiteTests.fixtureContent(), options: BuildOptions(now: PartialDate(year: 2025, month: 6, day: 1)))
        var cache = BuildCache()
        let planned = SiteBuilder(fileSystem: .memory(site.files)).plan(BuildRequest(options: site.options), cache: &cache)
        let pages = try #require(planned.pages)
        let english = try #require(planned.renderer)
        let renderer = PageRenderer(templates: english.templates, words: try #require(InterfaceText.builtIn(code)))
        var output: [String: String] = [:]
        var buffer: [UInt8] = []
        for page in pages where page.path.hasSuffix(".html") {
            if case .rendered = renderer.render(page, into: &buffer) { output[page.path] = String(decoding: buffer, as: UTF8.self) }
        }
        return output
    }

    @Test func frenchSentencesComeOutWhole() throws {
        let pages = try Self.render("fr")
        let nbsp = "\u{00A0}"
        let claims = try #require(pages["claims/index.html"])
        #expect(claims.contains("<p class=\"lede\">5 affirmations vérifiées dans l’ensemble des décryptages.</p>"))
        #expect(claims.contains("<p><a href=\"../claims/supported/\">1 affirmation «\(nbsp)Vrai\(nbsp)» →</a></p>"))
        let supported = try #require(pages["claims/supported/index.html"])
        #expect(supported.contains("<h1>Affirmations «\(nbsp)<a class=\"verdict verdict--supported\" href=\"../../methodology/#verdict-supported\">Vrai</a>\(nbsp)»</h1>"))
        #expect(supported.contains("<p class=\"lede\">1 affirmation a reçu ce verdict.</p>"))
        let tag = try #require(pages["tags/security/index.html"])
        #expect(tag.contains("<h1>Mot-clé «\(nbsp)security\(nbsp)»</h1>"))
        let briefing = try #require(pages["briefings/gambit/index.html"])
        #expect(briefing.contains("Par Ann Analyst, Ben Checker · <time datetime=\"2024-11-05\">5 novembre 2024</time> · mis à jour le <time datetime=\"2024-11-20\">20 novembre 2024</time>"))
        #expect(briefing.contains("aria-label=\"Retour à l’occurrence 2 de l’affirmation 1 dans le texte\""))
        #expect(briefing.contains("«\(nbsp)sent about 3,000 troops to Russia\(nbsp)»"))
        #expect(briefing.contains("Vrai\(nbsp): 1"))
        let notFound = try #require(pages["404.html"])
        #expect(notFound.contains("<p><a href=\"https://golden.example.org/news/\">Revenir à la liste des décryptages</a>, ou parcourir le <a href=\"https://golden.example.org/news/glossary/\">glossaire</a> et les <a href=\"https://golden.example.org/news/sources/\">sources</a>.</p>"))
        let search = try #require(pages["search/index.html"])
        #expect(search.contains("La recherche nécessite JavaScript. Sans lui, parcourez les <a href=\"../\">décryptages</a>, les <a href=\"../claims/\">affirmations</a>, le <a href=\"../glossary/\">glossaire</a> et les <a href=\"../sources/\">sources</a>."))
    }

    /// Phrases of the English table that must not survive on a French page (the fixture's content is
    /// English, so single words such as "Sources" could be the editor's). Not "Corrections and
    /// updates": `corrections/` prints its page title, which the planner makes with its own table.
    static let englishPhrases = [
        "Claims and evidence", "Skip to content", "Built with Briefing", "Back to mark", "claims checked",
        "Go to the list of briefings", "Tagged", "Search needs JavaScript", "with this verdict", "Mentioned in",
        "Atom feed", "Verdict history", "No briefing mentions", "Glossary entry", "changed on", "By Ann",
        " claims →", "Claims by verdict", "November 2024",
    ]

    @Test func noEnglishPhraseIsLeftOnAFrenchPage() throws {
        let pages = try Self.render("fr")
        #expect(pages.count > 20)
        for (path, html) in pages {
            // The page's body: its <title> is the planner's, which takes the language with the
            // loader's wiring, not the renderer's table.
            let body = try #require(html.range(of: "<body>").map { html[$0.upperBound...] }, "\(path)")
            for phrase in Self.englishPhrases {
                #expect(!body.contains(phrase), "\(path) still says “\(phrase)”")
            }
        }
    }

    @Test func russianCountsAndDates() throws {
        let pages = try Self.render("ru")
        let claims = try #require(pages["claims/index.html"])
        #expect(claims.contains("<p class=\"lede\">5 утверждений проверено во всех обзорах.</p>"))
        let briefing = try #require(pages["briefings/gambit/index.html"])
        #expect(briefing.contains("<time datetime=\"2024-11-05\">5 ноября 2024 г.</time>"))
        let card = try #require(pages["page/2/index.html"])
        #expect(card.contains("Ann Analyst, Ben Checker · 5 утверждений</p>"))
        let sources = try #require(pages["sources/index.html"])
        #expect(sources.contains("· 2 утверждения</p>") && sources.contains("· 1 утверждение</p>"))
    }
}
