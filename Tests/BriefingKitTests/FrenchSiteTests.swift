import Foundation
import Testing
@testable import BriefingKit

/// A site whose default language is French and which has no translation (DESIGN §8): built through
/// the whole pipeline, no page, feed or picture has an English interface word left. The content
/// is written in Latin, so any English found is the interface's.
@Suite struct FrenchSiteTests {
    static let content: [String: String] = [
        "site.yaml": "title: \"Lorem\"\nbaseURL: \"https://lorem.example.org/\"\nlanguage: fr\npaginate: 1\n",
        "sources.yaml": """
            alpha:
              title: "Alpha dolor"
              publisher: "Alpha"
              url: "https://example.org/alpha"
              kind: wire
              reliability: B
            beta:
              title: "Beta sit"
              url: "https://example.org/beta"
              kind: repost
              original: alpha
              reliability: D
            gamma:
              title: "Gamma amet"
              kind: state-media
            """,
        "glossary/xandria.md": """
            ---
            name: "Xandria"
            kind: state
            aliases: ["Xandriae"]
            summary: "Lorem ipsum."
            related: [pactum]
            sources: [gamma]
            ---
            Xandria lorem [pactum](term:pactum).
            """,
        "glossary/pactum.md": """
            ---
            name: "Pactum Magnum"
            kind: treaty
            summary: "Dolor sit."
            parties: [xandria]
            dates: {signed: 2024-06-19, in-force: 2024-12-04}
            ---
            Pactum ipsum.
            """,
        "pages/methodology.md": "---\ntitle: \"Methodus\"\n---\nLorem ipsum.\n",
        "pages/de-nobis.md": "---\ntitle: \"De nobis\"\nnav: 1\n---\nLorem ipsum.\n",
        "briefings/prima.md": """
            ---
            title: "Prima"
            date: 2024-11-05
            updated: 2024-11-20
            authors: ["Marcus", "Julia"]
            summary: "Lorem ipsum dolor."
            tags: [pax]
            reviews: beta
            claims:
              unum:
                status: supported
                confidence: high
                sources: [alpha]
                note: "Lorem [alpha](cite:alpha)."
              duo:
                status: incorrect
                confidence: moderate
                sources: [beta]
                correction: "Dolor sit amet."
                history:
                  - date: 2024-11-05
                    status: unverified
                    note: "Ipsum."
                  - date: 2024-11-10
                    status: incorrect
              tres:
                status: disputed
                confidence: low
                sources: [gamma]
              quattuor:
                status: unverified
              quinque:
                status: opinion
            updates:
              - date: 2024-11-12
                kind: correction
                text: "Lorem correctum."
              - date: 2024-11-20
                kind: update
                text: "Lorem novum."
            timeline:
              - date: 2024-06-19
                text: "Pactum signatum"
                term: pactum
              - date: 2024-10
                text: "Lorem"
                claim: unum
            ---

            [Xandria](term:xandria) lorem [unum](claim:unum), [duo](claim:duo), [tres](claim:tres),
            [quattuor](claim:quattuor) et [quinque](claim:quinque), [alpha](cite:alpha).[^1]

            ## Caput

            | A | B |
            |---|---|
            | ~~x~~ | y |

            [^1]: Nota bene.
            """,
        "briefings/secunda.md": "---\ntitle: \"Secunda\"\ndate: 2024-12-01\ntags: [pax]\n---\nLorem [Xandria](term:xandria), [prima](briefing:prima#claim-unum).\n",
    ]

    /// Every English interface text (its parts between `{placeholders}`) that French writes otherwise.
    static let englishPhrases: [String] = {
        let french = InterfaceText.builtIn("fr")?.words ?? [:]
        var phrases: Set<String> = []
        for (key, text) in InterfaceText.english.words where french[key] != text {
            for part in text.split(separator: /\{[a-zA-Z]+\}/) {
                let phrase = part.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                // Single short words ("in", "and") also occur inside Latin or French words: whole words
                // of four letters and more, or phrases.
                if phrase.count >= 4, phrase.contains(where: \.isLetter), french.values.allSatisfy({ !$0.contains(phrase) }) {
                    phrases.insert(phrase)
                }
            }
        }
        return phrases.sorted()
    }()

    /// What a reader sees or hears of a page: its text, and its labels, titles and alternative texts;
    /// not JSON-LD (for machines) nor class names and addresses.
    static func readable(_ html: String) -> String {
        var text = html.replacing(/<script type="application\/ld\+json">.*?<\/script>/.dotMatchesNewlines(), with: " ")
        var labels: [String] = []
        for match in text.matches(of: /(?:aria-label|title|alt|placeholder|content)="([^"]*)"/) { labels.append(String(match.output.1)) }
        text = text.replacing(/<[^>]*>/, with: " ")
        return HTMLPage.decode(text + " " + labels.joined(separator: " "))
    }

    @Test func noEnglishInterfaceWordIsLeft() throws {
        #expect(Self.englishPhrases.count > 100)
        let result = TestSite(Self.content, options: BuildOptions(now: PartialDate(year: 2025, month: 6, day: 1))).build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let pages = result.output.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".xml") }
        #expect(pages.count > 20)
        var found: [String] = []
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) where path != "sitemap.xml" {
            let text = Self.readable(html)
            for phrase in Self.englishPhrases where text.contains(try Regex("\\b" + NSRegularExpression.escapedPattern(for: phrase) + "\\b")) {
                found.append("\(path): “\(phrase)”")
            }
        }
        #expect(found.isEmpty, "English interface words on a French site:\n\(found.joined(separator: "\n"))")
        // The search and card scripts get French words too.
        let search = try #require(result.output["search/index.html"])
        #expect(search.contains("Aucun résultat") || search.contains("aucun résultat"))
        #expect(try #require(result.output["index.html"]).contains("<html lang=\"fr\">"))
    }

    /// `Templates/i18n/<lang>.yaml` reaches the pages through a build: an override shows, an unknown
    /// key is a warning at its line, and a language no table knows is a warning at site.yaml.
    @Test func theSitesOwnTablesOverrideAndAreChecked() throws {
        var site = TestSite(Self.content, options: BuildOptions(now: PartialDate(year: 2025, month: 6, day: 1)))
        site.files["Templates/i18n/fr.yaml"] = "verdict:\n  disputed: \"Discuté\"\nnav.briefng: \"Notes\"\n"
        let result = site.build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(try #require(result.output["briefings/prima/index.html"]).contains("Discuté"))
        let warning = try #require(result.warnings.first { $0.message.contains("nav.briefng") })
        #expect(warning.location.file == "Templates/i18n/fr.yaml" && warning.location.line == 3)
        #expect(warning.hint == "did you mean 'nav.briefings'?")

        var unknown = TestSite(Self.content)
        unknown.files["Content/site.yaml"] = "title: \"Lorem\"\nbaseURL: \"https://lorem.example.org/\"\nlanguage: la\n"
        let latin = unknown.build()
        #expect(latin.warnings.contains { $0.message == "no interface words for language 'la': its pages show English words"
                                          && $0.location.file == "Content/site.yaml" })
        unknown.files["Templates/i18n/la.yaml"] = "nav.briefings: \"Relationes\"\n"
        let added = unknown.build()
        #expect(!added.warnings.contains { $0.message.hasPrefix("no interface words") })
        #expect(added.warnings.contains { $0.location.file == "Templates/i18n/la.yaml" })
        #expect(try #require(added.output["index.html"]).contains(">Relationes</a>"))
    }
}
