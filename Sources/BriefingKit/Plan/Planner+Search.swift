import Foundation

/// The search page and the files of its index (DESIGN §7, Search that scales). The index is made
/// here, from typed documents read off the annotated site, so every index file is a page whose input
/// is its own text: equal documents give equal files, and a preview rebuild writes only the files
/// whose text changed.
extension PlanViews {
    /// The search page (words of the page and of its script from InterfaceText, the manifest it loads)
    /// and each index file; and how long making the index took, for `build -v`.
    func searchFiles(memo: inout SearchMemo) -> (pages: [Page], seconds: Double) {
        let started = Date()
        let indexed = indexedSearchDocuments(memo: &memo)
        let index = SearchIndexBuilder(folder: Self.searchFolder).build(indexed, vocabulary: memo.vocabulary, memo: &memo.files)
        memo.forgetIfBloated(usedTerms: index.termCount)
        let seconds = Date().timeIntervalSince(started)
        let pages = Self.searchPages(index, page: searchPage(manifestPath: index.manifestPath))
        memo.lastPages = pages
        return (pages, seconds)
    }

    /// The search page's input, loading the manifest at `manifestPath`.
    func searchPage(manifestPath: String) -> SearchPage {
        let scriptWords = Self.searchScriptKeys.map { (key: String($0.dropFirst("search.".count)), text: words.text($0)) }
        return SearchPage(head: head("search/", title: words.text("title.search")),
                          manifestPath: manifestPath, scriptWords: scriptWords.map { [$0.key, $0.text] })
    }

    /// Each file of `index`, then the search page, as the plan holds them.
    static func searchPages(_ index: SearchIndex, page: SearchPage) -> [Page] {
        var pages = index.files.map { Page(path: $0.path, input: .searchIndex(SearchIndexFile(text: $0.text))) }
        pages.append(Page(path: "search/index.html", input: .search(page)))
        return pages
    }

    /// The words search.js shows (result kinds, status lines), handed to it as JSON in the page.
    static let searchScriptKeys = [
        "search.kind.briefing", "search.kind.section", "search.kind.claim", "search.kind.term",
        "search.kind.source", "search.kind.page", "search.kind.update", "search.in", "search.noResults",
        "search.firstOf", "search.oneResult", "search.manyResults", "search.failed",
    ]

    /// The documents of the glossary, the sources and the standalone pages, in that order.
    func otherSearchDocuments(links: LinkContext) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        // A language's index holds its own pages: an entry without a translation has none there.
        for annotated in site.glossary where !settings.languageLinks.untranslatedEntries.contains(annotated.entry.id) {
            let entry = annotated.entry
            documents.append(SearchDocument(
                kind: .term, url: links.glossaryEntry(entry.id), title: entry.name,
                keywords: entry.aliases + [words.kind(entry.kind)],
                text: ([entry.summary, annotated.plainText.intro] + annotated.plainText.sections + annotated.plainText.footnotes)
                    .joined(separator: "\n")))
        }
        for source in site.site.sources {
            documents.append(SearchDocument(
                kind: .source, url: links.source(source.id), title: source.title,
                keywords: [source.publisher].compactMap { $0 } + source.authors,
                text: source.note.map(PlainText.inline) ?? ""))
        }
        for annotated in site.pages {
            let page = annotated.page
            let text = [page.summary ?? "", annotated.plainText.intro] + annotated.plainText.sections + annotated.plainText.footnotes
            documents.append(SearchDocument(kind: .page, url: links.page(page.slug + "/"), title: page.title,
                                            text: text.filter { !$0.isEmpty }.joined(separator: "\n")))
        }
        return documents
    }

    /// One briefing's documents: the briefing (title, summary, the text before its first heading), each
    /// heading's section, each claim (its marked text, verdict, note and correction), each update, and
    /// its footnotes (opening at the page's footnote list).
    func searchDocuments(for annotated: AnnotatedBriefing, links: LinkContext) -> [SearchDocument] {
        let briefing = annotated.briefing
        let slug = briefing.slug
        var documents = [SearchDocument(
            kind: .briefing, url: links.briefing(slug), title: briefing.title, keywords: briefing.tags + briefing.authors,
            text: [briefing.summary ?? "", annotated.plainText.intro].filter { !$0.isEmpty }.joined(separator: "\n"))]
        for (index, heading) in annotated.headings.enumerated() {
            let text = index < annotated.plainText.sections.count ? annotated.plainText.sections[index] : ""
            documents.append(SearchDocument(kind: .section, url: links.briefing(slug, anchor: heading.slug),
                                            title: heading.text, text: text, within: briefing.title))
        }
        for numbered in annotated.claims {
            let claim = numbered.claim
            let anchor = numbered.markIDs.first ?? "note-\(claim.id)"
            let verdict = words.verdict(claim.status)
            documents.append(SearchDocument(
                kind: .claim, url: links.briefing(slug, anchor: anchor),
                title: numbered.text.isEmpty ? words.text("search.claimNumber", ["number": String(numbered.number)]) : numbered.text,
                keywords: [verdict], text: annotated.claimPlainText[claim.id] ?? "", within: briefing.title,
                verdict: SearchDocument.Verdict(status: claim.status.rawValue, label: verdict)))
        }
        for (index, update) in briefing.updates.enumerated() {
            documents.append(SearchDocument(
                kind: .update, url: links.briefing(slug, anchor: "update-\(index + 1)"),
                title: words.updateKind(update.kind) + " · " + words.date(update.date),
                text: PlainText.inline(update.text), within: briefing.title))
        }
        if !annotated.plainText.footnotes.isEmpty {
            // Last, so that adding footnotes moves no other record of the page to another id.
            documents.append(SearchDocument(
                kind: .section, url: links.briefing(slug, anchor: "footnotes"), title: words.text("footnote.section"),
                text: annotated.plainText.footnotes.joined(separator: "\n"), within: briefing.title))
        }
        return documents
    }
}
