/// A glossary entry's relations drawn: the entry in the centre, its parties in a column on one side
/// and its related entries on the other (either split in two when it has only one kind of relation),
/// grouped by the neighbours' kind; every node a link, labels in rows so none overlap, and the same
/// relations as HTML lists that the picture names as its description.
public struct RelationDiagram: Sendable, Equatable {
    public enum Relation: String, Sendable, CaseIterable {
        case party, related

        /// The element id of the relation's list (ids the entry page has always had).
        var listID: String { self == .party ? "parties" : "related" }
    }

    /// A neighbour of the centre entry.
    public struct Node: Sendable, Equatable {
        public var name: String
        public var href: String
        public var kind: GlossaryKind
        public var relation: Relation

        public init(name: String, href: String, kind: GlossaryKind, relation: Relation) {
            self.name = name
            self.href = href
            self.kind = kind
            self.relation = relation
        }
    }

    public var centreName: String
    public var centreKind: GlossaryKind
    public var nodes: [Node]
    /// Prefix of the element ids (`<prefix>-title`, `<prefix>-list`).
    public var idPrefix: String

    public init(centreName: String, centreKind: GlossaryKind, nodes: [Node], idPrefix: String = "relations") {
        self.centreName = centreName
        self.centreKind = centreKind
        self.nodes = nodes
        self.idPrefix = idPrefix
    }

    static let width = 640.0
    static let rowHeight = 24.0
    static let groupHeight = 22.0
    static let top = 16.0
    static let labelFont = 13.0
    static let groupFont = 11.0
    static let centreFont = 14.0
    /// Left column: labels end here, dots just right of it; the right column mirrors it.
    static let leftLabelEnd = 184.0
    static let rightLabelStart = width - leftLabelEnd
    static let labelWidth = leftLabelEnd - 18

    /// One row of a column: a group heading or a node.
    enum Row: Equatable {
        case group(GlossaryKind, Relation)
        case node(Node)
    }

    /// Groups (relation, then kind in glossary order), names A–Z within each, dealt to the two
    /// columns: parties left and related right when there are both, else the first half of the
    /// nodes left and the rest right (a group split in two is headed in both columns).
    var columns: (left: [Row], right: [Row]) {
        var groups: [(relation: Relation, kind: GlossaryKind, nodes: [Node])] = []
        for relation in Relation.allCases {
            for kind in GlossaryKind.allCases {
                let members = nodes.filter { $0.relation == relation && $0.kind == kind }
                    .sorted { $0.name.lowercased() != $1.name.lowercased() ? $0.name.lowercased() < $1.name.lowercased() : $0.href < $1.href }
                if !members.isEmpty { groups.append((relation, kind, members)) }
            }
        }
        let both = Set(groups.map(\.relation)).count == 2
        let ordered = groups.flatMap { group in group.nodes }
        let leftCount = (ordered.count + 1) / 2
        var left: [Row] = [], right: [Row] = []
        for (index, node) in ordered.enumerated() {
            let toLeft = both ? node.relation == .party : index < leftCount
            func add(_ rows: inout [Row]) {
                var lastGroup: Row?
                for row in rows.reversed() { if case .group = row { lastGroup = row; break } }
                if lastGroup != .group(node.kind, node.relation) { rows.append(.group(node.kind, node.relation)) }
                rows.append(.node(node))
            }
            if toLeft { add(&left) } else { add(&right) }
        }
        return (left, right)
    }

    /// The centre's name on one line, or two when it is wide (the second shortened if need be).
    static func centreLines(_ name: String) -> [String] {
        let maxWidth = 150.0
        if TextWidth.of(name, fontSize: centreFont) <= maxWidth { return [name] }
        let words = name.split(separator: " ")
        var first = ""
        var taken = 0
        for word in words {
            let candidate = first.isEmpty ? String(word) : first + " " + word
            if !first.isEmpty && TextWidth.of(candidate, fontSize: centreFont) > maxWidth { break }
            first = candidate
            taken += 1
        }
        let rest = words.dropFirst(taken).joined(separator: " ")
        let lines = [TextWidth.truncated(first, fontSize: centreFont, maxWidth: maxWidth)]
        return rest.isEmpty ? lines : lines + [TextWidth.truncated(rest, fontSize: centreFont, maxWidth: maxWidth)]
    }

    static func height(of rows: [Row]) -> Double {
        rows.reduce(0) { total, row in
            if case .group = row { return total + groupHeight + (total > 0 ? 6 : 0) }
            return total + rowHeight
        }
    }

    /// The figure: the SVG and the lists, in `words`. Empty when there are no neighbours.
    public func html(words: PictureWords) -> String {
        guard !nodes.isEmpty else { return "" }
        let titleID = "\(idPrefix)-title", listID = "\(idPrefix)-list"
        var out = "<figure class=\"picture picture--relations\">\n"
        out += "<div class=\"picture__scroll\" tabindex=\"0\" role=\"group\" aria-labelledby=\"\(titleID)\">\n"
        out += svg(titleID: titleID, listID: listID, words: words)
        out += "</div>\n"
        out += lists(listID: listID, words: words)
        out += "</figure>\n"
        return out
    }

