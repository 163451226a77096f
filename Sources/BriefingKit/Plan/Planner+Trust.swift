/// The trust features' pages (DESIGN §7): `methodology/`, `corrections/` with `corrections.xml`, and
/// `Content/pages/`; and the grade, history, updates and reviewed work other pages show.
extension PlanViews {
    /// The pages with `nav:` in header order (by `nav`, then slug).
    static func navLinks(_ pages: [AnnotatedPage]) -> [NavLink] {
        pages.map(\.page).filter { $0.nav != nil }
            .sorted { ($0.nav ?? 0, $0.slug) < ($1.nav ?? 0, $1.slug) }
            .map { NavLink(title: $0.title, path: $0.slug == StandalonePage.methodologySlug ? MethodologyAnchors.path : $0.slug + "/") }
    }

    static func grade(_ source: Source, _ sources: [String: Source]) -> SourceGrade {
        let original = source.original.flatMap { reference in
            sources[reference.id].map { OriginalSource(id: reference.id, title: $0.title) }
        }
        return SourceGrade(kind: source.kind, reliability: source.reliability, original: original)
    }

    /// The updates of `annotated`, oldest first, numbered from 1.
    func updates(_ annotated: AnnotatedBriefing) -> [UpdateView] { dependencies.updates(annotated) }

    /// `methodology/`: title, summary and introduction from `Content/pages/methodology.md` when there is one.
    func methodologyPage() -> Page {
        let intro = site.pages.first { $0.page.slug == StandalonePage.methodologySlug }
        let path = MethodologyAnchors.path
        let input = MethodologyPage(head: head(path, title: intro?.page.title ?? words.text("title.methodology"),
                                               description: intro?.page.summary),
                                    summary: intro?.page.summary, intro: intro?.bodyHTML)
        return Page(path: path + "index.html", input: .methodology(input))
    }

    /// `corrections/` and `corrections.xml`: every update of the listed briefings, newest first (ties:
    /// listing order, later entry first).
    func correctionsFiles() -> [Page] {
        var all: [(order: Int, update: UpdateView)] = []
        for (order, annotated) in site.briefings.enumerated() {
            all += updates(annotated).map { (order, $0) }
        }
        let newestFirst = all.sorted { a, b in
            if a.update.date != b.update.date { return a.update.date > b.update.date }
            if a.order != b.order { return a.order < b.order }
            return a.update.number > b.update.number
        }.map(\.update)
        let title = words.text("title.corrections")
        let page = CorrectionsPage(head: head("corrections/", title: title), updates: newestFirst)
        let feed = CorrectionsFeedFile(head: head("corrections/", title: title, absoluteLinks: true), updates: newestFirst)
        return [
            Page(path: "corrections/index.html", input: .corrections(page)),
            Page(path: "corrections.xml", input: .correctionsFeed(feed)),
        ]
    }

    /// The element id of an update's entry on `corrections/`, which the briefing's entry links back to.
    static func correctionsEntryID(slug: String, number: Int) -> String { "\(slug)--update-\(number)" }

    /// `Content/pages/<slug>.md` at `<slug>/`, all but `methodology` (which supplies `methodology/`).
    func contentPages() -> [Page] {
        site.pages.filter { $0.page.slug != StandalonePage.methodologySlug }.map { annotated in
            let page = annotated.page
            let path = page.slug + "/"
            let input = ContentPage(head: head(path, title: page.title, description: page.summary),
                                    summary: page.summary, body: annotated.bodyHTML)
            return Page(path: path + "index.html", input: .contentPage(input),
                        anchors: annotated.headings.map(\.slug))
        }
    }
}
