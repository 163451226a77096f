import Testing
@testable import BriefingKit

/// The plain text the search index reads from a body: cut at headings, markup and raw HTML left out.
@Suite struct PlainTextTests {
    func plain(_ markdown: String) -> PlainText {
        PlainText.of(MarkdownDocument(parsing: MarkdownSource(text: markdown, file: "t.md", firstLine: 1)))
    }

    @Test func cutsAtHeadingsAndKeepsTheirTextOut() {
        let text = plain("""
            Intro *with* [a link](https://example.org) and `code`.

            ## First

            One
            two.

            - item a
            - item b

            ### Deeper

            > quoted

            ```
            let x = 1
            ```
            """)
        #expect(text.intro == "Intro with a link and code.\n")
        #expect(text.sections == ["One two.\nitem a\nitem b\n", "quoted\nlet x = 1\n"])
    }

    @Test func leavesRawHTMLOutAndCountsEveryHeading() {
        let text = plain("<div>hidden</div>\n\nSeen <b>bold</b> text.\n\n# A\n\n###### B\n\nlast")
        #expect(text.intro == "Seen bold text.\n")
        #expect(text.sections == ["", "last\n"])
        #expect(plain("").intro == "" && plain("").sections.isEmpty)
    }

    @Test func inlineNotesBecomeOneLine() {
        let note = MarkdownSource(text: "Per [the *report*](cite:s1), **not** so.", file: "b.md", firstLine: 3)
        #expect(PlainText.inline(note) == "Per the report, not so.")
        // Every line feed at the end goes (a code block's too), none before it.
        let code = MarkdownSource(text: "Two:\n\n```\nx\n\n\n```", file: "b.md", firstLine: 3)
        #expect(PlainText.inline(code) == "Two:\nx")
        #expect(PlainText.inline(MarkdownSource(text: "", file: "b.md", firstLine: 1)) == "")
    }
}
