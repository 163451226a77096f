import Dispatch
import Foundation

/// The search index of a one-off build, made once every other page is written (DESIGN §5). Such a
/// plan holds the search page as a stand-in (its manifest not known yet) and the documents the index
/// is to be made of, read off the annotated site while the plan has it. The other pages, and the
/// annotated site under them, are let go once written, and only then is the index made: the build's
/// peak holds the pages or the index, not both. Nothing else in a plan depends on the index's files
/// (see `DeferredSearch`), so the files made last are those a plan making the index would hold.
struct SearchMadeLast: Sendable {
    /// The language's folder (`fr/`), empty for the default language.
    let folder: String
    /// Each briefing's documents (newest first), then those of the glossary, the sources and the
    /// pages: the order `indexedSearchDocuments` indexes them in. Kept by briefing and indexed so
    /// (`index(groups:into:)`), never copied into one array (a copy of them all while the pages are
    /// written was 14 MB of the peak on the 10,000-briefing corpus, heaptrack).
    private(set) var briefingDocuments: [[SearchDocument]]
    private(set) var otherDocuments: [SearchDocument]
    /// Where the stand-in search page is in the plan's pages.
    var standIn: Int
    /// The search page as the plan holds it (told its alternates), its manifest still unknown.
    var searchPage: SearchPage

    /// The index's files and the search page loading its manifest, under the folder; how long the
    /// index took. The documents are let go once indexed (the records hold their passages): a
    /// second call makes an empty index.
    mutating func makePages() -> (pages: [Page], seconds: Double) {
        let started = Date()
        var vocabulary = WordTable()
        var indexed = SearchIndexBuilder.index(groups: briefingDocuments, into: &vocabulary)
        indexed += SearchIndexBuilder.index(otherDocuments, into: &vocabulary)
        // Freed on another thread while the index is made (their texts were a sixth of the index's
        // peak on 1,000 long briefings).
        let documents = HandOff(Optional((briefingDocuments, otherDocuments)))
        (briefingDocuments, otherDocuments) = ([], [])
        DispatchQueue.global(qos: .utility).async { documents.value = nil }
        var files = SearchFileMemo()
        let index = SearchIndexBuilder(folder: PlanViews.searchFolder).build(indexed, vocabulary: vocabulary, memo: &files)
        // The records (the documents' and the memo's) are freed on another thread while the files are
        // written: on this one, a tenth of the index's time in perf.
        let records = HandOff(Optional((consume indexed, consume files)))
        DispatchQueue.global(qos: .utility).async { records.value = nil }
        var page = searchPage
        page.manifestPath = index.manifestPath
        let pages = PlanViews.searchPages(index, page: page)
        return (folder.isEmpty ? pages : pages.map { $0.inFolder(folder) }, Date().timeIntervalSince(started))
    }

    /// The pages of a plan holding `later`, without the stand-ins.
    static func withoutStandIns(_ pages: [Page], _ later: [SearchMadeLast]) -> [Page] {
        let standIns = Set(later.map(\.standIn))
        return pages.indices.filter { !standIns.contains($0) }.map { pages[$0] }
    }
}

extension PlanViews {
    /// What a one-off build makes its index of (`SearchMadeLast`), with the stand-in search page at
    /// `standIn` in `folder`.
    func searchMadeLast(folder: String, standIn: Int) -> SearchMadeLast {
        let links = LinkContext(rootPrefix: "", portable: settings.portable)
        return SearchMadeLast(folder: folder,
                              briefingDocuments: Parallel.map(site.briefings) { searchDocuments(for: $0, links: links) },
                              otherDocuments: otherSearchDocuments(links: links), standIn: standIn,
                              searchPage: searchPage(manifestPath: ""))
    }
}
