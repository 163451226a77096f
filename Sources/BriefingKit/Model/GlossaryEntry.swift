public enum GlossaryKind: String, Sendable, CaseIterable, Hashable {
    case state, person, organisation, bloc
    case treaty, agreement, declaration, resolution, charter
    case place, event, concept
}

/// `Content/glossary/<id>.md`.
public struct GlossaryEntry: Sendable, Equatable {
    public var id: String
    public var path: String
    public var name: String
    public var kind: GlossaryKind
    public var aliases: [String]
    public var summary: String
    public var parties: [IDReference]
    public var related: [IDReference]
    /// Labelled dates in front-matter order (`signed`, `in-force`, …).
    public var dates: [GlossaryDate]
    public var sources: [IDReference]
    public var body: MarkdownSource
    /// Where `name` is, for duplicate-name diagnostics.
    public var nameLocation: SourceLocation
    /// Where each alias is, in the order of `aliases`.
    public var aliasLocations: [SourceLocation]
    /// Ids the entry was published at before (`moved-from`): each gets a redirect page.
    public var movedFrom: [IDReference] = []

    public init(id: String, path: String, name: String, kind: GlossaryKind, aliases: [String] = [],
                summary: String, parties: [IDReference] = [], related: [IDReference] = [],
                dates: [GlossaryDate] = [], sources: [IDReference] = [],
                body: MarkdownSource, nameLocation: SourceLocation, aliasLocations: [SourceLocation] = [],
                movedFrom: [IDReference] = []) {
        self.id = id
        self.path = path
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.summary = summary
        self.parties = parties
        self.related = related
        self.dates = dates
        self.sources = sources
        self.body = body
        self.nameLocation = nameLocation
        self.aliasLocations = aliasLocations.isEmpty ? aliases.map { _ in nameLocation } : aliasLocations
        self.movedFrom = movedFrom
    }
}
