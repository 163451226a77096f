import Foundation
import Testing
@testable import BriefingKit

/// The template check: names resolve as Mustache resolves them (sections push their items' names,
/// lookups go outward, partials in the scope they are included in), against context shapes taken
/// from the real context builders on the built-in specimen site.
@Suite struct TemplateNameCheckTests {
    static var defaultTexts: [String: String] {
        var texts: [String: String] = [:]
        for (path, bytes) in DefaultTemplates.files where path.hasSuffix(".mustache") {
            texts[String(path.dropLast(".mustache".count))] = String(decoding: bytes, as: UTF8.self)
        }
        return texts
    }

    static func templates(_ texts: [String: String]) -> MustacheTemplates {
        var diagnostics = Diagnostics()
        let templates = MustacheTemplates(templates: texts, paths: [:], diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        return templates
    }

    /// What checking `texts` (over the defaults) against the specimen's shapes reports for the templates named in `own`.
    static func check(_ texts: [String: String], own: Set<String>? = nil) -> [String] {
        let merged = defaultTexts.merging(texts) { _, new in new }
        return TemplateNameCheck.check(templates(merged), roots: TemplateSpecimen.roots, own: own ?? Set(texts.keys))
            .sorted.map(\.description)
    }

    /// The specimen site loads, annotates and plans without a word, so every page kind is in it.
    @Test func theSpecimenSiteIsClean() {
        let (roots, diagnostics) = TemplateSpecimen.shapes()
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map(\.description))")
        let pageTemplates = Set(TemplateLoader.requiredTemplates + ["methodology", "corrections", "corrections-feed", "page"])
        #expect(Set(roots.keys) == pageTemplates)
    }

    /// What keeps the shapes honest: every name every built-in template uses is in the context of
    /// every page kind that reaches it, and every built-in template is used.
    @Test func everyBuiltInTemplateChecksClean() {
        let found = Self.check([:], own: Set(Self.defaultTexts.keys))
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
        #expect(Self.defaultTexts.count > 20)
    }

