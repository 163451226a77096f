import Foundation
import Testing
@testable import BriefingKit

/// `anchors.json` and `--since` (DESIGN §7 Permanence): the manifest's file form and reader, and the
/// comparison of a published manifest with a new site, each finding located and each covered by `moved-from`.
@Suite struct AnchorManifestTests {
    static let sources = """
        src-a:
          title: "Source A"
        src-b:
          title: "Source B"

        """

    /// Version one of a small site: two briefings, a claim, a heading, two sources, one entry.
    static let published: [String: String] = [
        "sources.yaml": sources,
        "glossary/russia.md": Content.term("Russia"),
        "briefings/gambit.md": Content.briefing("## Background\n\nRussia [moved](claim:troops), says [B](cite:src-b).",
                                                title: "Gambit", claims: "  troops:\n    status: supported\n    sources: [src-a]"),
        "briefings/other.md": Content.briefing("## Aftermath\n\nNothing.", title: "Other"),
    ]

    /// The site's manifest as a build makes it (what `anchors.json` holds).
    static func manifest(_ content: [String: String], options: BuildOptions = BuildOptions(now: december)) -> AnchorManifest {
        let site = TestSite(content, options: options)
        let loaded = ContentLoader(fileSystem: .memory(site.files)).load(contentDirectory: "Content")
        let annotated = Annotator().annotate(loaded.site, options: options).site
        let pages = Planner(templateAssets: [], contentDirectory: "Content", options: options).plan(annotated).pages
        for page in pages { if case .anchors(let manifest) = page.input { return manifest } }
        Issue.record("the plan holds no anchors.json")
        return AnchorManifest()
    }

    static let december = PartialDate(year: 2024, month: 12, day: 1)

    /// `check --since Public` of `content` against version one's manifest, as `file:line:col: severity: message (hint)`.
    static func since(_ changes: [String: String?]) -> [String] {
        var content = published
        for (path, text) in changes { content[path] = text }
        var files = TestSite(content).files
        files["Public/anchors.json"] = manifest(published).json
        let fileSystem = FileSystem.memory(files)
        guard case .success(let anchors) = PublishedAnchors.read("Public", fileSystem: fileSystem) else {
            Issue.record("anchors.json unreadable")
            return []
        }
        let options = BuildOptions(now: december)
        let report = SiteBuilder(fileSystem: fileSystem).check(
            BuildRequest(options: options, since: SinceCheck(published: anchors, publishing: options)))
        return report.diagnostics.items.map(\.description)
    }

