import Testing
@testable import BriefingKit

/// Encoding, line endings, front matter and YAML syntax: positions are the file's.
@Suite struct ContentLoaderTextTests {
    static let path = "Content/briefings/b-one.md"
    static let misspeltStatus = LoaderFixture.briefing(replacingLine: 11, with: "    status: suported")

    enum Variant: String, CaseIterable { case plain, crlf, bom, bomAndCRLF }

    static func encode(_ text: String, _ variant: Variant) -> [UInt8] {
        let crlf = Array(text.replacing("\n", with: "\r\n").utf8)
        switch variant {
        case .plain: return Array(text.utf8)
        case .crlf: return crlf
        case .bom: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .bomAndCRLF: return [0xEF, 0xBB, 0xBF] + crlf
        }
    }

    @Test(arguments: Variant.allCases)
    func crlfAndBOMGiveThePositionsOfAPlainFile(variant: Variant) throws {
        let fs = LoaderFixture.fileSystem(bytes: ["briefings/b-one.md": Self.encode(Self.misspeltStatus, variant)])
        let loaded = ContentLoader(fileSystem: fs).load(contentDirectory: "Content")
        #expect(loaded.diagnostics.items.map(\.description) == [
            "\(Self.path):11:13: error: unknown status 'suported' (did you mean 'supported'?)",
        ])
        let briefing = try #require(loaded.site.briefings.first)
        #expect(briefing.title == "One")
        #expect(briefing.body.text == "Text [x](claim:c-one).\n")
        #expect(briefing.body.firstLine == 18)
        #expect(briefing.claims.first?.note?.firstColumn == 12)
    }

    @Test(arguments: Variant.allCases)
    func bomAndCRLFInYAMLFiles(variant: Variant) {
        let site = "title: T\nbaseURL: https://example.org\nautolink: fist\n"
        let fs = LoaderFixture.fileSystem(bytes: ["site.yaml": Self.encode(site, variant)])
        let loaded = ContentLoader(fileSystem: fs).load(contentDirectory: "Content")
        #expect(loaded.diagnostics.items.map(\.description) == [
            "Content/site.yaml:3:11: error: unknown autolink mode 'fist' (did you mean 'first'?)",
        ])
        #expect(loaded.site.config.title == "T")
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() {
        let bytes = Array("---\ntitle: Caf".utf8) + [0xC3, 0x28] + Array("\ndate: 2024-01-01\n---\n".utf8)
        let fs = LoaderFixture.fileSystem(bytes: ["briefings/b-one.md": bytes])
        let loaded = ContentLoader(fileSystem: fs).load(contentDirectory: "Content")
        #expect(loaded.diagnostics.items.map(\.description) == ["\(Self.path):2:11: error: invalid UTF-8 (save the file as UTF-8 (your editor's Save As or Encoding menu))"])
        #expect(loaded.site.briefings.isEmpty)
    }

    @Test func invalidUTF8AfterABOMDoesNotCountTheBOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0xFF]
        let fs = LoaderFixture.fileSystem(bytes: ["site.yaml": bytes])
        let loaded = ContentLoader(fileSystem: fs).load(contentDirectory: "Content")
        #expect(loaded.diagnostics.items.map(\.description) == ["Content/site.yaml:1:3: error: invalid UTF-8 (save the file as UTF-8 (your editor's Save As or Encoding menu))"])
    }

    @Test func emptyFileIsAnError() {
        #expect(LoaderFixture.diagnostics(["briefings/b-one.md": ""]) == ["\(Self.path):1:1: error: empty file"])
        #expect(LoaderFixture.diagnostics(["site.yaml": "\n  \n"]) == ["Content/site.yaml:1:1: error: empty file"])
    }

    @Test func unterminatedFrontMatterIsAnErrorAtLineOne() {
        let text = "---\ntitle: One\ndate: 2024-01-01\n\nBody\n"
        #expect(LoaderFixture.diagnostics(["briefings/b-one.md": text])
            == ["\(Self.path):1:1: error: unterminated front matter: no closing '---' line"])
        #expect(LoaderFixture.diagnostics(["briefings/b-one.md": "---"])
            == ["\(Self.path):1:1: error: unterminated front matter: no closing '---' line"])
    }

    @Test func fileWithoutFrontMatterMissesItsRequiredKeys() {
        let hint = "the file has no front matter: it must start with a '---' line"
        #expect(LoaderFixture.diagnostics(["briefings/b-one.md": "title: One\n\nBody\n"]) == [
            "\(Self.path):1:1: error: missing required key 'title' (\(hint))",
            "\(Self.path):1:1: error: missing required key 'date' (\(hint))",
        ])
    }

    @Test func yamlSyntaxErrorIsReportedAtTheFileLine() {
        let text = "---\ntitle: One\ndate: 2024-11-05\n bad: x\n---\nBody\n"
        let diagnostics = LoaderFixture.load(["briefings/b-one.md": text]).diagnostics.items
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        // libyaml says "mapping values are not allowed" at 4:5; the slip is the one space at 4:2.
        #expect(diagnostics.first?.location == SourceLocation(file: Self.path, line: 4, column: 2))
        #expect(diagnostics.first?.message == "inconsistent indentation: 1 space, where the keys it could belong with are at 0 ('date', line 3)")
    }

    @Test func yamlSyntaxErrorInSiteYAML() {
        let diagnostics = LoaderFixture.load(["site.yaml": "title: T\nbaseURL: [x\n"]).diagnostics.items
        #expect(diagnostics.map(\.location) == [SourceLocation(file: "Content/site.yaml", line: 2, column: 12)])
        #expect(diagnostics.first?.message
            == "invalid YAML: did not find expected ',' or ']' while parsing a flow sequence that starts at line 2")
    }

    @Test func deeplyNestedYAMLIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(LoaderFixture.diagnostics(["site.yaml": "title: \(deep)\n"])
            == ["Content/site.yaml:1:9: error: invalid YAML: nested too deeply"])
    }

    @Test func duplicateKeyIsReportedAtItsSecondOccurrence() {
        let text = LoaderFixture.briefing(replacingLine: 6, with: "summary: Sum.\ntitle: Two")
        #expect(LoaderFixture.diagnostics(["briefings/b-one.md": text])
            == ["\(Self.path):7:1: error: duplicate key 'title'"])
        let claims = LoaderFixture.briefing(replacingLine: 12, with: "    confidence: high\n    status: opinion")
        #expect(LoaderFixture.diagnostics(["briefings/b-one.md": claims])
            == ["\(Self.path):13:5: error: duplicate key 'status'"])
    }

    @Test func frontMatterThatIsNotAMapping() {
        #expect(LoaderFixture.diagnostics(["briefings/b-one.md": "---\n- a\n---\nBody\n"]) == [
            "\(Self.path):2:1: error: front matter must be a mapping of keys to values",
            "\(Self.path):1:1: error: missing required key 'title'",
            "\(Self.path):1:1: error: missing required key 'date'",
        ])
    }
}
