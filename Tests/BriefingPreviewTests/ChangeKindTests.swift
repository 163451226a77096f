import BriefingKit
import Testing

/// How each changed file is classified, which decides what a rebuild redoes.
@Suite struct ChangeKindTests {
    @Test(arguments: [
        ("briefings/x.md", true, ChangeKind.briefing(slug: "x")),
        ("glossary/nato.md", true, .glossaryEntry(id: "nato")),
        ("sources.yaml", true, .sources),
        ("site.yaml", true, .siteSettings),
        ("assets/map.png", true, .contentAsset),
        ("assets/.hidden", true, .contentAsset),
        ("static/CNAME", true, .staticFile),
        ("briefings/.x.md.swp", true, .ignored),
        ("briefings/x.md~", true, .ignored),
        ("briefings/4913", true, .ignored),
        ("glossary/#nato.md#", true, .ignored),
        ("briefings/notes.txt", true, .unreadFile),
        ("briefings/x.md___jb_tmp___", true, .unreadFile),
        ("glossary/sedAb12Cd", true, .unreadFile),
        ("briefings/notes/x.md", true, .unknown),
        ("briefings", true, .unknown),
        ("", true, .unknown),
        ("briefing.mustache", false, .template),
        ("partials/head.mustache", false, .template),
        ("assets/style.css", false, .templateAsset),
        ("briefing.mustache.swp", false, .ignored),
    ])
    func classifies(_ path: String, _ inContent: Bool, _ expected: ChangeKind) {
        #expect(ChangeKind.classify(path, inContent: inContent) == expected)
    }
}
