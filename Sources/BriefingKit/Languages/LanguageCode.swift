/// Language codes as DESIGN §8 writes them: `ll` or `ll-rr`, lower-case letters, which name a folder
/// and a file suffix.
public enum LanguageCode {
    static let rule = "a language code is two lower-case letters, or two, a hyphen and two (fr, pt-br)"

    public static func isValid(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            part.utf8.count == 2 && part.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        }
    }

    /// `russia-dprk-treaty.fr` → (`russia-dprk-treaty`, `fr`); nil when the name has no language suffix.
    static func split(_ name: String) -> (base: String, code: String)? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let code = String(name[name.index(after: dot)...])
        guard isValid(code) else { return nil }
        return (String(name[..<dot]), code)
    }

    /// The language's own name, for the switcher.
    public static func endonym(_ code: String) -> String {
        let names = ["en": "English", "fr": "Français", "de": "Deutsch", "es": "Español", "ko": "한국어",
                     "uk": "Українська", "ru": "Русский", "it": "Italiano", "pt": "Português", "ja": "日本語",
                     "zh": "中文", "ar": "العربية", "pl": "Polski", "nl": "Nederlands"]
        let base = code.split(separator: "-").first.map(String.init) ?? code
        return names[code] ?? names[base] ?? code
    }
}
