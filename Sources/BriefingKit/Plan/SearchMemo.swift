/// The search index's share of the plan memo, for one index (one language's folder): each briefing's
/// documents as indexed, reused while the briefing's annotation is the same object and the
/// dependencies are equal (as `PlanMemo` reuses its views), the other documents (glossary entries,
/// sources, pages) while they are equal, and the record files while their records are. So a save
/// tokenizes only the documents of what changed; the index files are then put together again from
/// every document's words, and only those whose text changed are written.
struct SearchMemo: Sendable {
    var dependencies: BriefingDependencies?
    /// The words of every document indexed so far, numbered (the indexed documents hold numbers).
    var vocabulary = WordTable()
    var briefings: [ObjectIdentifier: (annotated: AnnotatedBriefing, documents: [IndexedDocument])] = [:]
    /// The other documents by URL, each with what it was indexed from.
    var others: [String: (document: SearchDocument, indexed: IndexedDocument)] = [:]
    var files = SearchFileMemo()
    /// The search page and index files the last plan made (a deferring plan keeps them meanwhile).
    var lastPages: [Page]?
    /// How many documents the last plan tokenized (for tests of the memo).
    var tokenizedLastPlan = 0

    init(dependencies: BriefingDependencies? = nil) {
        self.dependencies = dependencies
    }

    /// Starts afresh when the vocabulary holds many more words than the index uses (words of
    /// deleted text pile up over a long preview session).
    mutating func forgetIfBloated(usedTerms: Int) {
        if vocabulary.count > 2 * usedTerms + 100_000 { self = SearchMemo() }
    }
}

extension PlanViews {
    /// The folder every index file is under (a language's index will be under its own).
    static let searchFolder = "search/"

    /// Every search document of the site indexed, in a fixed order (briefings newest first, then the
    /// glossary, the sources and the standalone pages, so that the same site gives the same index),
    /// taking what `memo` still holds and keeping what this plan made.
    func indexedSearchDocuments(memo: inout SearchMemo) -> [IndexedDocument] {
        if memo.dependencies != dependencies { memo = SearchMemo(dependencies: dependencies) }
        let links = LinkContext(rootPrefix: "", portable: settings.portable)
        let known = memo.briefings
        let missing = site.briefings.filter { known[ObjectIdentifier($0)]?.annotated !== $0 }
        let missingDocuments = Parallel.map(missing) { searchDocuments(for: $0, links: links) }
        var fresh = SearchIndexBuilder.index(missingDocuments.flatMap { $0 }, into: &memo.vocabulary)[...]
        var briefings: [ObjectIdentifier: (annotated: AnnotatedBriefing, documents: [IndexedDocument])] = [:]
        briefings.reserveCapacity(site.briefings.count)
        for (annotated, documents) in zip(missing, missingDocuments) {
            briefings[ObjectIdentifier(annotated)] = (annotated, Array(fresh.prefix(documents.count)))
            fresh = fresh.dropFirst(documents.count)
        }
        var indexed: [IndexedDocument] = []
        for annotated in site.briefings {
            let id = ObjectIdentifier(annotated)
            if briefings[id] == nil, let entry = known[id] { briefings[id] = entry }
            indexed += briefings[id]?.documents ?? []
        }

        let others = otherSearchDocuments(links: links)
        let changed = others.filter { memo.others[$0.url]?.document != $0 }
        let made = Dictionary(zip(changed.map(\.url), zip(changed, SearchIndexBuilder.index(changed, into: &memo.vocabulary))),
                              uniquingKeysWith: { first, _ in first })
        var current: [String: (document: SearchDocument, indexed: IndexedDocument)] = [:]
        current.reserveCapacity(others.count)
        var alone = 0
        for document in others {
            let entry: (document: SearchDocument, indexed: IndexedDocument)
            if let old = memo.others[document.url], old.document == document {
                entry = old
            } else if let new = made[document.url], new.0 == document {
                entry = new
            } else {
                // A second document of one URL with another text (not made by today's planner).
                entry = (document, SearchIndexBuilder.index([document], into: &memo.vocabulary)[0])
                alone += 1
            }
            indexed.append(entry.indexed)
            if current[document.url] == nil { current[document.url] = entry }
        }
        memo.briefings = briefings
        memo.others = current
        memo.tokenizedLastPlan = missingDocuments.reduce(0) { $0 + $1.count } + changed.count + alone
        return indexed
    }
}
