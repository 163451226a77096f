import Foundation
import Testing
@testable import BriefingKit

/// A site's own templates folder overrides the built-in defaults file by file (DESIGN §4).
@Suite struct TemplateOverrideTests {
    static let content: [String: String] = [
        "sources.yaml": "src-one:\n  title: \"Source One\"\n  url: \"https://example.org/one\"\n",
        "glossary/alpha.md": "---\nname: \"Alpha\"\nkind: concept\nsummary: \"The first letter.\"\n---\nAlpha.\n",
        "briefings/first.md": Content.briefing(
            "The [sky is blue](claim:sky), says [a source](cite:src-one), and [Alpha](term:alpha) matters.",
            title: "First", claims: "  sky:\n    status: supported\n    sources: [src-one]"),
    ]

    /// Builds the test content with `templates` (paths relative to Templates/) as the site's own templates
    /// folder; nil means the site has no Templates/ folder at all.
    static func build(templates: [String: String]?) -> TestSite.Result {
        var site = TestSite(content)
        site.files = site.files.filter { !$0.key.hasPrefix("Templates/") }
        for (path, text) in templates ?? [:] { site.files["Templates/" + path] = text }
        return site.build()
    }

    static var defaultFooter: String {
        String(decoding: DefaultTemplates.files["partials/footer.mustache"] ?? [], as: UTF8.self)
    }

    @Test func aSiteWithoutTemplatesUsesTheBuiltInDefaults() {
        let result = Self.build(templates: nil)
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics.items.map(\.message))")
        #expect(result.outcome == .success)
        #expect(result.output["index.html"]?.contains("site-footer") == true)
        #expect(result.output["briefings/first/index.html"] != nil)
        for path in DefaultTemplates.paths where path.hasPrefix("assets/") {
            let expected = String(decoding: DefaultTemplates.files[path] ?? [], as: UTF8.self)
            #expect(result.output[path] == expected, "built-in \(path) not written as it is")
        }
    }

    /// The same site with the repository's whole Templates/ folder builds to the same pages.
    @Test func aFullCopyOfTheDefaultsChangesNoPage() {
        let copy = DefaultTemplates.files.mapValues { String(decoding: $0, as: UTF8.self) }
        let withCopy = Self.build(templates: copy)
        let without = Self.build(templates: nil)
        #expect(withCopy.diagnostics.items.isEmpty)
        let pages = { (result: TestSite.Result) in result.output.filter { !$0.key.hasPrefix("assets/") } }
        #expect(pages(withCopy) == pages(without))
    }

    /// Overriding one partial changes exactly what that partial renders: the override below is the default footer
    /// with a marker in front, so taking the marker out of every file must give back the default build byte for byte.
    @Test func overridingOnePartialChangesOnlyWhatItRenders() throws {
        let marker = "<!-- newsroom footer -->"
        let defaults = Self.build(templates: nil)
        let overridden = Self.build(templates: ["partials/footer.mustache": marker + Self.defaultFooter])
        #expect(overridden.diagnostics.items.isEmpty, "\(overridden.diagnostics.items.map(\.message))")
        #expect(overridden.output.keys.sorted() == defaults.output.keys.sorted())
        var changed: [String] = []
        for (path, text) in overridden.output {
            #expect(text.replacingOccurrences(of: marker, with: "") == defaults.output[path],
                    "\(path) changed beyond the footer")
            if text.contains(marker) { changed.append(path) }
        }
        // Every HTML page has the footer, once; nothing else does.
        let htmlPages = defaults.output.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(changed.sorted() == htmlPages)
        for path in htmlPages {
            #expect(overridden.output[path]?.components(separatedBy: marker).count == 2, "\(path): footer not rendered once")
        }
    }

    @Test func anOverriddenPartialReplacesTheDefaultOneAndMayUseANewPartial() {
        let result = Self.build(templates: [
            "partials/footer.mustache": "<footer class=\"newsroom\">{{> partials/newsroom}}</footer>\n",
            "partials/newsroom.mustache": "The Daily Example, {{site.title}}",
        ])
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics.items.map(\.message))")
        let home = result.output["index.html"] ?? ""
        #expect(home.contains("<footer class=\"newsroom\">The Daily Example, Test Site</footer>"))
        #expect(!home.contains("site-footer__inner"))
        // The rest of the layout is still the default one.
        #expect(home.contains("site-header") || home.contains("<header"))
    }

    @Test func anAssetOverridesItsDefaultAlone() {
        let result = Self.build(templates: ["assets/style.css": "body { color: black; }\n"])
        #expect(result.diagnostics.items.isEmpty)
        var diagnostics = Diagnostics()
        let loaded = TemplateLoader(fileSystem: .memory(["Templates/assets/style.css": "x"]))
            .load(directory: "Templates", diagnostics: &diagnostics)
        #expect(loaded.overrides == ["assets/style.css"])
        for asset in loaded.assets {
            if asset.path == "style.css" {
                #expect(asset.contents == .copy(from: "Templates/assets/style.css"))
            } else {
                #expect(asset.contents == .bytes(DefaultTemplates.files["assets/" + asset.path] ?? []))
            }
        }
        // TestSite lists copied files with an empty text, built-in ones with theirs.
        #expect(result.output["assets/style.css"] == "")
        #expect(result.output["assets/briefing.js"] == String(decoding: DefaultTemplates.files["assets/briefing.js"] ?? [],
                                                               as: UTF8.self))
    }

    @Test func aBrokenOverrideIsReportedAtItsFile() {
        let result = Self.build(templates: ["partials/footer.mustache": "{{#open}} never closed"])
        #expect(result.outcome == .contentErrors)
        #expect(result.errors.contains { $0.location.file == "Templates/partials/footer.mustache" },
                "\(result.errors.map { "\($0.location.file): \($0.message)" })")
    }

    @Test func aTemplatesPathThatIsAFileIsAnError() {
        var diagnostics = Diagnostics()
        _ = TemplateLoader(fileSystem: .memory(["Templates": "not a folder"])).load(directory: "Templates", diagnostics: &diagnostics)
        #expect(diagnostics.items.map(\.message) == ["templates folder 'Templates' is not a folder"])
    }
}
