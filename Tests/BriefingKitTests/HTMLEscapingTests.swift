import Foundation
import Testing
@testable import BriefingKit

@Suite struct HTMLEscapingTests {
    @Test func htmlEscapesTextAndAttributesAlike() {
        #expect(HTMLEscaping.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLEscaping.escape("plain — text") == "plain — text")
    }

    @Test func jsonCannotCloseAScriptElement() throws {
        let hostile = "</script><script>alert(\"x\") & y\\z\n\t\u{1}\u{2028}é中"
        let json = HTMLEscaping.jsonString(hostile)
        #expect(json == #""\u003c/script\u003e\u003cscript\u003ealert(\"x\") \u0026 y\\z\n\t\u0001\u2028é中""#)
        // It is valid JSON that gives the text back.
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(json)]".utf8)) as? [String]
        #expect(decoded == [hostile])
    }
}

@Suite struct RootRelativeHTMLTests {
    @Test func placeholderBecomesEachPagesWayToTheRoot() {
        let html = RootRelativeHTML(html: "See <a href=\"\u{1}glossary/x/\">x</a> and <a href=\"\u{1}sources/#source-y\">y</a>.")
        #expect(html.resolved(for: LinkContext(pagePath: "claims/supported/page/2/", portable: false))
            == "See <a href=\"../../../../glossary/x/\">x</a> and <a href=\"../../../../sources/#source-y\">y</a>.")
        #expect(html.resolved(for: LinkContext(pagePath: "", portable: false))
            == "See <a href=\"glossary/x/\">x</a> and <a href=\"sources/#source-y\">y</a>.")
        #expect(RootRelativeHTML(html: "plain é").resolved(for: LinkContext(pagePath: "a/", portable: false)) == "plain é")
    }
}

@Suite struct URLSafetyTests {
    @Test func schemesStartWithALetter() {
        #expect(URLSafety.scheme(of: "claim:troops") == "claim")
        #expect(URLSafety.scheme(of: "HTTPS://example.org") == "https")
        #expect(URLSafety.scheme(of: "1abc:x") == nil)
        #expect(URLSafety.scheme(of: "assets/map.png") == nil)
        #expect(URLSafety.isUnsafe(" JavaScript:alert(1)") && !URLSafety.isUnsafe("data:image/png;base64,AA"))
    }

    @Test func nearestNameBreaksTiesAlphabetically() {
        #expect(NearestName.find("rusia", in: ["russia", "prussia", "asia"]) == "russia")
        #expect(NearestName.find("ab", in: ["ac", "aa"]) == "aa")
        #expect(NearestName.find("zzzzzz", in: ["russia"]) == nil)
    }
}
