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

    /// Makes a lazy value of a value, counting in `counter` each time one is made.
    static func counted(by counter: Counter) -> (TemplateValue) -> TemplateValue {
        { value in
            .lazy(TemplateLazy {
                counter.made += 1
                return value
            })
        }
    }

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

    /// A lazy value renders as the value it makes, wherever it stands (a variable, a section, an
    /// inverted section, a step of a dotted name, an item of a list), and is made only when reached.
    @Test func aLazyValueIsMadeWhenReached() {
        let counter = Counter()
        let lazy = Self.counted(by: counter)
        let template = "{{a}}|{{{html}}}|{{#flag}}yes{{/flag}}{{^off}}no{{/off}}|{{#list}}{{.}},{{/list}}|{{obj.inner.name}}|{{#obj}}{{#inner}}{{name}}{{/inner}}{{/obj}}"
        let eager: TemplateFields = ["a": "A&", "html": "<b>", "flag": true, "off": false, "list": ["x", "y"],
                                     "obj": ["inner": ["name": "N"]]]
        let lazyFields: TemplateFields = ["a": lazy("A&"), "html": lazy("<b>"), "flag": lazy(true), "off": lazy(false),
                                          "list": lazy(.list([lazy("x"), "y"])),
                                          "obj": lazy(.object(["inner": lazy(.object(["name": lazy("N")]))]))]
        #expect(render(template, lazyFields) == render(template, eager))
        #expect(render(template, eager) == "A&amp;|<b>|yesno|x,y,|N|N")
        counter.made = 0
        #expect(render("{{a}}", lazyFields) == "A&amp;")
        #expect(counter.made == 1)
        #expect(lazy("x") == .text("x") && lazy("x") != .text("y"))
        #expect(ContextShape(.object(lazyFields)) == ContextShape(.object(eager)))
    }

    /// A value made whole holds no lazy value at any depth: rendering it makes nothing again.
    @Test func aValueMadeWholeMakesNothingAgain() {
        let counter = Counter()
        let lazy = Self.counted(by: counter)
        let fields: TemplateFields = ["claim": lazy(.object(["a": lazy("x"), "marks": .list([.object(["label": lazy("y")])])]))]
        let whole = fields.madeWhole
        #expect(counter.made == 3)
        let template = "{{claim.a}}{{#claim}}{{#marks}}{{label}}{{/marks}}{{/claim}}"
        #expect(render(template, whole) == "xy" && render(template, whole) == "xy")
        #expect(counter.made == 3)
        #expect(render(template, fields) == "xy" && counter.made > 3)
        #expect(whole == fields)
    }
}
