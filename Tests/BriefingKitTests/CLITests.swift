import Foundation
import Testing

/// The `briefing` executable run as a process in a temporary site (DESIGN §4): exit codes,
/// what it prints where, and what it writes or refuses to touch.
@Suite struct CLITests {
    /// Runs `arguments` in `folder` and checks the exit status, printing both streams on a mismatch.
    @discardableResult
    private func run(_ arguments: [String], in folder: TemporaryFolder, stdin: Data? = nil, expecting status: Int32,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BriefingBinary.Result {
        let result = try BriefingBinary.required(sourceLocation: sourceLocation).run(arguments, in: folder.url, stdin: stdin)
        #expect(result.status == status,
                "briefing \(arguments.joined(separator: " ")) exited \(result.status)\nstdout:\n\(result.stdout)\nstderr:\n\(result.stderr)",
                sourceLocation: sourceLocation)
        return result
    }

    /// Builds the valid fixture site once into Public/.
    private func builtSite(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TemporaryFolder {
        let folder = try CLISiteFixture.make()
        try run(["build"], in: folder, expecting: 0, sourceLocation: sourceLocation)
        return folder
    }

    // MARK: build

    @Test func buildExitsZeroAndWritesThePages() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        let result = try run(["build"], in: folder, expecting: 0)
        #expect(!result.stderr.contains("error"), "\(result.stderr)")
        for page in ["index.html", "briefings/first/index.html", "briefings/second/index.html",
                     "glossary/index.html", "glossary/alpha-treaty/index.html", "sources/index.html",
                     "claims/index.html", "claims/supported/index.html", "tags/testing/index.html",
                     "feed.xml", "sitemap.xml", "robots.txt", "404.html", ".briefing-output"] {
            #expect(folder.exists("Public/" + page), "Public/\(page) was not written")
        }
        let first = try #require(folder.read("Public/briefings/first/index.html"))
        #expect(first.contains("id=\"claim-sky-blue\""))
        #expect(first.contains("href=\"#note-sky-blue\""))
        #expect(first.contains("id=\"note-sky-blue\""))
        #expect(first.contains("id=\"cite-src-one-1\""))
        #expect(first.contains("id=\"mention-alpha-treaty-1\""))
        #expect(first.contains("href=\"../../glossary/alpha-treaty/\""))
        #expect(first.contains("<table>"))
        #expect(first.contains("<th>") || first.contains("<th "))
        // The briefing: link points at the second briefing's folder, whatever relative route it takes.
        let briefingLink = try #require(first.firstMatch(of: /<a href="([^"]*)">the second briefing<\/a>/))
        let target = URL(fileURLWithPath: folder.path("Public/briefings/first/"))
            .appendingPathComponent(String(briefingLink.1)).standardizedFileURL.path
        #expect(target == URL(fileURLWithPath: folder.path("Public/briefings/second")).standardizedFileURL.path)
        let home = try #require(folder.read("Public/index.html"))
        #expect(home.contains("First Briefing") && home.contains("Second Briefing"))
        // Newest first.
        let firstAt = try #require(home.range(of: "First Briefing")).lowerBound
        let secondAt = try #require(home.range(of: "Second Briefing")).lowerBound
        #expect(firstAt < secondAt)
    }

    @Test func buildIsDeterministic() throws {
        let folder = try builtSite()
        defer { folder.remove() }
        let before = folder.snapshot("Public")
        try run(["build"], in: folder, expecting: 0)
        let after = folder.snapshot("Public")
        #expect(Set(before.keys) == Set(after.keys))
        for (path, bytes) in before where after[path] != bytes {
            Issue.record("Public/\(path) differs between two builds of the same input")
        }
    }

    @Test func rebuildCarriesOverAGitFolderInTheOutput() throws {
        let folder = try builtSite()
        defer { folder.remove() }
        try folder.write("Public/.git/HEAD", "ref: refs/heads/main\n")
        try run(["build"], in: folder, expecting: 0)
        #expect(folder.read("Public/.git/HEAD") == "ref: refs/heads/main\n")
        #expect(folder.exists("Public/index.html"))
    }

