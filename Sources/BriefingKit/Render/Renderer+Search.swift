import Foundation

extension Renderer {
    /// The search page `search/` and its index (DESIGN §7, Search that scales): the index builder's
    /// files under `search/` (a manifest, dictionary shards, posting chunks, result records), read a few
    /// at a time by `assets/search.js`, all scripts so that search works from `file://` too. The index
    /// holds whole bodies cut at their headings, claims with their verdicts, notes and corrections,
    /// glossary entries and sources. Its URLs are relative to the site root (ending in `index.html` for
    /// `--portable`); the page resolves them against its own location.
    /// Returns how long making the index took (its documents and files), for `build -v`.
    func renderSearch(_ output: PageSink) -> Double {
        let started = Date()
        let index = SearchIndexBuilder().build(searchDocuments())
        let seconds = Date().timeIntervalSince(started)
        for file in index.files { output.emit(OutputFile(path: file.path, text: file.text)) }

        let links = self.links(for: "search/")
        var context = chrome(path: "search/", title: "Search", description: nil, links: links)
        context["search"] = .object([
            "root": .text(links.rootPrefix.isEmpty ? "./" : links.rootPrefix),
            "script": .text(links.file("assets/search.js")),
            "manifest": .text(links.file(index.manifestPath)),
        ])
        output.page("search", path: "search/", context: context)
        return seconds
    }

    /// What the index holds, in a fixed order (briefings newest first, then the glossary, then the
    /// sources), so that the same site gives the same index. Each briefing's documents are made once
    /// per annotation (a briefing a preview rebuild takes from its cache keeps them).
    func searchDocuments() -> [SearchDocument] {
        let links = LinkContext(rootPrefix: "", portable: options.portable)
        let briefings = Parallel.map(site.briefings) { annotated in
            annotated.searchDocuments.value(for: options.portable) { searchDocuments(for: annotated, links: links) }
        }
        var documents = briefings.flatMap { $0 }
        for annotated in site.glossary {
            let entry = annotated.entry
            documents.append(SearchDocument(
                kind: .term, url: links.glossaryEntry(entry.id), title: entry.name,
                keywords: entry.aliases + [entry.kind.label],
                text: ([entry.summary, annotated.plainText.intro] + annotated.plainText.sections).joined(separator: "\n")))
        }
        for source in site.site.sources {
            documents.append(SearchDocument(
                kind: .source, url: links.source(source.id), title: source.title,
                keywords: [source.publisher].compactMap { $0 } + source.authors,
                text: source.note.map(PlainText.inline) ?? ""))
        }
        return documents
    }

    /// One briefing's documents: the briefing (title, summary, the text before its first heading), each
    /// heading's section, each claim (its marked text, verdict, note and correction).
    private func searchDocuments(for annotated: AnnotatedBriefing, links: LinkContext) -> [SearchDocument] {
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
            let status = claim.status
            documents.append(SearchDocument(
                kind: .claim, url: links.briefing(slug, anchor: anchor),
                title: numbered.text.isEmpty ? "Claim \(numbered.number)" : numbered.text,
                keywords: [status.label], text: annotated.claimPlainText[claim.id] ?? "", within: briefing.title,
                verdict: SearchDocument.Verdict(status: status.rawValue, label: status.label)))
        }
        return documents
    }
}
