/// Page + templates → bytes: one page at a time, appended to a buffer the caller reuses. It sees
/// nothing but the page's input and the templates, so equal inputs give equal bytes.
public struct PageRenderer: Sendable {
    /// What it renders with, held once: a renderer is copied into every lazy field that needs its
    /// words (`TemplateLazy`), and a copy of all of it was a retain per property.
    private let state: State

    private final class State: Sendable {
        let templates: MustacheTemplates
        let words: InterfaceText
        let pictureWords: PictureWords
        let templateWords: TemplateValue
        let languages: [String: PageRenderer]
        let claimCache: ClaimFieldsCache?

        init(templates: MustacheTemplates, words: InterfaceText, languages: [String: PageRenderer], keepsClaims: Bool) {
            self.templates = templates
            self.words = words
            pictureWords = PictureWords(words)
            templateWords = words.templateValue
            self.languages = languages
            claimCache = keepsClaims ? ClaimFieldsCache() : nil
        }
    }

    var templates: MustacheTemplates { state.templates }
    /// The interface words of the pages' language (DESIGN §8): `words` for pages whose language
    /// `tables` does not hold, else the language's table (`inLanguage`).
    var words: InterfaceText { state.words }
    /// The words the pictures print, taken from `words` once.
    var pictureWords: PictureWords { state.pictureWords }
    /// `words` as every page's context holds it, made once.
    var templateWords: TemplateValue { state.templateWords }
    /// A renderer for each language the tables know, by code: pages pick theirs by their head's language.
    private var languages: [String: PageRenderer] { state.languages }
    /// The fields of the claims rendered before, with these words (`keepsClaims`); nil: none kept.
    var claimCache: ClaimFieldsCache? { state.claimCache }

    /// `keepsClaims`: keep each claim's template fields for the next pages that show it (the
    /// preview, which renders the same claims after every save).
    public init(templates: MustacheTemplates, words: InterfaceText = .english, tables: InterfaceTables = InterfaceTables(),
                keepsClaims: Bool = false) {
        let languages = tables.tables.mapValues { table in
            PageRenderer(state: State(templates: templates, words: table, languages: [:], keepsClaims: keepsClaims))
        }
        state = State(templates: templates, words: words, languages: languages, keepsClaims: keepsClaims)
    }

    private init(state: State) {
        self.state = state
    }

    /// The renderer of `code`'s words (this one when no table is known for it).
    func inLanguage(_ code: String?) -> PageRenderer {
        guard let code, let renderer = languages[code] else { return self }
        return renderer
    }

    /// What rendering a page gave.
    public enum Output: Equatable {
        /// The page's bytes are in the buffer.
        case rendered
        /// The file is a copy of `source`, made by the writer.
        case copy(source: String)
        /// The template the page needs is missing (the template loader has reported it).
        case missingTemplate(String)
    }

    /// Renders `page` into `buffer`, which it empties first.
    public func render(_ page: Page, into buffer: inout [UInt8]) -> Output {
        buffer.removeAll(keepingCapacity: true)
        switch page.input {
        case .copy(let file):
            return .copy(source: file.source)
        case .bytes(let bytes):
            buffer.append(contentsOf: bytes)
            return .rendered
        case .searchIndex(let index):
            buffer.append(contentsOf: index.text.utf8)
            return .rendered
        case .anchors(let manifest):
            buffer.append(contentsOf: manifest.json.utf8)
            return .rendered
        default:
            let renderer = inLanguage(page.input.head?.settings.language)
            guard let (template, context) = renderer.templateAndContext(page.input) else { return .rendered }
            guard templates.render(template, root: .object(context), appendingTo: &buffer) else {
                return .missingTemplate(template)
            }
            Self.removeForbiddenCharacters(&buffer)
            return .rendered
        }
    }

    /// The template a page is rendered with, and its context (`TemplateSpecimen` takes its shapes from here too).
    func templateAndContext(_ input: PageInput) -> (String, TemplateFields)? {
        switch input {
        case .briefing(let page): ("briefing", briefingContext(page))
        case .glossaryEntry(let page): ("glossary-entry", entryContext(page))
        case .glossaryIndex(let page): ("glossary-index", glossaryIndexContext(page))
        case .briefingList(let page): page.kind == .home ? ("home", listContext(page)) : ("tag", listContext(page))
        case .tagIndex(let page): ("tags", tagIndexContext(page))
        case .claimsIndex(let page): ("claims-index", claimsIndexContext(page))
        case .claimList(let page): ("claims-status", claimListContext(page))
        case .timeline(let page): ("timeline", timelineContext(page))
        case .sources(let page): ("sources", sourcesContext(page))
        case .search(let page): ("search", searchContext(page))
        case .notFound(let page): ("404", notFoundContext(page))
        case .feed(let file): ("feed", feedContext(file))
        case .sitemap(let file): ("sitemap", sitemapContext(file))
        case .robots(let file): ("robots", ["sitemap": .text(file.baseURL + "sitemap.xml")])
        case .methodology(let page): ("methodology", methodologyContext(page))
        case .corrections(let page): ("corrections", correctionsContext(page))
        case .correctionsFeed(let file): ("corrections-feed", correctionsFeedContext(file))
        case .contentPage(let page): ("page", contentPageContext(page))
        case .redirect(let page): ("redirect", redirectContext(page))
        case .copy, .bytes, .searchIndex, .anchors: nil
        }
    }

    /// How a page links: relative from its folder, or absolute from the base URL.
    func links(_ head: PageHead) -> LinkContext {
        head.absoluteLinks ? LinkContext(rootPrefix: head.settings.baseURL, portable: false, language: head.settings.languageLinks)
            : LinkContext(pagePath: head.path, portable: head.settings.portable, language: head.settings.languageLinks)
    }

