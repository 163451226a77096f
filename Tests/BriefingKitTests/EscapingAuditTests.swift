import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefingKit

/// Hostile text in every field an editor writes must never come out live in any generated file:
/// no script, no event handler, no attribute break-out, JSON-LD that parses and cannot close its
/// script element, and a feed and sitemap that are well-formed XML.
@Suite struct EscapingAuditTests {
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"
    static let closeScript = "</script><script>alert(2)</script>"
    static let cdata = "]]>"
    static let attribute = "' onmouseover='x"
    static let entities = "&amp;lt;b&amp;gt; &lt;script&gt;"
    static let all = [script, image, closeScript, cdata, attribute, entities]
    /// Every hostile string in one line.
    static let hostile = all.joined(separator: " ")

    /// `text` as a YAML double-quoted scalar.
    static func yaml(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func yamlList(_ items: [String]) -> String { "[" + items.map(yaml).joined(separator: ", ") + "]" }

    /// `text` with Markdown's punctuation backslash-escaped, so it reaches the page as literal text.
    static func literal(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_{}[]()<>#+-.!|&\"'".contains(character) { result += "\\" }
            result.append(character)
        }
        return result
    }

    /// Raw HTML and unsafe URLs in every form Markdown allows.
    static let hostileMarkdown = """
        Inline \(script) and \(image) and \(attribute) and \(entities) and \(cdata).
        [plain js](javascript:alert(1)) [upper](JAVASCRIPT:alert(1)) [entity](java&#115;cript:alert(1))
        [colon](javascript&colon;alert(1)) [vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD4=)
        ![img](javascript:alert(1)) <javascript:alert(1)> [ref link][evil]
        [titled](https://example.org/ "\\" onmouseover=\\"x") [quote in url](<https://example.org/"onmouseover="x>)

        [evil]: javascript:alert(1)
        """

    static func sourcesYAML(note: String = hostileMarkdownInline) -> String {
        """
        evil-source:
          title: \(yaml(hostile))
          authors: \(yamlList(all))
          publisher: \(yaml(hostile))
          date: 2024-01-02
          url: "https://example.org/\\"><svg/onload=alert(1)>"
          archived: "https://example.org/'onmouseover='x'"
          note: \(yaml(note))
          kind: state-media
          reliability: E
        evil-repost:
          title: \(yaml(hostile))
          kind: repost
          original: evil-source

        """
    }

    static let hostileMarkdownInline = "Source \(script) \(image) [js](javascript:alert(1)) \(attribute) \(entities) \(cdata)"

    static func glossaryEntry(body: String = hostileMarkdown) -> String {
        """
        ---
        name: \(yaml("Evil " + hostile))
        kind: state
        aliases: \(yamlList(all.map { "Alias " + $0 }))
        summary: \(yaml(hostile))
        dates: {\(yaml(script + image)): 2024-01-02, \(yaml(attribute + closeScript + cdata)): 2024-05}
        sources: [evil-source]
        ---
        \(body)

        """
    }

    static func briefing(body: String = hostileMarkdown) -> String {
        """
        ---
        title: \(yaml(hostile))
        date: 2024-11-05
        updated: 2024-11-06
        authors: \(yamlList(all + ["A & B"]))
        summary: \(yaml(hostile))
        tags: [script-alert-1, img-src-x-onerror]
        reviews: evil-source
        updates:
          - date: 2024-11-07
            kind: correction
            text: \(yaml(hostileMarkdownInline + " [cite](cite:evil-source)"))
        claims:
          hostile-claim:
            status: incorrect
            confidence: high
            sources: [evil-source, evil-repost]
            appearance: [evil-source]
            history:
              - date: 2024-11-05
                status: unverified
                note: \(yaml(hostileMarkdownInline))
              - date: 2024-11-07
                status: incorrect
            note: \(yaml(hostileMarkdownInline + " [term](term:evil) [cite](cite:evil-source)"))
            correction: \(yaml(hostileMarkdownInline))
          hostile-opinion:
            status: opinion
            note: \(yaml(hostile))
        timeline:
          - date: 2024-01-02
            text: \(yaml(hostileMarkdownInline))
            claim: hostile-claim
            term: evil
          - date: 2024-02
            text: \(yaml(hostile))
            term: evil
        ---
        # \(literal(script)) \(image)

        The [\(literal(hostile)) and `\(closeScript)`](claim:hostile-claim) mark, and
        [an opinion \(literal(image))](claim:hostile-opinion).
        See [the entry](term:evil) and [the source](cite:evil-source).

        ## \(literal(attribute)) `\(script)` \(literal(entities))

        \(body)

        ```table
        | \(literal(script)) | \(literal(image)) |
        |---|---|
        | \(literal(attribute)) | [cell](javascript:alert(1)) \(script) |
        ```

        ```\(image)
        \(closeScript)
        ```

        """
    }

