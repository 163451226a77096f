/// Dates as machines read them (`2024-11-05`, Atom timestamps); readers' dates come from `InterfaceText`.
enum DisplayDate {
    static func iso(_ date: PartialDate) -> String { date.description }

    /// RFC 3339 timestamp at midnight UTC, for Atom.
    static func timestamp(_ date: PartialDate) -> String {
        let full = PartialDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
        return "\(full.description)T00:00:00Z"
    }
}
