/// An entry of `sources.yaml`.
public struct Source: Sendable, Equatable {
    public var id: String
    public var title: String
    public var authors: [String]
    public var publisher: String?
    public var date: PartialDate?
    /// http(s) only.
    public var url: String?
    public var archived: String?
    public var accessed: PartialDate?
    /// Inline Markdown.
    public var note: MarkdownSource?
    /// What kind of document it is; nil: not said.
    public var kind: SourceKind?
    /// Its NATO/Admiralty grade; nil: unrated.
    public var reliability: Reliability?
    /// For a repost: the source it copies (citing it counts as citing the original).
    public var original: IDReference?
    /// Where the source's id key is in `sources.yaml`.
    public var location: SourceLocation
    /// Ids the source had before (`moved-from`): the bibliography keeps `source-<old>`.
    public var movedFrom: [IDReference] = []

    public init(id: String, title: String, authors: [String] = [], publisher: String? = nil,
                date: PartialDate? = nil, url: String? = nil, archived: String? = nil,
                accessed: PartialDate? = nil, note: MarkdownSource? = nil, kind: SourceKind? = nil,
                reliability: Reliability? = nil, original: IDReference? = nil, location: SourceLocation,
                movedFrom: [IDReference] = []) {
        self.id = id
        self.title = title
        self.authors = authors
        self.publisher = publisher
        self.date = date
        self.url = url
        self.archived = archived
        self.accessed = accessed
        self.note = note
        self.kind = kind
        self.reliability = reliability
        self.original = original
        self.location = location
        self.movedFrom = movedFrom
    }
}
