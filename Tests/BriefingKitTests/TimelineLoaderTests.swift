import Testing
@testable import BriefingKit

/// `timeline:` in briefings and `dates:` in glossary entries: values and every mistake at its key.
@Suite struct TimelineLoaderTests {
    static let b = "Content/briefings/b-one.md"
    static let russia = "Content/glossary/russia.md"

    /// The fixture briefing with `timeline` (lines from 17 on) after its claims.
    static func withTimeline(_ timeline: String) -> [String: String?] {
        ["briefings/b-one.md": LoaderFixture.briefing(replacingLine: 16, with: "    status: opinion\n" + timeline)]
    }

    @Test func eventsKeepDateTextClaimAndTermWithPositions() throws {
        let loaded = LoaderFixture.load(Self.withTimeline("""
            timeline:
              - date: 2024-04
                text: "Troops *move* east"
                claim: c-one
                term: russia
              - {date: 2011, text: Plain}
            """))
        #expect(loaded.diagnostics.items.map(\.description) == [])
        let events = try #require(loaded.site.briefings.first?.timeline)
        #expect(events.count == 2)
        #expect(events[0].date == PartialDate(year: 2024, month: 4))
        #expect(events[0].text.text == "Troops *move* east")
        #expect((events[0].text.firstLine, events[0].text.firstColumn) == (19, 12))
        #expect(events[0].claim == IDReference("c-one", at: SourceLocation(file: Self.b, line: 20, column: 12)))
        #expect(events[0].term == IDReference("russia", at: SourceLocation(file: Self.b, line: 21, column: 11)))
        #expect(events[0].location == SourceLocation(file: Self.b, line: 18, column: 5))
        #expect(events[1].date == PartialDate(year: 2011))
        #expect(events[1].claim == nil && events[1].term == nil)
    }

    @Test func mistakesAreErrorsAtTheirKeys() {
        let diagnostics = LoaderFixture.diagnostics(Self.withTimeline("""
            timeline:
              - date: 2024-13-01
                text: Bad month
              - date: 2024-01-02
                text: ""
              - date: 2024-01-03
                text: Unknown claim
                claim: c-onne
              - date: 2024-01-04
                text: Unknown term
                term: rusia
              - text: No date
              - just text
              - date: 2024-01-05
                text: x
                when: today
            """))
        #expect(diagnostics == [
            // In the editor's words since issue 18: why the date is impossible, not only its form.
            "\(Self.b):18:11: error: invalid date '2024-13-01': there is no month 13",
            "\(Self.b):21:5: error: missing required key 'text'",
            "\(Self.b):24:12: error: unknown claim 'c-onne' in timeline (did you mean 'c-one'?)",
            "\(Self.b):28:5: error: missing required key 'date'",
            "\(Self.b):29:5: error: a timeline event must be a mapping with 'date' and 'text'",
            "\(Self.b):32:5: warning: unknown key 'when'",
            "\(Self.b):27:11: error: unknown glossary entry 'rusia' (did you mean 'russia'?)",
        ])
    }

    @Test func timelineMustBeAList() {
        #expect(LoaderFixture.diagnostics(Self.withTimeline("timeline: soon"))
            == ["\(Self.b):17:11: error: 'timeline' must be a list of events ({date, text})"])
    }

    @Test func glossaryDatesAreTypedAndCheckedAtTheirValues() throws {
        let loaded = LoaderFixture.load()
        let russia = try #require(loaded.site.glossary.last)
        #expect(russia.dates == [
            GlossaryDate(label: "joined", date: PartialDate(year: 1991), location: SourceLocation(file: Self.russia, line: 8, column: 9)),
            GlossaryDate(label: "left", date: PartialDate(year: 2024, month: 1, day: 2),
                         location: SourceLocation(file: Self.russia, line: 8, column: 23)),
        ])
        #expect(russia.dates[0].readableLabel == "joined")
        #expect(GlossaryDate(label: "in-force", date: PartialDate(year: 1), location: russia.nameLocation).readableLabel == "in force")
        let bad = LoaderFixture.diagnostics(["glossary/russia.md": LoaderFixture.russia.replacing(
            "dates: {joined: 1991, left: 2024-01-02}", with: "dates: {joined: 1991-02-30, left: [x]}")])
        #expect(bad == [
            "\(Self.russia):8:17: error: invalid date '1991-02-30' for 'joined': expected YYYY, YYYY-MM or YYYY-MM-DD",
            "\(Self.russia):8:35: error: date 'left' must be a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ])
    }
}
