/// The pictures on pages (DESIGN §7): a briefing's timeline, the site-wide `timeline/` page, and on a
/// glossary entry its dates with the briefing events naming it, and the diagram of its relations.
/// The typed events are made here; `Pictures/` draws them.
extension Renderer {
    /// Where an event of a briefing shows up, which decides where it links.
    enum TimelinePage: Equatable {
        /// The briefing's own page: claim mark, else glossary entry, else no link.
        case briefing
        /// `timeline/`: claim mark, else glossary entry, else the briefing.
        case site
        /// The page of the glossary entry the event names: claim mark, else the briefing.
        case entry
    }

    /// The events of one briefing as a page shows them, each with its `term`.
    func timelineEvents(of annotated: AnnotatedBriefing, on page: TimelinePage,
                        links: LinkContext) -> [(term: String?, event: TimelinePicture.Event)] {
        let briefing = annotated.briefing
        let onItsPage = page == .briefing
        return zip(briefing.timeline, annotated.timeline).map { event, text in
            var picture = TimelinePicture.Event(date: event.date, text: text.plainText,
                                                textHTML: text.html.resolved(for: links))
            let claim = event.claim.flatMap { reference in annotated.claims.first { $0.claim.id == reference.id } }
            if let claim {
                let anchor = claim.markIDs.first ?? "note-\(claim.claim.id)"
                picture.href = onItsPage ? "#\(anchor)" : links.briefing(briefing.slug, anchor: anchor)
                picture.targetText = onItsPage ? "claim \(claim.number)" : "\(briefing.title), claim \(claim.number)"
                picture.verdict = claim.claim.status
            } else if let term = event.term.flatMap({ entriesByID[$0.id] }), page != .entry {
                picture.href = links.glossaryEntry(term.id)
                picture.targetText = term.name
            } else if !onItsPage {
                picture.href = links.briefing(briefing.slug)
                picture.targetText = briefing.title
            }
            return (event.term?.id, picture)
        }
    }

    /// A glossary entry's `dates:` as events: "<entry name>: <label>", the words themselves linking to
    /// the entry unless on its own page.
    func glossaryDateEvents(of entry: GlossaryEntry, onItsPage: Bool,
                            links: LinkContext) -> [(term: String, event: TimelinePicture.Event)] {
        entry.dates.map { date in
            let text = TimelinePicture.glossaryDateText(entryName: entry.name, label: date.label)
            var event = TimelinePicture.Event(date: date.date, text: text, textHTML: HTMLEscaping.escape(text))
            if !onItsPage { event.href = links.glossaryEntry(entry.id) }
            return (entry.id, event)
        }
    }

    /// The briefing page's timeline figure, or nil when it has no `timeline:`.
    func briefingTimeline(_ annotated: AnnotatedBriefing, links: LinkContext) -> String? {
        let events = timelineEvents(of: annotated, on: .briefing, links: links).map(\.event)
        guard !events.isEmpty else { return nil }
        return TimelinePicture(events: events, title: "Timeline of “\(annotated.briefing.title)”").html()
    }

    /// `timeline/`: every event of every published briefing and glossary entry, newest first.
    func renderTimelinePage(_ output: PageSink) {
        let path = "timeline/"
        let links = self.links(for: path)
        var context = chrome(path: path, title: "Timeline", description: nil, links: links)
        let briefingEvents = site.briefings.flatMap { timelineEvents(of: $0, on: .site, links: links) }
        let glossaryDates = site.site.glossary.flatMap { glossaryDateEvents(of: $0, onItsPage: false, links: links) }
        let events = TimelinePicture.merged(briefingEvents: briefingEvents, glossaryDates: glossaryDates)
        if !events.isEmpty {
            context["timeline"] = .html(TimelinePicture(events: events, title: "Every dated event", newestFirst: true).html())
        }
        output.page("timeline", path: path, context: context)
    }

    /// A glossary entry's timeline (its dates and the briefing events whose `term` it is), or nil.
    func entryTimeline(_ entry: GlossaryEntry, links: LinkContext) -> String? {
        // Most briefings name no entry in their timeline: look before making their events.
        let naming = site.briefings.lazy.filter { $0.briefing.timeline.contains { $0.term?.id == entry.id } }
            .flatMap { timelineEvents(of: $0, on: .entry, links: links).filter { $0.term == entry.id } }
        let events = TimelinePicture.merged(briefingEvents: Array(naming),
                                            glossaryDates: glossaryDateEvents(of: entry, onItsPage: true, links: links))
        guard !events.isEmpty else { return nil }
        return TimelinePicture(events: events, title: "Timeline of \(entry.name)").html()
    }

    /// A glossary entry's parties and related entries drawn around it, or nil when it has neither.
    func entryRelations(_ entry: GlossaryEntry, links: LinkContext) -> String? {
        func nodes(_ references: [IDReference], _ relation: RelationDiagram.Relation) -> [RelationDiagram.Node] {
            var seen: Set<String> = []
            return references.compactMap { entriesByID[$0.id] }.filter { seen.insert($0.id).inserted }.map {
                RelationDiagram.Node(name: $0.name, href: links.glossaryEntry($0.id), kind: $0.kind, relation: relation)
            }
        }
        let neighbours = nodes(entry.parties, .party) + nodes(entry.related, .related)
        guard !neighbours.isEmpty else { return nil }
        return RelationDiagram(centreName: entry.name, centreKind: entry.kind, nodes: neighbours).html()
    }
}
