import Foundation
import Testing
@testable import BriefingKit

/// What readers get from DESIGN §7's trust keys, on `Fixtures/trust-site`: every grade, kind and
/// verdict links to its definition on `methodology/`, a repost to its original, an update to
/// `corrections/` and back, and the JSON-LD and Atom carry what the keys say.
@Suite struct TrustSiteTests {
    static let result = TestSite(GoldenSiteTests.fixtureContent("trust-site")).build()
    static let briefing = result.output["briefings/deployment/index.html"] ?? ""
    static let methodology = result.output["methodology/index.html"] ?? ""

    /// Every `href` on `page` that starts with `prefix`, in order.
    static func links(on page: String, startingWith prefix: String) -> [String] {
        HTMLPage(page).links.map(\.value).filter { $0.hasPrefix(prefix) }
    }

    /// The element ids of a page.
    static func ids(_ page: String) -> Set<String> { Set(HTMLPage(page).ids) }

    @Test func buildsWithoutDiagnostics() {
        #expect(Self.result.diagnostics.items.map(\.description) == [])
    }

    @Test func everyDefinitionLinkLandsOnADefinition() {
        let targets = Self.ids(Self.methodology)
        for id in ClaimStatus.allCases.map({ "verdict-\($0.rawValue)" }) + Confidence.allCases.map({ "confidence-\($0.rawValue)" })
            + ["a", "b", "c", "d", "e", "f", "unrated"].map({ "reliability-\($0)" }) + SourceKind.allCases.map({ "kind-\($0.rawValue)" }) {
            #expect(targets.contains(id), "methodology/ lacks #\(id)")
        }
        for page in ["briefings/deployment/index.html", "sources/index.html", "glossary/north-korea/index.html",
                     "claims/incorrect/index.html", "claims/index.html", "index.html"] {
            let links = Self.links(on: Self.result.output[page] ?? "", startingWith: "")
                .filter { $0.contains("methodology/#") }
            #expect(!links.isEmpty, "\(page) links no definition")
            for link in links {
                let fragment = String(link.split(separator: "#").last ?? "")
                #expect(targets.contains(fragment), "\(page): \(link) has no target")
            }
        }
    }

    @Test func citationsShowTheGradeAndKindInWords() {
        #expect(Self.briefing.contains(#"<a class="grade" href="../../methodology/#reliability-b" aria-label="Reliability B: usually reliable" title="Reliability B: usually reliable">B</a> · <a class="source-kind" href="../../methodology/#kind-wire">wire</a>"#))
        #expect(Self.briefing.contains(#"· <a class="source-kind" href="../../methodology/#kind-state-media">state media</a>"#))
        // A repost links its original's bibliography entry; an ungraded source says so.
        #expect(Self.briefing.contains(#"repost of <a href="../../sources/#source-afp-troops">Troops seen in eastern Russia</a>"#))
        let entry = Self.result.output["glossary/north-korea/index.html"] ?? ""
        #expect(entry.contains(#"<a class="grade grade--unrated" href="../../methodology/#reliability-unrated">unrated</a>"#))
        #expect(Self.ids(Self.result.output["sources/index.html"] ?? "").contains("source-afp-troops"))
    }

