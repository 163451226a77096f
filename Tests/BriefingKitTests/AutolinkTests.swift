import Testing
@testable import BriefingKit

/// Each auto-linking rule of DESIGN §2, through the whole pipeline.
@Suite struct AutolinkTests {
    static let glossary: [String: String] = [
        "glossary/russia.md": Content.term("Russia", aliases: ["Moscow"]),
        "glossary/north-korea.md": Content.term("North Korea", aliases: ["Pyongyang", "DPRK"]),
        "glossary/korea.md": Content.term("Korea", kind: "place"),
        "glossary/south-korea.md": Content.term("South Korea"),
        "glossary/kim.md": Content.term("Kim Jong Un", aliases: ["President Kim"], kind: "person"),
        "glossary/treaty.md": Content.term("Treaty on Comprehensive Strategic Partnership", aliases: ["Russia’s treaty"], kind: "treaty"),
    ]

    /// The body of a one-briefing site with the glossary above.
    func body(_ markdown: String, autolink: String = "all", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        var files = Self.glossary
        files["site.yaml"] = TestSite.siteYAML + "autolink: \(autolink)\n"
        files["briefings/b.md"] = Content.briefing(markdown)
        let result = TestSite(files).build()
        #expect(result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
        return TestSite.body(result.output["briefings/b/index.html"])
    }

    /// The visible texts that became glossary links, in order, as `term:text`.
    func links(_ html: String) -> [String] {
        let pattern = #/<a class="term" id="mention-([a-z0-9-]+)-\d+" href="[^"]*" data-term="[a-z0-9-]+">(.*?)</a>/#
        return html.matches(of: pattern.dotMatchesNewlines()).map { "\($0.1):\($0.2)" }
    }

    @Test func plainMentionLinksToTheEntryWithANumberedID() {
        let html = body("We discuss Russia today.")
        #expect(html.contains(#"<a class="term" id="mention-russia-1" href="../../glossary/russia/" data-term="russia">Russia</a>"#))
    }

    @Test func neverInsideCodeLinksImagesOrHeadings() {
        let html = body("""
            # Russia in a heading

            `Russia` in code, [Russia in a link](https://example.org), ![Russia](https://example.org/x.png).
            """)
        #expect(links(html).isEmpty)
    }

    @Test func neverInsideAnExplicitTermLink() {
        let html = body("[Russia and North Korea](term:russia) met.")
        #expect(links(html) == ["russia:Russia and North Korea"])
    }

    @Test func longestMatchWins() {
        #expect(links(body("North Korea and Korea.")) == ["north-korea:North Korea", "korea:Korea"])
    }

    @Test func wholeWordsOnly() {
        #expect(links(body("Russia’s army, the North Korea-Russia axis, Russian troops.")) ==
            ["russia:Russia", "north-korea:North Korea", "russia:Russia"])
        #expect(links(body("Russians and Russianness.")).isEmpty)
    }

    @Test func caseSensitive() {
        #expect(links(body("russia and RUSSIA are not names here.")).isEmpty)
    }

    @Test func quotesAndDashesFold() {
        // The alias is written with ’; the text with '.
        #expect(links(body("Russia's treaty was signed.")) == ["treaty:Russia's treaty"])
    }

    @Test func aNameSplitAcrossASourceLineBreakMatches() {
        #expect(links(body("Then South\nKorea objected.")) == ["south-korea:South\nKorea"])
        #expect(links(body("Then South   Korea objected.")) == ["south-korea:South   Korea"])
    }

    @Test func nfcNormalisation() {
        var files = Self.glossary
        files["glossary/cote.md"] = Content.term("C\u{00F4}te d’Ivoire")
        files["site.yaml"] = TestSite.siteYAML + "autolink: all\n"
        files["briefings/b.md"] = Content.briefing("Trade with Co\u{0302}te d'Ivoire grew.")
        let html = TestSite.body(TestSite(files).build().output["briefings/b/index.html"])
        #expect(links(html).map { $0.unicodeScalars.count } == ["cote:Co\u{0302}te d'Ivoire".unicodeScalars.count])
    }

    @Test func aMatchDoesNotCrossEmphasis() {
        #expect(links(body("*North* Korea and **Russia**n.")) == ["korea:Korea"])
    }

    @Test func aHardLineBreakDoesNotJoinWords() {
        #expect(links(body("South\\\nKorea")) == ["korea:Korea"])
    }

    @Test func glossaryNamesInsideAClaimMarkAreLinked() {
        var files = Self.glossary
        files["site.yaml"] = TestSite.siteYAML + "autolink: all\n"
        files["sources.yaml"] = "s:\n  title: S\n"
        files["briefings/b.md"] = Content.briefing("[Russia sent troops](claim:c).",
                                                   claims: "  c:\n    status: supported\n    sources: [s]")
        let html = TestSite.body(TestSite(files).build().output["briefings/b/index.html"])
        #expect(html.contains(#"<span class="claim claim--supported" id="claim-c"><a class="term" id="mention-russia-1""#))
    }

    @Test func firstInSectionLinksTheFirstMentionOfEachSection() {
        let html = body("""
            Russia and Russia.

            ### A sub-section does not start a section

            Russia again.

            ## A new section

            Russia once more, and Russia.
            """, autolink: "first-in-section")
        #expect(links(html) == ["russia:Russia", "russia:Russia"])
        #expect(html.contains("mention-russia-2"))
        #expect(!html.contains("mention-russia-3"))
    }

    @Test func anExplicitTermLinkCountsAsTheSectionsMention() {
        let html = body("[Moscow](term:russia) said that Russia would reply.", autolink: "first-in-section")
        #expect(links(html) == ["russia:Moscow"])
    }

    @Test func firstLinksOncePerBriefing() {
        let html = body("Russia.\n\n## Next\n\nRussia.", autolink: "first")
        #expect(links(html) == ["russia:Russia"])
    }

    @Test func allLinksEveryMention() {
        #expect(links(body("Russia, Moscow, Russia.", autolink: "all")) == ["russia:Russia", "russia:Moscow", "russia:Russia"])
    }

    @Test func offLinksNothingButExplicitLinks() {
        #expect(links(body("Russia and [Pyongyang](term:north-korea).", autolink: "off")) == ["north-korea:Pyongyang"])
    }

    @Test func mentionsAreNumberedPerEntryInDocumentOrder() {
        let html = body("[Russia](term:russia), DPRK, Russia, Pyongyang.")
        let ids = html.matches(of: #/id="(mention-[a-z-]+-\d+)"/#).map { String($0.1) }
        #expect(ids == ["mention-russia-1", "mention-north-korea-1", "mention-russia-2", "mention-north-korea-2"])
    }

    @Test func aGlossaryEntryNeverLinksItself() {
        var files = Self.glossary
        files["glossary/russia.md"] = Content.term("Russia", body: "Russia borders North Korea.")
        let result = TestSite(files).build()
        let page = result.output["glossary/russia/index.html"] ?? ""
        #expect(!page.contains(#"data-term="russia">Russia</a> borders"#))
        #expect(page.contains(#"data-term="north-korea">North Korea</a>"#))
    }

    @Test func tableCellsAreAutoLinked() {
        let html = body("""
            ```table
            | Country | Capital |
            |---|---|
            | Russia | Moscow |
            ```
            """)
        #expect(html.contains("<table>"))
        #expect(links(html) == ["russia:Russia", "russia:Moscow"])
        // Cells hold their inline content directly, without a paragraph (DESIGN §7).
        #expect(html.contains("<th>Country</th>\n<th>Capital</th>"))
        #expect(!html.contains("<p>"))
    }
}