    /// The context every page shares: the site, the page's own metadata, links to the main sections,
    /// the interface words, and the hover cards of the glossary entries it links.
    func chrome(_ head: PageHead, cards: [GlossaryCard] = []) -> TemplateFields {
        let settings = head.settings
        let links = self.links(head)
        var siteFields: TemplateFields = ["title": .text(settings.title), "language": .text(settings.language)]
        siteFields.setIfPresent("description", settings.description)
        var pageFields: TemplateFields = [
            "title": .text(head.title),
            "canonical": .text(settings.baseURL + settings.languageLinks.folder + head.path),
            "isHome": .bool(head.path.isEmpty),
        ]
        pageFields.setIfPresent("description", head.description ?? settings.description)
        var context: TemplateFields = [
            "site": .object(siteFields),
            "page": .object(pageFields),
            "links": .object([
                "home": .text(links.page("")),
                "glossary": .text(links.page("glossary/")),
                "sources": .text(links.page("sources/")),
                "claims": .text(links.page("claims/")),
                "tags": .text(links.page("tags/")),
                "search": .text(links.page("search/")),
                "timeline": .text(links.page("timeline/")),
                "methodology": .text(links.page(MethodologyAnchors.path)),
                "corrections": .text(links.page("corrections/")),
                "feed": .text(links.languageFile("feed.xml")),
                // Versioned: a cache never pairs new pages with an old stylesheet (DESIGN §7).
                "stylesheet": .text(settings.assets.address("assets/style.css", links: links)),
                "script": .text(settings.assets.address("assets/briefing.js", links: links)),
                "icon": .text(settings.assets.address("assets/icon.svg", links: links)),
            ]),
            "navPages": .list(settings.navPages.map { .object(["title": .text($0.title), "href": .text(links.page($0.path))]) }),
        ]
        if !cards.isEmpty {
            context["glossaryData"] = .html(cardData(cards, links: links))
            context["cardWords"] = .html(cardWords)
        }
        addLanguages(head, links: links, to: &context)
        context["words"] = templateWords
        return context
    }

    /// The words `briefing.js` puts on a hover card, as JSON (`{"entry":…,"entryNamed":…}`, `{name}`
    /// filled in there), so that the script has no words of its own, as `search.js` has none.
    var cardWords: String {
        JSONValue.object([("entry", .string(words.text("card.entry"))),
                          ("entryNamed", .string(words.text("card.entryNamed")))]).serialized
    }

    /// The hover-card data a page embeds for the entries it links, as JSON:
    /// `{"<id>":{"name":…,"kind":…,"summary":…,"href":…}}`, keys sorted, `href` relative to the page.
    /// The script reads it without a request, so cards work from `file://` too.
    /// Written straight to bytes (`JSONWriter`): building a `JSONValue` first was most of this
    /// function's time, for every page (a briefing page embeds 10–12 kB of it).
    func cardData(_ cards: [GlossaryCard], links: LinkContext) -> String {
        var json = JSONWriter(capacity: cards.count * 256 + 2)
        json.object { json in
            for card in cards {
                json.key(card.id)
                json.object { json in
                    json.field("name", card.name)
                    json.field("kind", card.kindLabel)
                    json.field("summary", card.summary)
                    json.field("href", links.glossaryEntry(card.id))
                }
            }
        }
        return json.string
    }

    /// XML 1.0 forbids most C0 controls (and U+FFFE, U+FFFF) even as character references, and HTML
    /// calls them parse errors, so an editor's stray control character would make the feed unreadable
    /// and the page invalid: they are left out of every generated file. U+FFFE and U+FFFF are the
    /// bytes EF BF BE and EF BF BF.
    static func removeForbiddenCharacters(_ bytes: inout [UInt8]) {
        func forbiddenAt(_ index: Int) -> Int {
            let byte = bytes[index]
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return 1 }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return 3 }
            return 0
        }
        // Almost every page has none: one plain pass over the bytes looks for a byte that may start one.
        let candidate = bytes.withUnsafeBytes(firstCandidate)
        guard let candidate, let first = bytes[candidate...].indices.first(where: { forbiddenAt($0) > 0 }) else { return }
        var write = first, read = first
        while read < bytes.count {
            let skip = forbiddenAt(read)
            if skip > 0 {
                read += skip
            } else {
                bytes[write] = bytes[read]
                write += 1
                read += 1
            }
        }
        bytes.removeLast(bytes.count - write)
    }

    /// The first byte that may start a forbidden character: a C0 control but tab, newline and
    /// return, DEL, or EF. Eight bytes at a time (a claims page is 150 kB): a word is looked at byte
    /// by byte only when `mayHoldCandidate` says it may hold one.
    static func firstCandidate(_ raw: UnsafeRawBufferPointer) -> Int? {
        func isCandidate(_ byte: UInt8) -> Bool {
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xEF
        }
        var index = 0
        while index + 8 <= raw.count {
            if mayHoldCandidate(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                for offset in index..<(index + 8) where isCandidate(raw[offset]) { return offset }
            }
            index += 8
        }
        while index < raw.count {
            if isCandidate(raw[index]) { return index }
            index += 1
        }
        return nil
    }

    /// Whether a byte of `word` is below 0x20, DEL or EF: never false when one is (a newline makes
    /// it true too; the caller then looks at each byte).
    static func mayHoldCandidate(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func anyZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let below20 = (word &- ones &* 0x20) & ~word & highs
        return (below20 | anyZero(word ^ (ones &* 0x7F)) | anyZero(word ^ (ones &* 0xEF))) != 0
    }
}