    @Test func briefingLinkToADraftFailsWithoutDrafts() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try folder.write("Content/briefings/second.md",
                         CLISiteFixture.secondBriefing.replacingOccurrences(of: "summary:", with: "draft: true\nsummary:"))
        // A briefing: link to a draft is an error in a build without drafts (DESIGN §2).
        try run(["build"], in: folder, expecting: 1)
        try run(["build", "--drafts"], in: folder, expecting: 0)
        #expect(folder.exists("Public/briefings/second/index.html"))
    }

    // MARK: content errors

    @Test func unknownTermExitsOneWithACompilerStyleDiagnostic() throws {
        let folder = try builtSite()
        defer { folder.remove() }
        let before = folder.snapshot()
        // Line 15 of the file; the bad link's `[` is at column 10.
        try folder.write("Content/briefings/first.md", CLISiteFixture.firstBriefing(
            replacingLine: 15, with: "See also [the pact](term:no-such-entry) here."))
        let after = folder.snapshot()
        let result = try run(["build"], in: folder, expecting: 1)
        #expect(result.stderr.contains("Content/briefings/first.md:15:10: error: "), "\(result.stderr)")
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains(": error: ") })
        #expect(line.contains("no-such-entry"))
        // The output folder is exactly as it was: same files, same bytes, no new ones.
        let output = after.filter { $0.key.hasPrefix("Public/") || $0.key == "Public" }
        let now = folder.snapshot().filter { $0.key.hasPrefix("Public/") || $0.key == "Public" }
        #expect(Set(now.keys) == Set(output.keys))
        #expect(now == output)
        #expect(before.filter { $0.key.hasPrefix("Public") } == output)
        // Nothing else appeared next to it either (no half-written temporary folder left behind).
        #expect(Set(folder.snapshot().keys) == Set(after.keys))
    }

    @Test func contentErrorWithoutAnOutputFolderCreatesNone() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try folder.write("Content/briefings/first.md", CLISiteFixture.firstBriefing(
            replacingLine: 14, with: "[x](term:nope)"))
        let before = folder.snapshot()
        let result = try run(["build"], in: folder, expecting: 1)
        #expect(result.stderr.contains("Content/briefings/first.md:14:1: error: "), "\(result.stderr)")
        #expect(!folder.exists("Public"))
        #expect(folder.snapshot() == before)
    }

    // MARK: refused output folders

    @Test(arguments: [".", "./", "Content/..", "Content", "Content/", "Content/briefings", "Templates",
                      "Templates/partials", "Other", "Other/notes.txt"])
    func refusedOutputFolderExitsTwoAndTouchesNothing(output: String) throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try folder.write("Other/notes.txt", "not made by briefing\n")
        let before = folder.snapshot()
        let result = try run(["build", "--output", output], in: folder, expecting: 2)
        #expect(!result.stderr.isEmpty)
        #expect(folder.snapshot() == before, "briefing build --output \(output) changed the folder")
    }

    @Test func workingDirectoryByAbsolutePathIsRefused() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        let before = folder.snapshot()
        try run(["build", "--output", folder.url.path], in: folder, expecting: 2)
        #expect(folder.snapshot() == before)
    }

    @Test func anOutputFolderMadeByBriefingIsReplaced() throws {
        let folder = try builtSite()
        defer { folder.remove() }
        try folder.write("Public/stale.html", "old\n")
        try run(["build"], in: folder, expecting: 0)
        #expect(!folder.exists("Public/stale.html"))
        #expect(folder.exists("Public/.briefing-output"))
    }

    // MARK: templates and base URL

    @Test func buildWithoutATemplatesFolderUsesTheBuiltInTemplates() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: folder.path("Templates"))
        try run(["build"], in: folder, expecting: 0)
        let page = try #require(folder.read("Public/briefings/first/index.html"))
        #expect(page.contains("<html"))
        #expect(page.contains("id=\"claim-sky-blue\""))
        #expect(folder.exists("Public/assets/style.css"))
    }

    @Test func aSiteTemplateOverridesTheBuiltInOneFileByFile() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: folder.path("Templates"))
        try folder.write("Templates/partials/footer.mustache", "<footer>OWN-FOOTER-\(UUID().uuidString)</footer>\n")
        let marker = try #require(folder.read("Templates/partials/footer.mustache")?.firstMatch(of: /OWN-FOOTER-[-0-9A-F]+/))
        try run(["build"], in: folder, expecting: 0)
        for page in ["index.html", "briefings/first/index.html", "glossary/alpha-treaty/index.html"] {
            let html = try #require(folder.read("Public/" + page))
            #expect(html.contains(String(marker.output)), "\(page) does not use the site's own footer")
            #expect(html.contains("<html"), "\(page) lost the built-in layout")
        }
    }

    @Test func aTemplateThatDoesNotParseIsAContentErrorAndChangesNothing() throws {
        let folder = try builtSite()
        defer { folder.remove() }
        try folder.write("Templates/home.mustache", "line one\n{{/never-opened}}\n")
        let before = folder.snapshot()
        let result = try run(["build"], in: folder, expecting: 1)
        #expect(result.stderr.contains("Templates/home.mustache:2:"), "\(result.stderr)")
        #expect(result.stderr.contains(": error: "))
        #expect(folder.snapshot() == before)
    }

    @Test func baseURLWithoutATrailingSlashStillPrefixesEveryAbsoluteLink() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try run(["build", "--base-url", "https://staging.example.test/sub"], in: folder, expecting: 0)
        let notFound = try #require(folder.read("Public/404.html"))
        let absolute = HTMLPage(notFound).links.map(\.value).filter { $0.hasPrefix("https://staging.example.test") }
        #expect(!absolute.isEmpty)
        for link in absolute {
            #expect(link.hasPrefix("https://staging.example.test/sub/") && !link.contains("/sub//"), "\(link)")
        }
        let page = try #require(folder.read("Public/briefings/first/index.html"))
        #expect(page.contains("href=\"https://staging.example.test/sub/briefings/first/\""), "no canonical link under the base URL")
        #expect(!page.contains("cli.example.org"), "site.yaml's baseURL was not overridden")
    }

    // MARK: usage

    @Test(arguments: [["build", "--no-such-option"], ["--no-such-option"], ["no-such-command"],
                      ["build", "--base-url", "ftp://example.org/"], ["new", "briefing", "Not_A_Slug"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        let before = folder.snapshot()
        let result = try run(arguments, in: folder, expecting: 2)
        #expect(!result.stderr.isEmpty)
        #expect(folder.snapshot() == before)
    }

    @Test func versionExitsZeroAndNamesCmark() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try run(["--version"], in: folder, expecting: 0)
        #expect(result.stdout.contains("briefing"))
        #expect(result.stdout.contains("cmark"))
        #expect(result.stdout.contains(/\d+\.\d+/))
    }

    // MARK: check

    @Test func checkJSONOnAValidSiteIsAnEmptyArray() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        let result = try run(["check", "--format", "json"], in: folder, expecting: 0)
        let parsed = try JSONSerialization.jsonObject(with: result.stdoutData)
        let array = try #require(parsed as? [Any])
        #expect(array.isEmpty, "\(result.stdout)")
        #expect(!folder.exists("Public"))
    }

    @Test func checkJSONListsEveryDiagnosticOnStandardOutput() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try folder.write("Content/briefings/first.md", CLISiteFixture.firstBriefing(
            replacingLine: 15, with: "See also [the pact](term:no-such-entry) here."))
        // A second problem, a warning: a source nothing cites.
        try folder.write("Content/sources.yaml", CLISiteFixture.sourcesYAML + "src-unused:\n  title: \"Unused\"\n")
        let before = folder.snapshot()
        let result = try run(["check", "--format", "json"], in: folder, expecting: 1)
        let parsed = try JSONSerialization.jsonObject(with: result.stdoutData)
        let items = try #require(parsed as? [[String: Any]], "not an array of objects: \(result.stdout)")
        for item in items {
            #expect(item["file"] is String)
            #expect(item["line"] is Int)
            #expect(item["column"] is Int)
            #expect(["error", "warning", "note"].contains(item["severity"] as? String ?? ""))
            #expect(item["message"] is String)
        }
        let error = try #require(items.first { ($0["message"] as? String)?.contains("no-such-entry") == true })
        #expect(error["file"] as? String == "Content/briefings/first.md")
        #expect(error["line"] as? Int == 15)
        #expect(error["column"] as? Int == 10)
        #expect(error["severity"] as? String == "error")
        let warning = items.first { ($0["message"] as? String)?.contains("src-unused") == true }
        #expect(warning?["severity"] as? String == "warning")
        #expect(warning?["file"] as? String == "Content/sources.yaml")
        #expect(folder.snapshot() == before)
    }

    @Test func checkJSONEscapesQuotesBackslashesAndControlCharacters() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try folder.write("Content/briefings/first.md", CLISiteFixture.firstBriefing(
            replacingLine: 15, with: "A [x](term:a\"b\\c) and [y](<cite:tab\there>) and [z](<term:ctl\u{1}x>)."))
        let result = try run(["check", "--format", "json"], in: folder, expecting: 1)
        let items = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]],
                                 "not parseable JSON: \(result.stdout)")
        let messages = items.compactMap { $0["message"] as? String }
        #expect(messages.contains { $0.contains("a\"b\\c") }, "\(messages)")
        #expect(messages.contains { $0.contains("tab\there") }, "\(messages)")
        #expect(messages.contains { $0.contains("ctl\u{1}x") }, "\(messages)")
    }

    @Test func checkTextPrintsCompilerStyleWithACaret() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try folder.write("Content/briefings/first.md", CLISiteFixture.firstBriefing(
            replacingLine: 15, with: "See also [the pact](term:no-such-entry) here."))
        let result = try run(["check"], in: folder, expecting: 1)
        let lines = result.stderr.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex { $0.hasPrefix("Content/briefings/first.md:15:10: error: ") },
                              "\(result.stderr)")
        // The source line, then a caret under column 10.
        try #require(lines.count > at + 2)
        #expect(lines[at + 1].hasSuffix("See also [the pact](term:no-such-entry) here."))
        let sourcePrefix = lines[at + 1].count - "See also [the pact](term:no-such-entry) here.".count
        let caretLine = lines[at + 2]
        let caret = try #require(caretLine.firstIndex(of: "^"))
        #expect(caretLine.distance(from: caretLine.startIndex, to: caret) == sourcePrefix + 9)
        #expect(result.stdout.isEmpty)
    }

    @Test func checkWarningsAsErrors() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try folder.write("Content/sources.yaml", CLISiteFixture.sourcesYAML + "src-unused:\n  title: \"Unused\"\n")
        try run(["check"], in: folder, expecting: 0)
        try run(["check", "--warnings-as-errors"], in: folder, expecting: 1)
    }

    // MARK: render

    @Test func renderFilePrintsTheBodyHTML() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        let result = try run(["render", "Content/briefings/first.md"], in: folder, expecting: 0)
        let html = result.stdout
        #expect(html.contains("<p>"))
        #expect(html.contains("id=\"claim-sky-blue\""))
        #expect(html.contains("id=\"cite-src-one-1\""))
        #expect(html.contains("href=\"../../glossary/alpha-treaty/\""))
        #expect(html.contains("<table>"))
        // The body only: no page around it, no front matter, no claims section.
        #expect(!html.contains("<html"))
        #expect(!html.contains("First Briefing"))
        #expect(!html.contains("sky-blue:"))
        #expect(!html.contains("id=\"note-sky-blue\""))
    }

    @Test func renderStandardInput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try run(["render", "-"], in: folder, stdin: Data("# Title\n\nSome *text*.\n".utf8), expecting: 0)
        #expect(result.stdout.contains("<em>text</em>"))
        #expect(result.stdout.contains("<h1"))
    }

    @Test func renderMissingFileExitsTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try run(["render", "no-such-file.md"], in: folder, expecting: 2)
    }

    // MARK: new

    @Test func newBriefingScaffoldsAFileThatBuildsWithDrafts() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try run(["new", "briefing", "my-slug"], in: folder, expecting: 0)
        let text = try #require(folder.read("Content/briefings/my-slug.md"))
        #expect(text.hasPrefix("---\n"))
        // The scaffold's own placeholder text must not be a content error.
        try run(["build", "--drafts"], in: folder, expecting: 0)
        #expect(folder.exists("Public/briefings/my-slug/index.html"))
    }

    /// `new briefing SLUG --lang fr` writes the translation's first draft (DESIGN §8): the original's
    /// words under the keys a translation gives, its claim ids kept, so it builds as it is.
    @Test func newBriefingWithALanguageScaffoldsATranslation() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        let unlisted = try run(["new", "briefing", "first", "--lang", "fr"], in: folder, expecting: 0)
        #expect(unlisted.stdout.contains("add the language to site.yaml"))
        let text = try #require(folder.read("Content/briefings/first.fr.md"))
        let original = try #require(folder.read("Content/briefings/first.md"))
        let claimIDs = original.matches(of: /\(claim:([a-z0-9-]+)\)/).map { String($0.output.1) }
        #expect(!claimIDs.isEmpty)
        for id in claimIDs { #expect(text.contains("\n  \(id):"), "the scaffold lacks claim \(id)") }
        #expect(!text.contains("\ndate:") && !text.contains("status:"))
        try folder.write("Content/site.yaml", (folder.read("Content/site.yaml") ?? "") + "languages:\n  fr: {title: \"Essai\"}\n")
        try run(["build"], in: folder, expecting: 0)
        #expect(folder.exists("Public/fr/briefings/first/index.html"))
        // Not over an existing translation, nor for the default language or a missing original.
        try run(["new", "briefing", "first", "--lang", "fr"], in: folder, expecting: 2)
        try run(["new", "briefing", "first", "--lang", "en"], in: folder, expecting: 2)
        try run(["new", "briefing", "nothing-here", "--lang", "fr"], in: folder, expecting: 2)
        try run(["new", "briefing", "first", "--lang", "French"], in: folder, expecting: 2)
    }

    @Test func newBriefingRefusesAnExistingOne() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        let before = folder.snapshot()
        let result = try run(["new", "briefing", "first"], in: folder, expecting: 2)
        #expect(result.stderr.contains("exists"))
        #expect(folder.snapshot() == before)
        // And a second `new` of the same slug keeps the first one's file.
        try run(["new", "briefing", "my-slug"], in: folder, expecting: 0)
        try folder.write("Content/briefings/my-slug.md", "edited\n")
        try run(["new", "briefing", "my-slug"], in: folder, expecting: 2)
        #expect(folder.read("Content/briefings/my-slug.md") == "edited\n")
    }

    @Test func newTermScaffoldsAnEntryThatChecksClean() throws {
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try run(["new", "term", "beta-pact"], in: folder, expecting: 0)
        #expect(folder.exists("Content/glossary/beta-pact.md"))
        let result = try run(["check", "--format", "json"], in: folder, expecting: 0)
        let items = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]])
        #expect(items.filter { $0["severity"] as? String == "error" }.isEmpty, "\(result.stdout)")
    }
}
