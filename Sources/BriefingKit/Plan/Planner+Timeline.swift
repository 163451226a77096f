/// The pictures of pages (DESIGN §7) as page inputs: a briefing's timeline, the site-wide
/// `timeline/` page, and on a glossary entry its dates with the briefing events naming it, and the
/// diagram of its relations. Each picture holds its links resolved for the page that shows it (the
/// page's path is part of its input), and its words from the interface table; `Pictures/` draws it.
extension BriefingDependencies {
    /// Where an event of a briefing shows up, which decides where it links.
    enum TimelinePlace: Equatable {
        /// The briefing's own page: claim mark, else glossary entry, else no link.
        case briefing
        /// `timeline/`: claim mark, else glossary entry, else the briefing.
        case site
        /// The page of the glossary entry the event names: claim mark, else the briefing.
        case entry
    }

    /// How the page at `path` links.
    func pictureLinks(_ path: String) -> LinkContext {
        LinkContext(pagePath: path, portable: settings.portable, language: settings.languageLinks)
    }

    /// The events of one briefing as a page shows them, each with its `term`.
    func timelineEvents(of annotated: AnnotatedBriefing, on place: TimelinePlace,
                        links: LinkContext) -> [(term: String?, event: TimelinePicture.Event)] {
        let briefing = annotated.briefing
        let onItsPage = place == .briefing
        return zip(briefing.timeline, annotated.timeline).map { event, text in
            var picture = TimelinePicture.Event(date: event.date, text: text.plainText,
                                                textHTML: text.html.resolved(for: links))
            let claim = event.claim.flatMap { reference in annotated.claims.first { $0.claim.id == reference.id } }
            if let claim {
                // A claim never marked in the text is reached through its note.
                let anchor = claim.markIDs.first ?? "note-\(claim.claim.id)"
                let number = String(claim.number)
                picture.href = onItsPage ? "#\(anchor)" : links.briefing(briefing.slug, anchor: anchor)
                picture.targetText = onItsPage ? words.text("picture.claim", ["number": number])
                    : words.text("picture.briefingClaim", ["briefing": briefing.title, "number": number])
                picture.verdict = claim.claim.status
            } else if let term = event.term.flatMap({ cards[$0.id] }), place != .entry {
                picture.href = links.glossaryEntry(term.id)
                picture.targetText = term.name
            } else if !onItsPage {
                picture.href = links.briefing(briefing.slug)
                picture.targetText = briefing.title
            }
            return (event.term?.id, picture)
        }
    }

    /// A briefing page's timeline, or nil when it has no `timeline:`.
    func briefingTimeline(_ annotated: AnnotatedBriefing, path: String) -> TimelinePicture? {
        let events = timelineEvents(of: annotated, on: .briefing, links: pictureLinks(path)).map(\.event)
        guard !events.isEmpty else { return nil }
        return TimelinePicture(events: events, title: words.text("picture.timelineOfBriefing", ["title": annotated.briefing.title]))
    }
}

extension PlanViews {
    func pictureLinks(_ path: String) -> LinkContext { dependencies.pictureLinks(path) }

    func timelineEvents(of annotated: AnnotatedBriefing, on place: BriefingDependencies.TimelinePlace,
                        links: LinkContext) -> [(term: String?, event: TimelinePicture.Event)] {
        dependencies.timelineEvents(of: annotated, on: place, links: links)
    }

    /// A glossary entry's `dates:` as events: "<entry name>: <label>", the words themselves linking
    /// to the entry unless on its own page.
    func glossaryDateEvents(of entry: GlossaryEntry, onItsPage: Bool,
                            links: LinkContext) -> [(term: String, event: TimelinePicture.Event)] {
        entry.dates.map { date in
            let text = TimelinePicture.glossaryDateText(entryName: entry.name, label: date.label, words: words)
            var event = TimelinePicture.Event(date: date.date, text: text, textHTML: HTMLEscaping.escape(text))
            if !onItsPage { event.href = links.glossaryEntry(entry.id) }
            return (entry.id, event)
        }
    }

    /// `timeline/`: every event of every published briefing and glossary entry, newest first in the list.
    func timelinePage() -> Page {
        let path = "timeline/"
        let links = pictureLinks(path)
        let briefingEvents = site.briefings.flatMap { timelineEvents(of: $0, on: .site, links: links) }
        let glossaryDates = site.site.glossary.flatMap { glossaryDateEvents(of: $0, onItsPage: false, links: links) }
        let events = TimelinePicture.merged(briefingEvents: briefingEvents, glossaryDates: glossaryDates)
        let picture = events.isEmpty ? nil
            : TimelinePicture(events: events, title: words.text("picture.everyEvent"), newestFirst: true)
        let input = SiteTimelinePage(head: head(path, title: words.text("timeline.title")), timeline: picture,
                                     cards: cards(site.briefings.flatMap { $0.timeline.flatMap(\.linkedTerms) }))
        return Page(path: path + "index.html", input: .timeline(input))
    }

    /// A glossary entry's timeline (its dates and the briefing events whose `term` it is), or nil;
    /// and the entries those events' texts link, for hover cards.
    func entryTimeline(_ entry: GlossaryEntry, path: String) -> (picture: TimelinePicture?, linkedTerms: [String]) {
        let links = pictureLinks(path)
        let naming = timelineNaming[entry.id] ?? []
        let briefingEvents = naming.flatMap { timelineEvents(of: $0, on: .entry, links: links).filter { $0.term == entry.id } }
        let linkedTerms = naming.flatMap { annotated in
            zip(annotated.briefing.timeline, annotated.timeline).filter { $0.0.term?.id == entry.id }.flatMap(\.1.linkedTerms)
        }
        let events = TimelinePicture.merged(briefingEvents: briefingEvents,
                                            glossaryDates: glossaryDateEvents(of: entry, onItsPage: true, links: links))
        guard !events.isEmpty else { return (nil, []) }
        return (TimelinePicture(events: events, title: words.text("picture.timelineOfEntry", ["name": entry.name])), linkedTerms)
    }

    /// A glossary entry's parties and related entries drawn around it, or nil when it has neither.
    func entryRelations(_ entry: GlossaryEntry, path: String) -> RelationDiagram? {
        let links = pictureLinks(path)
        func nodes(_ references: [IDReference], _ relation: RelationDiagram.Relation) -> [RelationDiagram.Node] {
            var seen: Set<String> = []
            return references.compactMap { entriesByID[$0.id] }.filter { seen.insert($0.id).inserted }.map {
                RelationDiagram.Node(name: $0.name, href: links.glossaryEntry($0.id), kind: $0.kind, relation: relation)
            }
        }
        let neighbours = nodes(entry.parties, .party) + nodes(entry.related, .related)
        guard !neighbours.isEmpty else { return nil }
        return RelationDiagram(centreName: entry.name, centreKind: entry.kind, nodes: neighbours)
    }
}
