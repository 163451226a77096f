/// Whole sentences, plural forms, dates and numbers (DESIGN §8). A sentence that holds a value is one
/// key with `{name}` placeholders, never fragments around the value, because other languages put the
/// value elsewhere (Korean writes the date before "updated"). Counts are families of keys
/// `<key>.one`, `.few`, `.many`, `.other`, one per plural category the language uses.
extension InterfaceText {
    static let formsEnglish: [String: String] = [
        // Sentences the renderer fills in; a placeholder that is a link gets the link's markup.
        "claims.count.one": "{count} claim", "claims.count.other": "{count} claims",
        "claims.checked.one": "{count} claim checked across all briefings.",
        "claims.checked.other": "{count} claims checked across all briefings.",
        "claims.allOfVerdict.one": "The only {verdict} claim →",
        "claims.allOfVerdict.other": "All {count} {verdict} claims →",
        "claims.withVerdict.one": "{count} claim with this verdict.",
        "claims.withVerdict.other": "{count} claims with this verdict.",
        "claim.quoted": "“{text}”",
        "claim.inBriefing": "In {briefing}",
        "claim.changedOnDate": "changed on {date}",
        "claim.backToMarkLabel": "Back to mark {index} of claim {number} in the text",
        "meta.byAuthors": "By {authors}",
        "meta.updatedOn": "updated {date}",
        "briefing.reviewsWork": "Reviews the claims of {work}",
        "entry.mentionLabel": "Mention {index} in {title}",
        "entry.noMentionsYet": "No briefing mentions {name} yet.",
        "notFound.browse": "{home}, or browse the {glossary} and {sources}.",
        "browse.briefings": "briefings", "browse.claims": "claims", "browse.glossary": "glossary",
        "browse.sources": "sources",
        "search.noscriptBrowse": "Search needs JavaScript. Without it, browse the {briefings}, the {claims}, the {glossary} and the {sources}.",
        "redirect.movedToPage": "This page has moved to {page}.",
        "source.accessedOn": "accessed {date}",
        "grade.repostOfWork": "repost of {work}",
        // briefing.js's hover card (handed to it as JSON in the page, as search.js gets its words).
        "card.entry": "Glossary entry", "card.entryNamed": "Glossary entry: {name}",
        // Punctuation that differs by language (French sets a no-break space before a colon).
        "punct.colon": ": ",
        // Dates: `month` names a month on its own ("November 2024"), `monthOfDay` after a day
        // ("5 November 2024"; Russian and Ukrainian put it in the genitive there).
        "date.dayMonthYear": "{day} {month} {year}", "date.monthYear": "{month} {year}", "date.year": "{year}",
        "date.shortDayMonthYear": "{day} {month} {year}", "date.shortMonthYear": "{month} {year}",
        "date.shortDayMonth": "{day} {month}",
        // How the first day of a month is written (French: `1er novembre`); other days are digits.
        "date.firstDay": "1",
        "monthOfDay.1": "January", "monthOfDay.2": "February", "monthOfDay.3": "March", "monthOfDay.4": "April",
        "monthOfDay.5": "May", "monthOfDay.6": "June", "monthOfDay.7": "July", "monthOfDay.8": "August",
        "monthOfDay.9": "September", "monthOfDay.10": "October", "monthOfDay.11": "November",
        "monthOfDay.12": "December",
        "shortMonthOfDay.1": "Jan", "shortMonthOfDay.2": "Feb", "shortMonthOfDay.3": "Mar", "shortMonthOfDay.4": "Apr",
        "shortMonthOfDay.5": "May", "shortMonthOfDay.6": "Jun", "shortMonthOfDay.7": "Jul", "shortMonthOfDay.8": "Aug",
        "shortMonthOfDay.9": "Sep", "shortMonthOfDay.10": "Oct", "shortMonthOfDay.11": "Nov", "shortMonthOfDay.12": "Dec",
        // Numbers: the thousands separator, and how many digits must stand before it for it to be
        // used at all (Spanish writes 2345 but 12.345: 2).
        "number.groupSeparator": ",", "number.minimumGrouping": "1",
    ]

