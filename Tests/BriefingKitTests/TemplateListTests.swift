import Testing
@testable import BriefingKit

/// A lazy list renders as the list of its items would, and makes an item only when a section
/// reaches it.
@Suite struct TemplateListTests {
    /// Counts the items a list made (workers never share one: each test renders on its own).
    final class Counter: @unchecked Sendable { var made = 0 }

    func render(_ text: String, _ context: TemplateFields) -> String? {
        var diagnostics = Diagnostics()
        let templates = MustacheTemplates(templates: ["page": text], diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        return templates.render("page", context)
    }

    func items(_ names: [String]) -> [TemplateValue] { names.map { .object(["name": .text($0)]) } }

    @Test func aLazyListRendersAsItsItems() {
        let template = "{{#people}}<{{name}}{{#first}}!{{/first}}>{{/people}}{{^people}}none{{/people}}|{{#people}}{{/people}}"
        for names in [[], ["Ann"], ["Ann", "B&b", "Cé"]] {
            let eager: TemplateFields = ["people": .list(items(names)), "first": true]
            let lazy: TemplateFields = ["people": .lazyList(TemplateList(items(names)) { $0 }), "first": true]
            #expect(render(template, lazy) == render(template, eager), "\(names)")
        }
        #expect(render("{{#people}}{{name}},{{/people}}", ["people": .lazyList(TemplateList(items(["a", "b"])) { $0 })]) == "a,b,")
    }

    @Test func itemsAreMadeWhenReachedAndNotWhenSkipped() {
        let counter = Counter()
        let list = TemplateList(count: 3) { index in
            counter.made += 1
            return .object(["name": .text(String(index))])
        }
        #expect(render("{{title}}", ["title": "t", "people": .lazyList(list)]) == "t")
        #expect(counter.made == 0)
        #expect(render("{{#people}}{{name}}{{/people}}", ["people": .lazyList(list)]) == "012")
        #expect(counter.made == 3)
    }

    @Test func equalListsAreEqualWhicheverWayTheyAreMade() {
        let names = ["a", "b"]
        let lazy = TemplateValue.lazyList(TemplateList(items(names)) { $0 })
        #expect(lazy == .lazyList(TemplateList(count: 2) { .object(["name": .text(names[$0])]) }))
        #expect(lazy != .lazyList(TemplateList(items(["a", "c"])) { $0 }))
        #expect(ContextShape(lazy) == ContextShape(.list(items(names))))
    }
}
