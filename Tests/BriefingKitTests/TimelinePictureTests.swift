import Testing
@testable import BriefingKit

@Suite struct TimelinePictureTests {
    static func event(_ date: String, _ text: String, href: String? = nil, verdict: ClaimStatus? = nil) -> TimelinePicture.Event {
        let parsed = ContentLoader.Rules.partialDate(date) ?? PartialDate(year: 1)
        return TimelinePicture.Event(date: parsed, text: text, textHTML: HTMLEscaping.escape(text), href: href,
                                     targetText: href == nil ? nil : "more", verdict: verdict)
    }

    /// Twelve events on consecutive days, then two a year later: a dense cluster in a longer span.
    static let dense: [TimelinePicture.Event] = (1...12).map { day in
        event("2024-10-\(day < 10 ? "0" : "")\(day)", "Day \(day): troops and materiel move east by rail and road",
              href: "#claim-c\(day)", verdict: day % 3 == 0 ? .disputed : nil)
    } + [event("2025-06-19", "Treaty anniversary"), event("2025-09", "Autumn talks")]

    static let longSpan: [TimelinePicture.Event] = [
        event("1994", "Agreed Framework signed"), event("2006-10-09", "First nuclear test", href: "../../glossary/nuclear-test/"),
        event("2011-12", "Kim Jong Un takes power"), event("2018-06-12", "Singapore summit"),
        event("2024-06-19", "Treaty on Comprehensive Strategic Partnership signed", verdict: .supported),
    ]

    static let single = [event("2024-11-05", "Briefing published", href: "#claim-only", verdict: .incorrect)]

    @Test func goldenFiles() throws {
        try PictureSnapshot.assertMatches(TimelinePicture(events: Self.dense, title: "Timeline: dense").html(words: .english), "timeline-dense.html")
        try PictureSnapshot.assertMatches(TimelinePicture(events: Self.longSpan, title: "Timeline: long span", newestFirst: true).html(words: .english),
                                          "timeline-long-span.html")
        try PictureSnapshot.assertMatches(TimelinePicture(events: Self.single, title: "Timeline: one event").html(words: .english),
                                          "timeline-single.html")
    }

    @Test(arguments: [("dense", dense), ("long", longSpan), ("single", single),
                      ("same day", (1...40).map { event("2024-02-29", "Event number \($0) on the same leap day") }),
                      ("three days", [event("2024-01-01", "A"), event("2024-01-02", "B"), event("2024-01-03", "C")])])
    func noTwoLabelsOverlap(name: String, events: [TimelinePicture.Event]) {
        let svg = PictureSnapshot.svg(of: TimelinePicture(events: events, title: name).html(words: .english))
        let boxes = PictureSnapshot.labelBoxes(svg)
        #expect(boxes.count >= events.count + 1, "labels and at least one tick")
        let overlapping = PictureSnapshot.overlaps(boxes)
        #expect(overlapping.isEmpty, "\(overlapping.prefix(3))")
        #expect(boxes.allSatisfy { $0.minX >= 0 && $0.maxX <= TimelinePicture.width }, "inside the picture")
    }

    @Test func markersSitAtTheirDatesToScale() throws {
        // Two events a year apart and one in between: the middle marker is halfway down the axis.
        let events = [Self.event("2020-01-01", "A"), Self.event("2020-07-02", "B"), Self.event("2021-01-01", "C")]
        let svg = PictureSnapshot.svg(of: TimelinePicture(events: events, title: "t").html(words: .english))
        let ys = svg.components(separatedBy: "<circle").dropFirst().compactMap { part -> Double? in
            guard let range = part.range(of: "cy=\"") else { return nil }
            return Double(part[range.upperBound...].prefix { $0 != "\"" })
        }
        try #require(ys.count == 3)
        #expect(abs((ys[1] - ys[0]) - (ys[2] - ys[1])) < 1.5)
    }

    @Test func ticksSuitTheSpan() {
        func ticks(_ first: String, _ last: String) -> [String] {
            let days = [first, last].compactMap { ContentLoader.Rules.partialDate($0) }.map(DateScale.dayNumber)
            return DateScale(covering: days, start: 0, length: 400).ticks(minimumGap: 26, words: PictureWords.english).map(\.label)
        }
        #expect(ticks("2024-01-01", "2024-01-03").contains("1 Jan 2024") || ticks("2024-01-01", "2024-01-03").contains("8 Jan"))
        #expect(ticks("2024-01-10", "2024-09-20").contains("Jul"))
        let decades = ticks("1994-01-01", "2024-06-19")
        #expect(decades.contains("2000") && decades.contains("2020") && !decades.contains("2024-06"))
        #expect(ticks("1200", "2024").contains("1500"))
    }

    @Test func dayNumbersRoundTrip() {
        #expect(DateScale.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(DateScale.dayNumber(year: 2024, month: 3, day: 1) - DateScale.dayNumber(year: 2024, month: 2, day: 28) == 2)
        for day in stride(from: -800_000, to: 800_000, by: 997) {
            let civil = DateScale.civil(day)
            #expect(DateScale.dayNumber(year: civil.year, month: civil.month, day: civil.day) == day)
        }
    }

