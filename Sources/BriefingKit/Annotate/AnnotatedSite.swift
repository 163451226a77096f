/// The site with every body parsed and its annotations resolved; the input of the renderer.
public struct AnnotatedSite: Sendable {
    public var site: Site
    /// The briefings the build renders (drafts only when asked), newest first.
    public var briefings: [AnnotatedBriefing]
    /// Every glossary entry, sorted by id.
    public var glossary: [AnnotatedGlossaryEntry]
    public var backlinks: Backlinks
    public var includesDrafts: Bool
    /// `Content/pages/`, bodies rendered, sorted by slug (`methodology` included).
    public var pages: [AnnotatedPage] = []
    /// Each source's note as the sources page shows it, by source id.
    public var sourceNotes: [String: LinkedHTML] = [:]
}

extension AnnotatedSite {
    /// Empties every briefing's Markdown, which nothing after annotation reads (a one-off build's
    /// plan and pages are the same without it; its text was 17 MB of 1,000 long briefings).
    mutating func releaseBriefingBodies() {
        for index in site.briefings.indices { site.briefings[index].body.text = "" }
        briefings = briefings.map { $0.withoutBody() }
    }
}

/// A standalone page with its body rendered for its own address.
public struct AnnotatedPage: Sendable {
    public var page: StandalonePage
    public var bodyHTML: String
    /// The body's headings, whose slugs `anchors.json` promises.
    public var headings: [Heading] = []
    /// The body's plain text, for the search index.
    public var plainText = PlainText()
}

/// HTML with the glossary entries it links, whose hover cards a page showing it embeds.
public struct LinkedHTML: Sendable, Equatable {
    public var html: String
    public var terms: [String]
}

/// A heading of a body, for tables of contents and the search index.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var slug: String
}

/// A claim as the page shows it: numbered by its first mark in the text.
public struct NumberedClaim: Sendable {
    public var claim: Claim
    /// 1-based; claims never marked come after the marked ones.
    public var number: Int
    /// Element ids of its marks in the text (`claim-x`, `claim-x--2`, …); empty when never marked.
    public var markIDs: [String]
    /// The text of its first mark, for listings and JSON-LD.
    public var text: String
    /// Note and correction, rendered once for pages at any depth.
    public var noteHTML: RootRelativeHTML?
    public var correctionHTML: RootRelativeHTML?
    /// Each history entry's note, in the order of `claim.history` (nil where it has none).
    public var historyNotesHTML: [RootRelativeHTML?] = []
    /// Glossary entries the note, the correction and the history notes link.
    public var linkedTerms: [String] = []
}

/// A class of constants: pages, listings and the rebuild cache share one instance rather than
/// copying every field.
public final class AnnotatedBriefing: Sendable {
    public let briefing: Briefing
    /// The body rendered by cmark once its annotations were resolved (the tree is freed right away,
    /// so a build never holds every tree at once).
    public let bodyHTML: String
    public let headings: [Heading]
    public let claims: [NumberedClaim]
    /// Every element id in the body (headings, claim marks, citations, mentions) plus the notes' ids.
    public let anchors: Set<String>
    /// Glossary entries the body, the notes, the corrections, the history notes, the updates and the timeline link, sorted.
    public let linkedTerms: [String]
    /// Each `timeline:` event's text, in front-matter order.
    public let timeline: [TimelineText]
    /// Each update's text, in the order of `briefing.updates`, rendered once for pages at any depth.
    public let updatesHTML: [RootRelativeHTML]
    /// The body's plain text by section (for the search index), and each claim's note and correction
    /// as plain text by claim id.
    public let plainText: PlainText
    public let claimPlainText: [String: String]

    init(briefing: Briefing, bodyHTML: String, headings: [Heading], claims: [NumberedClaim], anchors: Set<String>,
         linkedTerms: [String], timeline: [TimelineText] = [], updatesHTML: [RootRelativeHTML] = [],
         plainText: PlainText = PlainText(), claimPlainText: [String: String] = [:]) {
        self.updatesHTML = updatesHTML
        self.briefing = briefing
        self.bodyHTML = bodyHTML
        self.headings = headings
        self.claims = claims
        self.anchors = anchors
        self.plainText = plainText
        self.claimPlainText = claimPlainText
        self.linkedTerms = linkedTerms
        self.timeline = timeline
    }

    /// The same annotation of the briefing with its Markdown emptied (`releaseBriefingBodies`).
    func withoutBody() -> AnnotatedBriefing {
        var briefing = briefing
        briefing.body.text = ""
        return AnnotatedBriefing(briefing: briefing, bodyHTML: bodyHTML, headings: headings, claims: claims, anchors: anchors,
                                 linkedTerms: linkedTerms, timeline: timeline, updatesHTML: updatesHTML,
                                 plainText: plainText, claimPlainText: claimPlainText)
    }
}

public struct AnnotatedGlossaryEntry: Sendable, Equatable {
    public var entry: GlossaryEntry
    public var bodyHTML: String
    /// Glossary entries its body links, sorted.
    public var linkedTerms: [String]
    /// The body's headings, whose slugs `anchors.json` promises.
    public var headings: [Heading] = []
    /// The body's plain text, for the search index.
    public var plainText = PlainText()
}

/// Where things are referred to from: mentions of glossary entries and citations of sources.
public struct Backlinks: Sendable, Equatable {
    public struct Mention: Sendable, Equatable {
        public var briefing: String
        /// The mention's element id, `mention-<term>-<n>`.
        public var anchor: String
    }

    public struct Citation: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// A claim that lists the source; anchor `claim-<id>` (or the note when the claim is never marked).
            case claim(id: String, number: Int)
            /// A direct citation in the text; anchor `cite-<sid>-<n>`.
            case citation(number: Int)
        }
        public var briefing: String
        public var anchor: String
        public var kind: Kind
    }

    /// Term id → its mentions in the rendered briefings: one group per briefing, in listing order,
    /// each in document order. (Groups, not one flat list, so a rebuild reuses each briefing's groups.)
    public var mentions: [String: [[Mention]]] = [:]
    /// Source id → the claims and citations of each rendered briefing that cite it, one group per briefing.
    public var citations: [String: [[Citation]]] = [:]
    /// Source id → glossary entries listing it.
    public var glossarySources: [String: [String]] = [:]
    /// Each rendered briefing's share by slug, and the slugs in listing order: what the groups above
    /// are built from, kept so that a rebuild replaces only the changed briefings' groups.
    var shares: [String: BacklinkShare] = [:]
    var order: [String] = []

    public init() {}
}

/// A `timeline:` event's text (inline Markdown) as pages show it.
public struct TimelineText: Sendable, Equatable {
    /// As HTML for pages at any depth, its links kept.
    public let html: RootRelativeHTML
    /// The words alone, for inside the picture.
    public let plainText: String
    /// The glossary entries its links name, sorted: every page that lists the event has their hover cards.
    public let linkedTerms: [String]
}
