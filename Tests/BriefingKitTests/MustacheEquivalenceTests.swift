import Foundation
import Testing
@testable import BriefingKit

/// The repository's real templates rendered through swift-mustache (`TemplateSet`) and through
/// `MustacheTemplates` with the context shapes the `Renderer` builds, full and sparse, with text that
/// needs escaping: the two engines must write the same bytes for every template.
struct MustacheEquivalenceTests {
    static let templates: [String: String] = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates")
        var templates: [String: String] = [:]
        for (subfolder, prefix) in [("", ""), ("partials", "partials/")] {
            let url = subfolder.isEmpty ? folder : folder.appendingPathComponent(subfolder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for file in files where file.hasSuffix(".mustache") {
                if let text = try? String(contentsOf: url.appendingPathComponent(file), encoding: .utf8) {
                    templates[prefix + String(file.dropLast(".mustache".count))] = text
                }
            }
        }
        return templates
    }()

    /// Every page template with each context variant.
    static let cases: [MustacheEquivalenceCase] = {
        MustacheContexts.variants.flatMap { variant in
            MustacheContexts.pageTemplates.map { MustacheEquivalenceCase(template: $0, variant: variant) }
        }
    }()

    @Test func templatesAreFound() {
        for name in MustacheContexts.pageTemplates + ["layout", "partials/head", "partials/briefing-card"] {
            #expect(Self.templates[name] != nil, "Templates/\(name).mustache not found")
        }
    }

    @Test(arguments: cases)
    func enginesAgree(_ test: MustacheEquivalenceCase) throws {
        var diagnostics = Diagnostics()
        let reference = TemplateSet(templates: Self.templates, diagnostics: &diagnostics)
        let ours = MustacheTemplates(templates: Self.templates, diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(ours.names == reference.names)
        let context = MustacheContexts.context(for: test.template, variant: test.variant)
        let expected = try #require(reference.render(test.template, context))
        let actual = try #require(ours.render(test.template, context))
        #expect(actual == expected, "first difference at byte \(Self.firstDifference(actual, expected))")
        #expect(!expected.isEmpty)
    }

    @Test func unknownTemplateIsNil() {
        var diagnostics = Diagnostics()
        let ours = MustacheTemplates(templates: Self.templates, diagnostics: &diagnostics)
        #expect(ours.render("no-such-template", [:]) == nil)
    }

    /// Several threads rendering from one `MustacheTemplates` get the same page as one thread does.
    @Test func concurrentRendersAgree() async {
        var diagnostics = Diagnostics()
        let ours = MustacheTemplates(templates: Self.templates, diagnostics: &diagnostics)
        let context = MustacheContexts.context(for: "briefing", variant: .full)
        let single = ours.render("briefing", context)
        let results = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<8 { group.addTask { ours.render("briefing", context) } }
            var all: [String?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.allSatisfy { $0 == single })
    }

    static func firstDifference(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        return zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
    }
}

struct MustacheEquivalenceCase: Sendable, CustomTestStringConvertible {
    var template: String
    var variant: MustacheContexts.Variant
    var testDescription: String { "\(template) (\(variant))" }
}
