/// Each kind of page: its path and its input.
extension PlanViews {
    func entryPage(_ annotated: AnnotatedGlossaryEntry) -> Page {
        let entry = annotated.entry
        let path = "glossary/\(entry.id)/"
        let mentions = (site.backlinks.mentions[entry.id] ?? []).compactMap { group -> MentionGroup? in
            guard let slug = group.first?.briefing, let title = briefingTitles[slug] else { return nil }
            return MentionGroup(slug: slug, title: title, anchors: group.map(\.anchor))
        }
        let timeline = entryTimeline(entry, path: path)
        let partyOf = self.partyOf[entry.id] ?? []
        let input = GlossaryEntryPage(
            head: head(path, title: entry.name, description: entry.summary), entry: entrySummary(entry),
            body: annotated.bodyHTML,
            parties: entry.parties.compactMap { entriesByID[$0.id] }.map(entrySummary),
            related: entry.related.compactMap { entriesByID[$0.id] }.map(entrySummary),
            partyOf: partyOf.map(entrySummary),
            dates: entry.dates.map { LabelledDate(label: $0.label, value: $0.value) },
            sources: entry.sources.compactMap { sourceLink($0.id) }, mentions: mentions,
            cards: cards(annotated.linkedTerms + timeline.linkedTerms),
            timeline: timeline.picture, relations: entryRelations(entry, path: path))
        return Page(path: path + "index.html", input: .glossaryEntry(input),
                    anchors: annotated.headings.map(\.slug))
    }

    func glossaryIndex() -> Page {
        let entries = site.glossary.map(\.entry)
        let groups = GlossaryKind.allCases.compactMap { kind -> EntryGroup? in
            let members = entries.filter { $0.kind == kind }.sorted(by: Self.alphabetical)
            return members.isEmpty ? nil : EntryGroup(kind: kind, entries: members.map(entrySummary))
        }
        return Page(path: "glossary/index.html",
                    input: .glossaryIndex(GlossaryIndexPage(head: head("glossary/", title: words.text("title.glossary")), groups: groups)))
    }

    func homePages() -> [Page] {
        let pagination = Pagination(site.briefings, size: settings.paginate, base: "")
        return pagination.pages.map { page in
            let title = page.number == 1 ? settings.title
                : words.text("title.homePage", ["site": settings.title, "number": String(page.number)])
            let input = BriefingListPage(head: head(page.path, title: title), kind: .home,
                                         page: PageNumber(number: page.number, total: pagination.pages.count, base: ""),
                                         briefings: page.items.map(summary))
            return Page(path: page.path + "index.html", input: .briefingList(input))
        }
    }

    func tagPages() -> [Page] {
        var byTag: [String: [AnnotatedBriefing]] = [:]
        for briefing in site.briefings {
            for tag in Set(briefing.briefing.tags) { byTag[tag, default: []].append(briefing) }
        }
        let tags = byTag.keys.sorted()
        var pages: [Page] = []
        for tag in tags {
            let base = "tags/\(tag)/"
            let pagination = Pagination(byTag[tag] ?? [], size: settings.paginate, base: base)
            for page in pagination.pages {
                let input = BriefingListPage(head: head(page.path, title: words.text("title.tag", ["tag": tag])), kind: .tag(tag),
                                             page: PageNumber(number: page.number, total: pagination.pages.count, base: base),
                                             briefings: page.items.map(summary))
                pages.append(Page(path: page.path + "index.html", input: .briefingList(input)))
            }
        }
        let index = TagIndexPage(head: head("tags/", title: words.text("title.tags")),
                                 tags: tags.map { TagCount(tag: $0, count: byTag[$0]?.count ?? 0) })
        pages.append(Page(path: "tags/index.html", input: .tagIndex(index)))
        return pages
    }

    func claimPages() -> [Page] {
        // Briefings are newest first, and claims in their order within a briefing.
        var byStatus: [ClaimStatus: [ClaimPlace]] = [:]
        for briefing in site.briefings.indices {
            for claim in site.briefings[briefing].claims.indices {
                byStatus[site.briefings[briefing].claims[claim].claim.status, default: []]
                    .append(ClaimPlace(briefing: briefing, claim: claim))
            }
        }
        let groups = ClaimStatus.allCases.map { status in
            let claims = byStatus[status] ?? []
            return StatusGroup(status: status, count: claims.count, latest: claims.prefix(3).map(claimView))
        }
        let latest = ClaimStatus.allCases.flatMap { (byStatus[$0] ?? []).prefix(3) }
        var pages = [Page(path: "claims/index.html", input: .claimsIndex(ClaimsIndexPage(
            head: head("claims/", title: words.text("title.claims")), statuses: groups,
            total: byStatus.values.reduce(0) { $0 + $1.count }, cards: cards(of: latest))))]
        for status in ClaimStatus.allCases {
            let claims = byStatus[status] ?? []
            let base = "claims/\(status.rawValue)/"
            let pagination = Pagination(claims, size: settings.paginate, base: base)
            for page in pagination.pages {
                let items = Array(page.items)
                let input = ClaimListPage(head: head(page.path, title: words.text("title.claimsOfVerdict", ["verdict": words.verdict(status)])), status: status,
                                          count: claims.count,
                                          page: PageNumber(number: page.number, total: pagination.pages.count, base: base),
                                          claims: items.map(claimView), cards: cards(of: items))
                pages.append(Page(path: page.path + "index.html", input: .claimList(input)))
            }
        }
        return pages
    }

    func sourcesPage() -> Page {
        let entries = site.site.sources.map { source -> SourceEntry in
            let citedBy = (site.backlinks.citations[source.id] ?? []).compactMap { group -> CitationGroup? in
                guard let slug = group.first?.briefing, let title = briefingTitles[slug] else { return nil }
                return CitationGroup(slug: slug, title: title, citations: group)
            }
            let glossary = (site.backlinks.glossarySources[source.id] ?? []).compactMap { entriesByID[$0] }
            var claimCount = 0
            for group in site.backlinks.citations[source.id] ?? [] {
                for citation in group { if case .claim = citation.kind { claimCount += 1 } }
            }
            return SourceEntry(id: source.id, movedFrom: source.movedFrom.map(\.id), title: source.title, authors: source.authors, publisher: source.publisher,
                               date: source.date, url: source.url, archived: source.archived, accessed: source.accessed,
                               noteHTML: source.note == nil ? nil : site.sourceNotes[source.id]?.html,
                               citedBy: citedBy, glossary: glossary.map(entrySummary),
                               grade: Self.grade(source, sourcesByID), claimCount: claimCount)
        }
        let terms = site.site.sources.flatMap { site.sourceNotes[$0.id]?.terms ?? [] }
        let input = SourcesPage(head: head("sources/", title: words.text("title.sources")), sources: entries, cards: cards(terms))
        return Page(path: "sources/index.html", input: .sources(input),
                    anchors: site.site.sources.flatMap { source in
                        ["source-\(source.id)"] + source.movedFrom.map { "source-\($0.id)" }
                    })
    }

    func notFoundPage() -> Page {
        let input = NotFoundPage(head: head("404.html", title: words.text("title.notFound"), absoluteLinks: true),
                                 latest: site.briefings.prefix(5).map(summary))
        return Page(path: "404.html", input: .notFound(input))
    }

    func feed() -> Page {
        let input = FeedFile(head: head("", title: settings.title, absoluteLinks: true),
                             entries: site.briefings.prefix(50).map(summary))
        return Page(path: "feed.xml", input: .feed(input))
    }
}
