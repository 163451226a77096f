extension Renderer {
    /// A source's grade as every citation shows it (DESIGN §7): the reliability letter linking its
    /// definition on `methodology/` ("unrated" when there is none), the kind in words, and for a
    /// repost the original's bibliography entry. Merged into a source's template fields, under names
    /// no enclosing context uses: Mustache looks a missing key up in the enclosing contexts, so a
    /// source without a kind inside a glossary entry would otherwise print the entry's `kind`.
    func gradeFields(_ source: Source, links: LinkContext) -> [String: TemplateValue] {
        let methodology = MethodologyAnchors.path
        var fields: [String: TemplateValue] = [:]
        if let grade = source.reliability {
            fields["reliabilityGrade"] = .object([
                "letter": .text(grade.rawValue),
                "name": .text(TrustWords.gradeName(grade)),
                "href": .text(links.page(methodology, anchor: MethodologyAnchors.reliability(grade))),
            ])
            fields["gradeLetter"] = .text(grade.rawValue)
        } else {
            fields["reliabilityUnrated"] = .object([
                "label": .text(TrustWords.unrated),
                "href": .text(links.page(methodology, anchor: MethodologyAnchors.unrated)),
            ])
            fields["gradeLetter"] = .text("unrated")
        }
        if let kind = source.kind {
            fields["sourceKind"] = .object([
                "label": .text(kind.label),
                "href": .text(links.page(methodology, anchor: MethodologyAnchors.kind(kind))),
            ])
        }
        if let id = source.original?.id, let original = sourcesByID[id] {
            fields["repostOf"] = .object([
                "label": .text(TrustWords.repostOf),
                "title": .text(original.title),
                "href": .text(links.source(id)),
            ])
        }
        return fields
    }

    /// A verdict's pill fields: its label and the link to its definition.
    func verdictFields(_ status: ClaimStatus, links: LinkContext) -> [String: TemplateValue] {
        ["status": .text(status.rawValue), "label": .text(status.label),
         "href": .text(links.page(MethodologyAnchors.path, anchor: MethodologyAnchors.verdict(status)))]
    }

    /// A claim's history, oldest first, and the date it last changed; merged into its note's fields.
    func historyFields(_ numbered: NumberedClaim, links: LinkContext) -> [String: TemplateValue] {
        let history = numbered.claim.history
        guard let last = history.last else { return [:] }
        let entries = history.enumerated().map { index, entry -> TemplateValue in
            var fields = verdictFields(entry.status, links: links)
            fields["date"] = .text(DisplayDate.readable(entry.date))
            fields["dateISO"] = .text(DisplayDate.iso(entry.date))
            fields["isFirst"] = .bool(index == 0)
            if index < numbered.historyNotesHTML.count, let note = numbered.historyNotesHTML[index] {
                fields["historyNote"] = .html(note.resolved(for: links))
            }
            return .object(fields)
        }
        return [
            "history": .list(entries),
            "hasHistory": .bool(true),
            "changedOn": .text(DisplayDate.readable(last.date)),
            "changedOnISO": .text(DisplayDate.iso(last.date)),
        ]
    }

    /// The briefing's "Corrections and updates" section: entries `update-<n>` from 1, oldest first.
    func updatesFields(_ annotated: AnnotatedBriefing, links: LinkContext) -> [String: TemplateValue] {
        let updates = annotated.briefing.updates
        guard !updates.isEmpty else { return [:] }
        let entries = updates.enumerated().map { index, update -> TemplateValue in
            var fields: [String: TemplateValue] = [
                "id": .text("update-\(index + 1)"),
                "correctionsHref": .text(links.page("corrections/", anchor: Self.correctionsEntryID(
                    slug: annotated.briefing.slug, number: index + 1))),
                "kind": .text(update.kind.rawValue),
                "label": .text(update.kind.label),
                "date": .text(DisplayDate.readable(update.date)),
                "dateISO": .text(DisplayDate.iso(update.date)),
            ]
            if index < annotated.updatesHTML.count { fields["text"] = .html(annotated.updatesHTML[index].resolved(for: links)) }
            return .object(fields)
        }
        return ["updates": .list(entries), "hasUpdates": .bool(true), "updatesTitle": .text(TrustWords.correctionsTitle)]
    }

    /// The work a briefing reviews (`reviews`), linking its bibliography entry.
    func reviewedWorkFields(_ briefing: Briefing, links: LinkContext) -> [String: TemplateValue] {
        guard let id = briefing.reviews?.id, let source = sourcesByID[id] else { return [:] }
        var work: [String: TemplateValue] = ["title": .text(source.title), "href": .text(links.source(id))]
        work.setIfPresent("publisher", source.publisher)
        return ["reviews": .object(work)]
    }
}
