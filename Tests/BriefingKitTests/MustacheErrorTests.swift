import Testing
@testable import BriefingKit

/// Templates that do not parse become diagnostics at the right file, line and column; and what the
/// spec leaves open is pinned to what swift-mustache does, so switching engines changes no page.
struct MustacheErrorTests {
    private func diagnostics(_ text: String) -> [Diagnostic] {
        var diagnostics = Diagnostics()
        let set = MustacheTemplates(templates: ["page": text], paths: ["page": "Templates/page.mustache"],
                                    diagnostics: &diagnostics)
        #expect(set.names.isEmpty == diagnostics.hasErrors)
        return diagnostics.items
    }

    @Test(arguments: [
        ("a\n  {{#items}}\nb", 2, 3, "never closed"),
        ("{{#a}}\n  é {{/b}}", 2, 5, "{{/b}}"),
        ("x {{name", 1, 3, "not closed"),
        ("{{}}", 1, 1, "no name"),
        ("{{a b}}", 1, 1, "whitespace"),
        ("{{=<% =}}", 1, 1, "delimiters"),
        ("{{<layout}}{{name}}{{/layout}}", 1, 12, "only {{$block}}"),
        ("{{/a}}", 1, 1, "{{/a}}"),
    ])
    func parseErrorsAreLocated(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "Templates/page.mustache", line: line, column: column))
        #expect(found.first?.message.contains(message) == true, "\(found)")
    }

    @Test func badTemplateIsLeftOutOthersStay() {
        var diagnostics = Diagnostics()
        let set = MustacheTemplates(templates: ["good": "[{{> bad}}]", "bad": "{{#x}}"], diagnostics: &diagnostics)
        #expect(set.names == ["good"])
        #expect(diagnostics.errorCount == 1)
        #expect(set.render("good", [:]) == "[]")
    }

    private func render(_ text: String, _ context: TemplateFields, partials: [String: String] = [:]) -> String? {
        var diagnostics = Diagnostics()
        var templates = partials
        templates["page"] = text
        return MustacheTemplates(templates: templates, diagnostics: &diagnostics).render("page", context)
    }

    @Test func valuesBehaveAsInSwiftMustache() {
        // The empty string is true and pushed; a boolean writes true/false; lists and objects write nothing.
        #expect(render("[{{#s}}yes{{.}}{{/s}}{{^s}}no{{/s}}]", ["s": ""]) == "[yes]")
        #expect(render("{{t}} {{f}}", ["t": true, "f": false]) == "true false")
        #expect(render("[{{l}}{{o}}]", ["l": ["a"], "o": ["k": "v"]]) == "[]")
        #expect(render("{{#o}}{{k}}{{/o}}{{^o}}!{{/o}}", ["o": .object([:]), "k": "outer"]) == "outer")
        #expect(render("{{x}}|{{{x}}}|{{&x}}", ["x": "<a href=\"'&'\">"])
            == "&lt;a href=&quot;&#39;&amp;&#39;&quot;&gt;|<a href=\"'&'\">|<a href=\"'&'\">")
    }

    @Test func selfIncludingTemplateStops() {
        let output = render("x{{> page}}", [:])
        #expect(output == String(repeating: "x", count: MustacheRenderer.maximumDepth))
        let slot = render("{{<p}}{{$a}}({{$a}}{{/a}}){{/a}}{{/p}}", [:], partials: ["p": "{{$a}}{{/a}}"])
        #expect(slot?.hasPrefix("((") == true)
    }
}
