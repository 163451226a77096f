import Testing
@testable import BriefingKit

@Suite struct RelationDiagramTests {
    static func node(_ name: String, _ kind: GlossaryKind, _ relation: RelationDiagram.Relation) -> RelationDiagram.Node {
        RelationDiagram.Node(name: name, href: "../\(name.lowercased().split(separator: " ").joined(separator: "-"))/",
                             kind: kind, relation: relation)
    }

    static let treaty = RelationDiagram(
        centreName: "Treaty on Comprehensive Strategic Partnership", centreKind: .treaty,
        nodes: [node("Russia", .state, .party), node("North Korea", .state, .party),
                node("Kim Jong Un", .person, .related), node("Vladimir Putin", .person, .related),
                node("Collective Security Treaty Organization", .bloc, .related), node("Kursk", .place, .related)])

    /// Thirty neighbours of one relation, of several kinds, with long names.
    static let crowded = RelationDiagram(
        centreName: "United Nations Security Council", centreKind: .organisation,
        nodes: (1...30).map { index in
            node("Member state number \(index) with a rather long official name", GlossaryKind.allCases[index % 5], .related)
        })

    @Test func goldenFile() throws {
        try PictureSnapshot.assertMatches(Self.treaty.html(words: .english), "relations-treaty.html")
    }

    @Test(arguments: [("treaty", treaty), ("crowded", crowded),
                      ("one", RelationDiagram(centreName: "Russia", centreKind: .state, nodes: [node("Kursk", .place, .related)]))])
    func noTwoLabelsOverlap(name: String, diagram: RelationDiagram) {
        let boxes = PictureSnapshot.labelBoxes(PictureSnapshot.svg(of: diagram.html(words: .english)))
        #expect(boxes.count >= diagram.nodes.count + 1)
        let overlapping = PictureSnapshot.overlaps(boxes)
        #expect(overlapping.isEmpty, "\(overlapping.prefix(3))")
        #expect(boxes.allSatisfy { $0.minX >= 0 && $0.maxX <= RelationDiagram.width }, "inside the picture")
    }

    @Test func everyNeighbourIsALinkInThePictureAndTheList() {
        let html = Self.treaty.html(words: .english)
        let svg = PictureSnapshot.svg(of: html)
        for node in Self.treaty.nodes {
            #expect(svg.contains("href=\"\(node.href)\""), "\(node.name) in the picture")
            #expect(html.contains("<li><a href=\"\(node.href)\">\(node.name)</a></li>"), "\(node.name) in the list")
        }
        #expect(svg.components(separatedBy: "<a ").count - 1 == Self.treaty.nodes.count)
        #expect(html.contains("<h3 id=\"parties\">Parties</h3>") && html.contains("<h3 id=\"related\">Related</h3>"))
        #expect(svg.contains("aria-describedby=\"relations-list\""))
    }

    @Test func partiesLeftRelatedRightGroupedByKind() {
        let (left, right) = Self.treaty.columns
        #expect(left.first == .group(.state, .party))
        #expect(left.contains(.node(Self.node("North Korea", .state, .party))))
        #expect(!left.contains { if case .node(let node) = $0 { node.relation == .related } else { false } })
        let groups = right.compactMap { row -> GlossaryKind? in if case .group(let kind, _) = row { kind } else { nil } }
        #expect(groups == [.person, .bloc, .place])
        // One relation only: its groups are shared between both columns.
        let (l, r) = Self.crowded.columns
        func nodeCount(_ rows: [RelationDiagram.Row]) -> Int { rows.filter { if case .node = $0 { true } else { false } }.count }
        #expect(nodeCount(l) == 15 && nodeCount(r) == 15)
        // A group split between the columns is headed in both.
        let one = RelationDiagram(centreName: "x", centreKind: .concept,
                                  nodes: ["A", "B", "C"].map { Self.node($0, .state, .related) }).columns
        #expect(one.left == [.group(.state, .related), .node(Self.node("A", .state, .related)), .node(Self.node("B", .state, .related))])
        #expect(one.right == [.group(.state, .related), .node(Self.node("C", .state, .related))])
    }

    @Test func namesAreEscaped() {
        let diagram = RelationDiagram(centreName: "<b>&", centreKind: .concept,
                                      nodes: [RelationDiagram.Node(name: "\"<script>", href: "a\"b", kind: .concept, relation: .party)])
        let html = diagram.html(words: .english)
        #expect(!html.contains("<script") && !html.contains("<b>"))
        #expect(html.contains("href=\"a&quot;b\""))
        #expect(RelationDiagram(centreName: "x", centreKind: .concept, nodes: []).html(words: .english).isEmpty)
    }
}

@Suite struct PictureInputEqualityTests {
    /// The planner compares page inputs to decide what to render again: pictures are values.
    @Test func equalInputsCompareEqual() {
        #expect(RelationDiagramTests.treaty == RelationDiagramTests.treaty)
        var moved = RelationDiagramTests.treaty
        moved.nodes[0].href = "../elsewhere/"
        #expect(moved != RelationDiagramTests.treaty)
        let timeline = TimelinePicture(events: TimelinePictureTests.single, title: "t")
        var retitled = timeline
        retitled.title = "u"
        #expect(timeline == TimelinePicture(events: TimelinePictureTests.single, title: "t") && timeline != retitled)
    }
}
