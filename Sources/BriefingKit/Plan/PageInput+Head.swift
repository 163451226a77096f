extension PageInput {
    /// The head of an HTML page (and of the feeds and redirects that have one); nil for other files.
    /// The planner sets each page's alternates through it once every language is planned.
    var head: PageHead? {
        get {
            switch self {
            case .briefing(let page): page.head
            case .glossaryEntry(let page): page.head
            case .glossaryIndex(let page): page.head
            case .briefingList(let page): page.head
            case .tagIndex(let page): page.head
            case .claimsIndex(let page): page.head
            case .claimList(let page): page.head
            case .timeline(let page): page.head
            case .sources(let page): page.head
            case .search(let page): page.head
            case .notFound(let page): page.head
            case .feed(let file): file.head
            case .methodology(let page): page.head
            case .corrections(let page): page.head
            case .correctionsFeed(let file): file.head
            case .contentPage(let page): page.head
            case .redirect(let page): page.head
            case .searchIndex, .sitemap, .robots, .anchors, .copy, .bytes: nil
            }
        }
        set {
            guard let head = newValue else { return }
            switch self {
            case .briefing(var page): page.head = head; self = .briefing(page)
            case .glossaryEntry(var page): page.head = head; self = .glossaryEntry(page)
            case .glossaryIndex(var page): page.head = head; self = .glossaryIndex(page)
            case .briefingList(var page): page.head = head; self = .briefingList(page)
            case .tagIndex(var page): page.head = head; self = .tagIndex(page)
            case .claimsIndex(var page): page.head = head; self = .claimsIndex(page)
            case .claimList(var page): page.head = head; self = .claimList(page)
            case .timeline(var page): page.head = head; self = .timeline(page)
            case .sources(var page): page.head = head; self = .sources(page)
            case .search(var page): page.head = head; self = .search(page)
            case .notFound(var page): page.head = head; self = .notFound(page)
            case .feed(var file): file.head = head; self = .feed(file)
            case .methodology(var page): page.head = head; self = .methodology(page)
            case .corrections(var page): page.head = head; self = .corrections(page)
            case .correctionsFeed(var file): file.head = head; self = .correctionsFeed(file)
            case .contentPage(var page): page.head = head; self = .contentPage(page)
            case .redirect(var page): page.head = head; self = .redirect(page)
            case .searchIndex, .sitemap, .robots, .anchors, .copy, .bytes: break
            }
        }
    }
}
