/// What a link in Markdown names, read from its scheme (DESIGN §2): the one place the schemes are
/// parsed, for bodies (`BodyScan`) and inline fields (`InlineMarkdown`) alike.
enum LinkTarget: Equatable {
    /// `claim:ID`.
    case claim(String)
    /// `cite:SOURCE`.
    case cite(String)
    /// `term:ID`.
    case term(String)
    /// `briefing:SLUG` or `briefing:SLUG#ANCHOR`.
    case briefing(slug: String, anchor: String?)
    /// Any other destination: a web address, `assets/…`, a misspelt scheme.
    case other

    init(_ url: String) {
        switch URLSafety.scheme(of: url) {
        case "claim": self = .claim(String(url.dropFirst("claim:".count)))
        case "cite": self = .cite(String(url.dropFirst("cite:".count)))
        case "term": self = .term(String(url.dropFirst("term:".count)))
        case "briefing":
            let parts = url.dropFirst("briefing:".count).split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            self = .briefing(slug: String(parts[0]), anchor: parts.count > 1 ? String(parts[1]) : nil)
        default: self = .other
        }
    }
}

/// How the schemes resolve, shared by bodies and inline fields: the checks of their ids and the
/// opening tags they become.
enum LinkResolution {
    /// Whether glossary entry `id` exists; an error naming the nearest one when not, unless the
    /// entry's file could not be read (`unreadable`: that is reported once, as the root cause).
    static func checkTerm(_ id: String, in glossary: [String: GlossaryEntry], unreadable: UnreadableContent,
                          at location: SourceLocation, _ diagnostics: inout Diagnostics) -> Bool {
        guard glossary[id] == nil else { return true }
        if unreadable.glossary.contains(id) { return false }
        diagnostics.error("unknown glossary entry '\(id)'", at: location, hint: NearestName.hint(for: id, in: glossary.keys))
        return false
    }

    /// Whether source `id` exists; an error naming the nearest one when not, unless `sources.yaml`
    /// could not be read in full and names it (`unreadable`).
    static func checkSource(_ id: String, in sources: [String: Source], unreadable: UnreadableContent,
                            at location: SourceLocation, _ diagnostics: inout Diagnostics) -> Bool {
        guard sources[id] == nil else { return true }
        if unreadable.sources.contains(id) { return false }
        diagnostics.error("unknown source '\(id)'", at: location, hint: NearestName.hint(for: id, in: sources.keys))
        return false
    }

    /// `<a class="term" …>` for a link to glossary entry `term`, with the mention's id in a body.
    static func termOpening(_ term: String, anchor: String?, links: LinkContext) -> String {
        let id = anchor.map { " id=\"\($0)\"" } ?? ""
        return "<a class=\"term\"\(id) href=\"\(HTMLEscaping.escape(links.glossaryEntry(term)))\" data-term=\"\(term)\">"
    }

    /// `<a class="cite" …>` for a citation of source `source`, with the citation's id in a body.
    static func citeOpening(_ source: String, anchor: String?, links: LinkContext) -> String {
        let id = anchor.map { " id=\"\($0)\"" } ?? ""
        return "<a class=\"cite\"\(id) href=\"\(HTMLEscaping.escape(links.source(source)))\">"
    }
}
