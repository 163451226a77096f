import Testing
@testable import BriefingKit

/// The built-in interface tables (DESIGN §8): complete, with each language's plurals, dates and numbers.
@Suite struct InterfaceLanguagesTests {
    static let translations = InterfaceText.builtInLanguages.filter { $0 != "en" }

    static func table(_ code: String) throws -> InterfaceText { try #require(InterfaceText.builtIn(code)) }

    @Test(arguments: translations)
    func everyTableHasExactlyTheEnglishKeys(code: String) throws {
        let table = try Self.table(code)
        let expected = InterfaceText.knownKeys(code)
        let keys = Set(table.words.keys)
        #expect(expected.subtracting(keys).sorted() == [], "missing in \(code)")
        #expect(keys.subtracting(expected).sorted() == [], "extra in \(code)")
        #expect(table.language == code)
    }

    /// The same `{placeholders}` as English, except that a `one` form of a language whose `one` is the
    /// number 1 alone may leave out `{count}` ("The only Disputed claim").
    @Test(arguments: translations)
    func everyTableHasTheEnglishPlaceholders(code: String) throws {
        let table = try Self.table(code)
        let oneIsOnlyOne = (0...200).filter { InterfaceText.pluralCategory($0, language: code) == "one" } == [1]
        for (key, text) in table.words {
            let family = InterfaceText.pluralFamily(key)
            // A plural form is held to English's `other`, the form that names every value.
            let english = try #require(InterfaceText.english.words[family == key ? key : family + ".other"])
            var expected = InterfaceText.placeholders(english)
            if family != key, key.hasSuffix(".one"), oneIsOnlyOne, !InterfaceText.placeholders(text).contains("count") {
                expected.remove("count")
            }
            #expect(InterfaceText.placeholders(text) == expected, "\(code) \(key): \(text)")
        }
    }

    @Test func builtInLanguagesAndRegionalCodes() throws {
        #expect(InterfaceText.builtInLanguages == ["en", "fr", "de", "es", "ko", "uk", "ru"])
        #expect(InterfaceText.builtIn("en")?.words == InterfaceText.english.words)
        #expect(InterfaceText.builtIn("fr-ca")?.words == InterfaceText.builtIn("fr")?.words)
        #expect(InterfaceText.builtIn("fr-ca")?.language == "fr-ca")
        #expect(InterfaceText.builtIn("pt") == nil)
    }

    @Test func russianAndUkrainianPlurals() throws {
        let expected = [1: "one", 2: "few", 5: "many", 11: "many", 12: "many", 21: "one", 22: "few", 25: "many", 111: "many", 0: "many"]
        for (n, category) in expected {
            #expect(InterfaceText.pluralCategory(n, language: "ru") == category, "ru \(n)")
            #expect(InterfaceText.pluralCategory(n, language: "uk") == category, "uk \(n)")
        }
        let ru = try Self.table("ru")
        #expect(ru.count("claims.count", 1) == "1 утверждение")
        #expect(ru.count("claims.count", 2) == "2 утверждения")
        #expect(ru.count("claims.count", 5) == "5 утверждений")
        #expect(ru.count("claims.count", 11) == "11 утверждений")
        #expect(ru.count("claims.count", 21) == "21 утверждение")
        #expect(ru.count("claims.count", 22) == "22 утверждения")
        #expect(ru.count("claims.count", 25) == "25 утверждений")
        let uk = try Self.table("uk")
        #expect(uk.count("claims.count", 21) == "21 твердження")
        #expect(uk.count("claims.count", 25) == "25 тверджень")
    }

    @Test func frenchOneCoversZeroAndOne() throws {
        #expect(InterfaceText.pluralCategory(0, language: "fr") == "one")
        #expect(InterfaceText.pluralCategory(1, language: "fr") == "one")
        #expect(InterfaceText.pluralCategory(2, language: "fr") == "other")
        let fr = try Self.table("fr")
        #expect(fr.count("claims.count", 0) == "0 affirmation")
        #expect(fr.count("claims.count", 1) == "1 affirmation")
        #expect(fr.count("claims.count", 2) == "2 affirmations")
        // English and German: 0 is plural; Korean has one form.
        #expect(InterfaceText.english.count("claims.count", 0) == "0 claims")
        #expect(InterfaceText.english.count("claims.count", 1) == "1 claim")
        #expect(try Self.table("de").count("claims.withVerdict", 1) == "1 Behauptung mit dieser Bewertung.")
        #expect(try Self.table("ko").count("claims.count", 1) == "주장 1건")
        #expect(InterfaceText.pluralCategory(1, language: "ko") == "other")
    }

    @Test func countsFallBackToOtherWhenAFormIsMissing() {
        var table = InterfaceText(language: "ru", words: ["x.other": "{count} x"])
        #expect(table.count("x", 5) == "5 x")
        table.words["x.many"] = "{count} many"
        #expect(table.count("x", 5) == "5 many")
    }

    @Test func numbersAreGroupedAsEachLanguageWritesThem() throws {
        #expect(InterfaceText.english.number(999) == "999")
        #expect(InterfaceText.english.number(1234) == "1,234")
        #expect(InterfaceText.english.number(1_234_567) == "1,234,567")
        #expect(try Self.table("fr").number(12345) == "12\u{202F}345")
        #expect(try Self.table("de").number(1234) == "1.234")
        #expect(try Self.table("es").number(2345) == "2345")
        #expect(try Self.table("es").number(12345) == "12.345")
        #expect(try Self.table("ru").number(12345) == "12\u{00A0}345")
        #expect(try Self.table("uk").number(1000) == "1\u{00A0}000")
        #expect(try Self.table("ko").number(12345) == "12,345")
        #expect(try Self.table("ru").count("claims.count", 1021) == "1\u{00A0}021 утверждение")
    }

    static let dates: [(code: String, day: String, month: String, year: String)] = [
        ("en", "5 November 2024", "November 2024", "2024"),
        ("fr", "5 novembre 2024", "novembre 2024", "2024"),
        ("de", "5. November 2024", "November 2024", "2024"),
        ("es", "5 de noviembre de 2024", "noviembre de 2024", "2024"),
        ("ko", "2024년 11월 5일", "2024년 11월", "2024년"),
        ("uk", "5 листопада 2024 р.", "листопад 2024 р.", "2024 р."),
        ("ru", "5 ноября 2024 г.", "ноябрь 2024 г.", "2024 г."),
    ]

    @Test func datesInEachLanguagesOwnForm() throws {
        for expected in Self.dates {
            let table = try Self.table(expected.code)
            #expect(table.date(PartialDate(year: 2024, month: 11, day: 5)) == expected.day, "\(expected.code)")
            #expect(table.date(PartialDate(year: 2024, month: 11)) == expected.month, "\(expected.code)")
            #expect(table.date(PartialDate(year: 2024)) == expected.year, "\(expected.code)")
        }
        #expect(try Self.table("fr").date(PartialDate(year: 2024, month: 3, day: 1)) == "1er mars 2024")
        #expect(try Self.table("ru").date(PartialDate(year: 2024, month: 5, day: 9)) == "9 мая 2024 г.")
        #expect(try Self.table("ru").date(PartialDate(year: 2024, month: 5)) == "май 2024 г.")
    }

    @Test func picturesWriteDatesAsThePagesDo() throws {
        let ru = PictureWords(try Self.table("ru"))
        #expect(ru.long(PartialDate(year: 2024, month: 11, day: 5)) == "5 ноября 2024 г.")
        #expect(ru.short(PartialDate(year: 2024, month: 5, day: 9)) == "9 мая 2024 г.")
        #expect(ru.short(PartialDate(year: 2024, month: 5)) == "май 2024 г.")
        #expect(ru.axisLabel(day: 5, month: 11) == "5 нояб.")
        let fr = PictureWords(try Self.table("fr"))
        let html = TimelinePicture(events: [TimelinePictureTests.event("2024-03-01", "Signature")], title: "t").html(words: fr)
        #expect(html.contains("<title>1er mars 2024\u{00A0}: Signature</title>"), "\(html)")
        let ko = PictureWords(try Self.table("ko"))
        #expect(ko.axisLabel(day: 5, month: 11) == "11월 5일")
        let de = PictureWords(try Self.table("de"))
        let ticks = DateScale(covering: [DateScale.dayNumber(year: 2024, month: 9, day: 1),
                                         DateScale.dayNumber(year: 2024, month: 12, day: 1)], start: 0, length: 400)
            .ticks(minimumGap: 26, words: de).map(\.label)
        #expect(ticks.first == "Sept. 2024" || ticks.first == "1. Sept. 2024", "\(ticks)")
        #expect(!ticks.contains { $0.contains("Sep ") || $0.contains("Dec") }, "\(ticks)")
    }

    /// Words French writes as English does, each for a reason; every other French word must differ
    /// from the English one, so no English word is left on a French page.
    static let sameInFrench: [String: String] = [
        "browse.sources": "sources", "label.sources": "Sources", "nav.sources": "Sources", "title.sources": "Sources",
        "search.kind.source": "Source", "citedBy.citation": "citation {number}", "entry.parties": "Parties",
        "picture.parties": "parties", "kind.bloc": "Bloc", "kinds.bloc": "Blocs", "picture.kind.bloc": "bloc",
        "kind.concept": "Concept", "kinds.concept": "Concepts", "picture.kind.concept": "concept",
        "kind.organisation": "Organisation", "kinds.organisation": "Organisations",
        "picture.kind.organisation": "organisation", "methodology.verdicts": "Verdicts", "pagination.pages": "Pages",
        "search.kind.page": "Page", "search.kind.section": "Section", "source.original": "original",
        "verdict.opinion": "Opinion", "title.homePage": "{site} — page {number}",
        // Patterns and settings without words: French dates and pictures order their parts as English.
        "picture.node": "{name} ({kind}, {relation})", "date.dayMonthYear": "{day} {month} {year}",
        "date.monthYear": "{month} {year}", "date.year": "{year}", "date.shortDayMonthYear": "{day} {month} {year}",
        "date.shortMonthYear": "{month} {year}", "date.shortDayMonth": "{day} {month}", "number.minimumGrouping": "1",
    ]

    @Test func noEnglishWordIsLeftInFrench() throws {
        let fr = try Self.table("fr")
        let same = fr.words.filter { key, text in InterfaceText.english.words[key] == text }
        #expect(same == Self.sameInFrench)
    }

    @Test func frenchTypography() throws {
        let fr = try Self.table("fr")
        // A no-break space before a colon and inside « », a narrow one before ; ! ?
        for (key, text) in fr.words {
            #expect(!text.contains(" :") && !text.contains(" ;") && !text.contains("« ") && !text.contains(" »"),
                    "\(key): an ordinary space where French sets a no-break space")
            #expect(!text.contains("'"), "\(key): a straight apostrophe")
            #expect(!text.contains("“") && !text.contains("”"), "\(key): English quotation marks")
        }
        #expect(fr.text("claim.quoted", ["text": "x"]) == "«\u{00A0}x\u{00A0}»")
        for code in ["de", "uk", "ru", "es"] {
            let table = try Self.table(code)
            #expect(!table.words.values.contains { $0.contains("“{") && !$0.contains("„") }, "\(code): English quotes")
        }
    }

    /// Each `{name}` the values know is replaced once, in one pass: a value holding `{name}` stays as
    /// written, a name no value has stays, and so does a `{` that is never closed.
    @Test func fillsNamedValuesInOnePass() {
        let table = InterfaceText(words: ["k": "{a} and {b}, {unknown} {b} {a", "only": "{é} {}"])
        #expect(table.text("k", ["a": "{b}", "b": "B"]) == "{b} and B, {unknown} B {a")
        #expect(table.text("k", ["b": "é"]) == "{a} and é, {unknown} é {a")
        #expect(table.text("only", ["é": "accent", "": "empty"]) == "accent empty")
        #expect(table.text("k") == "{a} and {b}, {unknown} {b} {a")
        #expect(table.text("missing", ["a": "x"]) == "missing")
    }
}
