import Testing
@testable import BriefingKit

/// The quick test before looking for footnotes: a text may hold one only if it has `[^` somewhere.
@Suite struct FootnoteScanTests {
    @Test(arguments: [
        ("", false), ("[", false), ("^", false), ("^[", false), ("[^", true), ("a[^1]", true),
        ("x^2 and [link]", false), ("[ ^", false), ("Україна 🇺🇦 [^note]", true), ("Україна ^ [", false),
        ("^^^^[[[[", false), ("[[[[^", true), ("text\n\n[^1]: Ibid.", true),
    ])
    func aTextMayHoldFootnotesOnlyWithAnOpeningBracketAndCaret(text: String, expected: Bool) {
        #expect(Footnotes.mayHoldFootnotes(text) == expected)
        // The same text inside a longer one (not stored inline) answers the same.
        let long = String(repeating: "plain words ", count: 20) + text
        #expect(Footnotes.mayHoldFootnotes(long) == expected)
    }
}