    /// The clean check above can fail: a context builder that stopped giving a key (here the
    /// briefing's `updates`, only the specimen's first briefing has them) leaves the built-in
    /// template that uses it with warnings.
    @Test func aKeyTheBuiltInTemplatesUseIsMissedWhenAContextLacksIt() throws {
        var roots = TemplateSpecimen.roots
        var briefing = try #require(roots["briefing"]?.fields["briefing"])
        #expect(briefing.fields.removeValue(forKey: "updates") != nil)
        roots["briefing"]?.fields["briefing"] = briefing
        let merged = Self.templates(Self.defaultTexts)
        let found = TemplateNameCheck.check(merged, roots: roots, own: Set(Self.defaultTexts.keys)).sorted.map(\.description)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.contains("'updates'") || $0.contains("'briefing.updates'") }, "\(found)")
    }

    @Test func aMisspeltNameIsFoundWithItsNearestValidName() {
        let found = Self.check(["partials/footer": "<footer>\n  {{site.titel}} {{site.title}}\n</footer>\n"])
        #expect(found == ["partials/footer:2:3: warning: unknown variable 'site.titel': no page that uses this template has it, so it renders as nothing (did you mean 'site.title'?)"])
    }

    @Test func sectionsPushTheirItemsAndNamesResolveOutward() {
        // `title` inside `{{#briefings}}` is the briefing's; `site.title` is found in the page's scope.
        let home = "{{<layout}}{{$content}}{{#briefings}}{{title}}{{site.title}}{{#tags}}{{name}}{{slug}}{{/tags}}{{/briefings}}{{/content}}{{/layout}}"
        #expect(Self.check(["home": home]).isEmpty)
        // A briefing's key is not a page's: `claimCount` outside the section is unknown.
        let outside = "{{<layout}}{{$content}}{{claimCount}}{{/content}}{{/layout}}"
        #expect(Self.check(["home": outside]).map { $0.components(separatedBy: ": warning")[0] } == ["home:1:24"])
        // A dotted name goes through objects only: `briefings.title` does not reach into the list.
        let dotted = "{{<layout}}{{$content}}{{briefings.title}}{{/content}}{{/layout}}"
        #expect(Self.check(["home": dotted]).count == 1)
    }

    @Test func anUnknownSectionIsOneWarningNotOnePerNameInside() {
        let found = Self.check(["partials/footer": "{{#sites}}{{title}}{{nonsense}}{{/sites}}"])
        #expect(found.count == 1)
        #expect(found.first?.contains("unknown section 'sites'") == true)
    }

    /// A partial is checked in the scope it is included in, and a name is fine when some page that
    /// includes it has it (the briefing partial's `briefing.title` exists on briefing pages only).
    @Test func partialsAreCheckedWhereTheyAreIncluded() {
        let partial = "{{#briefing}}{{title}}{{/briefing}}{{#entry}}{{name}}{{/entry}}"
        #expect(Self.check(["partials/header": partial]).isEmpty)
        // Included inside `{{#briefings}}` on listing pages, `claimCount` is the item's.
        #expect(Self.check(["partials/briefing-card": "{{claimCount}}{{href}}"]).isEmpty)
        #expect(Self.check(["partials/briefing-card": "{{claimCont}}"]).count == 1)
    }

    /// A `{{$block}}` argument is checked where its parent's slot is, and reported in the child's file.
    @Test func blockArgumentsAreCheckedInTheChildTemplate() {
        let page = "{{<layout}}\n{{$content}}<h1>{{page.titel}}</h1>{{/content}}\n{{/layout}}"
        #expect(Self.check(["page": page]) == [
            "page:2:17: warning: unknown variable 'page.titel': no page that uses this template has it, so it renders as nothing (did you mean 'page.title'?)",
        ])
    }

    /// A partial that includes itself is walked once per chain: the check ends, and finds its names.
    @Test func aPartialIncludingItselfEnds() {
        let found = Self.check(["partials/footer": "{{site.title}}{{#navPages}}{{> partials/footer}}{{titel}}{{/navPages}}"])
        #expect(found.count == 1)
        #expect(found.first?.contains("unknown variable 'titel'") == true)
    }

    @Test func unusedTemplatesOfTheSiteAreReported() {
        let found = Self.check(["partials/credits": "{{site.title}}", "briefng": "{{site.title}}"])
        #expect(found == [
            "briefng:1:1: warning: template 'briefng' is not used: no page is rendered with it, and no template includes it (did you mean 'briefing'?)",
            "partials/credits:1:1: warning: partial 'partials/credits' is not used: no template includes it",
        ])
        // Used once a template includes it; its names are then checked in that scope.
        let footer = "<footer>{{> partials/credits}}</footer>"
        #expect(Self.check(["partials/credits": "{{site.title}}", "partials/footer": footer]).isEmpty)
        #expect(Self.check(["partials/credits": "{{site.tile}}", "partials/footer": footer]).count == 1)
    }

    /// Only the site's own files are reported at run time: the defaults are tested here instead.
    @Test func builtInTemplatesAreNotReportedAtRunTime() {
        #expect(Self.check(["partials/footer": "{{site.titel}}"], own: []).isEmpty)
    }

    /// A site with its own templates gets the warnings from a build (through the template loader),
    /// once, whatever the number of pages; a site without Templates/ has nothing checked.
    @Test func aBuildReportsTheWarningOnce() {
        let result = TemplateOverrideTests.build(templates: ["partials/footer.mustache": "<footer>{{site.titel}}</footer>\n"])
        let warnings = result.diagnostics.items.filter { $0.message.contains("site.titel") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.file.hasSuffix("Templates/partials/footer.mustache") == true)
        #expect(result.outcome == .success)
    }

    /// `briefing check` prints the warning at the template's line and column, with the hint.
    @Test func briefingCheckPrintsTheWarning() throws {
        let binary = try BriefingBinary.required()
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try folder.write("Templates/partials/footer.mustache", "<footer>\n  <p>{{site.titel}}</p>\n</footer>\n")
        let check = try binary.run(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("Templates/partials/footer.mustache:2:6: warning: unknown variable 'site.titel'"),
                "\(check.stderr)")
        #expect(check.stderr.contains("did you mean 'site.title'?"), "\(check.stderr)")
        let strict = try binary.run(["check", "--warnings-as-errors"], in: folder.url)
        #expect(strict.status == 1)
    }
}
