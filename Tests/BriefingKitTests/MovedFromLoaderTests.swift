import Testing
@testable import BriefingKit

/// `moved-from` on briefings, glossary entries, claims and sources: read with positions, and its
/// mistakes reported where they are written (DESIGN §7 Permanence).
@Suite struct MovedFromLoaderTests {
    static let b = "Content/briefings/b-one.md"
    static let russia = "Content/glossary/russia.md"
    static let sources = "Content/sources.yaml"

    /// The fixture briefing with `moved-from` lines inserted after line 2 (the title) and after line 10
    /// (claim `c-one`'s key): the briefing's list on line 3, the claim's on line 12.
    static func briefing(own: String? = nil, claim: String? = nil) -> String {
        var lines = LoaderFixture.briefing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let claim { lines.insert("    moved-from: \(claim)", at: 10) }
        if let own { lines.insert("moved-from: \(own)", at: 2) }
        return lines.joined(separator: "\n")
    }

    @Test func readsEveryKindWithPositions() throws {
        let loaded = LoaderFixture.load([
            "briefings/b-one.md": Self.briefing(own: "[old-one, older]", claim: "[c-old]"),
            "glossary/russia.md": LoaderFixture.russia.replacingOccurrences(of: "kind: state", with: "kind: state\nmoved-from: [russian-federation]"),
            "sources.yaml": LoaderFixture.sources.replacingOccurrences(of: "  title: Source B", with: "  title: Source B\n  moved-from: [src-old]"),
        ])
        #expect(loaded.diagnostics.items.filter { $0.severity == .error }.isEmpty)
        let briefing = try #require(loaded.site.briefings.first)
        #expect(briefing.movedFrom.map(\.id) == ["old-one", "older"])
        #expect(briefing.movedFrom.map(\.location.description) == ["\(Self.b):3:14", "\(Self.b):3:23"])
        let claim = try #require(briefing.claims.first { $0.id == "c-one" })
        #expect(claim.movedFrom.map(\.id) == ["c-old"])
        #expect(claim.movedFrom.first?.location.description == "\(Self.b):12:18")
        #expect(loaded.site.glossary.first { $0.id == "russia" }?.movedFrom.map(\.id) == ["russian-federation"])
        let source = try #require(loaded.site.sources.first { $0.id == "src-b" })
        #expect(source.movedFrom.map(\.id) == ["src-old"])
        #expect(source.movedFrom.first?.location.description == "\(Self.sources):10:16")
    }

    @Test func anInvalidOldSlugIsAnErrorAtIt() {
        let diagnostics = LoaderFixture.diagnostics(["briefings/b-one.md": Self.briefing(own: "[Old_One]")])
        #expect(diagnostics == [
            "\(Self.b):3:14: error: invalid slug 'Old_One' in 'moved-from': \(ContentLoader.Rules.idRule)",
        ])
        let claim = LoaderFixture.diagnostics(["briefings/b-one.md": Self.briefing(claim: "[\"c old\"]")])
        #expect(claim == ["\(Self.b):11:18: error: invalid claim id 'c old' in 'moved-from': \(ContentLoader.Rules.idRule)"])
    }

    @Test func anOldSlugThatExistsIsAnError() {
        let other = LoaderFixture.briefing.replacingOccurrences(of: "draft: true\n", with: "")
        let diagnostics = LoaderFixture.diagnostics([
            "briefings/b-one.md": Self.briefing(own: "[b-two]"),
            "briefings/b-two.md": other,
        ])
        #expect(diagnostics.contains(
            "\(Self.b):3:14: error: moved-from 'b-two' is the slug of an existing briefing (an old slug must be one nothing has now; remove 'b-two' from moved-from)"))
        let own = LoaderFixture.diagnostics(["briefings/b-one.md": Self.briefing(claim: "[c-one]")])
        #expect(own == [
            "\(Self.b):11:18: error: moved-from 'c-one' is this claim's own id (an old id must be one nothing has now; remove 'c-one' from moved-from)",
        ])
        let entry = LoaderFixture.diagnostics([
            "glossary/russia.md": LoaderFixture.russia.replacingOccurrences(of: "kind: state", with: "kind: state\nmoved-from: [north-korea]"),
        ])
        #expect(entry == [
            "\(Self.russia):4:14: error: moved-from 'north-korea' is the id of an existing glossary entry (an old id must be one nothing has now; remove 'north-korea' from moved-from)",
        ])
    }

    @Test func anOldSlugClaimedTwiceIsAnErrorAtTheLaterOne() {
        let other = LoaderFixture.briefing.replacingOccurrences(of: "title: \"One\"", with: "title: \"Two\"\nmoved-from: [gone]")
        let diagnostics = LoaderFixture.diagnostics([
            "briefings/b-one.md": Self.briefing(own: "[gone]"),
            "briefings/b-two.md": other,
        ])
        #expect(diagnostics.contains(
            "Content/briefings/b-two.md:3:14: error: moved-from 'gone' is claimed by briefing 'b-one' already (an old slug can lead to one briefing only)"))
        let claims = LoaderFixture.diagnostics([
            "briefings/b-one.md": Self.briefing(claim: "[c-old]")
                .replacingOccurrences(of: "    status: opinion", with: "    status: opinion\n    moved-from: [c-old]"),
        ])
        #expect(claims == [
            "\(Self.b):18:18: error: moved-from 'c-old' is claimed by claim 'c-one' already (an old id can lead to one claim only)",
        ])
        let sources = LoaderFixture.diagnostics([
            "sources.yaml": LoaderFixture.sources
                .replacingOccurrences(of: "  title: Source B", with: "  title: Source B\n  moved-from: [src-old, src-old]"),
        ])
        #expect(sources == [
            "\(Self.sources):10:25: error: moved-from 'src-old' is claimed by this source already (an old id can lead to one source only)",
        ])
    }
}
