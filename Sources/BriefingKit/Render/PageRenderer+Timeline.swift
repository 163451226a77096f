/// The site-wide timeline page; the pictures on briefing and entry pages are drawn with theirs.
extension PageRenderer {
    /// `timeline/`: every dated event, the whole span in the picture, newest first in the list.
    func timelineContext(_ page: SiteTimelinePage) -> TemplateFields {
        var context = chrome(page.head, cards: page.cards)
        if let timeline = page.timeline { context["timeline"] = .html(timeline.html(words: pictureWords)) }
        return context
    }
}
