/// The inputs of each kind of page: the values it shows, as typed values, nothing looked up later.

/// What every page takes from the site settings and the build options.
public struct SiteSettings: Sendable, Equatable {
    public var title: String
    public var language: String
    public var description: String?
    /// Absolute, ending in `/`.
    public var baseURL: String
    public var portable: Bool
    public var paginate: Int
    /// `Content/pages/` with `nav:`, in header order: every page's header links them.
    public var navPages: [NavLink]
    /// The template assets' content hashes: every page links the stylesheet, script and icon by an
    /// address holding them, so a changed asset changes every page's input (DESIGN §7 Permanence).
    public var assets: AssetVersions
    /// Where this language's pages sit and which entries and briefings it links in the default language.
    public var languageLinks = LanguageLinks.root
    /// The site's languages in switcher order, the default first (DESIGN §8); one: no switcher.
    public var languages: [LanguageChoice] = []
}

/// A language as the switcher and the alternate links name it.
public struct LanguageChoice: Sendable, Equatable {
    public var code: String
    /// `` for the default language, `fr/` for another.
    public var folder: String
    /// The language's own name (`Français`).
    public var name: String
}

/// A page's own metadata, and where it sits (its links are relative from there).
public struct PageHead: Sendable, Equatable {
    public var settings: SiteSettings
    /// The page's folder (`briefings/x/`), or the file for `404.html`.
    public var path: String
    public var title: String
    public var description: String?
    /// Links absolute from the base URL (404, feed) rather than relative.
    public var absoluteLinks: Bool
    /// The languages that have this page (its own included), in switcher order; set once every
    /// language is planned, empty on a one-language site (DESIGN §8).
    public var alternates: [String] = []
}

/// What listings show of a briefing.
public struct BriefingSummary: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var date: PartialDate
    public var updated: PartialDate?
    public var draft: Bool
    /// Dated after today and marked so (the preview; DESIGN §7 Publishing).
    public var scheduled: Bool
    public var authors: [String]
    public var summary: String?
    public var tags: [String]
    public var claimCount: Int
    /// Claims per verdict, in `ClaimStatus.allCases` order, verdicts without claims left out.
    public var verdicts: [VerdictCount]
}

public struct VerdictCount: Sendable, Equatable {
    public var status: ClaimStatus
    public var count: Int
}

/// A source as a claim note or a glossary entry lists it. A class of constants, made once per source
/// and shared by every claim citing it (as a struct, each citation held its own copy of five strings,
/// an array and the grade: 18 MB of the plan on 10,000 short briefings in heaptrack).
public final class SourceLink: Sendable, Equatable {
    public let id: String
    public let title: String
    public let url: String?
    public let archived: String?
    public let publisher: String?
    /// For schema.org's `CreativeWork` (where a claim appeared, what it cites).
    public let authors: [String]
    public let date: PartialDate?
    /// Its grade (DESIGN §7), shown wherever it is cited.
    public let grade: SourceGrade

    public init(id: String, title: String, url: String?, archived: String?, publisher: String?, authors: [String],
                date: PartialDate?, grade: SourceGrade) {
        self.id = id
        self.title = title
        self.url = url
        self.archived = archived
        self.publisher = publisher
        self.authors = authors
        self.date = date
        self.grade = grade
    }

    /// Equal when the same object, or when every field is.
    public static func == (a: SourceLink, b: SourceLink) -> Bool {
        a === b || (a.id == b.id && a.title == b.title && a.url == b.url && a.archived == b.archived
            && a.publisher == b.publisher && a.authors == b.authors && a.date == b.date && a.grade == b.grade)
    }
}

/// A claim as its note shows it, with its briefing's slug and title for listings. A class: the claims
/// pages and their comparisons copy claims by the thousand, each copy one retain (as a struct, one
/// per field: a tenth of a preview rebuild's plan).
public final class ClaimView: Sendable, Equatable {
    public let slug: String
    public let briefingTitle: String
    public let number: Int
    public let id: String
    public let status: ClaimStatus
    public let confidence: Confidence?
    public let text: String
    public let markIDs: [String]
    public let note: RootRelativeHTML?
    public let correction: RootRelativeHTML?
    public let sources: [SourceLink]
    /// Earlier verdicts, oldest first (DESIGN §7).
    public let history: [HistoryStep]

