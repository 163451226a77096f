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
    /// `: ` between a label and what it labels (French sets a no-break space before the colon).
    public var colon: String
    /// The table's month names and date patterns (only those keys), so that pictures write dates as
    /// the pages around them do (`5 novembre 2024`, `2024년 11월 5일`).
    public var dates: InterfaceText

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
        colon = text.words["punct.colon"] ?? ": "
        let dateKeyPrefixes = ["month.", "monthOfDay.", "shortMonth.", "shortMonthOfDay.", "date."]
        dates = InterfaceText(language: text.language, words: text.words.filter { key, _ in
            dateKeyPrefixes.contains { key.hasPrefix($0) }
        })
    }

    public static let english = PictureWords(.english)

    /// `5 November 2024`, `April 2024`, `2011`: lists and tooltips.
    func long(_ date: PartialDate) -> String { dates.date(date) }

    /// `5 Nov 2024`, `Apr 2024`, `2011`: labels inside the picture.
    func short(_ date: PartialDate) -> String { dates.shortDate(date) }

    /// An axis label: `5 Nov` (no year), or a short month alone (`Nov`) when `day` is nil.
    func axisLabel(day: Int?, month: Int) -> String {
        guard let day else { return shortMonths.indices.contains(month - 1) ? shortMonths[month - 1] : String(month) }
        return dates.shortDayMonth(day: day, month: month)
    }

    func verdict(_ status: ClaimStatus) -> String { verdicts[status] ?? status.rawValue }

    func node(name: String, kind: GlossaryKind, relation: RelationDiagram.Relation) -> String {
        nodeTitle.replacingOccurrences(of: "{name}", with: name)
            .replacingOccurrences(of: "{kind}", with: kinds[kind] ?? kind.rawValue)
            .replacingOccurrences(of: "{relation}", with: relationSingulars[relation] ?? relation.rawValue)
    }
}
