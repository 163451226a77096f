import Foundation
import Testing

/// The diagnostics of DESIGN §7's trust keys (source kind, reliability and original; verdict
/// history; where claims were made; corrections and updates; pages), each on the catalog's
/// otherwise valid site, through `check --format json` and `build` like every other case.
extension DiagnosticCatalogTests {
    static let claimLines = "    status: supported\n    sources: [src-a]\n"
    static let body = "Troops [moved](claim:troops), says [A](cite:src-a).\n"

    /// The base briefing with `extra` after the claim's `sources` line (line 9 on).
    static func briefing(claim extra: String = "", frontMatter: String = "") -> String {
        "---\ntitle: \"Main\"\ndate: 2024-11-05\ntags: [security]\n" + frontMatter + "claims:\n  troops:\n" + claimLines
            + extra + "---\n" + body
    }

    static let trustCases: [Case] = [
        // Errors
        Case(name: "unknown source kind",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\"\n  kind: wir\n"],
             expected: "Content/sources.yaml:3:9: error: unknown source kind 'wir'; did you mean 'wire'?"),
        Case(name: "unknown reliability grade",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\"\n  reliability: b\n"],
             expected: "Content/sources.yaml:3:16: error: unknown reliability 'b'; did you mean 'B'?"),
        Case(name: "unknown original",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\"\nsrc-b:\n  title: \"Source B\"\n  kind: repost\n  original: src-c\n",
                     "Content/briefings/main.md": briefing().replacingOccurrences(of: "[src-a]", with: "[src-a, src-b]")],
             expected: "Content/sources.yaml:6:13: error: unknown source 'src-c'; did you mean 'src-a'?"),
        Case(name: "a source that is its own original",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\"\n  original: src-a\n"],
             expected: "Content/sources.yaml:3:13: error: source 'src-a' names itself as its original"),
        Case(name: "history out of order",
             files: ["Content/briefings/main.md": briefing(claim: "    history:\n      - date: 2024-11-05\n        status: unverified\n      - date: 2024-11-01\n        status: supported\n")],
             expected: "Content/briefings/main.md:12:15: error: history date 2024-11-01 is before the entry above it (2024-11-05); list history entries oldest first"),
        Case(name: "history entry with an unknown status",
             files: ["Content/briefings/main.md": briefing(claim: "    history:\n      - date: 2024-11-05\n        status: suportd\n")],
             expected: "Content/briefings/main.md:11:17: error: unknown status 'suportd'; did you mean 'supported'?"),
        Case(name: "history entry without a date",
             files: ["Content/briefings/main.md": briefing(claim: "    history:\n      - status: supported\n")],
             expected: "Content/briefings/main.md:10:9: error: missing required key 'date'"),
        Case(name: "update dated before the briefing",
             files: ["Content/briefings/main.md": briefing(frontMatter: "updates:\n  - date: 2024-11-01\n    kind: correction\n    text: \"Fixed.\"\n")],
             expected: "Content/briefings/main.md:6:11: error: update dated 2024-11-01 is before the briefing's date (2024-11-05)"),
        Case(name: "updates out of order",
             files: ["Content/briefings/main.md": briefing(frontMatter: "updates:\n  - date: 2024-11-10\n    kind: update\n    text: \"Added.\"\n  - date: 2024-11-07\n    kind: correction\n    text: \"Fixed.\"\n")],
             expected: "Content/briefings/main.md:9:11: error: update date 2024-11-07 is before the entry above it (2024-11-10); list updates oldest first"),
        Case(name: "unknown update kind",
             files: ["Content/briefings/main.md": briefing(frontMatter: "updates:\n  - date: 2024-11-10\n    kind: corection\n    text: \"Fixed.\"\n")],
             expected: "Content/briefings/main.md:7:11: error: unknown update kind 'corection'; did you mean 'correction'?"),
        Case(name: "unknown source in reviews",
             files: ["Content/briefings/main.md": briefing(frontMatter: "reviews: src-z\n")],
             expected: "Content/briefings/main.md:5:10: error: unknown source 'src-z'; did you mean 'src-a'?"),
        Case(name: "unknown source in a claim's appearance",
             files: ["Content/briefings/main.md": briefing(claim: "    appearance: [src-q]\n")],
             expected: "Content/briefings/main.md:9:18: error: unknown source 'src-q'; did you mean 'src-a'?"),
        Case(name: "page slug colliding with a generated folder",
             files: ["Content/pages/sources.md": "---\ntitle: \"Our sources\"\n---\nBody.\n"],
             expected: "Content/pages/sources.md:1:1: error: page 'sources' collides with the folder 'sources/' the build generates; rename the file"),
        Case(name: "page without a title",
             files: ["Content/pages/about.md": "---\nsummary: \"Who we are.\"\n---\nBody.\n"],
             expected: "Content/pages/about.md:1:1: error: missing required key 'title'"),
        // Warnings
        Case(name: "repost without original",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\"\n  kind: repost\n"],
             expected: "Content/sources.yaml:1:1: warning: source 'src-a' is a repost but names no original; add 'original:' with the id of the source it copies"),
        Case(name: "supported claim with a correction",
             files: ["Content/briefings/main.md": briefing(claim: "    correction: \"Only 1,500.\"\n")],
             expected: "Content/briefings/main.md:6:3: warning: claim 'troops' is supported but has a correction; a corrected claim is 'incorrect' or 'disputed'"),
        Case(name: "high confidence resting only on weak sources",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\"\n  kind: state-media\n  reliability: C\n",
                     "Content/briefings/main.md": briefing(claim: "    confidence: high\n")],
             expected: "Content/briefings/main.md:6:3: warning: claim 'troops' has high confidence but rests only on reposts, state media, social posts or sources rated D to F; cite a stronger source or lower the confidence"),
        Case(name: "high confidence resting only on a D-rated source",
             files: ["Content/sources.yaml": "src-a:\n  title: \"Source A\"\n  kind: newspaper\n  reliability: D\n",
                     "Content/briefings/main.md": briefing(claim: "    confidence: high\n")],
             expected: "Content/briefings/main.md:6:3: warning: claim 'troops' has high confidence but rests only on reposts, state media, social posts or sources rated D to F; cite a stronger source or lower the confidence"),
        Case(name: "last history entry disagreeing with the status",
             files: ["Content/briefings/main.md": briefing(claim: "    history:\n      - date: 2024-11-05\n        status: unverified\n")],
             expected: "Content/briefings/main.md:6:3: warning: claim 'troops' has status 'supported' but its last history entry says 'unverified'; add a history entry for the current verdict"),
    ]

    @Test(arguments: trustCases)
    func eachTrustDiagnosticForCheckAndBuild(_ example: Case) throws {
        try eachDiagnosticForCheckAndBuild(example)
    }
}

extension DiagnosticCatalogTests {
    /// The new warnings are warnings like any other: `--warnings-as-errors` fails on them, and the
    /// JSON output stays one array holding every diagnostic at once.
    @Test func trustWarningsCanBeMadeErrors() throws {
        let binary = try BriefingBinary.required()
        let folder = try site([
            "Content/sources.yaml": "src-a:\n  title: \"Source A\"\n  kind: repost\n",
            "Content/briefings/main.md": Self.briefing(claim: "    correction: \"Only 1,500.\"\n"),
        ])
        let check = try binary.run(["check", "--format", "json", "--warnings-as-errors"], in: folder.url)
        #expect(check.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: check.stdoutData) as? [[String: Any]])
        #expect(items.compactMap { $0["line"] as? Int } == [6, 1])
        #expect(items.allSatisfy { $0["severity"] as? String == "warning" })
    }
}
