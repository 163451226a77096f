/// Dates as day numbers on a linear scale, and axis ticks (days, months or years) that stay at
/// least a given distance apart whatever the span.
struct DateScale {
    /// The first and last day the axis shows (day numbers, see `dayNumber`).
    let first: Int
    let last: Int
    /// Pixel position of `first` and length of the axis.
    let start: Double
    let length: Double

    /// A scale covering `days` with some room at both ends; a span under two weeks is widened to
    /// two weeks around its middle, so a single event sits in the middle of a readable axis.
    init(covering days: [Int], start: Double, length: Double) {
        let low = days.min() ?? 0, high = days.max() ?? 0
        var first = low, last = high
        if last - first < 14 {
            let middle = (first + last) / 2
            first = middle - 7
            last = middle + 7
        }
        let pad = max(1, (last - first) / 25)
        self.first = first - pad
        self.last = last + pad
        self.start = start
        self.length = length
    }

    func position(_ day: Int) -> Double {
        start + Double(day - first) / Double(max(1, last - first)) * length
    }

    /// Days since 1970-01-01 of the date's first day (a partial date sits at the start of its month or year).
    static func dayNumber(_ date: PartialDate) -> Int {
        dayNumber(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
    }

    /// Howard Hinnant's `days_from_civil`: exact for every Gregorian date, no calendar object needed.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// A tick: its day and its label.
    struct Tick: Equatable {
        var day: Int
        var label: String
    }

    /// The finest ticks whose neighbours are at least `minimumGap` pixels apart: every day, every
    /// week, every 1, 2, 3 or 6 months, or every 1, 2, 5, 10, 20, 50, … years; months named by
    /// `words` in the language's short date forms (`5 Nov 2024`, `5 Nov`, `Nov`).
    func ticks(minimumGap: Double, words: PictureWords) -> [Tick] {
        let firstYear = Self.civil(first).year, lastYear = Self.civil(last).year
        var candidates: [[Tick]] = []
        if last - first <= 120 {
            candidates.append(dayTicks(words) { _ in true })
            candidates.append(dayTicks(words) { [1, 8, 15, 22].contains($0) })
        }
        if lastYear - firstYear <= 40 {
            for step in [1, 2, 3, 6] { candidates.append(monthTicks(every: step, words)) }
        }
        var step = 1
        while step <= 10_000 {
            for multiple in [1, 2, 5] { candidates.append(yearTicks(every: step * multiple)) }
            step *= 10
        }
        for ticks in candidates where !ticks.isEmpty {
            let gaps = zip(ticks, ticks.dropFirst()).map { position($1.day) - position($0.day) }
            if gaps.allSatisfy({ $0 >= minimumGap }) { return ticks }
        }
        return []
    }

    private func dayTicks(_ words: PictureWords, _ keep: (Int) -> Bool) -> [Tick] {
        var ticks: [Tick] = []
        for day in first...last {
            let date = Self.civil(day)
            guard keep(date.day) else { continue }
            let withYear = ticks.isEmpty || (date.month == 1 && date.day == 1)
            let label = withYear ? words.short(PartialDate(year: date.year, month: date.month, day: date.day))
                : words.axisLabel(day: date.day, month: date.month)
            ticks.append(Tick(day: day, label: label))
        }
        return ticks
    }

    private func monthTicks(every step: Int, _ words: PictureWords) -> [Tick] {
        var ticks: [Tick] = []
        var (year, month, _) = Self.civil(first)
        while true {
            let day = Self.dayNumber(year: year, month: month, day: 1)
            if day > last { break }
            if day >= first, (month - 1) % step == 0 {
                let label = ticks.isEmpty || month == 1 ? words.short(PartialDate(year: year, month: month))
                    : words.axisLabel(day: nil, month: month)
                ticks.append(Tick(day: day, label: label))
            }
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return ticks
    }

    private func yearTicks(every step: Int) -> [Tick] {
        let firstYear = Self.civil(first).year, lastYear = Self.civil(last).year
        var ticks: [Tick] = []
        var year = (firstYear / step) * step
        while year <= lastYear {
            let day = Self.dayNumber(year: year, month: 1, day: 1)
            if day >= first { ticks.append(Tick(day: day, label: String(year))) }
            year += step
        }
        return ticks
    }

    /// Hinnant's `civil_from_days`, the inverse of `dayNumber`.
    static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
