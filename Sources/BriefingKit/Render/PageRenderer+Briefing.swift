/// The briefing page, and what listings show of briefings and claims.
extension PageRenderer {
    func briefingContext(_ page: BriefingPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head, cards: page.cards)
        var fields = summaryFields(page.summary, links: links)
        fields["body"] = .html(page.body)
        let toc = page.headings.filter { $0.level >= 2 && $0.level <= 3 }
        fields["hasToc"] = .bool(toc.count >= 3)
        fields["toc"] = .list(toc.map { heading in
            .object(["text": .text(heading.text), "href": .text("#" + heading.slug), "isSubsection": .bool(heading.level == 3)])
        })
        fields["claims"] = .list(page.claims.map { claim in
            var claimFields = claimFields(claim, links: links, onItsPage: true)
            // Ids the note had before (`moved-from`), kept as empty elements at its start.
            claimFields["movedNoteIDs"] = .list((page.movedClaimIDs[claim.id] ?? []).map { .object(["id": .text("note-\($0)")]) })
            return .object(claimFields)
        })
        fields["hasClaims"] = .bool(!page.claims.isEmpty)
        fields["jsonLD"] = .html(jsonLD(page))
        if let timeline = page.timeline { fields["timeline"] = .html(timeline.html(words: pictureWords)) }
        if !page.updates.isEmpty {
            fields["updates"] = .list(page.updates.map { .object(updateFields($0, links: links, onItsPage: true)) })
            fields["hasUpdates"] = .bool(true)
        }
        if let work = page.reviews {
            var reviewed: TemplateFields = ["title": .text(work.title), "href": .text(links.source(work.id))]
            reviewed.setIfPresent("publisher", work.publisher)
            var workHTML = link(links.source(work.id), work.title)
            if let publisher = work.publisher, !publisher.isEmpty { workHTML += " (\(HTMLEscaping.escape(publisher)))" }
            reviewed["sentence"] = sentence("briefing.reviewsWork", markup: ["work": workHTML])
            fields["reviews"] = .object(reviewed)
        }
        context["briefing"] = .object(fields)
        return context
    }

    /// What listings show of a briefing: title, link, dates, summary, tags and claim counts.
    func summaryFields(_ summary: BriefingSummary, links: LinkContext) -> TemplateFields {
        var fields: TemplateFields = [
            "slug": .text(summary.slug),
            "title": .text(summary.title),
            "href": .text(links.briefing(summary.slug)),
            "date": .text(words.date(summary.date)),
            "dateISO": .text(DisplayDate.iso(summary.date)),
            "isDraft": .bool(summary.draft),
            "isScheduled": .bool(summary.scheduled),
            "claimCount": .text(String(summary.claimCount)),
            "claimCountText": countSentence("claims.count", summary.claimCount),
            "hasClaims": .bool(summary.claimCount > 0),
            "authors": .list(summary.authors.map { .object(["name": .text($0)]) }),
            "hasAuthors": .bool(!summary.authors.isEmpty),
            "authorList": .text(summary.authors.joined(separator: ", ")),
            // Only a briefing's own page says it in a sentence (its cards in listings do not).
            "byAuthors": .lazy(TemplateLazy { [self] in
                sentence("meta.byAuthors", text: ["authors": summary.authors.joined(separator: ", ")])
            }),
            "tags": .list(summary.tags.map { tag in .object(["name": .text(tag), "href": .text(links.page("tags/\(tag)/"))]) }),
            "hasTags": .bool(!summary.tags.isEmpty),
        ]
        fields.setIfPresent("summary", summary.summary)
        if let updated = summary.updated {
            fields["updated"] = .text(words.date(updated))
            fields["updatedISO"] = .text(DisplayDate.iso(updated))
            fields["updatedSentence"] = .lazy(TemplateLazy { [self] in
                sentence("meta.updatedOn", markup: ["date": timeElement(updated)])
            })
        }
        fields["verdicts"] = .list(summary.verdicts.map { verdict in
            var fields = verdictFields(verdict.status, links: links)
            fields["count"] = .text(words.number(verdict.count))
            return .object(fields)
        })
        return fields
    }

    /// A claim as its note shows it; on other pages (`onItsPage` false) it also links to its briefing.
    /// The cache's when the renderer keeps one (the preview), made whole: a kept claim's lazy fields
    /// would be made again at every page that shows it.
    func claimFields(_ claim: ClaimView, links: LinkContext, onItsPage: Bool) -> TemplateFields {
        guard let claimCache else { return makeClaimFields(claim, links: links, onItsPage: onItsPage) }
        return claimCache.fields(claim, links: links, onItsPage: onItsPage) {
            makeClaimFields(claim, links: links, onItsPage: onItsPage).madeWhole
        }
    }

    private func makeClaimFields(_ claim: ClaimView, links: LinkContext, onItsPage: Bool) -> TemplateFields {
        let slug = claim.slug
        var fields: TemplateFields = [
            "number": .text(String(claim.number)),
            "id": .text(claim.id),
            "noteID": .text("note-\(claim.id)"),
            "elementID": .text("\(slug)--\(claim.id)"),
            "status": .text(claim.status.rawValue),
            "label": .text(words.verdict(claim.status)),
            "text": .text(claim.text.isEmpty ? words.text("claim.unmarked") : claim.text),
            "quotedText": .text(words.text("claim.quoted", ["text": claim.text.isEmpty ? words.text("claim.unmarked") : claim.text])),
            "isMarked": .bool(!claim.markIDs.isEmpty),
        ]
        fields["verdictHref"] = .text(links.page(MethodologyAnchors.path, anchor: MethodologyAnchors.verdict(claim.status)))
        if let confidence = claim.confidence {
            fields["confidence"] = .text(confidence.rawValue)
            fields["confidenceLabel"] = .text(words.confidence(confidence))
            fields["confidenceHref"] = .text(links.page(MethodologyAnchors.path, anchor: MethodologyAnchors.confidence(confidence)))
        }
        fields.merge(historyFields(claim.history, links: links))
        if let note = claim.note { fields["note"] = .html(note.resolved(for: links)) }
        if let correction = claim.correction { fields["correction"] = .html(correction.resolved(for: links)) }
        // Made only where a template shows them: a claims page shows no sources and no mark's label,
        // a briefing's page does not say which briefing the claim is in.
        fields["sources"] = .lazy(TemplateLazy { [self] in .list(claim.sources.map { sourceFields($0, links: links) }) })
        fields["hasSources"] = .bool(!claim.sources.isEmpty)
        fields["marks"] = .lazy(TemplateLazy { [self] in
            .list(claim.markIDs.enumerated().map { index, anchor -> TemplateValue in
                let href = onItsPage ? "#\(anchor)" : links.briefing(slug, anchor: anchor)
                return .object(["href": .text(href), "index": .text(String(index + 1)), "isFirst": .bool(index == 0),
                                "backLabel": .lazy(TemplateLazy { [self] in
                                    sentence("claim.backToMarkLabel", text: ["index": String(index + 1), "number": String(claim.number)])
                                })])
            })
        })
        fields["hasSeveralMarks"] = .bool(claim.markIDs.count > 1)
        fields["briefingTitle"] = .text(claim.briefingTitle)
        fields["briefingHref"] = .text(links.briefing(slug))
        fields["inBriefing"] = .lazy(TemplateLazy { [self] in
            sentence("claim.inBriefing", markup: ["briefing": link(links.briefing(slug), claim.briefingTitle)])
        })
        fields["noteHref"] = .text(onItsPage ? "#note-\(claim.id)" : links.briefing(slug, anchor: "note-\(claim.id)"))
        return fields
    }

    /// A source as a claim note lists it: to the bibliography and out to the original.
    func sourceFields(_ source: SourceLink, links: LinkContext) -> TemplateValue {
        var fields: TemplateFields = ["id": .text(source.id), "title": .text(source.title),
                                               "href": .text(links.source(source.id))]
        fields.setIfPresent("url", source.url)
        fields.setIfPresent("archived", source.archived)
        fields.setIfPresent("publisher", source.publisher)
        fields.merge(gradeFields(source.grade, links: links))
        return .object(fields)
    }

    /// schema.org data for a briefing: an `Article` and a `ClaimReview` for every claim that is not an
    /// opinion, as JSON (written straight to bytes: the tree of values was a malloc per value).
    func jsonLD(_ page: BriefingPage) -> String {
        let summary = page.summary
        let settings = page.head.settings
        let url = settings.baseURL + settings.languageLinks.folder + page.head.path
        func publisher(_ json: inout JSONWriter) {
            json.object { json in
                json.field("@type", "Organization")
                json.field("name", settings.title)
            }
        }
        var json = JSONWriter(capacity: 1024 + 512 * page.claims.count)
        json.object { json in
            json.field("@context", "https://schema.org")
            json.key("@graph")
            json.array { json in
                json.object { json in
                    json.field("@type", "Article")
                    json.field("headline", summary.title)
                    json.field("url", url)
                    json.field("datePublished", DisplayDate.iso(summary.date))
                    if let updated = summary.updated { json.field("dateModified", DisplayDate.iso(updated)) }
                    if let text = summary.summary { json.field("description", text) }
                    if !summary.authors.isEmpty { Self.people(summary.authors, as: "author", into: &json) }
                    json.key("publisher")
                    publisher(&json)
                    if !summary.tags.isEmpty { json.field("keywords", summary.tags.joined(separator: ", ")) }
                    json.field("inLanguage", settings.language)
                    // A translation names its original (DESIGN §8), which is at the default language's address.
                    if let original = settings.languages.first, original.code != settings.language,
                       page.head.alternates.contains(original.code) {
                        json.key("translationOfWork")
                        json.object { json in
                            json.field("@type", "Article")
                            json.field("url", settings.baseURL + page.head.path)
                            json.field("inLanguage", original.code)
                        }
                    }
                }
                // A claim never marked in the text has no wording to review and no `claim-<id>` anchor: left out.
                for (index, claim) in page.claims.enumerated() where claim.status != .opinion && !claim.markIDs.isEmpty {
                    json.object { json in
                        json.field("@type", "ClaimReview")
                        json.field("url", url + "#claim-" + claim.id)
                        json.field("claimReviewed", claim.text)
                        json.key("itemReviewed")
                        json.object { json in
                            json.field("@type", "Claim")
                            if index < page.appearances.count { appearance(page.appearances[index], into: &json) }
                        }
                        json.key("author")
                        publisher(&json)
                        json.field("inLanguage", settings.language)
                        json.field("datePublished", DisplayDate.iso(page.reviewsPublished))
                        json.key("reviewRating")
                        json.object { json in
                            json.field("@type", "Rating")
                            json.field("alternateName", words.verdict(claim.status))
                        }
                        if let changed = claim.history.last?.date { json.field("dateModified", DisplayDate.iso(changed)) }
                        if !claim.sources.isEmpty {
                            json.key("citation")
                            json.array { json in
                                for source in claim.sources { creativeWork(source, into: &json) }
                            }
                        }
                    }
                }
            }
        }
        return json.string
    }
}
