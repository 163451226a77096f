/// A timeline drawn to scale: a vertical date axis with ticks, a marker per event at its date, and
/// each event's label in a column beside it, pushed apart so that no two labels overlap; with the
/// same events as an ordered HTML list that the picture names as its description.
public struct TimelinePicture: Sendable, Equatable {
    /// One event as the picture shows it.
    public struct Event: Sendable, Equatable {
        public var date: PartialDate
        /// Plain text, shown (shortened when long) inside the picture.
        public var text: String
        /// The same words as HTML for the list, links kept; Briefing's own markup.
        public var textHTML: String
        /// Where the event leads (a claim's mark, a glossary entry, a briefing); nil: nowhere.
        public var href: String?
        /// The link's words in the list (`claim 3`, an entry's name, a briefing's title); nil with an
        /// `href`: the text itself is the link (so `textHTML` must then hold no link of its own).
        public var targetText: String?
        /// The verdict of the claim the event stands for.
        public var verdict: ClaimStatus?

        public init(date: PartialDate, text: String, textHTML: String, href: String? = nil,
                    targetText: String? = nil, verdict: ClaimStatus? = nil) {
            self.date = date
            self.text = text
            self.textHTML = textHTML
            self.href = href
            self.targetText = targetText
            self.verdict = verdict
        }
    }

    public var events: [Event]
    /// The picture's accessible name.
    public var title: String
    /// Prefix of the element ids (`<prefix>-title`, `<prefix>-events`).
    public var idPrefix: String
    /// The list newest first (the site-wide page); otherwise oldest first.
    public var newestFirst: Bool

    public init(events: [Event], title: String, idPrefix: String = "timeline", newestFirst: Bool = false) {
        self.events = events
        self.title = title
        self.idPrefix = idPrefix
        self.newestFirst = newestFirst
    }

    // Geometry, in pixels of the viewBox (1:1 with CSS pixels at the picture's natural width).
    static let width = 640.0
    static let axisX = 112.0
    static let labelX = 140.0
    static let top = 22.0
    static let labelFont = 13.0
    static let tickFont = 12.0
    static let rowHeight = 22.0
    static let minimumTickGap = 26.0