    @Test func partialDatesSortFirstAndReadAsMonthOrYear() throws {
        let events = [Self.event("2024-04-02", "exact"), Self.event("2024-04", "month"), Self.event("2024", "year")]
        let html = TimelinePicture(events: events, title: "t").html(words: .english)
        let list = try #require(html.range(of: "<ol").map { String(html[$0.lowerBound...]) })
        let order = ["year", "month", "exact"].compactMap { list.range(of: ">\($0)<")?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
        #expect(list.contains("<time datetime=\"2024-04\">April 2024</time>"))
        #expect(list.contains("<time datetime=\"2024\">2024</time>"))
        #expect(list.contains("<time datetime=\"2024-04-02\">2 April 2024</time>"))
        let newest = TimelinePicture(events: events, title: "t", newestFirst: true).html(words: .english)
        let newestList = String(newest[(newest.range(of: "<ol")?.lowerBound ?? newest.startIndex)...])
        let newestOrder = ["exact", "month", "year"].compactMap { newestList.range(of: ">\($0)<")?.lowerBound }
        #expect(newestOrder.count == 3 && newestOrder == newestOrder.sorted())
    }

    @Test func editorsTextIsEscapedEverywhere() {
        let hostile = TimelinePicture.Event(date: PartialDate(year: 2024), text: "<script>alert('x')</script> & \"q\"",
                                            textHTML: "&lt;b&gt;", href: "x\"><script>", targetText: "<i>")
        let html = TimelinePicture(events: [hostile], title: "<title>").html(words: .english)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<i>"))
        #expect(!html.contains("<title><title>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)"))
    }

    @Test func linksVerdictsAndDescription() {
        let html = TimelinePicture(events: Self.single, title: "One", idPrefix: "tl").html(words: .english)
        #expect(html.contains("aria-describedby=\"tl-events\""))
        #expect(html.contains("<ol class=\"picture__list timeline-list\" id=\"tl-events\">"))
        #expect(html.contains("<title id=\"tl-title\">One</title>"))
        #expect(html.contains("<a class=\"timeline__event timeline__event--incorrect\" href=\"#claim-only\">"))
        #expect(html.contains("<tspan class=\"timeline__verdict\"> · Incorrect</tspan>"))
        #expect(html.contains("<a class=\"timeline-list__target\" href=\"#claim-only\">more <span class=\"verdict verdict--incorrect\">Incorrect</span></a>"))
        // An event that leads nowhere is a group, not a link.
        let plain = TimelinePicture(events: [Self.event("2024", "x")], title: "t").html(words: .english)
        #expect(plain.contains("<g class=\"timeline__event\">") && !plain.contains("<a "))
        #expect(TimelinePicture(events: [], title: "t").html(words: .english).isEmpty)
        // Without target words (a glossary date) the words themselves are the link.
        let date = TimelinePicture.Event(date: PartialDate(year: 2024), text: "Treaty: signed", textHTML: "Treaty: signed",
                                         href: "../treaty/")
        #expect(TimelinePicture(events: [date], title: "t").html(words: .english)
            .contains("<span class=\"timeline-list__event\"><a class=\"timeline-list__text\" href=\"../treaty/\">Treaty: signed</a></span>"))
    }

    @Test func longLabelsAreShortenedInThePictureOnly() {
        let long = String(repeating: "Negotiations continue ", count: 20)
        let html = TimelinePicture(events: [Self.event("2024-01-01", long)], title: "t").html(words: .english)
        let svg = PictureSnapshot.svg(of: html)
        #expect(svg.contains("…</text>"))
        #expect(svg.contains("<title>1 January 2024: \(long)</title>"))
        #expect(html.contains("<span class=\"timeline-list__text\">\(long)</span>"))
    }

    @Test func glossaryDatesMergeWithBriefingEventsOfTheSameDateAndTerm() {
        let briefing = Self.event("2024-06-19", "Putin and Kim sign the treaty")
        let signed = Self.event("2024-06-19", TimelinePicture.glossaryDateText(entryName: "Treaty", label: "signed", words: .english))
        let inForce = Self.event("2024-12-04", TimelinePicture.glossaryDateText(entryName: "Treaty", label: "in-force", words: .english))
        let merged = TimelinePicture.merged(briefingEvents: [(term: "treaty", event: briefing)],
                                            glossaryDates: [(term: "treaty", event: signed), (term: "treaty", event: inForce)])
        #expect(merged.map(\.text) == ["Putin and Kim sign the treaty", "Treaty: in force"])
        let otherTerm = TimelinePicture.merged(briefingEvents: [(term: "russia", event: briefing)],
                                               glossaryDates: [(term: "treaty", event: signed)])
        #expect(otherTerm.count == 2)
        let noTerm = TimelinePicture.merged(briefingEvents: [(term: nil, event: briefing)],
                                            glossaryDates: [(term: "treaty", event: signed)])
        #expect(noTerm.count == 2)
    }

    @Test func sameInputSameBytes() {
        #expect(TimelinePicture(events: Self.dense, title: "d").html(words: .english) == TimelinePicture(events: Self.dense, title: "d").html(words: .english))
    }
}

@Suite struct TextWidthTests {
    @Test func widerTextIsWider() {
        #expect(TextWidth.of("WWW", fontSize: 13) > TextWidth.of("iii", fontSize: 13))
        #expect(TextWidth.of("abc", fontSize: 26) == 2 * TextWidth.of("abc", fontSize: 13))
        #expect(TextWidth.of("북한", fontSize: 10) >= 2 * 10)
    }

    @Test func truncationFitsAndSaysSo() {
        let text = "The Treaty on Comprehensive Strategic Partnership between Russia and North Korea"
        let cut = TextWidth.truncated(text, fontSize: 13, maxWidth: 200)
        #expect(cut.hasSuffix("…") && cut.count < text.count)
        #expect(TextWidth.of(cut, fontSize: 13) <= 200)
        #expect(TextWidth.truncated("Short", fontSize: 13, maxWidth: 200) == "Short")
    }
}
