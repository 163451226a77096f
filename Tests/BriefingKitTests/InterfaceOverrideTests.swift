import Testing
@testable import BriefingKit

/// `Templates/i18n/<lang>.yaml` laid over a language's table (DESIGN §8), with located diagnostics.
@Suite struct InterfaceOverrideTests {
    static let file = "Templates/i18n/fr.yaml"

    static func load(_ language: String, _ yaml: String?) -> (InterfaceText, Diagnostics) {
        InterfaceText.load(language: language, overrideYAML: yaml, file: file)
    }

    @Test func nestedAndFlatFilesGiveTheSameWords() throws {
        let nested = """
            claims:
              title: Affirmations examinées
              count:
                one: "{count} assertion"
            nav:
              search: Chercher
            """
        let flat = """
            claims.title: Affirmations examinées
            claims.count.one: "{count} assertion"
            nav.search: Chercher
            """
        for yaml in [nested, flat] {
            let (table, diagnostics) = Self.load("fr", yaml)
            #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
            #expect(table.text("claims.title") == "Affirmations examinées")
            #expect(table.text("nav.search") == "Chercher")
            #expect(table.count("claims.count", 1) == "1 assertion")
            // Keys the file leaves alone keep the built-in French.
            #expect(table.text("verdict.incorrect") == "Faux")
            #expect(table.language == "fr")
        }
    }

    @Test func anUnknownKeyIsAWarningAtItsPlaceWithTheNearestKey() throws {
        let yaml = """
            nav:
              search: Chercher
            claims:
              title: Affirmations
              titel: Affirmations
            verdict.suported: Vrai
            """
        let (table, diagnostics) = Self.load("fr", yaml)
        let warnings = diagnostics.items.filter { $0.severity == .warning }
        #expect(warnings.count == 2, "\(diagnostics.items)")
        let nested = try #require(warnings.first { $0.message == "unknown interface key 'claims.titel'" })
        #expect(nested.location == SourceLocation(file: Self.file, line: 5, column: 3))
        #expect(nested.hint == "did you mean 'claims.title'?")
        let flat = try #require(warnings.first { $0.message == "unknown interface key 'verdict.suported'" })
        #expect(flat.location == SourceLocation(file: Self.file, line: 6, column: 1))
        #expect(flat.hint == "did you mean 'verdict.supported'?")
        #expect(table.words["claims.titel"] == nil && table.words["verdict.suported"] == nil)
        #expect(table.text("claims.title") == "Affirmations")
    }

    @Test func aPluralFormTheLanguageDoesNotUseIsUnknown() throws {
        let (_, diagnostics) = Self.load("fr", "claims.count.few: \"{count} x\"\n")
        let warning = try #require(diagnostics.items.first)
        #expect(warning.message == "unknown interface key 'claims.count.few'")
        #expect(warning.location == SourceLocation(file: Self.file, line: 1, column: 1))
        // Russian uses it.
        let (russian, none) = Self.load("ru", "claims.count.few: \"{count} штуки\"\n")
        #expect(none.items.isEmpty)
        #expect(russian.count("claims.count", 3) == "3 штуки")
    }

    @Test func anAddedLanguageWarnsForEachMissingKeyAndReadsItInEnglish() throws {
        let yaml = """
            verdict:
              supported: Verdadeiro
            claims.count.one: "{count} alegação"
            claims.count.other: "{count} alegações"
            """
        let (table, diagnostics) = InterfaceText.load(language: "pt", overrideYAML: yaml, file: "Templates/i18n/pt.yaml")
        #expect(table.language == "pt")
        #expect(table.verdict(.supported) == "Verdadeiro")
        #expect(table.verdict(.incorrect) == "Incorrect")
        #expect(table.count("claims.count", 1) == "1 alegação")
        #expect(table.count("claims.count", 0) == "0 alegação")
        let missing = diagnostics.items.filter { $0.message.hasPrefix("interface key '") && $0.message.hasSuffix("is missing in 'pt': it reads in English") }
        #expect(missing.count == InterfaceText.knownKeys("pt").count - 3)
        #expect(missing.allSatisfy { $0.severity == .warning && $0.location.file == "Templates/i18n/pt.yaml" })
        let incorrect = try #require(missing.first { $0.message.contains("'verdict.incorrect'") })
        #expect(incorrect.hint == "add 'verdict.incorrect: …' (English: Incorrect)")
        #expect(!missing.contains { $0.message.contains("'verdict.supported'") })
        // Every key the language needs is there, in English where the file has none.
        #expect(Set(table.words.keys) == InterfaceText.knownKeys("pt"))
    }

    @Test func aLanguageWithoutTableOrFileIsOneWarning() {
        let (table, diagnostics) = InterfaceText.load(language: "it", overrideYAML: nil, file: "Templates/i18n/it.yaml")
        #expect(diagnostics.items.count == 1)
        #expect(diagnostics.items.first?.message == "Briefing has no interface words for 'it': they are in English")
        #expect(table.words == InterfaceText.english.words)
        #expect(table.language == "it")
    }

    @Test func aBuiltInLanguageWithoutFileIsItsTable() throws {
        for code in InterfaceText.builtInLanguages {
            let (table, diagnostics) = Self.load(code, nil)
            #expect(diagnostics.items.isEmpty)
            #expect(table == InterfaceText.builtIn(code))
        }
    }

    @Test func placeholdersEnglishLacksAreAWarning() throws {
        let (_, diagnostics) = Self.load("fr", "claims.checked.other: \"{total} affirmations\"\n")
        let warning = try #require(diagnostics.items.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "'claims.checked.other' has a placeholder English lacks")
        #expect(warning.location == SourceLocation(file: Self.file, line: 1, column: 23))
        #expect(warning.hint == "its placeholders are {count}")
    }

    @Test func aOneFormMayNameTheCountEnglishLeavesOut() {
        let (_, diagnostics) = Self.load("fr", "claims.allOfVerdict.one: \"{count} affirmation «\u{00A0}{verdict}\u{00A0}»\"\n")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
    }

    @Test func aKeyGivenTwiceKeepsTheLaterOne() throws {
        let yaml = """
            nav:
              search: Chercher
            nav.search: Rechercher
            """
        let (table, diagnostics) = Self.load("fr", yaml)
        #expect(table.text("nav.search") == "Rechercher")
        let warning = try #require(diagnostics.items.first)
        #expect(warning.message == "interface key 'nav.search' is given twice; the later one counts")
        #expect(warning.location.line == 3)
    }

    @Test func badFilesAreErrorsAndKeepTheBuiltInWords() throws {
        let cases: [(yaml: String, message: String, line: Int)] = [
            ("- a\n- b\n", "an interface table is a mapping of keys to text", 1),
            ("nav:\n  search:\n    - Chercher\n", "interface key 'nav.search' must be text, not a list", 3),
            ("nav: [unclosed\n", "invalid YAML", 1),
        ]
        for bad in cases {
            let (table, diagnostics) = Self.load("fr", bad.yaml)
            let error = try #require(diagnostics.items.first { $0.severity == .error }, "\(bad.yaml)")
            #expect(error.message.hasPrefix(bad.message), "\(error.message)")
            #expect(error.location.file == Self.file)
            #expect(error.location.line >= bad.line)
            #expect(table.text("nav.search") == "Recherche")
        }
    }
}
