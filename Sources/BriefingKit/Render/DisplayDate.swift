/// Dates as readers see them (`5 November 2024`) and as machines read them (`2024-11-05`).
enum DisplayDate {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    static func readable(_ date: PartialDate) -> String {
        guard let month = date.month, (1...12).contains(month) else { return String(date.year) }
        let monthName = months[month - 1]
        guard let day = date.day else { return "\(monthName) \(date.year)" }
        return "\(day) \(monthName) \(date.year)"
    }

    static func iso(_ date: PartialDate) -> String { date.description }

    /// RFC 3339 timestamp at midnight UTC, for Atom.
    static func timestamp(_ date: PartialDate) -> String {
        let full = PartialDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
        return "\(full.description)T00:00:00Z"
    }
}
