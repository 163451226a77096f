import Foundation
import Testing

/// Every error and warning DESIGN §2 lists, each on an otherwise valid site, through the real
/// binary: `check --format json` must report exactly it (position, severity, message), and `build`
/// must print the same line and fail on errors (leaving the output as it was) or succeed on warnings.
@Suite struct DiagnosticCatalogTests {
    /// A valid site: every source is cited, every claim marked.
    static let base: [String: String] = [
        "Content/site.yaml": "title: \"Catalog\"\nbaseURL: \"https://catalog.example.org/\"\n",
        "Content/sources.yaml": "src-a:\n  title: \"Source A\"\n  url: \"https://example.org/a\"\n",
        "Content/glossary/russia.md": "---\nname: \"Russia\"\nkind: state\naliases: [\"Moscow\"]\nsummary: \"A state.\"\n---\nBody.\n",
        "Content/briefings/main.md": """
            ---
            title: "Main"
            date: 2024-11-05
            tags: [security]
            claims:
              troops:
                status: supported
                sources: [src-a]
            ---
            Troops [moved](claim:troops), says [A](cite:src-a).

            """,
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Files written over the base site (an empty text deletes nothing; use `""` for an empty file).
        var files: [String: String]
        /// Files written as bytes (not UTF-8 text).
        var bytes: [String: [UInt8]] = [:]
        /// `path:line:col: severity: message`, as printed.
        var expected: String
        /// Further diagnostics the same mistake gives (a duplicate name at both places), in printed order.
        var also: [String] = []
        /// Given to both `check` and `build`.
        var arguments: [String] = []
        var testDescription: String { name }
    }

    static let briefingHead = "---\ntitle: \"Main\"\ndate: 2024-11-05\ntags: [security]\nclaims:\n  troops:\n    status: supported\n    sources: [src-a]\n---\n"

    /// A glossary entry with an `é` saved as Latin-1 (one byte, 0xE9) in its summary.
    static let latin1Entry: [UInt8] = {
        let before: [UInt8] = Array("---\nname: \"Russia\"\nkind: state\nsummary: \"A st".utf8)
        let after: [UInt8] = Array("te.\"\n---\nBody.\n".utf8)
        return before + [0xE9] + after
    }()

    /// A glossary entry saved as UTF-16 little-endian with its byte order mark.
    static let utf16Entry: [UInt8] = {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "---\nname: \"Russia\"\n---\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return bytes
    }()

