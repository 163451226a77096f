/// The words the pictures print, taken once from the interface table: the generators get them as a
/// value, so that a language (DESIGN §8) is one more table and never a change to the drawing code.
public struct PictureWords: Sendable, Equatable {
    /// `January` … `December`, for dates in lists and tooltips.
    public var months: [String]
    /// `Jan` … `Dec`, for dates inside the picture and on its axis.
    public var shortMonths: [String]
    public var verdicts: [ClaimStatus: String]
    /// A kind as a node's tooltip names it (`state`).
    public var kinds: [GlossaryKind: String]
    /// A kind's plural as a diagram group heads it (`States`).
    public var kindGroups: [GlossaryKind: String]
    /// A relation's list heading (`Parties`), its plural in headings inside the picture (`parties`),
    /// and one node's relation in tooltips and the legend (`party`).
    public var relationHeadings: [RelationDiagram.Relation: String]
    public var relationPlurals: [RelationDiagram.Relation: String]
    public var relationSingulars: [RelationDiagram.Relation: String]
    /// `and`, between the relations in a diagram's title.
    public var and: String
    /// `{name} ({kind}, {relation})`.
    public var nodeTitle: String

    /// The words of `text` (a missing key reads as the key itself, as everywhere).
    public init(_ text: InterfaceText) {
        months = (1...12).map { text.text("month.\($0)") }
        shortMonths = (1...12).map { text.text("shortMonth.\($0)") }
        verdicts = Dictionary(uniqueKeysWithValues: ClaimStatus.allCases.map { ($0, text.verdict($0)) })
        kinds = Dictionary(uniqueKeysWithValues: GlossaryKind.allCases.map { ($0, text.text("picture.kind.\($0.rawValue)")) })
        kindGroups = Dictionary(uniqueKeysWithValues: GlossaryKind.allCases.map { ($0, text.kinds($0)) })
        relationHeadings = [.party: text.text("entry.parties"), .related: text.text("entry.related")]
        relationPlurals = [.party: text.text("picture.parties"), .related: text.text("picture.relatedPlural")]
        relationSingulars = [.party: text.text("picture.party"), .related: text.text("picture.related")]
        and = text.text("word.and")
        nodeTitle = text.text("picture.node")
    }

    public static let english = PictureWords(.english)

    /// `5 November 2024`, `April 2024`, `2011`: lists and tooltips.
    func long(_ date: PartialDate) -> String { written(date, months) }

    /// `5 Nov 2024`, `Apr 2024`, `2011`: labels inside the picture.
    func short(_ date: PartialDate) -> String { written(date, shortMonths) }

    private func written(_ date: PartialDate, _ names: [String]) -> String {
        guard let month = date.month, (1...12).contains(month), names.count == 12 else { return String(date.year) }
        let name = names[month - 1]
        guard let day = date.day else { return "\(name) \(date.year)" }
        return "\(day) \(name) \(date.year)"
    }

    func verdict(_ status: ClaimStatus) -> String { verdicts[status] ?? status.rawValue }

    func node(name: String, kind: GlossaryKind, relation: RelationDiagram.Relation) -> String {
        nodeTitle.replacingOccurrences(of: "{name}", with: name)
            .replacingOccurrences(of: "{kind}", with: kinds[kind] ?? kind.rawValue)
            .replacingOccurrences(of: "{relation}", with: relationSingulars[relation] ?? relation.rawValue)
    }
}
