import Testing
@testable import BriefingKit

/// Contexts with the keys `PageRenderer` gives each template (see `PageRenderer+*.swift`), for comparing engines.
/// `full` fills every optional field and list, with text that needs escaping (`<script>`, quotes, `&`,
/// apostrophes, non-ASCII); `sparse` leaves optional keys out, lists empty and flags false; `middlePage`
/// is page 2 of 3, with previous and next links.
enum MustacheContexts {
    enum Variant: String, Sendable, CaseIterable, CustomStringConvertible {
        case full, sparse, middlePage
        var description: String { rawValue }
    }

    static let variants = Variant.allCases
    static let pageTemplates = [
        "home", "briefing", "glossary-index", "glossary-entry", "sources", "claims-index", "claims-status",
        "tags", "tag", "timeline", "404", "feed", "sitemap", "robots", "methodology", "corrections", "corrections-feed", "page",
    ]

    static let nasty = #"<script>alert("Tom & Jerry's")</script> — “quoted” café ✓"#

    static func context(for template: String, variant: Variant) -> TemplateFields {
        let full = variant != .sparse
        var context = chrome(full: full)
        switch template {
        case "home", "tag", "404":
            context["briefings"] = .list(full ? [.object(briefingSummary(1, full: true)), .object(briefingSummary(2, full: false))] : [])
            context["hasBriefings"] = .bool(full)
            context["tag"] = .text(full ? nasty : "policy")
            context["pagination"] = pagination(variant)
        case "briefing":
            var fields = briefingSummary(1, full: full)
            fields["body"] = .html("<h2 id=\"a\">Heading</h2>\n<p>Body with <em>markup</em> &amp; entities.</p>\n")
            fields["hasToc"] = .bool(full)
            fields["toc"] = .list(full ? (1...4).map { index in
                .object(["text": .text("Section \(index) \(nasty)"), "href": .text("#s\(index)"),
                         "isSubsection": .bool(index % 2 == 0)])
            } : [])
            fields["claims"] = .list(full ? (1...3).map { .object(claim($0, full: $0 != 2)) } : [])
            fields["hasClaims"] = .bool(full)
            fields["jsonLD"] = .html(#"{"@context":"https://schema.org","headline":"A & B <c>"}"#)
            if variant == .full { fields["timeline"] = picture }
            context["briefing"] = .object(fields)
        case "glossary-index":
            context["groups"] = .list(full ? ["actor", "place"].map { kind in
                .object(["kind": .text(kind), "label": .text(kind.capitalized + "s"),
                         "entries": .list([.object(entry("a-\(kind)", aliases: true)), .object(entry("b-\(kind)", aliases: false))])])
            } : [])
            context["hasEntries"] = .bool(full)
        case "glossary-entry":
            var fields = entry("un", aliases: full)
            fields["body"] = .html("<p>The <strong>United</strong> Nations.</p>\n")
            for key in ["parties", "related", "partyOf"] {
                fields[key] = .list(full ? [.object(entry("x-\(key)", aliases: false))] : [])
            }
            for key in ["hasParties", "hasRelated", "hasPartyOf", "hasDates", "hasSources", "isMentioned"] {
                fields[key] = .bool(full)
            }
            fields["dates"] = .list(full ? [.object(["label": "founded", "value": .text("1945 & after")])] : [])
            // The full variant draws the relations (the plain lists give way to them); middlePage lists them.
            if variant == .full {
                fields["timeline"] = picture
                fields["relations"] = picture
            }
            fields["sources"] = .list(full ? [sourceLink("s1", full: true), sourceLink("s2", full: false)] : [])
            fields["mentionedIn"] = .list(full ? [.object([
                "title": .text(nasty), "href": "../../briefings/one/", "count": "2",
                "mentions": .list([.object(["href": "../../briefings/one/#m1", "index": "1"]),
                                   .object(["href": "../../briefings/one/#m2", "index": "2"])]),
            ])] : [])
            context["entry"] = .object(fields)
        case "sources":
            context["sources"] = .list(full ? [.object(source("s1", full: true)), .object(source("s2", full: false))] : [])
            context["hasSources"] = .bool(full)
        case "claims-index":
            context["statuses"] = .list(["true", "false", "misleading"].map { status in
                let has = full && status != "misleading"
                return .object(["status": .text(status), "label": .text(status.capitalized), "count": has ? "2" : "0",
                                "href": .text("\(status)/"), "hasClaims": .bool(has),
                                "latest": .list(has ? [.object(claim(1, full: true)), .object(claim(2, full: false))] : [])])
            })
            context["total"] = .text(full ? "4" : "0")
        case "claims-status":
            context["status"] = .object(["status": "true", "label": "True", "count": .text(full ? "2" : "0")])
            context["claims"] = .list(full ? [.object(claim(1, full: true)), .object(claim(2, full: false))] : [])
            context["hasClaims"] = .bool(full)
            context["pagination"] = pagination(variant)
        case "timeline":
            if full { context["timeline"] = picture }
        case "tags":
            context["tags"] = .list(full ? [.object(["name": .text(nasty), "href": "x/", "count": "3"])] : [])
            context["hasTags"] = .bool(full)
        case "feed":
            context["feedURL"] = "https://example.org/feed.xml"
            context["updated"] = "2024-05-01T00:00:00Z"
            context["entries"] = .list(full ? [1, 2].map { number in
                var fields = briefingSummary(number, full: number == 1)
                fields["url"] = .text("https://example.org/briefings/b\(number)/")
                fields["published"] = "2024-04-01T00:00:00Z"
                fields["updatedTimestamp"] = "2024-04-02T00:00:00Z"
                return .object(fields)
            } : [])
        case "sitemap":
            return ["urls": .list(full ? ["", "glossary/", "a&b/"].map { .object(["loc": .text("https://example.org/" + $0)]) } : [])]
        case "robots":
            return ["sitemap": "https://example.org/sitemap.xml?a=1&b='2'"]
        default:
            addTrustPage(template, full: full, to: &context)
        }
        if template == "briefing", case .object(var fields)? = context["briefing"] {
            fields.merge(briefingTrustFields(full: full))
            context["briefing"] = .object(fields)
        }
        if template == "sources" { context["sourceGroups"] = sourceGroups(full: full) }
        return context
    }

    /// A picture as the renderer gives it: Briefing's own markup, printed as it is.
    static let picture = TemplateValue.html("<figure class=\"picture\"><svg><title>A &amp; B</title></svg></figure>\n")

    static func chrome(full: Bool) -> TemplateFields {
        var site: TemplateFields = ["title": .text(full ? "Briefs & \"Notes\" <b>" : "Briefing"), "language": "en"]
        var page: TemplateFields = ["title": .text(nasty), "canonical": "https://example.org/x/?a=1&b=2",
                                             "isHome": .bool(!full)]
        if full {
            site["description"] = .text("Facts, checked — it's " + nasty)
            page["description"] = .text("Page's <description> & more")
        }
        let links: TemplateFields = [
            "home": "../", "glossary": "../glossary/", "sources": "../sources/", "claims": "../claims/",
            "tags": "../tags/", "timeline": "../timeline/", "feed": "../feed.xml", "stylesheet": "../assets/style.css",
            "script": "../assets/briefing.js", "icon": "../assets/icon.svg",
            "methodology": "../methodology/", "corrections": "../corrections/",
        ]
        return ["site": .object(site), "page": .object(page), "links": .object(links), "navPages": navPages(full: full),
                "words": InterfaceText.english.templateValue]
    }

    static func pagination(_ variant: Variant) -> TemplateValue {
        guard variant == .middlePage else {
            return .object(["current": "1", "total": "1", "isPaginated": false,
                            "pages": .list([.object(["number": "1", "href": "./", "isCurrent": true])])])
        }
        return .object([
            "current": "2", "total": "3", "isPaginated": true, "previous": "../", "next": "../page/3/",
            "pages": .list((1...3).map { .object(["number": .text(String($0)), "href": .text("../page/\($0)/"),
                                                  "isCurrent": .bool($0 == 2)]) }),
        ])
    }

    static func briefingSummary(_ number: Int, full: Bool) -> TemplateFields {
        var fields: TemplateFields = [
            "slug": .text("b\(number)"), "title": .text(full ? nasty : "Plain title"), "href": .text("../briefings/b\(number)/"),
            "date": "1 May 2024", "dateISO": "2024-05-01", "isDraft": .bool(full), "claimCount": .text(full ? "3" : "0"),
            "hasClaims": .bool(full), "authors": .list(full ? [.object(["name": "O'Brien & Co"])] : []),
            "hasAuthors": .bool(full), "authorList": .text(full ? "O'Brien & Co, <Anon>" : ""),
            "tags": .list(full ? [.object(["name": "eu & uk", "href": "../tags/eu/"])] : []), "hasTags": .bool(full),
            "verdicts": .list(full ? [.object(["status": "true", "label": "True", "count": "2", "href": "../methodology/#verdict-true"])] : []),
        ]
        if full {
            fields["summary"] = .text("Summary with \"quotes\" & 'apostrophes' <tags>")
            fields["updated"] = "2 May 2024"
            fields["updatedISO"] = "2024-05-02"
        }
        return fields
    }

    static func claim(_ number: Int, full: Bool) -> TemplateFields {
        var fields: TemplateFields = [
            "number": .text(String(number)), "id": .text("c\(number)"), "noteID": .text("note-c\(number)"),
            "elementID": .text("b1--c\(number)"), "status": "true", "label": "True",
            "text": .text(full ? nasty : "(not marked in the text)"), "isMarked": .bool(full),
            "sources": .list(full ? [sourceLink("s1", full: true), sourceLink("s2", full: false)] : []),
            "hasSources": .bool(full),
            "marks": .list(full ? [1, 2].map { .object(["href": .text("#m\($0)"), "index": .text(String($0)), "isFirst": .bool($0 == 1)]) } : []),
            "hasSeveralMarks": .bool(full), "briefingTitle": .text(nasty), "briefingHref": "../briefings/b1/",
            "noteHref": .text("../briefings/b1/#note-c\(number)"),
        ]
        if full {
            fields["confidence"] = "high"
            fields["note"] = .html("A <a href=\"#x\">note</a> &amp; more")
            fields["correction"] = .html("<em>Corrected</em> on 3 May")
        }
        fields.merge(claimTrustFields(full: full))
        return fields
    }

    static func sourceLink(_ id: String, full: Bool) -> TemplateValue {
        var fields: TemplateFields = ["id": .text(id), "title": .text("Report \"\(id)\" & <annex>"), "href": .text("../sources/#\(id)")]
        if full {
            fields["url"] = "https://example.org/report?a=1&b=2"
            fields["archived"] = "https://web.archive.org/x'y"
            fields["publisher"] = "Smith & Sons"
        }
        fields.merge(gradeFields(full: full))
        return .object(fields)
    }

    static func source(_ id: String, full: Bool) -> TemplateFields {
        var fields: TemplateFields = [
            "id": .text(id), "anchor": .text("source-\(id)"), "title": .text(nasty),
            "authorList": .text(full ? "A & B" : ""), "hasAuthors": .bool(full),
            "citedBy": .list(full ? [.object(["title": "One", "href": "../b/", "items": .list([.object(["href": "#c", "label": "claim 1"])])])] : []),
            "glossary": .list(full ? [.object(entry("un", aliases: false))] : []), "isCited": .bool(full),
        ]
        if full {
            fields["publisher"] = "Pub <lisher>"
            fields["url"] = "https://example.org/?q='x'"
            fields["archived"] = "https://archive.org/a&b"
            fields["date"] = "1 May 2024"
            fields["dateISO"] = "2024-05-01"
            fields["accessed"] = "2 May 2024"
            fields["note"] = .html("<em>Note</em>")
        }
        fields.merge(gradeFields(full: full))
        fields["claimCount"] = .text(full ? "2 claims" : "0 claims")
        return fields
    }

    static func entry(_ id: String, aliases: Bool) -> TemplateFields {
        [
            "id": .text(id), "name": .text("Name of \(id) & <co>"), "href": .text("../glossary/\(id)/"), "kind": "actor",
            "kindLabel": "Actor", "summary": .text(nasty),
            "aliases": .list(aliases ? [.object(["name": "U.N."])] : []), "hasAliases": .bool(aliases),
            "aliasList": .text(aliases ? "U.N., O'N" : ""),
        ]
    }
}

struct MustacheContextsTests {
    /// The full contexts really exercise escaping: every page template gets text with all five characters.
    @Test func fullContextsCarryTextToEscape() {
        #expect(["&", "<", ">", "\"", "'"].allSatisfy { MustacheContexts.nasty.contains($0) })
        for template in MustacheContexts.pageTemplates where !["sitemap", "robots"].contains(template) {
            #expect(!MustacheContexts.context(for: template, variant: .full).isEmpty)
        }
    }
}
