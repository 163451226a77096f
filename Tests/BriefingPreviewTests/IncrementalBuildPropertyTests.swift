import BriefingKit
import Foundation
import Testing

/// The judge of incremental rebuilds: random sequences of edits over every kind of input
/// (briefings, glossary entries, sources, settings, templates, partials, template assets, content
/// assets, static files, the trust keys of DESIGN §7 and `Content/pages/`, moved-from addresses,
/// scheduled dates; prose conventions: footnotes, pipe tables, strike, figures, image sizes read
/// from asset files; added, changed, renamed, deleted), and after each the incremental output must
/// equal a full build of the same input byte for byte, file list included, with the same
/// diagnostics. `PROPERTY_STEPS` sets the steps per seed (`make fuzz` runs more).
@Suite struct IncrementalBuildPropertyTests {
    static let steps = ProcessInfo.processInfo.environment["PROPERTY_STEPS"].flatMap { Int($0) } ?? 60
    /// A small deterministic generator (SplitMix64), so a failing seed can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let slugs = ["alpha", "beta", "gamma", "delta", "epsilon"]
    static let entryIDs = ["russia", "north-korea", "china", "nato"]
    static let names = ["russia": "Russia", "north-korea": "North Korea", "china": "China", "nato": "NATO"]
    static let aliases = ["Moscow", "Pyongyang", "Beijing", "the Alliance", "DPRK"]
    static let ownAliases = ["russia": "Moscow", "north-korea": "Pyongyang", "china": "Beijing", "nato": "the Alliance"]

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func incrementalOutputEqualsFullBuild(seed: UInt64) throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        var random = Random(state: seed)
        // As `serve` builds, at a fixed date: briefings dated after 5 November are scheduled and marked.
        let options = BuildOptions(includeDrafts: true, baseURL: "http://127.0.0.1:8080/",
                                   now: PartialDate(year: 2024, month: 11, day: 5), includeFuture: true, marksScheduled: true)
        let request = BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                   outputDirectory: site.root + "/preview", options: options)
        // Even seeds rebuild as the preview does, the search index after the pages (`finishSearch`),
        // which a save coming first may skip: the index is then made after a later save's pages.
        let defersSearch = seed.isMultiple(of: 2)
        var builder = IncrementalBuilder(request: request, defersSearch: defersSearch)
        let first = builder.build()
        #expect(first.outcome == .success, "seed \(seed): \(first.diagnostics.items)")

        var partial = 0
        let everything = first.renderedPages
        for step in 1...Self.steps {
            let changes = try applyRandomEdit(to: site, &random)
            let incremental = builder.rebuild(after: changes)
            if defersSearch {
                if random.below(4) == 0 { continue }
                if let search = builder.finishSearch() { #expect(search.outcome == .success, "seed \(seed) step \(step)") }
            }
            let fullOutput = site.root + "/full-\(step)"
            let full = SiteBuilder().build(BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                                        outputDirectory: fullOutput, options: options))
            let label = "seed \(seed) step \(step) \(changes.map(\.path))"
            guard let incremental else {
                // Only scratch files changed: the output must already be the full build's.
                if full.outcome == .success { #expect(ScratchSite.tree(request.outputDirectory) == ScratchSite.tree(fullOutput), "\(label)") }
                continue
            }
            #expect(incremental.outcome == full.outcome, "\(label): \(incremental.diagnostics.items) vs \(full.diagnostics.items)")
            #expect(incremental.diagnostics.items == full.diagnostics.items, "\(label)")
            if full.outcome == .success && incremental.outcome == .success {
                if incremental.renderedPages < everything / 2 { partial += 1 }
                let mine = ScratchSite.tree(request.outputDirectory), theirs = ScratchSite.tree(fullOutput)
                let differing = Set(mine.keys).union(theirs.keys).filter { mine[$0] != theirs[$0] }.sorted()
                #expect(differing.isEmpty, "\(label): differing files \(differing)")
                if !differing.isEmpty { return }
            }
            try? FileManager.default.removeItem(atPath: fullOutput)
        }
        // The sequence must exercise the partial rebuilds, not only full ones or failures.
        #expect(partial >= 3, "seed \(seed): only \(partial) partial rebuilds succeeded")
    }

    /// Makes one random edit on disk and returns the changes as the watcher would report them.
    private func applyRandomEdit(to site: ScratchSite, _ random: inout Random) throws -> [FileChange] {
        let existing = Self.slugs.filter { site.read("Content/briefings/\($0).md") != nil }
        let entries = Self.entryIDs.filter { site.read("Content/glossary/\($0).md") != nil }
        switch random.below(30) {
        case 0, 1, 2:
            // Write a briefing (new or changed): mentions, a citation, maybe a link to another briefing.
            let slug = random.pick(Self.slugs)
            var words = ["Some text about", random.pick(Array(Self.names.values) + Self.aliases), "and",
                         random.pick(Array(Self.names.values) + Self.aliases) + "."]
            if random.below(2) == 0, let other = existing.filter({ $0 != slug }).randomElement(using: &random) {
                words.append("See [the other one](briefing:\(other)).")
            }
            if random.below(3) == 0 { words.append("[A paper](cite:\(random.pick(["un-report", "think-tank", "newspaper"])))") }
            let text = SampleContent.briefing(
                title: random.pick(["Alpha", "Beta", "Gamma", "A new title"]) + " \(random.below(5))",
                date: "2024-11-0\(1 + random.below(9))", tags: [random.pick(["security", "treaties", "war"])],
                draft: random.below(5) == 0, body: "[A claim](claim:main). " + words.joined(separator: " "))
            try site.write("Content/briefings/\(slug).md", text)
            return [FileChange(path: "briefings/\(slug).md", inContent: true)]
        case 3:
            guard let slug = existing.randomElement(using: &random) else { return [] }
            try site.delete("Content/briefings/\(slug).md")
            return [FileChange(path: "briefings/\(slug).md", inContent: true)]
        case 4:
            // Rename a briefing, as `mv` does.
            guard let from = existing.randomElement(using: &random),
                  let to = Self.slugs.filter({ !existing.contains($0) }).randomElement(using: &random) else { return [] }
            try FileManager.default.moveItem(atPath: site.content + "/briefings/\(from).md", toPath: site.content + "/briefings/\(to).md")
            return [FileChange(path: "briefings/\(from).md", inContent: true), FileChange(path: "briefings/\(to).md", inContent: true)]
        case 5, 6:
            // An entry holding another's alias is rewritten first, so that such an error does not last.
            let borrowing = entries.filter { id in
                let text = site.read("Content/glossary/\(id).md") ?? ""
                return Self.aliases.contains { $0 != Self.ownAliases[id] && text.contains($0) }
            }
            let id = borrowing.first ?? random.pick(Self.entryIDs)
            // Mostly an alias of its own; now and then one another entry may claim (an error until rewritten).
            let chosen = random.below(2) == 0 ? [Self.ownAliases[id] ?? "Elsewhere"]
                : random.below(6) == 0 ? [random.pick(Self.aliases)] : []
            try site.write("Content/glossary/\(id).md", SampleContent.entry(name: Self.names[id] ?? id, aliases: chosen,
                                                                           summary: "Summary \(random.below(9))."))
            return [FileChange(path: "glossary/\(id).md", inContent: true)]
        case 7:
            guard entries.count > 1, let id = entries.randomElement(using: &random) else { return [] }
            try site.delete("Content/glossary/\(id).md")
            return [FileChange(path: "glossary/\(id).md", inContent: true)]
        case 8:
            let extra = random.below(2) == 0 ? "extra:\n  title: \"Extra \(random.below(9))\"\n" : ""
            try site.write("Content/sources.yaml", SampleContent.sourcesYAML + extra)
            return [FileChange(path: "sources.yaml", inContent: true)]
        case 9:
            let path = random.pick(["briefing.mustache", "home.mustache", "glossary-entry.mustache"])
            guard let text = site.read("Templates/" + path) else { return [] }
            try site.write("Templates/" + path, text + "<!-- edit \(random.below(100)) -->\n")
            return [FileChange(path: path, inContent: false)]
        case 10, 11:
            // Edit only a briefing's prose (no names, claims or links): the listings stay as they are.
            guard let slug = existing.randomElement(using: &random),
                  let text = site.read("Content/briefings/\(slug).md") else { return [] }
            try site.write("Content/briefings/\(slug).md", text + "\nPlain words number \(random.below(1000)).\n")
            return [FileChange(path: "briefings/\(slug).md", inContent: true)]
        case 12:
            // Add a mention or a citation but keep the front matter: the listing order stays, so the
            // backlink index is patched rather than built again.
            guard let slug = existing.randomElement(using: &random),
                  let text = site.read("Content/briefings/\(slug).md") else { return [] }
            let added = random.below(2) == 0 ? "More on \(random.pick(Array(Self.names.values) + Self.aliases))."
                : "[Another paper](cite:\(random.pick(["un-report", "think-tank", "newspaper"])))."
            try site.write("Content/briefings/\(slug).md", text + "\n\(added)\n")
            return [FileChange(path: "briefings/\(slug).md", inContent: true)]
        case 13, 14:
            // Change a claim's verdict or its source, nothing else: the claims pages shift, the
            // other listing pages and (for a verdict) the sources page stay as they are.
            guard let slug = existing.randomElement(using: &random),
                  let text = site.read("Content/briefings/\(slug).md"),
                  let status = text.firstMatch(of: /status: (\w+)/)?.1,
                  let source = text.firstMatch(of: /sources: \[([\w-]+)\]/)?.1 else { return [] }
            let edited = random.below(2) == 0
                ? text.replacing("status: \(status)", with: "status: \(random.pick(["supported", "disputed", "unverified"]))",
                                 maxReplacements: 1)
                : text.replacing("sources: [\(source)]", with: "sources: [\(random.pick(["un-report", "think-tank", "newspaper"]))]",
                                 maxReplacements: 1)
            try site.write("Content/briefings/\(slug).md", edited)
            return [FileChange(path: "briefings/\(slug).md", inContent: true)]
        case 15:
            // A file the loader skips with a warning, as an IDE's safe write leaves for a moment.
            let path = "briefings/\(random.pick(Self.slugs)).md___jb_tmp___"
            if site.read("Content/" + path) == nil {
                try site.write("Content/" + path, "scratch")
            } else {
                try site.delete("Content/" + path)
            }
            return [FileChange(path: path, inContent: true)]
        case 27:
            // Give a briefing, or its claim, an old address (moved-from) or take it away: a redirect
            // page appears or goes, the claim keeps or drops its old ids, anchors.json follows.
            guard let slug = existing.randomElement(using: &random),
                  let text = site.read("Content/briefings/\(slug).md") else { return [] }
            let edited: String
            if random.below(2) == 0 {
                edited = text.contains("moved-from: [\(slug)-old]")
                    ? text.replacing("moved-from: [\(slug)-old]\n", with: "")
                    : text.replacing("---\ntitle:", with: "---\nmoved-from: [\(slug)-old]\ntitle:", maxReplacements: 1)
            } else {
                edited = text.contains("    moved-from: [earlier]\n")
                    ? text.replacing("    moved-from: [earlier]\n", with: "")
                    : text.replacing("  main:\n", with: "  main:\n    moved-from: [earlier]\n", maxReplacements: 1)
            }
            try site.write("Content/briefings/\(slug).md", edited)
            return [FileChange(path: "briefings/\(slug).md", inContent: true)]
        case 16:
            // Replace a briefing's timeline: timeline/ and the entry pages the events name follow it.
            guard let slug = existing.randomElement(using: &random),
                  let text = site.read("Content/briefings/\(slug).md") else { return [] }
            var block = "timeline:\n  - date: 2024-0\(1 + random.below(9))\n    text: \"Event \(random.below(50))\"\n"
            if random.below(3) > 0 { block += "    term: \(random.pick(Self.entryIDs))\n" }
            if random.below(2) == 0 { block += "    claim: main\n" }
            let kept = text.replacing(/timeline:\n(  .*\n)*/, with: "").dropFirst(4)
            try site.write("Content/briefings/\(slug).md", "---\n" + block + kept)
            return [FileChange(path: "briefings/\(slug).md", inContent: true)]
        case 17, 18:
            // A static file: written, rewritten, deleted; now and then one that collides (an error).
            let path = random.pick(["static/hello.txt", "static/.well-known/security.txt", "static/CNAME",
                                    "static/robots.txt"])
            if site.read("Content/" + path) != nil && random.below(2) == 0 {
                try site.delete("Content/" + path)
            } else {
                try site.write("Content/" + path, "static \(random.below(100))\n")
            }
            return [FileChange(path: path, inContent: true)]
        case 19:
            // A content asset, maybe shown by a briefing (an error while it is missing). The SVG's
            // size is read from the file, so its page's width and height follow each edit of it.
            let path = random.pick(["assets/map.png", "assets/docs/report.pdf", "assets/chart.svg"])
            // The SVG is rewritten, never deleted: a page showing a missing asset fails until the
            // briefing is rewritten, and the PNG covers that already.
            if site.read("Content/" + path) == nil || random.below(2) == 0 || path.hasSuffix(".svg") {
                let text = path.hasSuffix(".svg")
                    ? "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(10 + random.below(90))\" height=\"\(10 + random.below(90))\"></svg>\n"
                    : "asset \(random.below(100))"
                try site.write("Content/" + path, text)
            } else {
                try site.delete("Content/" + path)
            }
            if random.below(3) == 0, let slug = existing.randomElement(using: &random),
               let text = site.read("Content/briefings/\(slug).md") {
                // Alone in its paragraph with a title, the image is a figure.
                let image = random.pick(["![A map](assets/map.png)", "![A chart](assets/chart.svg)",
                                         "![A chart](assets/chart.svg \"The chart\")"])
                try site.write("Content/briefings/\(slug).md", text + "\n\(image)\n")
                return [FileChange(path: path, inContent: true), FileChange(path: "briefings/\(slug).md", inContent: true)]
            }
            return [FileChange(path: path, inContent: true)]
        case 20:
            // A template asset: the site's own stylesheet over the built-in one, an extra file, or removed.
            let path = random.pick(["assets/style.css", "assets/extra.js"])
            if site.read("Templates/" + path) != nil && random.below(2) == 0 {
                try site.delete("Templates/" + path)
            } else {
                try site.write("Templates/" + path, "/* \(random.below(100)) */\n")
            }
            return [FileChange(path: path, inContent: false)]
        case 21:
            // A partial edited, or removed so that the built-in one shows through.
            let path = random.pick(["partials/footer.mustache", "partials/briefing-card.mustache"])
            let original = (try? String(contentsOfFile: ScratchSite.repositoryRoot + "/Templates/" + path, encoding: .utf8)) ?? ""
            if site.read("Templates/" + path) != nil && random.below(3) == 0 {
                try site.delete("Templates/" + path)
            } else {
                try site.write("Templates/" + path, original + "<!-- partial \(random.below(100)) -->\n")
            }
            return [FileChange(path: path, inContent: false)]
        case 22:
            // A page template removed (the built-in one takes its place) or restored.
            let path = random.pick(["home.mustache", "tag.mustache"])
            if site.read("Templates/" + path) != nil {
                try site.delete("Templates/" + path)
            } else {
                let original = (try? String(contentsOfFile: ScratchSite.repositoryRoot + "/Templates/" + path, encoding: .utf8)) ?? ""
                try site.write("Templates/" + path, original)
            }
            return [FileChange(path: path, inContent: false)]
        case 23:
            // A glossary entry renamed, as `mv` does.
            guard let from = entries.randomElement(using: &random),
                  let to = Self.entryIDs.filter({ !entries.contains($0) }).randomElement(using: &random) else { return [] }
            try FileManager.default.moveItem(atPath: site.content + "/glossary/\(from).md", toPath: site.content + "/glossary/\(to).md")
            return [FileChange(path: "glossary/\(from).md", inContent: true), FileChange(path: "glossary/\(to).md", inContent: true)]
        case 28:
            // A glossary entry or a source gets an old id (moved-from) or loses it: a redirect page
            // at glossary/<old>/, a kept source-<old> on sources/, anchors.json in step.
            if random.below(2) == 0, let id = entries.randomElement(using: &random),
               let text = site.read("Content/glossary/\(id).md") {
                let line = "moved-from: [\(id)-old]\n"
                try site.write("Content/glossary/\(id).md",
                               text.contains(line) ? text.replacing(line, with: "") : text.replacing("---\n", with: "---\n" + line, maxReplacements: 1))
                return [FileChange(path: "glossary/\(id).md", inContent: true)]
            }
            let text = site.read("Content/sources.yaml") ?? SampleContent.sourcesYAML
            let line = "  moved-from: [un-2023]\n"
            try site.write("Content/sources.yaml",
                           text.contains(line) ? text.replacing(line, with: "") : text.replacing("un-report:\n", with: "un-report:\n" + line))
            return [FileChange(path: "sources.yaml", inContent: true)]
        case 24:
            // An entry's dates and relations: its timeline, its diagram, timeline/ and the pages of the
            // entries it names follow them.
            guard let id = entries.randomElement(using: &random) else { return [] }
            var front = "---\nname: \"\(Self.names[id] ?? id)\"\nkind: state\naliases: [\(Self.ownAliases[id].map { "\"\($0)\"" } ?? "")]\nsummary: \"An entry.\"\n"
            if random.below(3) > 0 {
                front += "dates:\n  in-force: 2024-0\(1 + random.below(9))\n"
                if random.below(2) == 0 { front += "  signed: 202\(random.below(5))\n" }
            }
            let others = Self.entryIDs.filter { $0 != id }
            if random.below(2) == 0 { front += "parties: [\(random.pick(others))]\n" }
            if random.below(2) == 0 { front += "related: [\(random.pick(others))]\n" }
            try site.write("Content/glossary/\(id).md", front + "---\nBody text.\n")
            return [FileChange(path: "glossary/\(id).md", inContent: true)]
        case 25:
            return try applyTrustEdit(to: site, &random)
        case 26:
            // Prose conventions (issue 18): a footnote (now and then unused: a warning) with
            // struck-out words, or a plain pipe table.
            if random.below(2) == 0 {
                // A footnote, now and then never referenced (a warning), and struck-out words.
                guard let slug = existing.randomElement(using: &random),
                      let text = site.read("Content/briefings/\(slug).md") else { return [] }
                let label = "n\(random.below(3))"
                let reference = random.below(6) == 0 ? "" : "[^\(label)]"
                // Always defined: an undefined footnote is an error that would last until this briefing
                // is picked again, starving the run of successful rebuilds (the catalogue covers it).
                let definition = "\n[^\(label)]: On \(random.pick(Array(Self.names.values))), see [a paper](cite:un-report).\n"
                // The briefing's earlier footnote goes, so that the labels stay unique.
                let kept = text.components(separatedBy: "\nNoted").first ?? text
                try site.write("Content/briefings/\(slug).md",
                               kept + "\nNoted\(reference) and ~~struck \(random.below(9))~~ words.\n\(definition)")
                return [FileChange(path: "briefings/\(slug).md", inContent: true)]
            } else {
                // A plain pipe table whose cells mention entries and cite a source.
                guard let slug = existing.randomElement(using: &random),
                      let text = site.read("Content/briefings/\(slug).md") else { return [] }
                let table = "| Actor | Role |\n|:--|--:|\n| \(random.pick(Array(Self.names.values) + Self.aliases)) | "
                    + "[cited](cite:\(random.pick(["un-report", "think-tank", "newspaper"]))) \(random.below(9)) |\n"
                try site.write("Content/briefings/\(slug).md", text + "\n" + table)
                return [FileChange(path: "briefings/\(slug).md", inContent: true)]
            }
        default:
            try site.write("Content/site.yaml", SampleContent.siteYAML.replacingOccurrences(of: "paginate: 2",
                                                                                           with: "paginate: \(1 + random.below(3))"))
            return [FileChange(path: "site.yaml", inContent: true), FileChange(path: "briefings/.alpha.md.swp", inContent: true)]
        }
    }

    /// One edit of the trust keys (DESIGN §7) or of `Content/pages/`.
    private func applyTrustEdit(to site: ScratchSite, _ random: inout Random) throws -> [FileChange] {
        switch random.below(3) {
        case 0:
            // A briefing with the trust keys: reviews, updates, a claim's history and appearance.
            let slug = random.pick(Self.slugs)
            let work = random.pick(["un-report", "think-tank", "newspaper"])
            let trust = """
                reviews: \(work)
                updates:
                  - date: 2024-11-0\(1 + random.below(9))
                    kind: \(random.pick(["correction", "update"]))
                    text: "Fixed [a figure](cite:\(random.pick(["un-report", "newspaper"]))) \(random.below(9))."
                claims:
                  main:
                    status: supported
                    sources: [un-report]
                    appearance: [\(random.pick(["think-tank", "newspaper"]))]
                    history:
                      - date: 2024-10-0\(1 + random.below(9))
                        status: unverified
                        note: "Was *unclear* \(random.below(9))."
                      - date: 2024-10-2\(random.below(9))
                        status: supported

                """
            // Dated on the first: updates are never before the briefing (that is an error of its own).
            let text = SampleContent.briefing(title: "Checked \(random.below(5))", date: "2024-11-01",
                                              body: "[A claim](claim:main) about \(random.pick(Array(Self.names.values))).")
                .replacing("claims:\n  main:\n    status: supported\n    sources: [un-report]\n", with: trust, maxReplacements: 1)
            try site.write("Content/briefings/\(slug).md", text)
            return [FileChange(path: "briefings/\(slug).md", inContent: true)]
        case 1:
            // Sources graded: kinds, reliability letters, a repost of another source.
            func grade() -> String {
                "  kind: \(random.pick(["primary", "wire", "state-media", "analysis"]))\n  reliability: \(random.pick(["A", "B", "D", "F"]))\n"
            }
            var yaml = SampleContent.sourcesYAML.replacingOccurrences(of: "  title: \"A UN report\"\n",
                                                                      with: "  title: \"A UN report\"\n" + grade())
            if random.below(2) == 0 {
                yaml = yaml.replacingOccurrences(of: "  title: \"A newspaper story\"\n",
                                                 with: "  title: \"A newspaper story\"\n  kind: repost\n  original: un-report\n")
            }
            try site.write("Content/sources.yaml", yaml)
            return [FileChange(path: "sources.yaml", inContent: true)]
        default:
            // A page of `Content/pages/` written (in the header or not) or deleted; methodology.md retitles methodology/.
            let path = random.pick(["pages/about.md", "pages/methodology.md"])
            if site.read("Content/" + path) != nil && random.below(3) == 0 {
                try site.delete("Content/" + path)
            } else {
                let nav = random.below(2) == 0 ? "nav: \(1 + random.below(3))\n" : ""
                try site.write("Content/" + path, "---\ntitle: \"Page \(random.below(9))\"\n\(nav)---\nWho we are, \(random.below(99)).\n")
            }
            return [FileChange(path: path, inContent: true)]
        }
    }
}

