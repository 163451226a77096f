extension TimelinePicture {
    /// The site-wide timeline's events: every briefing event, and every glossary date that no
    /// briefing event already tells (the same date and the same `term`: one event, in the
    /// briefing's words, DESIGN §7).
    public static func merged(briefingEvents: [(term: String?, event: Event)],
                              glossaryDates: [(term: String, event: Event)]) -> [Event] {
        struct Key: Hashable {
            var date: PartialDate
            var term: String
        }
        let told = Set(briefingEvents.compactMap { item in item.term.map { Key(date: item.event.date, term: $0) } })
        return briefingEvents.map(\.event)
            + glossaryDates.filter { !told.contains(Key(date: $0.event.date, term: $0.term)) }.map(\.event)
    }

    /// A glossary date's words in the picture: "<entry name>: <label>", the label as the table words
    /// it (else its hyphens read as spaces).
    public static func glossaryDateText(entryName: String, label: String, words: InterfaceText) -> String {
        words.text("picture.glossaryDate", ["entry": entryName, "label": words.dateLabel(label)])
    }
}
