extension Renderer {
    func renderBriefing(_ annotated: AnnotatedBriefing, _ output: PageSink) {
        let briefing = annotated.briefing
        let path = "briefings/\(briefing.slug)/"
        let links = self.links(for: path)
        var context = chrome(path: path, title: briefing.title, description: briefing.summary, links: links)
        var fields = briefingSummary(annotated, links: links)
        fields["body"] = .html(annotated.bodyHTML)
        let toc = annotated.headings.filter { $0.level >= 2 && $0.level <= 3 }
        fields["hasToc"] = .bool(toc.count >= 3)
        fields["toc"] = .list(toc.map { heading in
            .object(["text": .text(heading.text), "href": .text("#" + heading.slug), "isSubsection": .bool(heading.level == 3)])
        })
        fields["claims"] = .list(annotated.claims.map { .object(claimFields($0, in: annotated, links: links, onItsPage: true)) })
        fields["hasClaims"] = .bool(!annotated.claims.isEmpty)
        fields["jsonLD"] = .html(jsonLD(for: annotated, path: path).serialized)
        context["briefing"] = .object(fields)
        output.page("briefing", path: path, context: context)
    }

    /// What listings show of a briefing: title, link, dates, summary, tags and claim counts.
    func briefingSummary(_ annotated: AnnotatedBriefing, links: LinkContext) -> [String: TemplateValue] {
        let briefing = annotated.briefing
        var fields: [String: TemplateValue] = [
            "slug": .text(briefing.slug),
            "title": .text(briefing.title),
            "href": .text(links.briefing(briefing.slug)),
            "date": .text(DisplayDate.readable(briefing.date)),
            "dateISO": .text(DisplayDate.iso(briefing.date)),
            "isDraft": .bool(briefing.draft),
            "isScheduled": .bool(options.marksAsScheduled(briefing)),
            "claimCount": .text(String(annotated.claims.count)),
            "hasClaims": .bool(!annotated.claims.isEmpty),
            "authors": .list(briefing.authors.map { .object(["name": .text($0)]) }),
            "hasAuthors": .bool(!briefing.authors.isEmpty),
            "authorList": .text(briefing.authors.joined(separator: ", ")),
            "tags": .list(briefing.tags.map { tag in .object(["name": .text(tag), "href": .text(links.page("tags/\(tag)/"))]) }),
            "hasTags": .bool(!briefing.tags.isEmpty),
        ]
        fields.setIfPresent("summary", briefing.summary)
        if let updated = briefing.updated {
            fields["updated"] = .text(DisplayDate.readable(updated))
            fields["updatedISO"] = .text(DisplayDate.iso(updated))
        }
        let verdicts = ClaimStatus.allCases.compactMap { status -> TemplateValue? in
            let count = annotated.claims.filter { $0.claim.status == status }.count
            guard count > 0 else { return nil }
            return .object(["status": .text(status.rawValue), "label": .text(status.label), "count": .text(String(count))])
        }
        fields["verdicts"] = .list(verdicts)
        return fields
    }

    /// A claim as its note shows it; on other pages (`onItsPage` false) it also links to its briefing.
    func claimFields(_ numbered: NumberedClaim, in annotated: AnnotatedBriefing, links: LinkContext,
                     onItsPage: Bool) -> [String: TemplateValue] {
        let claim = numbered.claim
        let slug = annotated.briefing.slug
        var fields: [String: TemplateValue] = [
            "number": .text(String(numbered.number)),
            "id": .text(claim.id),
            "noteID": .text("note-\(claim.id)"),
            // Ids the note had before (`moved-from`), kept as empty elements at its start.
            "movedNoteIDs": .list(claim.movedFrom.map { .object(["id": .text("note-\($0.id)")]) }),
            "elementID": .text("\(slug)--\(claim.id)"),
            "status": .text(claim.status.rawValue),
            "label": .text(claim.status.label),
            "text": .text(numbered.text.isEmpty ? "(not marked in the text)" : numbered.text),
            "isMarked": .bool(!numbered.markIDs.isEmpty),
        ]
        if let confidence = claim.confidence { fields["confidence"] = .text(confidence.rawValue) }
        if let note = numbered.noteHTML { fields["note"] = .html(note.resolved(for: links)) }
        if let correction = numbered.correctionHTML { fields["correction"] = .html(correction.resolved(for: links)) }
        let sources = claim.sources.compactMap { sourceLink($0.id, links: links) }
        fields["sources"] = .list(sources)
        fields["hasSources"] = .bool(!sources.isEmpty)
        let marks = numbered.markIDs.enumerated().map { index, anchor -> TemplateValue in
            let href = onItsPage ? "#\(anchor)" : links.briefing(slug, anchor: anchor)
            return .object(["href": .text(href), "index": .text(String(index + 1)), "isFirst": .bool(index == 0)])
        }
        fields["marks"] = .list(marks)
        fields["hasSeveralMarks"] = .bool(marks.count > 1)
        fields["briefingTitle"] = .text(annotated.briefing.title)
        fields["briefingHref"] = .text(links.briefing(slug))
        fields["noteHref"] = .text(onItsPage ? "#note-\(claim.id)" : links.briefing(slug, anchor: "note-\(claim.id)"))
        return fields
    }

    /// A source as a claim note lists it: to the bibliography and out to the original.
    func sourceLink(_ id: String, links: LinkContext) -> TemplateValue? {
        guard let source = sourcesByID[id] else { return nil }
        var fields: [String: TemplateValue] = ["id": .text(id), "title": .text(source.title), "href": .text(links.source(id))]
        fields.setIfPresent("url", source.url)
        fields.setIfPresent("archived", source.archived)
        fields.setIfPresent("publisher", source.publisher)
        return .object(fields)
    }
}