    /// Events by date, partial dates before the exact dates in them, ties in the order given.
    var sortedEvents: [Event] {
        events.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    /// The figure: the SVG and the list, in `words`. Empty when there are no events.
    public func html(words: PictureWords) -> String {
        guard !events.isEmpty else { return "" }
        let sorted = sortedEvents
        let titleID = "\(idPrefix)-title", listID = "\(idPrefix)-events"
        var out = "<figure class=\"picture picture--timeline\">\n"
        out += "<div class=\"picture__scroll\" tabindex=\"0\" role=\"group\" aria-labelledby=\"\(titleID)\">\n"
        out += svg(sorted, titleID: titleID, listID: listID, words: words)
        out += "</div>\n"
        out += list(newestFirst ? sorted.reversed() : sorted, listID: listID, words: words)
        out += "</figure>\n"
        return out
    }

    /// Where each event's label goes: centred on its date where there is room, else pushed apart
    /// by whole rows (clusters of labels centred on their dates, merged until none overlap).
    static func labelCentres(_ ideal: [Double], minimum: Double, row: Double) -> [Double] {
        var clusters: [(first: Int, count: Int, sum: Double)] = []
        func start(_ c: (first: Int, count: Int, sum: Double)) -> Double { max(minimum, c.sum / Double(c.count)) }
        for (index, centre) in ideal.enumerated() {
            clusters.append((index, 1, centre))
            while clusters.count > 1 {
                let last = clusters[clusters.count - 1], previous = clusters[clusters.count - 2]
                guard start(previous) + Double(previous.count) * row > start(last) else { break }
                // The merged cluster's start is the mean of each label's wish minus its offset in the cluster.
                var sum = previous.sum
                for k in 0..<last.count { sum += ideal[last.first + k] - Double(previous.count + k) * row }
                clusters.removeLast(2)
                clusters.append((previous.first, previous.count + last.count, sum))
            }
        }
        var centres: [Double] = []
        for cluster in clusters {
            let first = start(cluster)
            for k in 0..<cluster.count { centres.append(first + Double(k) * row) }
        }
        return centres
    }

    private func svg(_ sorted: [Event], titleID: String, listID: String, words: PictureWords) -> String {
        typealias T = TimelinePicture
        let days = sorted.map { DateScale.dayNumber($0.date) }
        // Long enough to show a span's shape with few events, and at most about a screen; one event needs little.
        let axisLength = sorted.count == 1 ? 100 : min(560, max(200, Double(sorted.count) * 32))
        let scale = DateScale(covering: days, start: T.top, length: axisLength)
        let ideal = days.map(scale.position)
        let centres = T.labelCentres(ideal, minimum: T.top, row: T.rowHeight)
        let bottom = max(T.top + axisLength, (centres.last ?? 0) + T.rowHeight / 2) + T.top
        let number = SVGText.number, escape = SVGText.escape
        var out = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(T.width)) \(number(bottom))\""
        out += " width=\"\(number(T.width))\" height=\"\(number(bottom))\" aria-labelledby=\"\(titleID)\""
        out += " aria-describedby=\"\(listID)\">\n"
        out += "<title id=\"\(titleID)\">\(escape(title))</title>\n"
        out += "<line class=\"timeline__axis\" x1=\"\(number(T.axisX))\" y1=\"\(number(T.top))\" x2=\"\(number(T.axisX))\""
        out += " y2=\"\(number(T.top + axisLength))\"/>\n"
        for tick in scale.ticks(minimumGap: T.minimumTickGap, words: words) {
            let y = scale.position(tick.day)
            out += "<line class=\"timeline__tick\" x1=\"\(number(T.axisX - 6))\" y1=\"\(number(y))\""
            out += " x2=\"\(number(T.axisX))\" y2=\"\(number(y))\"/>"
            out += "<text class=\"timeline__tick-label\" x=\"\(number(T.axisX - 10))\" y=\"\(number(y + 4))\""
            out += " font-size=\"\(number(T.tickFont))\" text-anchor=\"end\">\(escape(tick.label))</text>\n"
        }
        let maxWidth = T.width - T.labelX - 8
        for (index, event) in sorted.enumerated() {
            let y = ideal[index], centre = centres[index]
            let date = words.short(event.date) + "  "
            let verdict = event.verdict.map { " · " + words.verdict($0) } ?? ""
            let room = maxWidth - TextWidth.of(date, fontSize: T.labelFont) - TextWidth.of(verdict, fontSize: T.labelFont)
            let text = TextWidth.truncated(event.text, fontSize: T.labelFont, maxWidth: room)
            let status = event.verdict.map { " timeline__event--\($0.rawValue)" } ?? ""
            out += event.href.map { "<a class=\"timeline__event\(status)\" href=\"\(escape($0))\">" }
                ?? "<g class=\"timeline__event\(status)\">"
            out += "<title>\(escape(words.long(event.date) + words.colon + event.text + verdict))</title>"
            out += "<path class=\"timeline__leader\" d=\"M\(number(T.axisX + 5)) \(number(y))H\(number(T.axisX + 14))"
            out += "L\(number(T.labelX - 6)) \(number(centre))\"/>"
            out += "<circle class=\"timeline__marker\" cx=\"\(number(T.axisX))\" cy=\"\(number(y))\" r=\"4.5\"/>"
            out += "<text class=\"timeline__label\" x=\"\(number(T.labelX))\" y=\"\(number(centre + 4.5))\""
            out += " font-size=\"\(number(T.labelFont))\"><tspan class=\"timeline__date\">\(escape(date))</tspan>"
            out += escape(text)
            if !verdict.isEmpty { out += "<tspan class=\"timeline__verdict\">\(escape(verdict))</tspan>" }
            out += "</text>"
            out += event.href == nil ? "</g>\n" : "</a>\n"
        }
        out += "</svg>\n"
        return out
    }

    private func list(_ events: [Event], listID: String, words: PictureWords) -> String {
        var out = "<ol class=\"picture__list timeline-list\" id=\"\(listID)\">\n"
        for event in events {
            out += "<li><time datetime=\"\(event.date.description)\">\(SVGText.escape(words.long(event.date)))</time>"
            let pill = event.verdict.map { " <span class=\"verdict verdict--\($0.rawValue)\">\(SVGText.escape(words.verdict($0)))</span>" } ?? ""
            if let href = event.href, event.targetText == nil {
                out += " <span class=\"timeline-list__event\"><a class=\"timeline-list__text\" href=\"\(SVGText.escape(href))\">"
                out += event.textHTML + pill + "</a></span></li>\n"
                continue
            }
            out += " <span class=\"timeline-list__event\"><span class=\"timeline-list__text\">\(event.textHTML)</span>"
            if let href = event.href {
                out += " <a class=\"timeline-list__target\" href=\"\(SVGText.escape(href))\">"
                out += SVGText.escape(event.targetText ?? "") + pill + "</a>"
            } else {
                out += pill
            }
            out += "</span></li>\n"
        }
        out += "</ol>\n"
        return out
    }
}