    public init(slug: String, briefingTitle: String, number: Int, id: String, status: ClaimStatus, confidence: Confidence?,
                text: String, markIDs: [String], note: RootRelativeHTML?, correction: RootRelativeHTML?,
                sources: [SourceLink], history: [HistoryStep]) {
        self.slug = slug
        self.briefingTitle = briefingTitle
        self.number = number
        self.id = id
        self.status = status
        self.confidence = confidence
        self.text = text
        self.markIDs = markIDs
        self.note = note
        self.correction = correction
        self.sources = sources
        self.history = history
    }

    /// The same claim made again compares field by field; the one view a plan shares, at once.
    public static func == (a: ClaimView, b: ClaimView) -> Bool {
        a === b || (a.slug == b.slug && a.briefingTitle == b.briefingTitle && a.number == b.number && a.id == b.id
            && a.status == b.status && a.confidence == b.confidence && a.text == b.text && a.markIDs == b.markIDs
            && a.note == b.note && a.correction == b.correction && a.sources == b.sources && a.history == b.history)
    }
}

/// A glossary entry as lists show it.
public struct EntrySummary: Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: GlossaryKind
    public var summary: String
    public var aliases: [String]
}

/// The data of one hover card embedded in a page that links the entry.
public struct GlossaryCard: Sendable, Equatable {
    public var id: String
    public var name: String
    public var kindLabel: String
    public var summary: String
}

/// Which page of a paginated listing: page `number` of `total`, the first at `base`.
public struct PageNumber: Sendable, Equatable {
    public var number: Int
    public var total: Int
    public var base: String
}

public struct BriefingPage: Sendable, Equatable {
    public var head: PageHead
    public var summary: BriefingSummary
    /// The annotated body as HTML (shared with the annotation cache, so comparing is cheap).
    public var body: String
    public var headings: [Heading]
    public var claims: [ClaimView]
    /// Claim id → the ids it had before (`moved-from`), whose `note-<old>` its note keeps. Here, not
    /// in `ClaimView`: only the briefing's own page shows them.
    public var movedClaimIDs: [String: [String]]
    public var cards: [GlossaryCard]
    /// Its `timeline:` drawn (DESIGN §7), links resolved for this page; nil without events.
    public var timeline: TimelinePicture?
    /// Where each claim (in `claims` order) was made: its `appearance`, else the work the briefing reviews.
    public var appearances: [[SourceLink]]
    /// The work the briefing reviews (`reviews`).
    public var reviews: SourceLink?
    /// Its corrections and updates, oldest first.
    public var updates: [UpdateView]
    /// When its claim reviews were published: the front matter's `updated`, else `date` (updates
    /// logged in `updates:` change the article, not the reviews).
    public var reviewsPublished: PartialDate
}

public struct GlossaryEntryPage: Sendable, Equatable {
    public var head: PageHead
    public var entry: EntrySummary
    public var body: String
    public var parties: [EntrySummary]
    public var related: [EntrySummary]
    /// The treaties and blocs it is a party to.
    public var partyOf: [EntrySummary]
    public var dates: [LabelledDate]
    public var sources: [SourceLink]
    public var mentions: [MentionGroup]
    public var cards: [GlossaryCard]
    /// Its dates and the briefing events whose `term` it is; nil when there are none.
    public var timeline: TimelinePicture?
    /// Its parties and related entries drawn around it; nil when it has neither.
    public var relations: RelationDiagram?
}

/// `timeline/`: every event of every published briefing and glossary entry (DESIGN §7).
public struct SiteTimelinePage: Sendable, Equatable {
    public var head: PageHead
    /// Nil when nothing has a date yet.
    public var timeline: TimelinePicture?
    /// The hover cards of the entries the events' texts link.
    public var cards: [GlossaryCard]
}

public struct LabelledDate: Sendable, Equatable {
    public var label: String
    public var value: String
}

/// The mentions of an entry in one briefing, for "Mentioned in".
public struct MentionGroup: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var anchors: [String]
}

