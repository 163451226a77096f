@testable import BriefingKit

/// The fields the trust features (DESIGN §7) add to the contexts, and the contexts of their pages,
/// in the shapes `PageRenderer+Trust` and `PageRenderer+TrustPages` build.
extension MustacheContexts {
    static func navPages(full: Bool) -> TemplateValue {
        .list(full ? [.object(["title": .text("About " + nasty), "href": "../about/"])] : [])
    }

    static func gradeFields(full: Bool) -> TemplateFields {
        guard full else {
            return ["reliabilityUnrated": .object(["href": "../methodology/#reliability-unrated"]),
                    "gradeLetter": "unrated"]
        }
        return [
            "reliabilityGrade": .object(["letter": "B", "name": "Reliability B: usually reliable", "href": "../methodology/#reliability-b"]),
            "gradeLetter": "B",
            "sourceKind": .object(["label": "state media", "href": "../methodology/#kind-state-media"]),
            "repostOf": .object(["title": .text(nasty), "href": "../sources/#source-o"]),
        ]
    }

    static func claimTrustFields(full: Bool) -> TemplateFields {
        var fields: TemplateFields = ["verdictHref": "../methodology/#verdict-true"]
        guard full else { return fields }
        fields["confidenceLabel"] = "high"
        fields["confidenceHref"] = "../methodology/#confidence-high"
        fields["hasHistory"] = true
        fields["changedOn"] = "28 October 2024"
        fields["changedOnISO"] = "2024-10-28"
        fields["history"] = .list([1, 2].map { index in
            var entry: TemplateFields = ["status": "unverified", "label": "Unverified", "href": "../methodology/#v",
                                                  "date": "23 October 2024", "dateISO": "2024-10-23", "isFirst": .bool(index == 1)]
            if index == 1 { entry["historyNote"] = .html("Known <em>then</em> &amp; now") }
            return .object(entry)
        })
        return fields
    }

    static func briefingTrustFields(full: Bool) -> TemplateFields {
        guard full else { return [:] }
        return [
            "hasUpdates": true,
            "updates": .list([1, 2].map { index in
                .object(["id": .text("update-\(index)"), "kind": "correction", "label": "Correction", "date": "3 May 2024",
                         "dateISO": "2024-05-03", "text": .html("Fixed <em>it</em> &amp; more"),
                         "correctionsHref": .text("../../corrections/#b1--update-\(index)")])
            }),
            "reviews": .object(["title": .text(nasty), "href": "../../sources/#source-r", "publisher": "Pub & <co>"]),
        ]
    }

    static func sourceGroups(full: Bool) -> TemplateValue {
        .list(full ? [.object(["id": "sources-wire", "title": "Wire services", "count": "2",
                               "sources": .list([.object(source("s1", full: true)), .object(source("s2", full: false))])])] : [])
    }

    static func updateEntry(_ index: Int, full: Bool) -> TemplateValue {
        var fields: TemplateFields = [
            "id": .text("b1--update-\(index)"), "kind": "update", "label": "Update", "date": "4 May 2024",
            "dateISO": "2024-05-04", "timestamp": "2024-05-04T00:00:00Z", "briefingTitle": .text(nasty),
            "href": .text("../briefings/b1/#update-\(index)"),
        ]
        if full { fields["text"] = .html("Added <a href=\"x\">a source</a> &amp; more") }
        return .object(fields)
    }

    static func addTrustPage(_ template: String, full: Bool, to context: inout TemplateFields) {
        switch template {
        case "methodology":
            var fields: TemplateFields = [
                "title": .text(nasty),
                "verdicts": .list([.object(["id": "verdict-true", "status": "true", "label": "True", "definition": .text(nasty)])]),
                "confidences": .list([.object(["id": "confidence-high", "label": "high", "definition": .text(nasty)])]),
                "grades": .list([.object(["id": "reliability-a", "letter": "A", "meaning": "completely reliable", "definition": .text(nasty)])]),
                "unratedID": "reliability-unrated",
                "kinds": .list([.object(["id": "kind-wire", "label": "wire", "definition": .text(nasty)])]),
            ]
            if full {
                fields["intro"] = .html("<p>How <em>we</em> check</p>\n")
                fields["summary"] = .text(nasty)
            }
            context["methodology"] = .object(fields)
        case "corrections", "corrections-feed":
            context["corrections"] = .object([
                "title": "Corrections and updates", "feed": "../corrections.xml", "hasEntries": .bool(full),
                "entries": .list(full ? [updateEntry(1, full: true), updateEntry(2, full: false)] : []),
            ])
            context["feedTitle"] = .text(nasty)
            context["feedURL"] = "https://example.org/corrections.xml"
            context["pageURL"] = "https://example.org/corrections/"
            context["updated"] = "2024-05-04T00:00:00Z"
            context["entries"] = .list(full ? [updateEntry(1, full: true), updateEntry(2, full: false)] : [])
        case "page":
            var fields: TemplateFields = ["title": .text(nasty), "body": .html("<p>About <em>us</em></p>\n")]
            if full { fields["summary"] = .text(nasty) }
            context["standalone"] = .object(fields)
        default:
            break
        }
    }
}