    /// The plural categories (CLDR, integers only) a language's count keys use besides `other`.
    public static func pluralCategories(_ language: String) -> [String] {
        switch baseLanguage(language) {
        case "ko", "ja", "zh", "vi", "th", "id", "ms": []
        case "ru", "uk", "be": ["one", "few", "many"]
        default: ["one"]
        }
    }

    /// The CLDR plural category of the integer `n` in `language`.
    public static func pluralCategory(_ n: Int, language: String) -> String {
        let n = n.magnitude
        switch baseLanguage(language) {
        case "ko", "ja", "zh", "vi", "th", "id", "ms": return "other"
        case "fr", "pt": return n <= 1 ? "one" : "other"
        case "ru", "uk", "be":
            let lastDigit = n % 10, lastTwo = n % 100
            if lastDigit == 1 && lastTwo != 11 { return "one" }
            if (2...4).contains(lastDigit) && !(12...14).contains(lastTwo) { return "few" }
            return "many"
        default: return n == 1 ? "one" : "other"
        }
    }

    /// `ko` of `ko`, `pt` of `pt-br`.
    static func baseLanguage(_ code: String) -> String {
        String(code.lowercased().split(separator: "-", maxSplits: 1).first ?? "")
    }

    /// The count sentence `key.<category>` for `n` ("1 claim", "3 claims", "5 утверждений"), with
    /// `{count}` the number as the language writes it; falls back to `key.other` when the table
    /// lacks the category.
    public func count(_ key: String, _ n: Int, _ values: [String: String] = [:]) -> String {
        let category = Self.pluralCategory(n, language: language)
        let chosen = words["\(key).\(category)"] != nil ? "\(key).\(category)" : "\(key).other"
        return text(chosen, values.merging(["count": number(n)]) { given, _ in given })
    }

    /// `n` with the language's thousands separator (`12,345`, `12 345`, `12.345`).
    public func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        let separator = words["number.groupSeparator"] ?? ""
        let minimum = Int(words["number.minimumGrouping"] ?? "1") ?? 1
        guard !separator.isEmpty, digits.count > 3, digits.count >= 3 + minimum else { return n < 0 ? "-" + digits : digits }
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += separator }
            grouped.append(digit)
        }
        return n < 0 ? "-" + grouped : grouped
    }

    /// A date in the language's long form: `5 November 2024`, `November 2024` or `2024`.
    public func date(_ date: PartialDate) -> String {
        written(date, months: "month.", monthsOfDay: "monthOfDay.",
                patterns: ("date.dayMonthYear", "date.monthYear"))
    }

    /// A date in the language's short form, for labels inside pictures: `5 Nov 2024`, `Nov 2024`, `2024`.
    public func shortDate(_ date: PartialDate) -> String {
        written(date, months: "shortMonth.", monthsOfDay: "shortMonthOfDay.",
                patterns: ("date.shortDayMonthYear", "date.shortMonthYear"))
    }

    /// A day and short month without the year, for a picture's axis (`5 Nov`).
    public func shortDayMonth(day: Int, month: Int) -> String {
        text("date.shortDayMonth", ["day": dayNumber(day), "month": text("shortMonthOfDay.\(month)")])
    }

    private func dayNumber(_ day: Int) -> String { day == 1 ? text("date.firstDay") : String(day) }

    private func written(_ date: PartialDate, months: String, monthsOfDay: String,
                         patterns: (dayMonthYear: String, monthYear: String)) -> String {
        let year = String(date.year)
        guard let month = date.month, (1...12).contains(month) else { return text("date.year", ["year": year]) }
        guard let day = date.day else { return text(patterns.monthYear, ["month": text(months + "\(month)"), "year": year]) }
        return text(patterns.dayMonthYear, ["day": dayNumber(day), "month": text(monthsOfDay + "\(month)"), "year": year])
    }
}