public struct GlossaryIndexPage: Sendable, Equatable {
    public var head: PageHead
    /// Kinds in `GlossaryKind.allCases` order, entries A–Z; kinds without entries left out.
    public var groups: [EntryGroup]
}

public struct EntryGroup: Sendable, Equatable {
    public var kind: GlossaryKind
    public var entries: [EntrySummary]
}

public struct BriefingListPage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case home
        case tag(String)
    }

    public var head: PageHead
    public var kind: Kind
    public var page: PageNumber
    public var briefings: [BriefingSummary]
}

public struct TagIndexPage: Sendable, Equatable {
    public var head: PageHead
    public var tags: [TagCount]
}

public struct TagCount: Sendable, Equatable {
    public var tag: String
    public var count: Int
}

public struct ClaimsIndexPage: Sendable, Equatable {
    public var head: PageHead
    public var statuses: [StatusGroup]
    public var total: Int
    public var cards: [GlossaryCard]
}

public struct StatusGroup: Sendable, Equatable {
    public var status: ClaimStatus
    public var count: Int
    /// The newest three.
    public var latest: [ClaimView]
}

public struct ClaimListPage: Sendable, Equatable {
    public var head: PageHead
    public var status: ClaimStatus
    public var count: Int
    public var page: PageNumber
    public var claims: [ClaimView]
    public var cards: [GlossaryCard]
}

public struct SourcesPage: Sendable, Equatable {
    public var head: PageHead
    public var sources: [SourceEntry]
    public var cards: [GlossaryCard]
}

/// A source in the bibliography, with everything that cites it.
public struct SourceEntry: Sendable, Equatable {
    public var id: String
    /// Ids the source had before (`moved-from`): the bibliography keeps `source-<old>`.
    public var movedFrom: [String]
    public var title: String
    public var authors: [String]
    public var publisher: String?
    public var date: PartialDate?
    public var url: String?
    public var archived: String?
    public var accessed: PartialDate?
    /// The note rendered for the sources page.
    public var noteHTML: String?
    public var citedBy: [CitationGroup]
    public var glossary: [EntrySummary]
    public var grade: SourceGrade
    /// How many claims cite it.
    public var claimCount: Int
}

/// The claims and citations of one briefing that cite a source.
public struct CitationGroup: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var citations: [Backlinks.Citation]
}

public struct SearchPage: Sendable, Equatable {
    public var head: PageHead
    /// The index's manifest, relative to the site root (its name changes with the index).
    public var manifestPath: String
    /// The words `search.js` shows, as `[key, text]` pairs from InterfaceText.
    public var scriptWords: [[String]]
}

/// One file of the split search index: its text, made by the planner from the search documents.
public struct SearchIndexFile: Sendable, Equatable {
    public var text: String
}

public struct NotFoundPage: Sendable, Equatable {
    public var head: PageHead
    public var latest: [BriefingSummary]
}

public struct FeedFile: Sendable, Equatable {
    public var head: PageHead
    public var entries: [BriefingSummary]
}

public struct SitemapFile: Sendable, Equatable {
    public var baseURL: String
    /// Every HTML page, sorted by folder path.
    public var pages: [SitemapPage]
}

/// A page in the sitemap with its versions in other languages (`xhtml:link`).
public struct SitemapPage: Sendable, Equatable {
    /// The page's folder path from the site root (`fr/briefings/x/`).
    public var path: String
    /// (language code, folder path from the root) of every version, this one included; empty when there is one.
    public var alternates: [(code: String, path: String)]

    public static func == (a: SitemapPage, b: SitemapPage) -> Bool {
        a.path == b.path && a.alternates.elementsEqual(b.alternates) { $0.code == $1.code && $0.path == $1.path }
    }
}

/// The page at an old address (`moved-from`) that sends readers on to the page's new one.
public struct RedirectPage: Sendable, Equatable {
    /// The old address's folder (`briefings/old/`) and the new page's title.
    public var head: PageHead
    /// The new page's folder (`briefings/new/`).
    public var target: String
}

public struct RobotsFile: Sendable, Equatable {
    public var baseURL: String
}
