/// The interface tables built into Briefing (DESIGN §8), one file per language beside this one.
/// `Templates/i18n/<lang>.yaml` overrides their keys or adds a language (`InterfaceText.load`).
extension InterfaceText {
    /// The languages with a built-in table, English first.
    public static let builtInLanguages = ["en", "fr", "de", "es", "ko", "uk", "ru"]

    /// The built-in table of `code` (`fr`; a regional code such as `fr-ca` gets its language's
    /// table), or nil when Briefing has none.
    public static func builtIn(_ code: String) -> InterfaceText? {
        let language = code.lowercased()
        let words: [String: String]
        switch baseLanguage(language) {
        case "en": words = english.words
        case "fr": words = french
        case "de": words = german
        case "es": words = spanish
        case "ko": words = korean
        case "uk": words = ukrainian
        case "ru": words = russian
        default: return nil
        }
        return InterfaceText(language: language, words: words)
    }
}
