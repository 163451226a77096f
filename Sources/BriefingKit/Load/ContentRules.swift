extension ContentLoader {
    /// The textual rules content values follow: ids, dates and URLs.
    enum Rules {
        static let idRule = "expected lower-case letters and digits in groups joined by single hyphens"

        /// `[a-z0-9]+(-[a-z0-9]+)*`: safe as a file or folder name and in an element id.
        static func isValidID(_ id: String) -> Bool {
            var previousWasHyphen = true  // no hyphen first
            for byte in id.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    previousWasHyphen = false
                case UInt8(ascii: "-"):
                    if previousWasHyphen { return false }
                    previousWasHyphen = true
                default:
                    return false
                }
            }
            return !previousWasHyphen  // neither empty nor ending in a hyphen
        }

        /// `YYYY-MM-DD`, a real calendar day.
        static func fullDate(_ text: String) -> PartialDate? {
            guard let date = partialDate(text), date.day != nil else { return nil }
            return date
        }

        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; month and day must exist in the calendar.
        static func partialDate(_ text: String) -> PartialDate? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...3).contains(parts.count),
                  zip(parts, [4, 2, 2]).allSatisfy({ part, width in
                      part.utf8.count == width && part.utf8.allSatisfy { (0x30...0x39).contains($0) }
                  }),
                  let year = Int(parts[0]), year >= 1
            else { return nil }
            var date = PartialDate(year: year)
            if parts.count > 1 {
                guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
                date.month = month
                if parts.count > 2 {
                    guard let day = Int(parts[2]), (1...daysIn(month: month, year: year)).contains(day) else {
                        return nil
                    }
                    date.day = day
                }
            }
            return date
        }

        static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

        /// Why `text`, written in the shape of a date, is not a real one ("February has 28 days in
        /// 2026", "there is no month 13"); nil when it is not date-shaped or is a real date.
        static func dateProblem(_ text: String) -> String? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count),
                  zip(parts, [4, 2, 2]).allSatisfy({ part, width in
                      part.utf8.count == width && part.utf8.allSatisfy { (0x30...0x39).contains($0) }
                  }),
                  let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
            guard (1...12).contains(month) else { return "there is no month \(month)" }
            guard parts.count == 3, let day = Int(parts[2]) else { return nil }
            let days = daysIn(month: month, year: year)
            if (1...days).contains(day) { return nil }
            if day == 0 { return "days of the month start at 1" }
            return month == 2 ? "February has \(days) days in \(year)" : "\(monthNames[month - 1]) has \(days) days"
        }

        static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }

        /// An absolute `http:` or `https:` URL with a host and no white space or control characters.
        static func isHTTPURL(_ text: String) -> Bool {
            let lower = text.lowercased()
            let rest: Substring
            if lower.hasPrefix("https://") {
                rest = lower.dropFirst(8)
            } else if lower.hasPrefix("http://") {
                rest = lower.dropFirst(7)
            } else {
                return false
            }
            let host = rest.prefix { !"/?#".contains($0) }
            guard !host.isEmpty, !host.hasPrefix(":"), !host.hasPrefix("@") else { return false }
            return !text.unicodeScalars.contains {
                $0.properties.isWhitespace || $0.properties.generalCategory == .control
            }
        }
    }
}
