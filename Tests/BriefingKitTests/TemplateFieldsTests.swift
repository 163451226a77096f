import Testing
@testable import BriefingKit

/// Template objects keep their fields as a short list: they must still behave as the dictionaries
/// they replaced (a later value replaces an earlier one, nil removes, order does not matter to equality).
@Suite struct TemplateFieldsTests {
    @Test func aKeySetAgainKeepsTheLastValue() {
        var fields: TemplateFields = ["title": "First", "href": "a/"]
        fields["title"] = "Second"
        #expect(fields["title"] == .text("Second"))
        #expect(fields.count == 2)
        // A literal's keys are distinct, as a dictionary literal's must be (a repeated one traps in
        // debug builds, as it does in a dictionary literal): its fields are kept in their order.
        let literal: TemplateFields = ["title": "T", "href": "h/", "draft": false]
        #expect(literal.map(\.key) == ["title", "href", "draft"] && literal["href"] == .text("h/"))
    }

    @Test func nilRemovesAndMissingKeysAreNil() {
        var fields: TemplateFields = ["title": "T", "draft": true]
        fields["draft"] = nil
        #expect(fields["draft"] == nil)
        #expect(fields["nowhere"] == nil)
        #expect(fields.map(\.key) == ["title"])
    }

    @Test func equalityIgnoresOrderButNotValues() {
        let a: TemplateFields = ["x": "1", "y": ["z": true]]
        let b: TemplateFields = ["y": ["z": true], "x": "1"]
        let c: TemplateFields = ["x": "1", "y": ["z": false]]
        #expect(a == b)
        #expect(a != c)
        #expect(a != ["x": "1"])
    }

    @Test func mergeReplacesSharedKeysAndAddsTheRest() {
        var fields: TemplateFields = ["title": "Old", "kept": "yes"]
        fields.merge(["title": "New", "added": "too"])
        #expect(fields == ["title": "New", "kept": "yes", "added": "too"])
    }
}
