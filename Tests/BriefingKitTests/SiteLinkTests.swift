import Foundation
import Testing

/// Every link in a built site leads somewhere (DESIGN §3): relative links reach a file, folder
/// links end in `/` (or in `index.html` with `--portable`), fragments name an element on the
/// target page, no annotation scheme is left in a URL, and ids are unique on each page.
@Suite struct SiteLinkTests {
    /// Which content to build: the site that ships, the small command-line fixture, the fixture
    /// that uses every DESIGN §7 trust key (`Fixtures/trust-site`), or the two-language fixture (§8).
    enum Source: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case shipped, fixture, trust, languages
        var testDescription: String { rawValue }
    }

    /// The base URL every build here uses, so that absolute links can be mapped back to files.
    static let baseURL = "https://links.example.test/site/"

    /// A built site, read back: every file and folder by path, and the HTML pages parsed.
    struct BuiltSite {
        var files: Set<String> = []
        var folders: Set<String> = [""]
        var pages: [String: HTMLPage] = [:]
    }

    private func build(_ source: Source, portable: Bool,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuiltSite {
        let folder: TemporaryFolder
        var arguments = ["build", "--output", "Out", "--base-url", Self.baseURL]
        switch source {
        case .shipped:
            folder = try TemporaryFolder()
            let root = TemporaryFolder.repositoryRoot
            arguments += ["--content", root.appendingPathComponent("Content").path,
                          "--templates", root.appendingPathComponent("Templates").path]
        case .fixture:
            folder = try CLISiteFixture.make()
        case .trust, .languages:
            folder = try TemporaryFolder()
            let root = TemporaryFolder.repositoryRoot
            let fixture = source == .trust ? "trust-site" : "languages-site"
            arguments += ["--content", GoldenSiteTests.fixtures.appendingPathComponent(fixture).path,
                          "--templates", root.appendingPathComponent("Templates").path]
        }
        defer { folder.remove() }
        if portable { arguments.append("--portable") }
        let result = try BriefingBinary.required(sourceLocation: sourceLocation).run(arguments, in: folder.url)
        try #require(result.status == 0, "build failed:\n\(result.stderr)", sourceLocation: sourceLocation)

        var site = BuiltSite()
        let out = folder.url.appendingPathComponent("Out")
        let enumerator = try #require(FileManager.default.enumerator(atPath: out.path), sourceLocation: sourceLocation)
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path, isDirectory: &isFolder)
            if isFolder.boolValue {
                site.folders.insert(path)
                continue
            }
            site.files.insert(path)
            if path.hasSuffix(".html") {
                let data = try Data(contentsOf: out.appendingPathComponent(path))
                site.pages[path] = HTMLPage(String(decoding: data, as: UTF8.self))
            }
        }
        return site
    }

    /// Why `link` on `page` is broken, or nil when it resolves.
    private func problem(with link: String, on page: String, in site: BuiltSite, portable: Bool) -> String? {
        var value = link
        var absolute = false
        if value.hasPrefix(Self.baseURL) {
            value = "/" + value.dropFirst(Self.baseURL.count)
            absolute = true
        } else if value.hasPrefix("//") {
            return nil
        } else if let scheme = value.firstMatch(of: /^([a-zA-Z][a-zA-Z0-9+.\-]*):/)?.output.1 {
            return ["http", "https", "mailto"].contains(scheme.lowercased()) ? nil : "unexpected URL scheme '\(scheme)'"
        } else if value.hasPrefix("/") {
            return "root-relative link (breaks under a base URL with a path, and from file://)"
        }

        var fragment: String?
        if let hash = value.firstIndex(of: "#") {
            fragment = String(value[value.index(after: hash)...])
            value = String(value[..<hash])
        }
        if let query = value.firstIndex(of: "?") { value = String(value[..<query]) }
        if page == "404.html" && !absolute && !value.isEmpty {
            return "404.html is served at any depth, so its links must be absolute from the base URL"
        }
        let path = value.removingPercentEncoding ?? value

        let target: String
        if path.isEmpty && !absolute {
            target = page
        } else {
            var components = absolute ? [] : page.split(separator: "/").dropLast().map(String.init)
            for part in path.split(separator: "/", omittingEmptySubsequences: true) {
                switch part {
                case ".": continue
                case "..":
                    if components.isEmpty { return "leads outside the site" }
                    components.removeLast()
                default: components.append(String(part))
                }
            }
            let resolved = components.joined(separator: "/")
            if path.hasSuffix("/") || path.isEmpty || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "."
                || path == ".." {
                if portable && !absolute { return "a --portable build must end page links in index.html" }
                target = resolved.isEmpty ? "index.html" : resolved + "/index.html"
            } else if site.folders.contains(resolved) {
                return "links the folder '\(resolved)' without a trailing slash"
            } else {
                target = resolved
            }
        }
        guard site.files.contains(target) else { return "no file '\(target)' in the output" }
        if let fragment, !fragment.isEmpty {
            guard let targetPage = site.pages[target] else { return "a fragment on '\(target)', which is not a page" }
            let id = fragment.removingPercentEncoding ?? fragment
            if !targetPage.ids.contains(id) { return "no id=\"\(id)\" on '\(target)'" }
        }
        return nil
    }

    @Test(arguments: Source.allCases, [false, true])
    func everyRelativeLinkResolves(source: Source, portable: Bool) throws {
        let site = try build(source, portable: portable)
        var checked = 0
        var fragments = 0
        for (page, html) in site.pages.sorted(by: { $0.key < $1.key }) {
            for link in Set(html.links) {
                if let problem = problem(with: link.value, on: page, in: site, portable: portable) {
                    Issue.record("\(page): \(link.attribute)=\"\(link.value)\": \(problem)")
                }
                checked += 1
                if link.value.contains("#") { fragments += 1 }
            }
        }
        // The walk saw a real site, not an empty folder.
        #expect(site.pages.count >= 10)
        #expect(checked > site.pages.count)
        #expect(fragments > 0)
    }

    @Test(arguments: Source.allCases, [false, true])
    func everyBriefingAndGlossaryEntryHasAPage(source: Source, portable: Bool) throws {
        let site = try build(source, portable: portable)
        let fixture = source == .fixture ? try CLISiteFixture.make() : nil
        defer { fixture?.remove() }
        let content = source == .trust ? GoldenSiteTests.fixtures.appendingPathComponent("trust-site")
            : source == .languages ? GoldenSiteTests.fixtures.appendingPathComponent("languages-site")
            : (fixture?.url ?? TemporaryFolder.repositoryRoot).appendingPathComponent("Content")
        // `x.fr.md` is the French page of `x`: its page is under `fr/` (DESIGN §8).
        let files = { (folder: String) in
            ((try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        }
        let names = { (folder: String) in files(folder).filter { !$0.contains(".") } }
        for name in files("briefings") + files("glossary") where name.contains(".") {
            let parts = name.split(separator: ".")
            let folder = files("briefings").contains(name) ? "briefings" : "glossary"
            #expect(site.pages["\(parts[1])/\(folder)/\(parts[0])/index.html"] != nil, "no page for translation \(name)")
        }
        // Drafts are left out of a build without --drafts.
        let briefings = names("briefings").filter { slug in
            let text = try? String(contentsOf: content.appendingPathComponent("briefings/\(slug).md"), encoding: .utf8)
            return !(text ?? "").contains("\ndraft: true\n")
        }
        let entries = names("glossary")
        #expect(!briefings.isEmpty && !entries.isEmpty)
        for slug in briefings {
            #expect(site.pages["briefings/\(slug)/index.html"] != nil, "no page for briefing \(slug)")
        }
        for id in entries {
            #expect(site.pages["glossary/\(id)/index.html"] != nil, "no page for glossary entry \(id)")
        }
        for id in names("pages") where id != "methodology" {
            #expect(site.pages["\(id)/index.html"] != nil, "no page for standalone page \(id)")
        }
        for page in ["index.html", "glossary/index.html", "sources/index.html", "claims/index.html", "404.html",
                     "methodology/index.html", "corrections/index.html"] {
            #expect(site.pages[page] != nil, "no \(page)")
        }
    }

    @Test(arguments: Source.allCases, [false, true])
    func noAnnotationSchemeIsLeftInAURL(source: Source, portable: Bool) throws {
        let site = try build(source, portable: portable)
        for (page, html) in site.pages.sorted(by: { $0.key < $1.key }) {
            for link in html.links {
                let value = link.value.trimmingCharacters(in: .whitespaces).lowercased()
                for scheme in ["claim:", "cite:", "term:", "briefing:"] where value.hasPrefix(scheme) {
                    Issue.record("\(page): \(link.attribute)=\"\(link.value)\" still holds a \(scheme) URL")
                }
            }
        }
        #expect(!site.pages.isEmpty)
    }

    @Test(arguments: Source.allCases, [false, true])
    func idsAreUniqueOnEveryPage(source: Source, portable: Bool) throws {
        let site = try build(source, portable: portable)
        var total = 0
        for (page, html) in site.pages.sorted(by: { $0.key < $1.key }) {
            var seen: [String: Int] = [:]
            for id in html.ids { seen[id, default: 0] += 1 }
            for (id, count) in seen.sorted(by: { $0.key < $1.key }) where count > 1 {
                Issue.record("\(page): id=\"\(id)\" appears \(count) times")
            }
            for id in html.ids where id.isEmpty || id.contains(where: \.isWhitespace) {
                Issue.record("\(page): id=\"\(id)\" is empty or holds white space")
            }
            total += html.ids.count
        }
        #expect(total > 0)
    }

    @Test(arguments: Source.allCases)
    func notFoundPageLinksAreAbsoluteFromTheBaseURL(source: Source) throws {
        let site = try build(source, portable: false)
        let page = try #require(site.pages["404.html"])
        let intoSite = page.links.filter { $0.value.hasPrefix(Self.baseURL) }
        #expect(!intoSite.isEmpty, "404.html has no link into the site")
        // The stylesheet and the home page are reached from any depth.
        #expect(intoSite.contains { $0.value.hasPrefix(Self.baseURL + "assets/style.css?v=") })
        #expect(intoSite.contains { $0.value == Self.baseURL || $0.value == Self.baseURL + "index.html" })
        for link in page.links where !link.value.hasPrefix(Self.baseURL) {
            let value = link.value
            let external = value.hasPrefix("//") || value.contains(/^[a-zA-Z][a-zA-Z0-9+.\-]*:/)
            #expect(external || value.hasPrefix("#"), "404.html: \(link.attribute)=\"\(value)\" is relative")
        }
    }

    /// The fixture's second briefing and its glossary entry have `moved-from`: their redirect pages
    /// are walked with every other page above; here, that they are there and lead to the new page.
    @Test(arguments: [false, true])
    func redirectPagesLeadToTheNewPage(portable: Bool) throws {
        let site = try build(.fixture, portable: portable)
        let index = portable ? "index.html" : ""
        for (old, new) in [("briefings/second-old/", "../../briefings/second/"), ("glossary/alpha/", "../../glossary/alpha-treaty/")] {
            let page = try #require(site.pages[old + "index.html"], "no redirect page at \(old)")
            #expect(page.links.contains { $0.attribute == "href" && $0.value == new + index })
            #expect(problem(with: new + index, on: old + "index.html", in: site, portable: portable) == nil)
        }
        #expect(site.files.contains("anchors.json"))
    }

    // MARK: the checker itself, so that a passing walk means something

    @Test func checkerFlagsBrokenLinksAndAcceptsGoodOnes() {
        var site = BuiltSite()
        site.files = ["index.html", "briefings/x/index.html", "glossary/index.html", "assets/style.css", "404.html"]
        site.folders = ["", "briefings", "briefings/x", "glossary", "assets"]
        site.pages = ["index.html": HTMLPage("<h1 id=\"top\">"), "briefings/x/index.html": HTMLPage("<p id=\"claim-a\">"),
                      "glossary/index.html": HTMLPage(""), "404.html": HTMLPage("")]
        let page = "briefings/x/index.html"
        let good = ["../../", "../../#top", "#claim-a", "../../glossary/", "../../assets/style.css", "./",
                    "https://example.org/x", "mailto:a@example.org", Self.baseURL + "glossary/"]
        for link in good {
            #expect(problem(with: link, on: page, in: site, portable: false) == nil, "\(link)")
        }
        let bad = ["../../missing/", "../../#nope", "#nope", "../../glossary", "../../../../x.html", "claim:a",
                   "term:russia", "/glossary/", "../../assets/style.css#x", Self.baseURL + "missing/"]
        for link in bad {
            #expect(problem(with: link, on: page, in: site, portable: false) != nil, "\(link)")
        }
        #expect(problem(with: "../../", on: page, in: site, portable: true) != nil)
        #expect(problem(with: "../../index.html#top", on: page, in: site, portable: true) == nil)
        #expect(problem(with: "glossary/", on: "404.html", in: site, portable: false) != nil)
        #expect(problem(with: Self.baseURL + "glossary/", on: "404.html", in: site, portable: false) == nil)
    }

    @Test func pageReaderDecodesAttributesAndSkipsScripts() {
        let page = HTMLPage("""
            <a href="x?a=1&amp;b=2" id="one">t</a><!-- <a href="comment"> -->
            <script src="s.js"></script><script>var a = '<a href="inscript">';</script>
            <img src="i&#46;png" alt="">
            """)
        #expect(page.links.map(\.value) == ["x?a=1&b=2", "s.js", "i.png"])
        #expect(page.ids == ["one"])
    }
}