    static func siteYAML(unsafeHTML: Bool) -> String {
        """
        title: \(yaml(hostile))
        description: \(yaml(hostile))
        baseURL: "https://example.org/"
        language: \(yaml("en" + attribute))
        unsafeHTML: \(unsafeHTML)

        """
    }

    static func site(unsafeHTML: Bool) -> TestSite.Result {
        TestSite([
            "site.yaml": siteYAML(unsafeHTML: unsafeHTML),
            "sources.yaml": sourcesYAML(),
            "glossary/evil.md": glossaryEntry(),
            "briefings/hostile.md": briefing(),
            "pages/about.md": "---\ntitle: \(yaml(hostile))\nsummary: \(yaml(hostile))\nnav: 1\n---\n\(hostileMarkdown)\n",
            "pages/methodology.md": "---\ntitle: \(yaml(hostile))\n---\n\(hostileMarkdown)\n",
        ]).build()
    }

    static let briefingPage = "briefings/hostile/index.html"

    @Test func hostileTextInEveryFieldStaysText() {
        let result = Self.site(unsafeHTML: false)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.outcome == .success)
        for page in [Self.briefingPage, "index.html", "glossary/index.html", "glossary/evil/index.html",
                     "sources/index.html", "claims/index.html", "timeline/index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html",
                     "corrections/index.html", "corrections.xml", "methodology/index.html", "about/index.html",
                     "claims/incorrect/index.html"] {
            #expect(result.output[page] != nil, "missing \(page)")
        }
        let problems = OutputAudit.problems(in: result.output)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // The fields were rendered (escaped), not silently dropped.
        let page = result.output[Self.briefingPage] ?? ""
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        let entry = result.output["glossary/evil/index.html"] ?? ""
        #expect(entry.contains("&lt;img src=x onerror=alert(1)&gt;"))
        let sources = result.output["sources/index.html"] ?? ""
        #expect(sources.contains("&lt;img src=x onerror=alert(1)&gt;"))
        // The trust fields too (DESIGN §7): update text, history note, page title and body, reviewed work.
        #expect(page.contains("<li class=\"update update--correction\" id=\"update-1\">"))
        #expect(page.contains("<span class=\"claim-history__note\">Source <!-- raw HTML omitted -->"))
        #expect(page.contains("Reviews the claims of <a href=\"../../sources/#source-evil-source\">&lt;script&gt;"))
        #expect((result.output["corrections/index.html"] ?? "").contains("&amp;lt;b&amp;gt; &lt;script&gt; ]]&gt;"))
        #expect((result.output["about/index.html"] ?? "").contains("<h1 id=\"article-title\">&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect((result.output["methodology/index.html"] ?? "").contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("repost of <a href=\"../../sources/#source-evil-source\">&lt;script&gt;"))
    }

    @Test func rawHTMLInMarkdownIsOmittedAndWarned() {
        let result = Self.site(unsafeHTML: false)
        let page = result.output[Self.briefingPage] ?? ""
        #expect(page.contains("<!-- raw HTML omitted -->"))
        let warnings = result.warnings.filter { $0.message.contains("raw HTML") }
        #expect(warnings.contains { $0.location.file.hasSuffix("briefings/hostile.md") })
        #expect(warnings.contains { $0.location.file.hasSuffix("glossary/evil.md") })
        let unsafe = result.warnings.filter { $0.message.contains("unsafe URL") }
        #expect(unsafe.count >= 6, "\(unsafe)")
    }

    @Test func jsonLDParsesAndRoundTripsHostileText() throws {
        let result = Self.site(unsafeHTML: false)
        let page = try #require(result.output[Self.briefingPage])
        let objects = OutputAudit.jsonLD(page)
        try #require(objects.count == 1)
        let root = try #require(objects[0] as? [String: Any])
        let graph = try #require(root["@graph"] as? [[String: Any]])
        let article = try #require(graph.first)
        #expect(article["headline"] as? String == Self.hostile)
        #expect(article["description"] as? String == Self.hostile)
        let authors = (article["author"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(authors == Self.all + ["A & B"])
        let review = try #require(graph.first { $0["@type"] as? String == "ClaimReview" })
        let claimText = try #require(review["claimReviewed"] as? String)
        #expect(claimText.contains(Self.closeScript))
        #expect(claimText.contains(Self.script))
        // Where the claim was made, the evidence, and when the verdict last changed.
        #expect(review["dateModified"] as? String == "2024-11-07")
        let item = try #require(review["itemReviewed"] as? [String: Any])
        let appearance = try #require(item["appearance"] as? [[String: Any]])
        #expect(appearance.compactMap { $0["name"] as? String } == [Self.hostile])
        #expect((item["firstAppearance"] as? [String: Any])?["name"] as? String == Self.hostile)
        let citation = try #require(review["citation"] as? [[String: Any]])
        #expect(citation.count == 2)
        #expect(article["dateModified"] as? String == "2024-11-07")
    }

    @Test func correctionsFeedIsWellFormedAndKeepsTheText() throws {
        let result = Self.site(unsafeHTML: false)
        let feed = try #require(result.output["corrections.xml"])
        #expect(OutputAudit.xmlProblems(feed, path: "corrections.xml").isEmpty)
        #expect(XMLText.elements(named: "title", in: feed).contains("Correction: " + Self.hostile))
        let content = try #require(XMLText.elements(named: "content", in: feed).first)
        #expect(content.contains("&amp;lt;b&amp;gt; &lt;script&gt; ]]&gt;"))
        #expect(!content.contains("<script>"))
    }

    @Test func feedAndSitemapAreWellFormedAndKeepTheText() throws {
        let result = Self.site(unsafeHTML: false)
        let feed = try #require(result.output["feed.xml"])
        #expect(OutputAudit.xmlProblems(feed, path: "feed.xml").isEmpty)
        #expect(OutputAudit.xmlProblems(try #require(result.output["sitemap.xml"]), path: "sitemap.xml").isEmpty)
        let titles = XMLText.elements(named: "title", in: feed)
        #expect(titles.first == Self.hostile)
        #expect(titles.contains(Self.hostile))
    }

    /// Text that looks like an entity is text: `&amp;` written by an editor shows as `&amp;`.
    @Test func entityLookingTextIsEscapedOnce() throws {
        let result = TestSite(["briefings/b.md": Content.briefing("Body.", title: "Fish &amp; chips &lt;b&gt;")]).build()
        let page = try #require(result.output["briefings/b/index.html"])
        #expect(page.contains("<h1 id=\"article-title\">Fish &amp;amp; chips &amp;lt;b&amp;gt;</h1>"))
        let feed = try #require(result.output["feed.xml"])
        #expect(XMLText.elements(named: "title", in: feed).contains("Fish &amp; chips &lt;b&gt;"))
    }

    /// Tags, ids and slugs are never free text: a hostile one is an error and nothing is written.
    @Test(arguments: ["\"><script>", "<b>", "a b", "../../etc", "' onmouseover='x"])
    func hostileTagIsRejected(tag: String) {
        let text = "---\ntitle: T\ndate: 2024-01-01\ntags: [\(Self.yaml(tag))]\n---\nBody.\n"
        let result = TestSite(["briefings/b.md": text]).build()
        #expect(result.errors.contains { $0.message.contains("invalid tag") }, "\(result.errors)")
        #expect(result.output.isEmpty)
    }

    /// XML forbids most control characters even as character references: a title holding one must
    /// still give a well-formed feed (or an error), never a feed readers reject.
    @Test func controlCharactersKeepTheFeedWellFormed() {
        let title = "Bell \u{07} and escape \u{1B} and vertical tab \u{0B}"
        let text = "---\ntitle: \(Self.yaml(title))\ndate: 2024-01-01\nsummary: \(Self.yaml(title))\n---\nBody.\n"
        let result = TestSite(["briefings/b.md": text, "site.yaml": "title: \(Self.yaml(title))\nbaseURL: \"https://example.org/\"\n"]).build()
        if result.errors.isEmpty {
            let feed = result.output["feed.xml"] ?? ""
            #expect(OutputAudit.xmlProblems(feed, path: "feed.xml").isEmpty)
            let problems = OutputAudit.problems(in: result.output)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    // MARK: unsafeHTML

    @Test func unsafeHTMLLetsRawHTMLThroughButDropsScriptURLs() throws {
        let body = """
            <div class="editor-raw">Raw <em>block</em></div>

            Inline <span class="editor-inline">span</span>.
            [plain js](javascript:alert(1)) [upper](JAVASCRIPT:alert(1)) [entity](java&#115;cript:alert(1))
            [colon](javascript&colon;alert(1)) [vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD4=)
            ![img](javascript:alert(1)) <javascript:alert(1)> [ref link][evil] [tab](<java\tscript:alert(1)>)

            [evil]: javascript:alert(1)
            """
        let result = TestSite([
            "site.yaml": Self.siteYAML(unsafeHTML: true),
            "sources.yaml": Self.sourcesYAML(note: "Note <b class=\"raw-note\">bold</b> [js](javascript:alert(3))"),
            "glossary/evil.md": Self.glossaryEntry(body: body),
            "briefings/hostile.md": Self.briefing(body: body),
        ]).build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let page = try #require(result.output[Self.briefingPage])
        #expect(page.contains("<div class=\"editor-raw\">"))
        #expect(page.contains("<span class=\"editor-inline\">"))
        #expect(try #require(result.output["glossary/evil/index.html"]).contains("<div class=\"editor-raw\">"))
        #expect(try #require(result.output["sources/index.html"]).contains("<b class=\"raw-note\">"))
        // No script URL survives anywhere (raw HTML written by the editor is theirs; these are Markdown links).
        for (path, text) in result.output where path.hasSuffix(".html") {
            for tag in OutputAudit.scan(text).tags {
                for (name, value) in tag.attributes where ["href", "src"].contains(name) {
                    #expect(!OutputAudit.isScriptURL(value), "\(path): <\(tag.name) \(name)=\"\(value)\">")
                }
            }
        }
        #expect(!result.warnings.contains { $0.message.contains("raw HTML") })
    }

    @Test func withoutUnsafeHTMLScriptURLsAreDroppedToo() {
        let result = Self.site(unsafeHTML: false)
        for (path, text) in result.output where path.hasSuffix(".html") {
            for tag in OutputAudit.scan(text).tags {
                for (name, value) in tag.attributes where ["href", "src"].contains(name) {
                    #expect(!OutputAudit.isScriptURL(value), "\(path): <\(tag.name) \(name)=\"\(value)\">")
                }
            }
        }
    }

    // MARK: The audit itself

    @Test func auditCatchesLiveMarkup() {
        let bad = """
            <p title="x" onmouseover="x">a</p><img src=x onerror=alert(1)>
            <a href=" java&#x09;script:alert(1)">x</a>
            <script type="application/ld+json">{"a": "</b>"}</script><script>alert(1)</script>
            <script type="application/json" id="glossary-data">{"a": "&amp;"}</script>
            """
        let problems = OutputAudit.htmlProblems(bad, path: "bad.html")
        #expect(problems.contains { $0.contains("onmouseover") })
        #expect(problems.contains { $0.contains("onerror") })
        #expect(problems.contains { $0.contains("script URL") })
        #expect(problems.contains { $0.contains("raw '<' inside a application/ld+json script") })
        #expect(problems.contains { $0.contains("inline script") })
        #expect(problems.contains { $0.contains("raw '&' inside a application/json script") })
        for bad in ["<a><b></a>", "<a>&</a>", "<a>]]></a>", "<a>\u{1}</a>", "<a>&#1;</a>", "<a></a><b/>", "<a>&nbsp;</a>", "<a>"] {
            #expect(!OutputAudit.xmlProblems(bad, path: "x.xml").isEmpty, "\(bad.debugDescription) passed as XML")
        }
        #expect(OutputAudit.xmlProblems("<a x=\"&quot;&#39;\">&lt;&amp;]]&gt;</a>", path: "x.xml").isEmpty)
        let good = "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;script&gt;</p>"
        #expect(OutputAudit.htmlProblems(good, path: "good.html").isEmpty)
    }
}

/// The text of XML elements by name, through Foundation's XMLParser.
final class XMLText: NSObject, XMLParserDelegate {
    private let name: String
    private var current: String?
    private(set) var texts: [String] = []

    private init(name: String) { self.name = name }

    static func elements(named name: String, in xml: String) -> [String] {
        let collector = XMLText(name: name)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.texts
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if elementName == name { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == name, let text = current { texts.append(text); current = nil }
    }
}
