import Yams

extension ContentLoader.BriefingLoader {
    static let historyKeys = ["date", "status", "note"]
    static let updateKeys = ["date", "kind", "text"]

    /// A claim's `history:`: each entry needs a full date and a valid status; dates must not go back.
    /// An entry with a broken date or status is reported and left out.
    static func history(from reader: ContentLoader.MappingReader,
                        _ diagnostics: inout Diagnostics) -> [ClaimHistoryEntry] {
        var entries: [ClaimHistoryEntry] = []
        for item in reader.mappings("history", allowedKeys: historyKeys, &diagnostics) {
            let date = item.require("date", item.date("date", full: true, &diagnostics), &diagnostics)
            let status = item.require("status", item.choice("status", ClaimStatus.self, what: "status", &diagnostics),
                                      &diagnostics)
            let note = item.markdown("note", &diagnostics)
            guard let date, let status else { continue }
            if let previous = entries.last, date < previous.date {
                diagnostics.error("history date \(date) is before the entry above it (\(previous.date))",
                                  at: item.valueLocation("date"), hint: "list history entries oldest first")
            }
            entries.append(ClaimHistoryEntry(date: date, status: status, note: note, location: item.location))
        }
        return entries
    }

    /// A briefing's `updates:`: each needs a full date, a kind and a text; dates must not go back nor
    /// come before the briefing's own `date`. An entry with a broken required key is left out.
    static func updates(from reader: ContentLoader.MappingReader, briefingDate: PartialDate?,
                        _ diagnostics: inout Diagnostics) -> [BriefingUpdate] {
        var updates: [BriefingUpdate] = []
        for item in reader.mappings("updates", allowedKeys: updateKeys, &diagnostics) {
            let date = item.require("date", item.date("date", full: true, &diagnostics), &diagnostics)
            let kind = item.require("kind", item.choice("kind", UpdateKind.self, what: "update kind", &diagnostics),
                                    &diagnostics)
            let text = item.require("text", item.markdown("text", &diagnostics), &diagnostics)
            guard let date, let kind, let text else { continue }
            if let briefingDate, date < briefingDate {
                diagnostics.error("update dated \(date) is before the briefing's date (\(briefingDate))",
                                  at: item.valueLocation("date"))
            } else if let previous = updates.last, date < previous.date {
                diagnostics.error("update date \(date) is before the entry above it (\(previous.date))",
                                  at: item.valueLocation("date"), hint: "list updates oldest first")
            }
            updates.append(BriefingUpdate(date: date, kind: kind, text: text, location: item.location))
        }
        return updates
    }
}
