/// `--since`: what a published `anchors.json` promised that the new site breaks (DESIGN §7). Pure:
/// the old manifest, the new one, and where the new site's pages come from, in; diagnostics out.
public struct AnchorComparison: Sendable {
    /// What the new site knows about its pages beyond their ids.
    public struct Origins: Sendable {
        /// Page path → the file that makes it (a briefing's or entry's `.md`, `sources.yaml`), for every
        /// page whose content still exists, left out of this build or not.
        public var files: [String: String]
        /// Page path → why it is left out of this build (`is a draft`, `is scheduled for …`).
        public var leftOut: [String: String]
        /// Old page path → the page its redirect leads to (`moved-from`).
        public var redirects: [String: String]

        public init(files: [String: String] = [:], leftOut: [String: String] = [:], redirects: [String: String] = [:]) {
            self.files = files
            self.leftOut = leftOut
            self.redirects = redirects
        }
    }

    public var published: PublishedAnchors
    public var current: AnchorManifest
    public var origins: Origins

    public init(published: PublishedAnchors, current: AnchorManifest, origins: Origins) {
        self.published = published
        self.current = current
        self.origins = origins
    }

    /// Every published page or citable id the new site lacks (errors), and every vanished heading
    /// slug (a warning: links to it land at the top of the page), in page order.
    public func diagnostics() -> Diagnostics {
        var diagnostics = Diagnostics()
        for page in published.manifest.pages.keys.sorted() {
            let oldIDs = published.manifest.pages[page] ?? []
            // A redirect keeps the fragment, so the ids must be on the page it leads to.
            let target = current.pages[page] != nil ? page : origins.redirects[page]
            guard let target, let newIDs = current.pages[target] else {
                missingPage(page, &diagnostics)
                continue
            }
            let present = Set(newIDs)
            let missing = oldIDs.filter { !present.contains($0) }
            let missingSet = Set(missing)
            let location = origins.files[target].map { SourceLocation(file: $0, line: 1) } ?? published.location(of: page)
            let shown = target == page ? "'\(page)'" : "'\(target)' (moved from '\(page)')"
            for id in missing {
                switch Self.kind(of: id) {
                case .claim(let claim):
                    diagnostics.error("claim '\(claim)' (#\(id)) published on \(shown) is gone", at: location,
                                      hint: "if it was renamed, add 'moved-from: [\(claim)]' to the claim that replaces it")
                case .note(let claim):
                    // One error per claim: its note goes with its mark.
                    if missingSet.contains("claim-\(claim)") { continue }
                    diagnostics.error("claim '\(claim)' (#\(id)) published on \(shown) is gone", at: location,
                                      hint: "if it was renamed, add 'moved-from: [\(claim)]' to the claim that replaces it")
                case .update:
                    diagnostics.error("update '#\(id)' published on \(shown) is gone", at: location,
                                      hint: "a published correction stays; add a new update instead")
                case .source(let source):
                    diagnostics.error("source '\(source)' (#\(id)) published on \(shown) is gone", at: location,
                                      hint: "if it was renamed, add 'moved-from: [\(source)]' to the source that replaces it")
                case .heading:
                    diagnostics.warning("heading '#\(id)' published on \(shown) is gone: links to it land at the top of the page",
                                        at: location)
                }
            }
        }
        return diagnostics
    }

    private func missingPage(_ page: String, _ diagnostics: inout Diagnostics) {
        let (kind, old) = Self.describe(page)
        if let file = origins.files[page], let reason = origins.leftOut[page] {
            diagnostics.error("published page '\(page)' is left out of this build: the \(kind) \(reason)",
                              at: SourceLocation(file: file, line: 1),
                              hint: "publish it again, or give the \(kind) that replaces it 'moved-from: [\(old)]'")
            return
        }
        let hint = kind == "page" ? "restore it" : "add 'moved-from: [\(old)]' to the \(kind) that replaces it"
        diagnostics.error("published page '\(page)' is gone from the new site", at: published.location(of: page), hint: hint)
    }

    /// `briefings/x/` → ("briefing", "x"); `glossary/y/` → ("glossary entry", "y"); anything else a page.
    static func describe(_ page: String) -> (kind: String, old: String) {
        let parts = page.split(separator: "/").map(String.init)
        if parts.count == 2, parts[0] == "briefings" { return ("briefing", parts[1]) }
        if parts.count == 2, parts[0] == "glossary" { return ("glossary entry", parts[1]) }
        return ("page", page)
    }

    enum IDKind: Equatable {
        case claim(String), note(String), update, source(String), heading
    }

    /// What an id is, from its prefix: heading slugs never take the reserved prefixes (DESIGN §3, §8).
    static func kind(of id: String) -> IDKind {
        if id.hasPrefix("claim-") { return .claim(String(id.dropFirst(6))) }
        if id.hasPrefix("note-") { return .note(String(id.dropFirst(5))) }
        if id.hasPrefix("update-") { return .update }
        if id.hasPrefix("source-") { return .source(String(id.dropFirst(7))) }
        return .heading
    }
}
