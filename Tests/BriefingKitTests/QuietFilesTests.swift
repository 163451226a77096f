import Testing
@testable import BriefingKit

/// DESIGN §8 "Quiet files": editors' backups and swap files are ignored by every command, and an
/// empty `sources.yaml` is the same as none.
@Suite struct QuietFilesTests {
    @Test(arguments: ["b-one.md~", "#b-one.md#", ".#b-one.md", ".b-one.md.swp", "b-one.md.swo", "b-one.md.tmp", "4913", ".DS_Store"])
    func backupAndSwapFilesAreIgnored(name: String) {
        let loaded = LoaderFixture.load(["briefings/" + name: "\u{0}not text at all", "glossary/" + name: "---\nbroken: [\n",
                                         "pages/" + name: "---\nbroken: [\n"])
        #expect(loaded.diagnostics.items.map(\.description) == [])
        #expect(loaded.site.briefings.map(\.slug) == ["b-one"])
    }

    @Test func anotherFileIsStillReported() {
        let loaded = LoaderFixture.load(["briefings/notes.txt": "x"])
        #expect(loaded.diagnostics.items.map(\.message) == ["ignoring 'notes.txt': only .md files are read in briefings/"])
    }

    @Test(arguments: ["", "\n\n", "  \n", "# only a comment\n"])
    func emptySourcesFileIsNoSources(text: String) {
        let withEmpty = LoaderFixture.load(["sources.yaml": text])
        let without = LoaderFixture.load(["sources.yaml": nil])
        #expect(withEmpty.site.sources.isEmpty)
        #expect(withEmpty.diagnostics.items.map(\.description) == without.diagnostics.items.map(\.description))
    }

    @Test func anEmptyBriefingIsStillAnError() {
        #expect(LoaderFixture.diagnostics(["briefings/b-one.md": ""]).contains { $0.contains("error: empty file") })
    }

    @Test(arguments: ["x.md~", "#x.md#", ".#x.md", "x.md.swp", "x.swo", "x.swx", "x.md.tmp", "4913", ".DS_Store"])
    func quietNames(name: String) {
        #expect(QuietFiles.isQuiet(name))
        // One rule: what the loader skips, serve does not rebuild for, in either folder.
        #expect(ChangeKind.classify("briefings/" + name, inContent: true) == .ignored)
        #expect(ChangeKind.classify("glossary/" + name, inContent: true) == .ignored)
        #expect(ChangeKind.classify("pages/" + name, inContent: true) == .ignored)
    }

    @Test(arguments: ["x.md", "4914", "#x.md", "#", "notes.txt"])
    func ordinaryNames(name: String) {
        #expect(!QuietFiles.isQuiet(name))
        #expect(ChangeKind.classify("briefings/" + name, inContent: true) != .ignored)
    }
}
