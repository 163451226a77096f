import Foundation

/// One file of the site as the planner decides it: where it goes and the value that decides its
/// bytes. Two pages with equal inputs render to the same bytes (with the same templates), which is
/// what lets a preview rebuild render only the pages whose input changed.
public struct Page: Sendable {
    /// Relative output path, `/`-separated (`briefings/x/index.html`, `feed.xml`, `assets/style.css`).
    public let path: String
    public let input: PageInput
    /// The ids `anchors.json` promises for this page, sorted (see `Page.isCitable`); nil for a page
    /// that is not in it. Worked out once, when the page is planned: a briefing's page comes from
    /// the plan memo unchanged, so a preview rebuild does not sort its ids again.
    let citableIDs: [String]?
    /// The folder path of an HTML page (`briefings/x/`, `` for the home page), nil for other files
    /// (made once: the sitemap and `anchors.json` read it of every page of every plan).
    let folder: String?

    /// A page; `anchors` are its element ids that other pages may link to (a briefing's headings,
    /// claim marks, notes, citations and mentions; an entry's headings; `source-<id>` …), of which
    /// the citable ones are kept.
    init(path: String, input: PageInput, anchors: some Sequence<String> = [String]()) {
        self.init(path: path, input: input,
                  citableIDs: input.isInAnchorManifest ? Set(anchors.filter(Self.isCitable)).sorted() : nil)
    }

    private init(path: String, input: PageInput, citableIDs: [String]?) {
        self.path = path
        self.input = input
        self.citableIDs = citableIDs
        folder = path.hasSuffix("index.html") && input.isHTMLPage ? String(path.dropLast("index.html".count)) : nil
    }

    /// The same page under a language's folder (`fr/`).
    func inFolder(_ folder: String) -> Page {
        Page(path: folder + path, input: input, citableIDs: citableIDs)
    }

    /// The same page with `input` instead (the same kind of page, its head told its alternates).
    func withInput(_ input: PageInput) -> Page {
        Page(path: path, input: input, citableIDs: citableIDs)
    }
}

/// What decides a file's bytes, by kind of file. Every value a page shows is in its input and
/// nowhere else: the renderer sees only this (and the templates), so equal inputs give equal bytes.
public indirect enum PageInput: Sendable, Equatable {
    case briefing(BriefingPage)
    case glossaryEntry(GlossaryEntryPage)
    case glossaryIndex(GlossaryIndexPage)
    /// The home page and tag pages: a page of a paginated list of briefings.
    case briefingList(BriefingListPage)
    case tagIndex(TagIndexPage)
    case claimsIndex(ClaimsIndexPage)
    case claimList(ClaimListPage)
    case timeline(SiteTimelinePage)
    case sources(SourcesPage)
    case search(SearchPage)
    case searchIndex(SearchIndexFile)
    case notFound(NotFoundPage)
    case feed(FeedFile)
    case sitemap(SitemapFile)
    case robots(RobotsFile)
    case methodology(MethodologyPage)
    case corrections(CorrectionsPage)
    case correctionsFeed(CorrectionsFeedFile)
    /// A page of `Content/pages/`.
    case contentPage(ContentPage)
    /// An old address (`moved-from`) of a briefing or glossary entry.
    case redirect(RedirectPage)
    /// `anchors.json`: every citable page and id (DESIGN §7 Permanence).
    case anchors(AnchorManifest)
    /// A file copied as it is: a template asset, a content asset, a static file.
    case copy(CopiedFile)
    /// A built-in template asset.
    case bytes([UInt8])

    /// Whether the file is an HTML page listed in the sitemap.
    var isHTMLPage: Bool {
        switch self {
        case .briefing, .glossaryEntry, .glossaryIndex, .briefingList, .tagIndex, .claimsIndex, .claimList,
             .timeline, .sources, .search, .methodology, .corrections, .contentPage: true
        default: false
        }
    }

    /// Whether `anchors.json` lists the page (DESIGN §7): briefings, glossary entries, `sources/`
    /// and standalone pages.
    var isInAnchorManifest: Bool {
        switch self {
        case .briefing, .glossaryEntry, .sources, .contentPage: true
        default: false
        }
    }
}

extension PageInput {
    /// Whether `other` is this very value, stored once: an `indirect` enum is one reference to an
    /// immutable box, so the same bits are the same box and the same case. True only for equal
    /// inputs, in O(1) (a page a plan memo kept, against the same page written last); false says
    /// nothing, compare with `==`.
    func isSameStorage(as other: PageInput) -> Bool {
        withUnsafeBytes(of: self) { mine in withUnsafeBytes(of: other) { theirs in mine.elementsEqual(theirs) } }
    }
}

/// A file copied from the content or templates folder, with what tells whether it changed.
public struct CopiedFile: Sendable, Equatable {
    /// The file to copy, as the build reads it.
    public var source: String
    /// Size and modification time when planned: a file saved again reads differently.
    public var stamp: FileStamp
}

/// What `stat` says of a file, enough to tell that it was written since.
public struct FileStamp: Sendable, Equatable {
    public var size: Int64
    public var modified: Int64
    public var inode: UInt64

    /// The stamp of the file at `path`; all zero when it cannot be read (the copy then reports it).
    public init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            size = -1
            modified = 0
            inode = 0
            return
        }
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}