    private func svg(titleID: String, listID: String, words: PictureWords) -> String {
        typealias D = RelationDiagram
        let (left, right) = columns
        let contentHeight = max(D.height(of: left), D.height(of: right), 60)
        let legendY = D.top + contentHeight + 24
        let height = legendY + 14
        let centreY = D.top + contentHeight / 2
        let number = SVGText.number, escape = SVGText.escape
        var out = "<svg class=\"relations\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(D.width)) \(number(height))\""
        out += " width=\"\(number(D.width))\" height=\"\(number(height))\" aria-labelledby=\"\(titleID)\""
        out += " aria-describedby=\"\(listID)\">\n"
        let relations = Relation.allCases.filter { relation in nodes.contains { $0.relation == relation } }
        let titleText = centreName + words.colon + relations.map { words.relationPlurals[$0] ?? $0.rawValue }.joined(separator: " \(words.and) ")
        out += "<title id=\"\(titleID)\">\(escape(titleText))</title>\n"

        let centreLines = D.centreLines(centreName)
        let centreHalf = (centreLines.map { TextWidth.of($0, fontSize: D.centreFont) }.max() ?? 0) / 2 + 12
        let centreHeight = Double(centreLines.count) * 18 + 14
        var nodesSVG = ""
        for (rows, isLeft) in [(left, true), (right, false)] {
            var y = D.top
            for row in rows {
                switch row {
                case .group(let kind, let relation):
                    if y > D.top { y += 6 }
                    let x = isLeft ? D.leftLabelEnd : D.rightLabelStart
                    nodesSVG += "<text class=\"relations__group\" x=\"\(number(x))\" y=\"\(number(y + 15))\""
                    nodesSVG += " font-size=\"\(number(D.groupFont))\" text-anchor=\"\(isLeft ? "end" : "start")\">"
                    nodesSVG += escape("\(words.kindGroups[kind] ?? kind.rawValue) · \(words.relationPlurals[relation] ?? relation.rawValue)") + "</text>\n"
                    y += D.groupHeight
                case .node(let node):
                    let middle = y + D.rowHeight / 2
                    let dotX = isLeft ? D.leftLabelEnd + 8 : D.rightLabelStart - 8
                    let edgeX = D.width / 2 + (isLeft ? -centreHalf : centreHalf)
                    let dash = node.relation == .related ? " stroke-dasharray=\"5 4\"" : ""
                    out += "<line class=\"relations__edge relations__edge--\(node.relation.rawValue)\" x1=\"\(number(edgeX))\""
                    out += " y1=\"\(number(centreY))\" x2=\"\(number(dotX))\" y2=\"\(number(middle))\"\(dash)/>\n"
                    let label = TextWidth.truncated(node.name, fontSize: D.labelFont, maxWidth: D.labelWidth)
                    let labelX = isLeft ? D.leftLabelEnd : D.rightLabelStart
                    nodesSVG += "<a class=\"relations__node relations__node--\(node.kind.rawValue)\" href=\"\(escape(node.href))\">"
                    nodesSVG += "<title>\(escape(words.node(name: node.name, kind: node.kind, relation: node.relation)))</title>"
                    nodesSVG += "<circle class=\"relations__dot\" cx=\"\(number(dotX))\" cy=\"\(number(middle))\" r=\"4\"/>"
                    nodesSVG += "<text class=\"relations__label\" x=\"\(number(labelX))\" y=\"\(number(middle + 4.5))\""
                    nodesSVG += " font-size=\"\(number(D.labelFont))\" text-anchor=\"\(isLeft ? "end" : "start")\">"
                    nodesSVG += escape(label) + "</text></a>\n"
                    y += D.rowHeight
                }
            }
        }
        out += "<rect class=\"relations__centre\" x=\"\(number(D.width / 2 - centreHalf))\""
        out += " y=\"\(number(centreY - centreHeight / 2))\" width=\"\(number(centreHalf * 2))\" height=\"\(number(centreHeight))\" rx=\"4\"/>\n"
        for (index, line) in centreLines.enumerated() {
            let y = centreY + 5 + (Double(index) - Double(centreLines.count - 1) / 2) * 18
            out += "<text class=\"relations__centre-label\" x=\"\(number(D.width / 2))\" y=\"\(number(y))\""
            out += " font-size=\"\(number(D.centreFont))\" text-anchor=\"middle\">\(escape(line))</text>\n"
        }
        out += nodesSVG
        out += legend(y: legendY, relations: relations, words: words)
        out += "</svg>\n"
        return out
    }

    /// Solid line: party; dashed: related (so the relation is told by more than colour).
    private func legend(y: Double, relations: [Relation], words: PictureWords) -> String {
        let number = SVGText.number
        var out = ""
        var x = 16.0
        for relation in relations {
            let dash = relation == .related ? " stroke-dasharray=\"5 4\"" : ""
            out += "<line class=\"relations__edge relations__edge--\(relation.rawValue)\" x1=\"\(number(x))\" y1=\"\(number(y - 4))\""
            out += " x2=\"\(number(x + 28))\" y2=\"\(number(y - 4))\"\(dash)/>"
            let text = words.relationSingulars[relation] ?? relation.rawValue
            out += "<text class=\"relations__legend\" x=\"\(number(x + 34))\" y=\"\(number(y))\" font-size=\"\(number(RelationDiagram.groupFont))\">\(SVGText.escape(text))</text>\n"
            x += 34 + TextWidth.of(text, fontSize: RelationDiagram.groupFont) + 24
        }
        return out
    }

    private func lists(listID: String, words: PictureWords) -> String {
        var out = "<div class=\"picture__list relations-list\" id=\"\(listID)\">\n"
        for relation in Relation.allCases {
            let members = nodes.filter { $0.relation == relation }
            guard !members.isEmpty else { continue }
            out += "<h3 id=\"\(relation.listID)\">\(SVGText.escape(words.relationHeadings[relation] ?? relation.rawValue))</h3>\n<ul class=\"entry-links\">"
            for node in members {
                out += "<li><a href=\"\(SVGText.escape(node.href))\">\(SVGText.escape(node.name))</a></li>"
            }
            out += "</ul>\n"
        }
        out += "</div>\n"
        return out
    }
}
