import Testing
@testable import BriefingKit

/// Messages in the editor's words (issue 18): impossible dates, tabs and indentation slips in YAML,
/// files that are not UTF-8, a name claimed twice reported at both places.
@Suite struct EditorMessagesTests {
    func errors(_ changes: [String: String?]) -> [String] {
        LoaderFixture.load(changes).diagnostics.items.filter { $0.severity == .error }.map(\.description)
    }

    @Test(arguments: [
        ("2026-02-30", "February has 28 days in 2026"), ("2024-02-30", "February has 29 days in 2024"),
        ("2024-04-31", "April has 30 days"), ("2024-13-05", "there is no month 13"), ("2024-01-00", "days of the month start at 1"),
    ])
    func impossibleDatesSayWhy(date: String, reason: String) {
        let briefing = LoaderFixture.briefing(replacingLine: 3, with: "date: \(date)")
        #expect(errors(["briefings/b-one.md": briefing]) == ["Content/briefings/b-one.md:3:7: error: invalid date '\(date)': \(reason)"])
    }

    @Test func malformedDateStillShowsTheForm() {
        let briefing = LoaderFixture.briefing(replacingLine: 3, with: "date: 5 Nov 2024")
        #expect(errors(["briefings/b-one.md": briefing]) == ["Content/briefings/b-one.md:3:7: error: invalid date '5 Nov 2024': expected YYYY-MM-DD"])
    }

    @Test func aTabInFrontMatterSaysIndentWithSpaces() {
        let briefing = LoaderFixture.briefing(replacingLine: 11, with: "\tstatus: supported")
        #expect(errors(["briefings/b-one.md": briefing])
                == ["Content/briefings/b-one.md:11:1: error: a tab in the indentation: YAML is indented with spaces only (indent with spaces)"])
    }

    @Test func anIndentationSlipIsReportedAtItsLineWithTheLevelsAround() {
        let briefing = LoaderFixture.briefing(replacingLine: 13, with: "   sources: [src-a, src-b]")
        #expect(errors(["briefings/b-one.md": briefing]) == [
            "Content/briefings/b-one.md:13:4: error: inconsistent indentation: 3 spaces, where the keys it could belong with are at 4 ('confidence', line 12) or 2 ('c-one', line 10) (indent it by the same number of spaces as the key it belongs with)",
        ])
    }

    @Test func aKeyIndentedUnderAValueIsASlip() {
        let briefing = LoaderFixture.briefing(replacingLine: 4, with: "  updated: 2024-11-20")
        #expect(errors(["briefings/b-one.md": briefing]) == [
            "Content/briefings/b-one.md:4:3: error: inconsistent indentation: 2 spaces, where the keys it could belong with are at 0 ('date', line 3) (indent it by the same number of spaces as the key it belongs with)",
        ])
    }

    @Test func otherYAMLErrorsKeepTheParsersWords() {
        let briefing = LoaderFixture.briefing(replacingLine: 2, with: "title: \"One")
        let found = errors(["briefings/b-one.md": briefing])
        #expect(found.count == 1)
        #expect(found == ["Content/briefings/b-one.md:5:12: error: invalid YAML: did not find expected key while parsing a block mapping that starts at line 2"])
    }

    @Test func validYAMLWithContinuedTextIsNotASlip() {
        let briefing = LoaderFixture.briefing(replacingLine: 6, with: "summary: A long\n  summary.")
        #expect(errors(["briefings/b-one.md": briefing]) == [])
    }

    @Test func utf16IsRecognisedByItsByteOrderMark() {
        var diagnostics = Diagnostics()
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("---".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(ContentLoader.TextFile.decode(bytes, path: "x.md", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.items.map(\.description) == ["x.md:1:1: error: the file is UTF-16 (it starts with a UTF-16 byte order mark) (save it as UTF-8)"])
    }

    @Test func invalidUTF8SaysSaveAsUTF8() {
        var diagnostics = Diagnostics()
        #expect(ContentLoader.TextFile.decode([0x61, 0xE9, 0x62], path: "x.md", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.items.map(\.description) == ["x.md:1:2: error: invalid UTF-8 (save the file as UTF-8 (your editor's Save As or Encoding menu))"])
    }

    @Test func aDuplicateAliasIsReportedAtBothPlaces() {
        let other = "---\nname: Korea North\nkind: state\naliases: [\"DPRK\"]\nsummary: Same.\n---\nBody.\n"
        #expect(errors(["glossary/a-korea.md": other]) == [
            "Content/glossary/north-korea.md:4:11: error: alias 'DPRK' is already claimed by glossary entry 'a-korea' (alias at Content/glossary/a-korea.md:4:11)",
            "Content/glossary/a-korea.md:4:11: error: alias 'DPRK' is also claimed by glossary entry 'north-korea' (alias at Content/glossary/north-korea.md:4:11)",
        ])
    }
}
