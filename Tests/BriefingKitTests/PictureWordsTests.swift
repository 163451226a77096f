import Testing
@testable import BriefingKit

/// The pictures print only words from the interface table (DESIGN §8): another table, other words.
@Suite struct PictureWordsTests {
    /// The English table with the words pictures use replaced, as a translation would.
    static var french: InterfaceText {
        var table = InterfaceText.english
        table.words["month.11"] = "novembre"
        table.words["shortMonth.11"] = "nov."
        table.words["monthOfDay.11"] = "novembre"
        table.words["shortMonthOfDay.11"] = "nov."
        table.words["verdict.incorrect"] = "Inexact"
        table.words["entry.parties"] = "Parties contractantes"
        table.words["entry.related"] = "Liens"
        table.words["picture.parties"] = "parties contractantes"
        table.words["picture.relatedPlural"] = "liens"
        table.words["picture.party"] = "partie"
        table.words["picture.node"] = "{name} — {kind}, {relation}"
        table.words["picture.kind.state"] = "État"
        table.words["kinds.state"] = "États"
        table.words["word.and"] = "et"
        return table
    }

    @Test func timelineWordsComeFromTheTable() {
        let words = PictureWords(Self.french)
        let html = TimelinePicture(events: TimelinePictureTests.single, title: "t").html(words: words)
        #expect(html.contains("<time datetime=\"2024-11-05\">5 novembre 2024</time>"))
        #expect(html.contains("<tspan class=\"timeline__date\">5 nov. 2024  </tspan>"))
        #expect(html.contains("<span class=\"verdict verdict--incorrect\">Inexact</span>"))
        #expect(html.contains(" · Inexact"))
        #expect(!html.contains("November") && !html.contains("Incorrect"))
        let ticks = DateScale(covering: [DateScale.dayNumber(year: 2024, month: 9, day: 1),
                                         DateScale.dayNumber(year: 2024, month: 12, day: 1)], start: 0, length: 400)
            .ticks(minimumGap: 26, words: words).map(\.label)
        #expect(ticks.contains { $0.hasPrefix("nov.") || $0.hasSuffix("nov.") }, "\(ticks)")
    }

    @Test func diagramWordsComeFromTheTable() {
        let diagram = RelationDiagram(centreName: "Traité", centreKind: .treaty,
                                      nodes: [RelationDiagramTests.node("Russie", .state, .party),
                                              RelationDiagramTests.node("Kursk", .place, .related)])
        let html = diagram.html(words: PictureWords(Self.french))
        #expect(html.contains("<title id=\"relations-title\">Traité: parties contractantes et liens</title>"))
        #expect(html.contains("<title>Russie — État, partie</title>"))
        #expect(html.contains(">États · parties contractantes</text>"))
        #expect(html.contains("<h3 id=\"parties\">Parties contractantes</h3>"))
        #expect(html.contains("<h3 id=\"related\">Liens</h3>"))
        #expect(!html.contains("Parties<") && !html.contains("(state, party)"))
    }

    /// DESIGN §8: a glossary date's label is looked up in the table, falling back to the label.
    @Test func glossaryDateLabelsAreLookedUpThenFallBack() {
        var table = InterfaceText.english
        table.words["dateLabel.in-force"] = "en vigueur"
        #expect(TimelinePicture.glossaryDateText(entryName: "Traité", label: "in-force", words: table) == "Traité: en vigueur")
        #expect(TimelinePicture.glossaryDateText(entryName: "Treaty", label: "charter-signed", words: .english)
            == "Treaty: charter signed")
        #expect(InterfaceText.english.dateLabel("in-force") == "in force")
        #expect(InterfaceText.english.dateLabel("first-test") == "first test")
    }

    /// An editor's text holding `{name}` is printed as written, whatever order the values come in.
    @Test func valuesAreNotReadAsPlaceholders() {
        let text = InterfaceText.english.text("picture.glossaryDate", ["entry": "A {label} B", "label": "signed"])
        #expect(text == "A {label} B: signed")
        #expect(InterfaceText.english.text("picture.briefingClaim", ["briefing": "{number}", "number": "3"]) == "{number}, claim 3")
    }
}
