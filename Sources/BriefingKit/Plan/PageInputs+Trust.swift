/// The inputs of the trust features' pages and fields (DESIGN §7).

/// A page of `Content/pages/` in the site header.
public struct NavLink: Sendable, Equatable {
    public var title: String
    /// The page's folder (`about/`, `methodology/`).
    public var path: String
}

/// A source's kind, reliability letter and, for a repost, the original it copies.
public struct SourceGrade: Sendable, Equatable {
    public var kind: SourceKind?
    public var reliability: Reliability?
    public var original: OriginalSource?
}

/// The source a repost copies, as its citations link it.
public struct OriginalSource: Sendable, Equatable {
    public var id: String
    public var title: String
}

/// One earlier verdict of a claim.
public struct HistoryStep: Sendable, Equatable {
    public var date: PartialDate
    public var status: ClaimStatus
    public var note: RootRelativeHTML?
}

/// One correction or update of a briefing, numbered from 1 as `update-<n>` on its page.
public struct UpdateView: Sendable, Equatable {
    public var slug: String
    public var briefingTitle: String
    public var number: Int
    public var date: PartialDate
    public var kind: UpdateKind
    public var text: RootRelativeHTML
}

/// `methodology/`: the definitions (InterfaceText's), under `Content/pages/methodology.md`'s
/// title (in `head`), summary and introduction.
public struct MethodologyPage: Sendable, Equatable {
    public var head: PageHead
    public var summary: String?
    public var intro: String?
}

/// `corrections/`: every correction and update, newest first.
public struct CorrectionsPage: Sendable, Equatable {
    public var head: PageHead
    public var updates: [UpdateView]
}

/// `corrections.xml`: the same as Atom, with absolute links.
public struct CorrectionsFeedFile: Sendable, Equatable {
    public var head: PageHead
    public var updates: [UpdateView]
}

/// `Content/pages/<slug>.md` at `<slug>/`.
public struct ContentPage: Sendable, Equatable {
    public var head: PageHead
    public var summary: String?
    public var body: String
}