    @Test func bibliographyIsGroupedByKindWithGradesAndClaimCounts() throws {
        let page = try #require(Self.result.output["sources/index.html"])
        let groups = HTMLPage(page).ids.filter { $0.hasPrefix("sources-") && !$0.hasSuffix("-title") }
        #expect(groups == ["sources-primary", "sources-wire", "sources-analysis", "sources-repost", "sources-state-media",
                           "sources-social", "sources-other"])
        #expect(page.contains(#"<li class="source" id="source-afp-troops" data-grade="B">"#))
        #expect(page.contains(#"<li class="source" id="source-old-note" data-grade="unrated">"#))
        #expect(page.contains("</span> · 2 claims</p>"))
        #expect(page.contains("</span> · 1 claim</p>"))
        #expect(page.contains(#"<select id="grade-filter-select">"#))
    }

    @Test func historyShowsAsADatedListAndChangedOn() throws {
        #expect(Self.briefing.contains(#"<time datetime="2024-10-23">23 October 2024</time> <a class="verdict verdict--unverified" href="../../methodology/#verdict-unverified">Unverified</a>"#))
        #expect(Self.briefing.contains(#"<span aria-hidden="true">→ </span><time datetime="2024-10-28">28 October 2024</time>"#))
        // A history entry without a note shows none (not the claim's own note, as a Mustache lookup would).
        #expect(Self.briefing.components(separatedBy: "claim-history__note").count == 2)
        let listing = try #require(Self.result.output["claims/incorrect/index.html"])
        #expect(listing.contains(#" · changed on <time datetime="2024-10-28">28 October 2024</time>"#))
    }

    @Test func updatesLinkToCorrectionsAndBack() throws {
        let corrections = try #require(Self.result.output["corrections/index.html"])
        let briefingIDs = Self.ids(Self.briefing)
        #expect(briefingIDs.isSuperset(of: ["updates", "update-1", "update-2"]))
        // Briefing → corrections/: each update's "all corrections" link lands on its entry there, which links back.
        let correctionIDs = Self.ids(corrections)
        for number in 1...2 {
            #expect(Self.briefing.contains(#"href="../../corrections/#deployment--update-\#(number)""#))
            #expect(correctionIDs.contains("deployment--update-\(number)"))
            #expect(corrections.contains(#"href="../briefings/deployment/#update-\#(number)""#))
        }
        // Newest first; the later Updated date comes from the last update.
        let order = HTMLPage(corrections).ids.filter { $0.contains("--update-") }
        #expect(order == ["follow-up--update-1", "deployment--update-2", "deployment--update-1"])
        #expect(Self.briefing.contains(#"updated <time datetime="2024-11-12">12 November 2024</time>"#))
    }

    @Test func correctionsFeedParsesWithOneEntryPerUpdate() throws {
        let feed = try #require(Self.result.output["corrections.xml"])
        #expect(OutputAudit.xmlProblems(feed, path: "corrections.xml").isEmpty)
        #expect(XMLText.elements(named: "entry", in: feed).count == 3)
        #expect(XMLText.elements(named: "id", in: feed).contains("https://trust.example.org/briefings/deployment/#update-2"))
    }

    @Test func claimReviewsSayWhereClaimsWereMadeAndCiteTheEvidence() throws {
        let objects = OutputAudit.jsonLD(Self.briefing)
        let root = try #require(objects.first as? [String: Any])
        let graph = try #require(root["@graph"] as? [[String: Any]])
        let reviews = Dictionary(uniqueKeysWithValues: graph.dropFirst().compactMap { review -> (String, [String: Any])? in
            guard let url = review["url"] as? String else { return nil }
            return (String(url.split(separator: "#").last ?? ""), review)
        })
        #expect(Set(reviews.keys) == ["claim-troops", "claim-denial", "claim-treaty-signed"])
        func appearanceNames(_ id: String) -> [String] {
            let item = reviews[id]?["itemReviewed"] as? [String: Any]
            return (item?["appearance"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        }
        // `reviews` for claims without their own `appearance`; a claim's own `appearance` otherwise.
        #expect(appearanceNames("claim-troops") == ["What Pyongyang gains"])
        #expect(appearanceNames("claim-denial") == ["KCNA: reports are a smear"])
        let first = (reviews["claim-troops"]?["itemReviewed"] as? [String: Any])?["firstAppearance"] as? [String: Any]
        #expect(first?["url"] as? String == "https://example.org/analysis")
        // The evidence is `citation`, never `appearance`.
        let citations = (reviews["claim-troops"]?["citation"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(citations == ["Troops seen in eastern Russia", "Daily News: troops seen"])
        #expect(reviews["claim-troops"]?["dateModified"] as? String == "2024-10-28")
        #expect(reviews["claim-denial"]?["dateModified"] as? String == "2024-10-30")
        #expect(reviews["claim-treaty-signed"]?["dateModified"] == nil)
        #expect((graph.first?["dateModified"]) as? String == "2024-11-12")
    }

    /// A heading in methodology.md never takes a definition's id (the page would hold it twice).
    @Test func methodologyIntroHeadingsAvoidTheDefinitionIDs() throws {
        var content = GoldenSiteTests.fixtureContent("trust-site")
        content["pages/methodology.md"] = "---\ntitle: \"How\"\n---\n## Verdict: supported\n\n## Kind wire\n"
        let page = try #require(TestSite(content).build().output["methodology/index.html"])
        let ids = HTMLPage(page).ids
        #expect(ids.contains("verdict-supported-2") && ids.contains("kind-wire-2"))
        #expect(ids.count == Set(ids).count, "duplicate ids: \(ids)")
    }

    @Test func pagesAreRenderedAndListedInTheHeaderByNav() throws {
        let about = try #require(Self.result.output["about/index.html"])
        #expect(about.contains(#"<h1 id="article-title">About us</h1>"#))
        #expect(about.contains(#"<h2 id="contact">"#))
        #expect(Self.result.output["corrections-policy/index.html"] != nil)
        #expect(Self.result.output["pages/methodology/index.html"] == nil)
        let nav = #"<li><a href="../../about/">About us</a></li><li><a href="../../corrections-policy/">Corrections policy</a></li><li><a href="../../methodology/">How we check</a></li>"#
        #expect(Self.briefing.contains(nav))
        #expect(Self.methodology.contains("<h1>How we check</h1>"))
        #expect(Self.methodology.contains("We grade every source on the <em>Admiralty</em> scale."))
        let sitemap = try #require(Self.result.output["sitemap.xml"])
        for path in ["about/", "corrections-policy/", "methodology/", "corrections/"] {
            #expect(sitemap.contains("https://trust.example.org/\(path)<"), "sitemap lacks \(path)")
        }
    }
}