    static let cases: [Case] = [
        // Errors
        Case(name: "unknown glossary entry in a link",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a), [R](term:rusia).\n"],
             expected: "Content/briefings/main.md:10:48: error: unknown glossary entry 'rusia'; did you mean 'russia'?"),
        Case(name: "unknown source in a citation",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-b).\n"],
             expected: "Content/briefings/main.md:10:31: error: unknown source 'src-b'; did you mean 'src-a'?"),
        Case(name: "unknown source in a claim's list",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "sources: [src-a]", with: "sources: [src-a, src-x]")
                 + "Troops [moved](claim:troops).\n"],
             expected: "Content/briefings/main.md:8:22: error: unknown source 'src-x'; did you mean 'src-a'?"),
        Case(name: "unknown claim",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a), [B](claim:trops).\n"],
             expected: "Content/briefings/main.md:10:48: error: unknown claim 'trops': claims are defined under 'claims' in the front matter; did you mean 'troops'?"),
        Case(name: "unknown related entry",
             files: ["Content/glossary/russia.md": "---\nname: \"Russia\"\nkind: state\nsummary: \"A state.\"\nrelated: [ukraine]\n---\nBody.\n"],
             expected: "Content/glossary/russia.md:5:11: error: unknown glossary entry 'ukraine'"),
        Case(name: "missing required key",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "title: \"Main\"\n", with: "")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:1:1: error: missing required key 'title'"),
        Case(name: "malformed date",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "2024-11-05", with: "2024-13-05")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:3:7: error: invalid date '2024-13-05': there is no month 13"),
        Case(name: "unknown status",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "status: supported", with: "status: suported")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:7:13: error: unknown status 'suported'; did you mean 'supported'?"),
        Case(name: "unknown kind",
             files: ["Content/glossary/russia.md": "---\nname: \"Russia\"\nkind: stat\nsummary: \"A state.\"\n---\nBody.\n"],
             expected: "Content/glossary/russia.md:3:7: error: unknown kind 'stat'; did you mean 'state'?"),
        Case(name: "unknown confidence",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "status: supported", with: "status: supported\n    confidence: hihg")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:8:17: error: unknown confidence 'hihg'; did you mean 'high'?"),
        Case(name: "invalid tag",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "tags: [security]", with: "tags: [Security_Policy]")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:4:8: error: invalid tag 'Security_Policy': expected lower-case letters and digits in groups joined by single hyphens"),
        Case(name: "source URL that is not http(s)",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\"\n  url: \"ftp://example.org/a\"\n"],
             expected: "Content/sources.yaml:3:8: error: invalid URL 'ftp://example.org/a' in 'url': expected an absolute http or https URL"),
        Case(name: "a name claimed by two entries",
             files: ["Content/glossary/russian-federation.md": "---\nname: \"Russian Federation\"\nkind: state\naliases: [\"Moscow\"]\nsummary: \"Same.\"\n---\nBody.\n"],
             expected: "Content/glossary/russia.md:4:11: error: alias 'Moscow' is also claimed by glossary entry 'russian-federation'; alias at Content/glossary/russian-federation.md:4:11",
             also: ["Content/glossary/russian-federation.md:4:11: error: alias 'Moscow' is already claimed by glossary entry 'russia'; alias at Content/glossary/russia.md:4:11"]),
        Case(name: "invalid YAML, at its line in the file",
             files: ["Content/glossary/russia.md": "---\nname: \"Russia\"\nkind: state\nsummary: \"A state.\n---\nBody.\n"],
             expected: "Content/glossary/russia.md:5:1: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar that starts at line 4"),
        Case(name: "unterminated front matter",
             files: ["Content/glossary/russia.md": "---\nname: \"Russia\"\nkind: state\n"],
             expected: "Content/glossary/russia.md:1:1: error: unterminated front matter: no closing '---' line"),
        Case(name: "empty file",
             files: ["Content/glossary/russia.md": ""],
             expected: "Content/glossary/russia.md:1:1: error: empty file"),
        Case(name: "missing asset",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a). ![Map](assets/map.png)\n"],
             expected: "Content/briefings/main.md:10:48: error: missing asset 'assets/map.png': no such file in the content's assets folder"),
        Case(name: "static file colliding with a generated one",
             files: ["Content/static/sources/index.html": "<p>mine</p>\n"],
             expected: "Content/static/sources/index.html:1:1: error: static file 'sources/index.html' collides with a file the build generates"),
        Case(name: "template that does not parse",
             files: ["Templates/partials/footer.mustache": "<footer>{{#site}}</footer>\n"],
             expected: "Templates/partials/footer.mustache:1:9: error: template does not parse: {{#site}} is never closed"),
        Case(name: "missing partial",
             files: ["Templates/partials/footer.mustache": "<footer>{{> partials/credits}}</footer>\n"],
             expected: "Templates/partials/footer.mustache:1:9: error: missing partial 'partials/credits'"),
        Case(name: "invalid moved-from slug",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "tags:", with: "moved-from: [Old_Main]\ntags:")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:4:14: error: invalid slug 'Old_Main' in 'moved-from': expected lower-case letters and digits in groups joined by single hyphens"),
        Case(name: "moved-from slug that exists",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "tags:", with: "moved-from: [main]\ntags:")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:4:14: error: moved-from 'main' is this briefing's own slug; an old slug must be one nothing has now; remove 'main' from moved-from"),
        Case(name: "moved-from slug claimed twice",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "tags:", with: "moved-from: [old]\ntags:")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n",
                     "Content/briefings/other.md": "---\ntitle: \"Other\"\ndate: 2024-11-05\nmoved-from: [old]\n---\nText.\n"],
             expected: "Content/briefings/other.md:4:14: error: moved-from 'old' is claimed by briefing 'main' already; an old slug can lead to one briefing only"),
        Case(name: "link to a scheduled briefing",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a), [later](briefing:later).\n",
                     "Content/briefings/later.md": "---\ntitle: \"Later\"\ndate: 2025-01-01\n---\nText.\n"],
             expected: "Content/briefings/main.md:10:48: error: briefing 'later' is scheduled for 2025-01-01, left out of this build; build with --future to include it",
             arguments: ["--now", "2024-12-01"]),
        Case(name: "published page gone (--since)",
             files: ["published/anchors.json": "{\n  \"version\": 1,\n  \"pages\": {\n    \"briefings/gone/\": []\n  }\n}\n"],
             expected: "published/anchors.json:4:5: error: published page 'briefings/gone/' is gone from the new site; add 'moved-from: [gone]' to the briefing that replaces it",
             arguments: ["--since", "published"]),
        Case(name: "published claim gone (--since)",
             files: ["published/anchors.json": "{\"version\": 1, \"pages\": {\"briefings/main/\": [\"claim-old\", \"claim-troops\"]}}\n"],
             expected: "Content/briefings/main.md:1:1: error: claim 'old' (#claim-old) published on 'briefings/main/' is gone; if it was renamed, add 'moved-from: [old]' to the claim that replaces it",
             arguments: ["--since", "published/anchors.json"]),
        Case(name: "published page left out as a draft (--since)",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "tags:", with: "draft: true\ntags:")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n",
                     "published/anchors.json": "{\"version\": 1, \"pages\": {\"briefings/main/\": []}}\n"],
             expected: "Content/briefings/main.md:1:1: error: published page 'briefings/main/' is left out of this build: the briefing is a draft; publish it again, or give the briefing that replaces it 'moved-from: [main]'",
             arguments: ["--since", "published"]),
        Case(name: "published source gone (--since)",
             files: ["published/anchors.json": "{\"version\": 1, \"pages\": {\"sources/\": [\"source-src-a\", \"source-src-old\"]}}\n"],
             expected: "Content/sources.yaml:1:1: error: source 'src-old' (#source-src-old) published on 'sources/' is gone; if it was renamed, add 'moved-from: [src-old]' to the source that replaces it",
             arguments: ["--since", "published"]),
        Case(name: "published update gone (--since)",
             files: ["published/anchors.json": "{\"version\": 1, \"pages\": {\"briefings/main/\": [\"update-1\"]}}\n"],
             expected: "Content/briefings/main.md:1:1: error: update '#update-1' published on 'briefings/main/' is gone; a published correction stays; add a new update instead",
             arguments: ["--since", "published"]),
        // Links (DESIGN §8): file paths, nested links, same-page anchors
        Case(name: "root-relative asset path",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a). ![Map](/assets/map.png)\n"],
             expected: "Content/briefings/main.md:10:48: error: '/assets/map.png' is a file path: internal links are term:, briefing:, cite:, assets/… or #anchor; did you mean 'assets/map.png'?"),
        Case(name: "path from the content folder",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a). [Map](Content/assets/map.png)\n"],
             expected: "Content/briefings/main.md:10:48: error: 'Content/assets/map.png' is a file path: internal links are term:, briefing:, cite:, assets/… or #anchor; did you mean 'assets/map.png'?"),
        Case(name: "glossary page at the wrong depth",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a). [R](../glossary/russia/)\n"],
             expected: "Content/briefings/main.md:10:48: error: '../glossary/russia/' is a file path: internal links are term:, briefing:, cite:, assets/… or #anchor; did you mean 'term:russia'?"),
        Case(name: "a link nested in a claim mark",
             files: ["Content/briefings/main.md": briefingHead + "[Troops of [Russia](term:russia) moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:10:1: error: a link inside a link: the outer '[…](claim:troops)' would be published as plain text; glossary names inside a claim are linked automatically: remove the inner link"),
        Case(name: "in-page anchor the page does not have",
             files: ["Content/briefings/main.md": briefingHead + "## Why now\n\nTroops [moved](claim:troops), [A](cite:src-a), [see](#why-nwo).\n"],
             expected: "Content/briefings/main.md:12:48: error: no element '#why-nwo' on this briefing's page; did you mean 'why-now'?"),
        Case(name: "in-page anchor in a claim's note",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "sources: [src-a]", with: "sources: [src-a]\n    note: \"See [below](#note-trops).\"")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:9:16: error: no element '#note-trops' on this briefing's page; did you mean 'note-troops'?"),
        Case(name: "in-page anchor on a page of Content/pages/",
             files: ["Content/pages/about.md": "---\ntitle: \"About\"\n---\n## Who we are\n\nSee [who](#who-we-ar).\n"],
             expected: "Content/pages/about.md:6:5: error: no element '#who-we-ar' on this page; did you mean 'who-we-are'?"),
        // In the editor's words
        Case(name: "impossible date",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "2024-11-05", with: "2026-02-30")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:3:7: error: invalid date '2026-02-30': February has 28 days in 2026"),
        Case(name: "a tab in front matter",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "    status: supported", with: "\tstatus: supported")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:7:1: error: a tab in the indentation: YAML is indented with spaces only; indent with spaces"),
        Case(name: "an indentation slip",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "    sources: [src-a]", with: "   sources: [src-a]")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:8:4: error: inconsistent indentation: 3 spaces, where the keys it could belong with are at 4 ('status', line 7) or 2 ('troops', line 6); indent it by the same number of spaces as the key it belongs with"),
        Case(name: "a file that is not UTF-8",
             files: [:], bytes: ["Content/glossary/russia.md": latin1Entry],
             expected: "Content/glossary/russia.md:4:15: error: invalid UTF-8; save the file as UTF-8 (your editor's Save As or Encoding menu)"),
        Case(name: "a file in UTF-16",
             files: [:], bytes: ["Content/glossary/russia.md": utf16Entry],
             expected: "Content/glossary/russia.md:1:1: error: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"),
        // Root causes first: one error, no knock-on
        Case(name: "a glossary entry that does not parse, linked from a briefing",
             files: ["Content/glossary/russia.md": "---\nname: \"Russia\"\nkind: state\nsummary: [A state.\n---\nBody.\n",
                     "Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a), [R](term:russia).\n"],
             expected: "Content/glossary/russia.md:5:1: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence that starts at line 4"),
        Case(name: "sources.yaml that does not parse, cited everywhere, reported first",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\n",
                     "Content/briefings/main.md": briefingHead.replacingOccurrences(of: "tags:", with: "summery: \"x\"\ntags:")
                         + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/sources.yaml:2:19: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar that starts at line 2",
             also: ["Content/briefings/main.md:4:1: warning: unknown key 'summery'; did you mean 'summary'?"]),
        Case(name: "a briefing that does not parse: no false 'never cited', no unknown briefing",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "date: 2024-11-05", with: "date: [2024-11-05")
                         + "Troops [moved](claim:troops), [A](cite:src-a).\n",
                     "Content/briefings/other.md": "---\ntitle: \"Other\"\ndate: 2024-11-06\n---\nSee [main](briefing:main).\n"],
             expected: "Content/briefings/main.md:4:5: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence that starts at line 3"),
        Case(name: "a name claimed twice, the entry linked by term:",
             files: ["Content/glossary/russian-federation.md": "---\nname: \"Russia\"\nkind: state\nsummary: \"Same.\"\n---\nBody.\n"],
             expected: "Content/glossary/russia.md:2:7: error: name 'Russia' is also claimed by glossary entry 'russian-federation'; name at Content/glossary/russian-federation.md:2:7",
             also: ["Content/glossary/russian-federation.md:2:7: error: name 'Russia' is already claimed by glossary entry 'russia'; name at Content/glossary/russia.md:2:7"]),
        // Warnings
        Case(name: "claim never marked",
             files: ["Content/briefings/main.md": briefingHead + "Troops moved, says [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:6:3: warning: claim 'troops' is never marked in the text"),
        Case(name: "non-opinion claim without sources",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "    sources: [src-a]\n", with: "")
                 + "Troops [moved](claim:troops), says [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:6:3: warning: claim 'troops' has no sources"),
        Case(name: "incorrect claim without correction",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "status: supported", with: "status: incorrect")
                 + "Troops [moved](claim:troops), says [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:6:3: warning: claim 'troops' is incorrect but has no correction"),
        Case(name: "source nothing cites",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\"\nsrc-b:\n  title: \"Source B\"\n"],
             expected: "Content/sources.yaml:3:1: warning: source 'src-b' is never cited"),
        Case(name: "unknown front matter key",
             files: ["Content/briefings/main.md": briefingHead.replacingOccurrences(of: "tags:", with: "summery: \"x\"\ntags:")
                 + "Troops [moved](claim:troops), [A](cite:src-a).\n"],
             expected: "Content/briefings/main.md:4:1: warning: unknown key 'summery'; did you mean 'summary'?"),
        Case(name: "raw HTML",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a) now<br>.\n"],
             expected: "Content/briefings/main.md:10:50: warning: raw HTML is omitted from the page (set 'unsafeHTML: true' in site.yaml to allow it)"),
        Case(name: "published heading gone (--since)",
             files: ["published/anchors.json": "{\"version\": 1, \"pages\": {\"briefings/main/\": [\"background\", \"note-troops\"]}}\n"],
             expected: "Content/briefings/main.md:1:1: warning: heading '#background' published on 'briefings/main/' is gone: links to it land at the top of the page",
             arguments: ["--since", "published"]),
        Case(name: "unsafe URL",
             files: ["Content/briefings/main.md": briefingHead + "Troops [moved](claim:troops), [A](cite:src-a), [x](javascript:alert(1)).\n"],
             expected: "Content/briefings/main.md:10:48: warning: unsafe URL 'javascript:alert(1)' is dropped from the page"),
    ]

    func site(_ overrides: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (path, text) in Self.base.merging(overrides, uniquingKeysWith: { _, new in new }) {
            try folder.write(path, text)
        }
        return folder
    }

    func site(_ example: Case) throws -> TemporaryFolder {
        let folder = try site(example.files)
        for (path, bytes) in example.bytes {
            try Data(bytes).write(to: folder.url.appendingPathComponent(path))
        }
        return folder
    }

    @Test(arguments: cases)
    func eachDiagnosticForCheckAndBuild(_ example: Case) throws {
        let binary = try BriefingBinary.required()
        let folder = try site(example)
        let check = try binary.run(["check", "--format", "json"] + example.arguments, in: folder.url)
        let items = try #require(try JSONSerialization.jsonObject(with: check.stdoutData) as? [[String: Any]])
        let printed = items.map { item -> String in
            var line = "\(item["file"] ?? ""):\(item["line"] ?? ""):\(item["column"] ?? ""): \(item["severity"] ?? ""): \(item["message"] ?? "")"
            if let hint = item["hint"] as? String { line += "; \(hint)" }
            return line
        }
        #expect(printed == [example.expected] + example.also)
        let isError = example.expected.contains(": error: ")
        #expect(check.status == (isError ? 1 : 0))

        // The same diagnostic from build, which fails on it (and leaves the output untouched) or succeeds.
        try folder.write("Public/.briefing-output", "")
        try folder.write("Public/index.html", "previous build")
        let build = try binary.run(["build"] + example.arguments, in: folder.url)
        for line in [example.expected] + example.also {
            #expect(build.stderr.contains(line + "\n"), "\(build.stderr)")
        }
        #expect(build.status == (isError ? 1 : 0))
        #expect((folder.read("Public/index.html") == "previous build") == isError)
    }
}