extension Array {
    func randomElement(using random: inout IncrementalBuildPropertyTests.Random) -> Element? {
        isEmpty ? nil : self[random.below(count)]
    }
}

/// The rebuilds a new user tries first, each against a fresh full build.
@Suite struct IncrementalBuildCaseTests {
    /// Deleting a static file while `serve` runs removes it from the preview (it used to stay,
    /// because a rebuild kept every file the change was predicted not to reach).
    @Test func deletedStaticAndAssetFilesLeaveThePreview() throws {
        var content = SampleContent.initial
        content["static/hello.txt"] = "hello\n"
        content["assets/docs/a.pdf"] = "pdf"
        let site = try ScratchSite(content: content)
        defer { site.remove() }
        try site.write("Templates/assets/extra.css", "/* extra */\n")
        let request = BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                   outputDirectory: site.root + "/preview", options: BuildOptions(includeDrafts: true))
        var builder = IncrementalBuilder(request: request)
        #expect(builder.build().outcome == .success)
        #expect(FileManager.default.fileExists(atPath: site.root + "/preview/hello.txt"))
        #expect(FileManager.default.fileExists(atPath: site.root + "/preview/assets/extra.css"))
        try site.delete("Content/static/hello.txt")
        try site.delete("Content/assets/docs/a.pdf")
        try site.delete("Templates/assets/extra.css")
        let report = builder.rebuild(after: [FileChange(path: "static/hello.txt", inContent: true),
                                             FileChange(path: "assets/docs/a.pdf", inContent: true),
                                             FileChange(path: "assets/extra.css", inContent: false)])
        #expect(report?.outcome == .success)
        #expect(report?.changedPaths == ["assets/content/docs/a.pdf", "assets/extra.css", "hello.txt"])
        let tree = ScratchSite.tree(site.root + "/preview")
        #expect(tree["hello.txt"] == nil && tree["assets/extra.css"] == nil && tree["assets/content/docs/a.pdf"] == nil)
        #expect(SiteBuilder().build(BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                                 outputDirectory: site.root + "/full",
                                                 options: BuildOptions(includeDrafts: true))).outcome == .success)
        #expect(tree == ScratchSite.tree(site.root + "/full"))
    }

    /// Every page links the stylesheet by an address holding its content hash, and that address is
    /// part of every page's input: a saved style.css rewrites every HTML page that loads it (not a
    /// redirect page, which shows only the icon), while a template asset no page links (extra.js)
    /// rewrites itself alone.
    @Test func aStylesheetEditRewritesEveryPage() throws {
        var content = SampleContent.initial
        content["briefings/alpha.md"] = content["briefings/alpha.md"]?
            .replacingOccurrences(of: "title: \"Alpha\"", with: "title: \"Alpha\"\nmoved-from: [first]")
        let site = try ScratchSite(content: content)
        defer { site.remove() }
        try site.write("Templates/assets/extra.js", "// extra\n")
        let request = BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                   outputDirectory: site.root + "/preview", options: BuildOptions(includeDrafts: true))
        var builder = IncrementalBuilder(request: request)
        #expect(builder.build().outcome == .success)
        let html = ScratchSite.tree(site.root + "/preview").keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(html.contains("briefings/first/index.html") && html.contains("404.html"))

        try site.write("Templates/assets/extra.js", "// extra, changed\n")
        let script = builder.rebuild(after: [FileChange(path: "assets/extra.js", inContent: false)])
        #expect(script?.changedPaths == ["assets/extra.js"])

        let style = (site.read("Templates/assets/style.css") ?? "") + "\n/* changed */\n"
        try site.write("Templates/assets/style.css", style)
        let rebuilt = builder.rebuild(after: [FileChange(path: "assets/style.css", inContent: false)])
        let report = try #require(rebuilt)
        #expect(report.outcome == .success)
        #expect(report.changedPaths.filter { $0.hasSuffix(".html") } == html.filter { $0 != "briefings/first/index.html" })
        #expect(report.changedPaths.contains("assets/style.css"))
        #expect(!report.changedPaths.contains("anchors.json") && !report.changedPaths.contains("feed.xml"))
        #expect(SiteBuilder().build(BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                                 outputDirectory: site.root + "/full",
                                                 options: BuildOptions(includeDrafts: true))).outcome == .success)
        #expect(ScratchSite.tree(site.root + "/preview") == ScratchSite.tree(site.root + "/full"))
    }

    /// An image's width and height come from its file: editing the file alone changes them on the
    /// page that shows it, as in a full build.
    @Test func anEditedImageGivesItsNewSize() throws {
        var content = SampleContent.initial
        content["assets/chart.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"20\"></svg>\n"
        let site = try ScratchSite(content: content)
        defer { site.remove() }
        let text = try #require(site.read("Content/briefings/gamma.md"))
        try site.write("Content/briefings/gamma.md", text + "\n![A chart](assets/chart.svg)\n")
        let request = BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                   outputDirectory: site.root + "/preview", options: BuildOptions(includeDrafts: true))
        var builder = IncrementalBuilder(request: request)
        #expect(builder.build().outcome == .success)
        let page = { site.read("preview/briefings/gamma/index.html") ?? "" }
        #expect(page().contains("width=\"10\" height=\"20\""))
        try site.write("Content/assets/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30\" height=\"40\"></svg>\n")
        let report = builder.rebuild(after: [FileChange(path: "assets/chart.svg", inContent: true)])
        #expect(report?.outcome == .success)
        #expect(page().contains("width=\"30\" height=\"40\""), "\(page())")
        #expect(report?.changedPaths.contains("briefings/gamma/index.html") == true)
    }

    /// A paragraph edit renders the briefing's own page and, of the rest, only the search page and
    /// the few index files holding the words it changed.
    @Test func aParagraphEditRendersOnePage() throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        let request = BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                   outputDirectory: site.root + "/preview", options: BuildOptions(includeDrafts: true))
        var builder = IncrementalBuilder(request: request)
        #expect(builder.build().outcome == .success)
        let text = try #require(site.read("Content/briefings/gamma.md"))
        try site.write("Content/briefings/gamma.md", text + "\nA plain paragraph.\n")
        let report = builder.rebuild(after: [FileChange(path: "briefings/gamma.md", inContent: true)])
        let changed = try #require(report?.changedPaths)
        #expect(changed.filter { !$0.hasPrefix("search/") } == ["briefings/gamma/index.html"])
        #expect(changed.contains("search/index.html") && changed.filter { $0.hasPrefix("search/") }.count <= 10)
        #expect(report?.renderedPages ?? 99 <= changed.count)
    }

    /// As the preview rebuilds: a paragraph edit writes the briefing's page first and leaves the
    /// search index, which `finishSearch` then writes; only then does the folder equal a full build.
    @Test func aDeferredIndexIsWrittenByFinishSearch() throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        let request = BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                   outputDirectory: site.root + "/preview", options: BuildOptions(includeDrafts: true))
        var builder = IncrementalBuilder(request: request, defersSearch: true)
        #expect(builder.build().outcome == .success)
        #expect(builder.finishSearch() == nil, "the first build makes its index itself")
        let text = try #require(site.read("Content/briefings/gamma.md"))
        try site.write("Content/briefings/gamma.md", text + "\nA plain paragraph about kestrels.\n")
        let rebuilt = builder.rebuild(after: [FileChange(path: "briefings/gamma.md", inContent: true)])
        let pages = try #require(rebuilt)
        #expect(pages.changedPaths == ["briefings/gamma/index.html"])
        #expect(SiteBuilder().build(BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                                 outputDirectory: site.root + "/full",
                                                 options: BuildOptions(includeDrafts: true))).outcome == .success)
        #expect(ScratchSite.tree(site.root + "/preview") != ScratchSite.tree(site.root + "/full"))
        let finished = builder.finishSearch()
        let search = try #require(finished)
        #expect(search.outcome == .success)
        #expect(!search.changedPaths.isEmpty && search.changedPaths.allSatisfy { $0.hasPrefix("search/") }, "\(search.changedPaths)")
        #expect(ScratchSite.tree(site.root + "/preview") == ScratchSite.tree(site.root + "/full"))
        #expect(builder.finishSearch() == nil)
    }

    /// On a site of hundreds of index files, one paragraph edited rewrites a handful of them: the
    /// bucket holding the paragraph, the chunks and shards of the words it changed (old names
    /// deleted, new ones written), the manifest and the search page — and the preview still equals
    /// a full build.
    @Test func aParagraphEditRewritesAFewIndexFiles() throws {
        var content = SampleContent.initial
        let vocabulary = (0..<1_500).map { "term\(String($0, radix: 36))q" }
        for n in 0..<150 {
            var body = "[A claim](claim:main).\n"
            for p in 0..<6 {
                if p % 2 == 0 { body += "\n## Part \(p / 2)\n" }
                let words: [String] = (0..<30).map { (k: Int) -> String in vocabulary[(n * 37 + p * 101 + k * 13) % vocabulary.count] }
                body += "\n" + words.joined(separator: " ") + ".\n"
            }
            content["briefings/bulk-\(n).md"] = SampleContent.briefing(title: "Bulk \(n)", body: body)
        }
        let site = try ScratchSite(content: content)
        defer { site.remove() }
        let request = BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                   outputDirectory: site.root + "/preview", options: BuildOptions(includeDrafts: true))
        var builder = IncrementalBuilder(request: request)
        #expect(builder.build().outcome == .success)
        let indexFiles = ScratchSite.tree(site.root + "/preview").keys.filter { $0.hasPrefix("search/") }
        #expect(indexFiles.count > 300)
        let text = try #require(site.read("Content/briefings/bulk-42.md"))
        let word = vocabulary[(42 * 37 + 2 * 101 + 5 * 13) % vocabulary.count]
        try site.write("Content/briefings/bulk-42.md", text.replacingOccurrences(of: " " + word + " ", with: " kestrelword "))
        let report = builder.rebuild(after: [FileChange(path: "briefings/bulk-42.md", inContent: true)])
        #expect(report?.outcome == .success)
        let changed = try #require(report?.changedPaths)
        let changedIndex = changed.filter { $0.hasPrefix("search/") }
        #expect(changed.filter { !$0.hasPrefix("search/") } == ["briefings/bulk-42/index.html"])
        #expect(changedIndex.count >= 3 && changedIndex.count <= 14, "\(changedIndex)")
        #expect(changedIndex.filter { $0.hasPrefix("search/r/") }.count == 1)
        #expect(SiteBuilder().build(BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                                 outputDirectory: site.root + "/full",
                                                 options: BuildOptions(includeDrafts: true))).outcome == .success)
        #expect(ScratchSite.tree(site.root + "/preview") == ScratchSite.tree(site.root + "/full"))
    }
}