    @Test func theManifestHoldsCitableIDsOnly() {
        let manifest = Self.manifest(Self.published)
        #expect(manifest.pages == [
            "briefings/gambit/": ["background", "claim-troops", "note-troops"],
            "briefings/other/": ["aftermath"],
            "glossary/russia/": [],
            "sources/": ["source-src-a", "source-src-b"],
        ])
        #expect(manifest.json == """
            {
              "version": 1,
              "pages": {
                "briefings/gambit/": ["background", "claim-troops", "note-troops"],
                "briefings/other/": ["aftermath"],
                "glossary/russia/": [],
                "sources/": ["source-src-a", "source-src-b"]
              }
            }

            """)
    }

    /// Corrections and updates and standalone pages (DESIGN §7): `update-<n>` on the briefing (not
    /// the section's own `updates` id), a page of `Content/pages/` with its heading slugs; the
    /// generated methodology and corrections pages are not in it.
    @Test func updatesAndStandalonePagesAreInIt() throws {
        var content = Self.published
        content["briefings/other.md"] = Content.briefing("## Aftermath\n\nNothing.", title: "Other", extra: """
            updates:
              - date: 2024-11-20
                kind: correction
                text: "A date was wrong."
              - date: 2024-11-21
                kind: update
                text: "More."
            """)
        content["pages/about.md"] = "---\ntitle: \"About\"\n---\n## Contact us\n\nWrite.\n"
        let manifest = Self.manifest(content)
        #expect(manifest.pages["briefings/other/"] == ["aftermath", "update-1", "update-2"])
        #expect(manifest.pages["about/"] == ["contact-us"])
        #expect(manifest.pages["methodology/"] == nil && manifest.pages["corrections/"] == nil)
        // Removing a published update is an error at the briefing's file.
        var files = TestSite(Self.published).files
        files["Public/anchors.json"] = manifest.json
        files["Content/pages/about.md"] = content["pages/about.md"]
        let fileSystem = FileSystem.memory(files)
        guard case .success(let anchors) = PublishedAnchors.read("Public", fileSystem: fileSystem) else {
            Issue.record("anchors.json unreadable")
            return
        }
        let options = BuildOptions(now: Self.december)
        let report = SiteBuilder(fileSystem: fileSystem).check(
            BuildRequest(options: options, since: SinceCheck(published: anchors, publishing: options)))
        let messages = report.diagnostics.items.map(\.description)
        #expect(messages.contains { $0.contains("briefings/other.md") && $0.contains("update '#update-1'") }, "\(messages)")
        #expect(!messages.contains { $0.contains("about/") }, "\(messages)")
    }

    @Test func theFileReadsBackFromItselfOrItsFolder() throws {
        let manifest = Self.manifest(Self.published)
        let fileSystem = FileSystem.memory(["site/anchors.json": manifest.json, "bad.json": "{\"pages\": 3}"])
        for path in ["site", "site/", "site/anchors.json"] {
            guard case .success(let read) = PublishedAnchors.read(path, fileSystem: fileSystem) else {
                Issue.record("\(path) did not read")
                continue
            }
            #expect(read.manifest == manifest)
            #expect(read.file == "site/anchors.json")
            #expect(read.lines["briefings/other/"]?.line == 5)
            #expect(read.location(of: "sources/").description == "site/anchors.json:7:5")
        }
        guard case .failure(let missing) = PublishedAnchors.read("nowhere", fileSystem: fileSystem),
              case .failure(let invalid) = PublishedAnchors.read("bad.json", fileSystem: fileSystem),
              case .failure(let noFile) = PublishedAnchors.read("x", fileSystem: .memory(["x/y": ""])) else {
            Issue.record("a missing or invalid anchors.json was read")
            return
        }
        #expect(missing.description == "'nowhere' is neither an anchors.json nor a folder holding one")
        #expect(invalid.description.hasPrefix("'bad.json' is not a valid anchors.json: "))
        #expect(noFile.description == "no anchors.json in 'x' (build the published site with this version first)")
    }

    @Test func aPageIsFoundAtItsKeyWhereverTheFileBreaksLines() {
        let text = "{\"version\": 1,\n\"pages\": {\n\t\"briefings/a/\": [],\n  \"briefings/b/\": [], \"briefings/c/\": []}}\n"
        let fileSystem = FileSystem.memory(["anchors.json": text])
        guard case .success(let read) = PublishedAnchors.read("anchors.json", fileSystem: fileSystem) else {
            Issue.record("did not read")
            return
        }
        #expect(read.location(of: "briefings/a/").description == "anchors.json:3:2")
        #expect(read.location(of: "briefings/b/").description == "anchors.json:4:3")
        #expect(read.location(of: "briefings/c/").description == "anchors.json:1:1")
    }

    @Test func aGlossaryEntryPromisesItsHeadings() {
        var content = Self.published
        content["glossary/russia.md"] = Content.term("Russia", body: "## History\n\nLong.")
        #expect(Self.manifest(content).pages["glossary/russia/"] == ["history"])
    }

    @Test func anUnchangedSitePasses() {
        #expect(Self.since([:]) == [])
    }

    @Test func aRemovedBriefingIsAnErrorAtItsLineInTheOldManifest() {
        #expect(Self.since(["briefings/other.md": nil]) == [
            "Public/anchors.json:5:5: error: published page 'briefings/other/' is gone from the new site (add 'moved-from: [other]' to the briefing that replaces it)",
        ])
    }

    @Test func aRenamedBriefingPassesWithMovedFrom() {
        let renamed = Content.briefing("## Aftermath\n\nNothing.", title: "Other", extra: "moved-from: [other]")
        #expect(Self.since(["briefings/other.md": nil, "briefings/after.md": renamed]) == [])
        // The redirect keeps the fragment, so the ids must be on the new page.
        let reworded = Content.briefing("## Later\n\nNothing.", title: "Other", extra: "moved-from: [other]")
        #expect(Self.since(["briefings/other.md": nil, "briefings/after.md": reworded]) == [
            "Content/briefings/after.md:1:1: warning: heading '#aftermath' published on 'briefings/after/' (moved from 'briefings/other/') is gone: links to it land at the top of the page",
        ])
    }

    @Test func aDraftedOrScheduledBriefingIsAnErrorInItsFile() {
        let drafted = Content.briefing("## Aftermath\n\nNothing.", title: "Other", extra: "draft: true")
        #expect(Self.since(["briefings/other.md": drafted]) == [
            "Content/briefings/other.md:1:1: error: published page 'briefings/other/' is left out of this build: the briefing is a draft (publish it again, or give the briefing that replaces it 'moved-from: [other]')",
        ])
        let scheduled = Content.briefing("## Aftermath\n\nNothing.", title: "Other", date: "2025-02-01")
        #expect(Self.since(["briefings/other.md": scheduled]) == [
            "Content/briefings/other.md:1:1: error: published page 'briefings/other/' is left out of this build: the briefing is scheduled for 2025-02-01 (publish it again, or give the briefing that replaces it 'moved-from: [other]')",
        ])
    }

    @Test func aRemovedClaimIsAnErrorInTheBriefingAndPassesWithMovedFrom() {
        let body = "## Background\n\nRussia [moved](claim:troops-moved), says [B](cite:src-b)."
        let renamed = Content.briefing(body, title: "Gambit", claims: "  troops-moved:\n    status: supported\n    sources: [src-a]")
        #expect(Self.since(["briefings/gambit.md": renamed]) == [
            "Content/briefings/gambit.md:1:1: error: claim 'troops' (#claim-troops) published on 'briefings/gambit/' is gone (if it was renamed, add 'moved-from: [troops]' to the claim that replaces it)",
        ])
        let covered = Content.briefing(body, title: "Gambit",
                                       claims: "  troops-moved:\n    status: supported\n    sources: [src-a]\n    moved-from: [troops]")
        #expect(Self.since(["briefings/gambit.md": covered]) == [])
    }

    @Test func aRenamedHeadingIsAWarning() {
        let renamed = Content.briefing("## Context\n\nRussia [moved](claim:troops), says [B](cite:src-b).",
                                       title: "Gambit", claims: "  troops:\n    status: supported\n    sources: [src-a]")
        #expect(Self.since(["briefings/gambit.md": renamed]) == [
            "Content/briefings/gambit.md:1:1: warning: heading '#background' published on 'briefings/gambit/' is gone: links to it land at the top of the page",
        ])
    }

    @Test func aRemovedSourceIsAnErrorInSourcesYAMLAndPassesWithMovedFrom() {
        let body = "## Background\n\nRussia [moved](claim:troops), says [B](cite:src-c)."
        let gambit = Content.briefing(body, title: "Gambit", claims: "  troops:\n    status: supported\n    sources: [src-a]")
        let renamed = Self.sources.replacingOccurrences(of: "src-b:", with: "src-c:")
        #expect(Self.since(["briefings/gambit.md": gambit, "sources.yaml": renamed]) == [
            "Content/sources.yaml:1:1: error: source 'src-b' (#source-src-b) published on 'sources/' is gone (if it was renamed, add 'moved-from: [src-b]' to the source that replaces it)",
        ])
        let covered = renamed.replacingOccurrences(of: "  title: \"Source B\"", with: "  title: \"Source B\"\n  moved-from: [src-b]")
        #expect(Self.since(["briefings/gambit.md": gambit, "sources.yaml": covered]) == [])
    }

    @Test func aRemovedUpdateSaysThatCorrectionsStay() {
        var manifest = Self.manifest(Self.published)
        manifest.pages["briefings/gambit/", default: []].append("update-1")
        let published = PublishedAnchors(manifest: manifest, file: "anchors.json")
        let comparison = AnchorComparison(published: published, current: Self.manifest(Self.published),
                                          origins: .init(files: ["briefings/gambit/": "gambit.md"]))
        #expect(comparison.diagnostics().items.map(\.description) == [
            "gambit.md:1:1: error: update '#update-1' published on 'briefings/gambit/' is gone (a published correction stays; add a new update instead)",
        ])
    }
}
