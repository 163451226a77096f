/// The trust features' fields (DESIGN §7): grades, verdict links to `methodology/`, histories,
/// updates and schema.org appearances.
extension PageRenderer {
    /// A source's grade as every citation shows it: the reliability letter linking its definition on
    /// `methodology/` ("unrated" when there is none), the kind in words, and for a repost the
    /// original's bibliography entry. Merged into a source's template fields, under names no
    /// enclosing context uses: Mustache looks a missing key up in the enclosing contexts, so a source
    /// without a kind inside a glossary entry would otherwise print the entry's `kind`.
    func gradeFields(_ grade: SourceGrade, links: LinkContext) -> TemplateFields {
        let methodology = MethodologyAnchors.path
        var fields: TemplateFields = [:]
        if let letter = grade.reliability {
            fields["reliabilityGrade"] = .object([
                "letter": .text(letter.rawValue),
                "name": .text(words.gradeName(letter)),
                "href": .text(links.page(methodology, anchor: MethodologyAnchors.reliability(letter))),
            ])
            fields["gradeLetter"] = .text(letter.rawValue)
        } else {
            fields["reliabilityUnrated"] = .object([
                "href": .text(links.page(methodology, anchor: MethodologyAnchors.unrated)),
            ])
            // The filter's value, not a word shown.
            fields["gradeLetter"] = .text("unrated")
        }
        if let kind = grade.kind {
            fields["sourceKind"] = .object([
                "label": .text(words.sourceKind(kind)),
                "href": .text(links.page(methodology, anchor: MethodologyAnchors.kind(kind))),
            ])
        }
        if let original = grade.original {
            fields["repostOf"] = .object([
                "title": .text(original.title), "href": .text(links.source(original.id)),
                "sentence": sentence("grade.repostOfWork", markup: ["work": link(links.source(original.id), original.title)]),
            ])
        }
        return fields
    }

    /// A verdict's pill fields: its label and the link to its definition.
    func verdictFields(_ status: ClaimStatus, links: LinkContext) -> TemplateFields {
        ["status": .text(status.rawValue), "label": .text(words.verdict(status)),
         "href": .text(links.page(MethodologyAnchors.path, anchor: MethodologyAnchors.verdict(status)))]
    }

    /// A claim's history, oldest first, and the date it last changed; merged into its note's fields.
    func historyFields(_ history: [HistoryStep], links: LinkContext) -> TemplateFields {
        guard let last = history.last else { return [:] }
        // The steps only where a template lists them (a claims page says when it last changed).
        let entries = TemplateLazy { [self] in
            .list(history.enumerated().map { index, step -> TemplateValue in
                var fields = verdictFields(step.status, links: links)
                fields["date"] = .text(words.date(step.date))
                fields["dateISO"] = .text(DisplayDate.iso(step.date))
                fields["isFirst"] = .bool(index == 0)
                if let note = step.note { fields["historyNote"] = .html(note.resolved(for: links)) }
                return .object(fields)
            })
        }
        return [
            "history": .lazy(entries),
            "hasHistory": .bool(true),
            "changedOn": .text(words.date(last.date)),
            "changedOnISO": .text(DisplayDate.iso(last.date)),
            "changedOnSentence": sentence("claim.changedOnDate", markup: ["date": timeElement(last.date)]),
        ]
    }

    /// An update as its briefing's section (`onItsPage`) or `corrections/` lists it.
    func updateFields(_ update: UpdateView, links: LinkContext, onItsPage: Bool) -> TemplateFields {
        let entryID = PlanViews.correctionsEntryID(slug: update.slug, number: update.number)
        return [
            "id": .text(onItsPage ? "update-\(update.number)" : entryID),
            "correctionsHref": .text(links.page("corrections/", anchor: entryID)),
            "kind": .text(update.kind.rawValue),
            "label": .text(words.updateKind(update.kind)),
            "date": .text(words.date(update.date)),
            "dateISO": .text(DisplayDate.iso(update.date)),
            "timestamp": .text(DisplayDate.timestamp(update.date)),
            "briefingTitle": .text(update.briefingTitle),
            "href": .text(links.briefing(update.slug, anchor: "update-\(update.number)")),
            "text": .html(update.text.resolved(for: links)),
        ]
    }

    /// Where a claim was made, as fields of its JSON-LD `Claim`: `appearance`, and the earliest dated
    /// of them as `firstAppearance`. None of the evidence: that is the review's `citation`.
    func appearance(_ works: [SourceLink], into json: inout JSONWriter) {
        guard !works.isEmpty else { return }
        // Undated works sort after dated ones; among equals the first listed wins (a stable choice).
        let first = works.enumerated().min { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?): x != y ? x < y : a.offset < b.offset
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.offset < b.offset
            }
        }?.element
        json.key("appearance")
        json.array { json in
            for work in works { creativeWork(work, into: &json) }
        }
        if let first {
            json.key("firstAppearance")
            creativeWork(first, into: &json)
        }
    }

    /// `"<key>":[{"@type":"Person","name":…},…]`: the authors of a briefing or of a source.
    static func people(_ names: [String], as key: String, into json: inout JSONWriter) {
        json.key(key)
        json.array { json in
            for name in names {
                json.object { json in
                    json.field("@type", "Person")
                    json.field("name", name)
                }
            }
        }
    }

    /// A source as schema.org's `CreativeWork`.
    func creativeWork(_ source: SourceLink, into json: inout JSONWriter) {
        json.object { json in
            json.field("@type", "CreativeWork")
            json.field("name", source.title)
            if let address = source.url { json.field("url", address) }
            if !source.authors.isEmpty {
                Self.people(source.authors, as: "author", into: &json)
            } else if let publisher = source.publisher {
                json.key("author")
                json.object { json in
                    json.field("@type", "Organization")
                    json.field("name", publisher)
                }
            }
            if let date = source.date { json.field("datePublished", DisplayDate.iso(date)) }
        }
    }

    /// The bibliography grouped by kind, in the order of `SourceKind`, sources without a kind last;
    /// within a group, the order of `sources.yaml`.
    func sourceGroups(_ sources: [SourceEntry], links: LinkContext) -> TemplateValue {
        var byKind: [SourceKind?: [SourceEntry]] = [:]
        for source in sources { byKind[source.grade.kind, default: []].append(source) }
        let order: [SourceKind?] = SourceKind.allCases.map { $0 } + [nil]
        return .list(order.compactMap { kind -> TemplateValue? in
            guard let members = byKind[kind], !members.isEmpty else { return nil }
            let id = kind.map { "sources-\($0.rawValue)" } ?? "sources-other"
            return .object([
                "id": .text(id),
                "title": .text(words.sourceKinds(kind)),
                "count": .text(words.number(members.count)),
                "sources": .lazyList(TemplateList(members) { [self] in .object(sourceEntryFields($0, links: links)) }),
            ])
        })
    }
}
