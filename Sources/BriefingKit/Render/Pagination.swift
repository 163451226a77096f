/// Splits a listing into pages of `size`: page 1 at `base`, page n at `base` + `page/n/`.
struct Pagination<Item> {
    struct Page {
        var number: Int
        var items: ArraySlice<Item>
        /// The page's folder, e.g. `tags/x/page/2/`.
        var path: String
    }

    let pages: [Page]
    let base: String

    init(_ items: [Item], size: Int, base: String) {
        self.base = base
        let size = max(1, size)
        var pages: [Page] = []
        var start = 0
        repeat {
            let end = min(start + size, items.count)
            let number = pages.count + 1
            pages.append(Page(number: number, items: items[start..<end], path: Self.path(base: base, number: number)))
            start = end
        } while start < items.count
        self.pages = pages
    }

    static func path(base: String, number: Int) -> String {
        number == 1 ? base : "\(base)page/\(number)/"
    }
}

extension PageNumber {
    /// Previous/next links and the page list, for the `pagination` partial.
    func context(links: LinkContext) -> TemplateValue {
        typealias Split = Pagination<Never>
        var fields: TemplateFields = [
            "current": .text(String(number)),
            "total": .text(String(total)),
            "isPaginated": .bool(total > 1),
        ]
        if number > 1 { fields["previous"] = .text(links.page(Split.path(base: base, number: number - 1))) }
        if number < total { fields["next"] = .text(links.page(Split.path(base: base, number: number + 1))) }
        fields["pages"] = .list((1...max(1, total)).map { other in
            .object(["number": .text(String(other)), "href": .text(links.page(Split.path(base: base, number: other))),
                     "isCurrent": .bool(other == number)])
        })
        return .object(fields)
    }
}
