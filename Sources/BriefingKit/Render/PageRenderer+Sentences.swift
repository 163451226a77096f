/// Whole sentences from the interface table, filled in here rather than assembled in a template from
/// fragments (DESIGN §8): other languages put the values elsewhere in the sentence. The result is
/// HTML: the table's text as it is (templates print every word raw), each value escaped, and links
/// built here with their text and address escaped.
extension PageRenderer {
    /// The sentence `key` with `text` values escaped and `markup` values (made here) as they are.
    func sentence(_ key: String, text values: [String: String] = [:], markup: [String: String] = [:]) -> TemplateValue {
        .html(words.text(key, Self.filled(values, markup)))
    }

    /// The count sentence `key.<plural category of n>`, `{count}` written as the language writes numbers.
    func countSentence(_ key: String, _ n: Int, text values: [String: String] = [:]) -> TemplateValue {
        .html(words.count(key, n, Self.filled(values, [:])))
    }

    /// `<a href="…">text</a>` (with `attributes` before `href`, as the templates write them), escaped.
    func link(_ href: String, _ text: String, attributes: String = "") -> String {
        "<a \(attributes)href=\"\(HTMLEscaping.escape(href))\">\(HTMLEscaping.escape(text))</a>"
    }

    /// `<time datetime="2024-11-05">5 November 2024</time>`.
    func timeElement(_ date: PartialDate) -> String {
        "<time datetime=\"\(DisplayDate.iso(date))\">\(HTMLEscaping.escape(words.date(date)))</time>"
    }

    private static func filled(_ values: [String: String], _ markup: [String: String]) -> [String: String] {
        // Most sentences have one kind of value or the other: no dictionary to merge into then.
        if values.isEmpty { return markup }
        let escaped = values.mapValues(HTMLEscaping.escape)
        return markup.isEmpty ? escaped : escaped.merging(markup) { _, made in made }
    }
}
