/// The first draft of a translation that `briefing new briefing SLUG --lang CODE` writes (DESIGN §8):
/// the original's words to translate in place, under the keys a translation may give — its title,
/// summary and body, each claim's note and correction by the original's claim ids, and the texts
/// of its timeline and updates, entry for entry.
public enum TranslationScaffold {
    public static func text(translating original: Briefing) -> String {
        var lines = ["---", "title: \(quoted(original.title))"]
        if let summary = original.summary { lines.append("summary: \(quoted(summary))") }
        if !original.claims.isEmpty {
            lines.append("claims:")
            for claim in original.claims {
                let words = [("note", claim.note), ("correction", claim.correction)].compactMap { key, source in
                    source.map { "    \(key): \(quoted($0.text))" }
                }
                lines.append(words.isEmpty ? "  \(claim.id): {}" : "  \(claim.id):")
                lines += words
            }
        }
        if !original.timeline.isEmpty {
            lines.append("timeline:")
            lines += original.timeline.map { "  - text: \(quoted($0.text.text))" }
        }
        if !original.updates.isEmpty {
            lines.append("updates:")
            lines += original.updates.map { "  - text: \(quoted($0.text.text))" }
        }
        lines += ["---", ""]
        return lines.joined(separator: "\n") + original.body.text
    }

    /// A YAML double-quoted scalar (JSON's string syntax is valid YAML).
    static func quoted(_ text: String) -> String {
        JSONValue.string(text).serialized
    }
}
