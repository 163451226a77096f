/// What `ContentLoader.load(contentDirectory:reusing:)` parsed, file by file, so that the next load
/// (the preview server's rebuild after a save) parses only the files that changed since.
public struct ParsedContent: Sendable {
    /// One Markdown file's result, with the diagnostics reading it gave (a class of constants, so
    /// that a rebuild carrying a thousand of them over copies references).
    final class File<Value: Sendable>: Sendable {
        let path: String
        let value: Value?
        let diagnostics: Diagnostics

        init(path: String, value: Value?, diagnostics: Diagnostics) {
            self.path = path
            self.value = value
            self.diagnostics = diagnostics
        }
    }

    var config: (SiteConfig, Diagnostics)?
    /// The sources, the diagnostics reading them gave, and the ids a tolerant read found when the file
    /// is not valid YAML.
    var sources: ([Source], Diagnostics, Set<String>)?
    /// The ids of `sources` (and those a tolerant read found), made once per read of the file (the
    /// loader drops them with `sources`).
    var sourceIDs: Set<String>?
    /// The glossary's own checks (`ReferenceValidator.checkEntries`) with what they were made from.
    var entryChecks: (glossary: [GlossaryEntry], unreadable: Set<String>, sourceIDs: Set<String>, diagnostics: Diagnostics)?
    /// Each briefing's claim checks by path (`ReferenceValidator.checkClaims`): they depend on the
    /// file and the source ids, so they go with the file and whenever `sources.yaml` is read again.
    var claimChecks: [String: Diagnostics] = [:]
    /// By path as the loader names it (`<content>/glossary/x.md`).
    var glossary: [String: File<GlossaryEntry>] = [:]
    var briefings: [String: File<Briefing>] = [:]
    /// The glossary's and the briefings' folders as last listed, by folder.
    var listings: [String: FolderListing] = [:]
    /// Image sizes read from `assets/` by path relative to it (nil: not an image whose size can be read).
    var imageSizes: [String: ImageSize?] = [:]

    public init() {}

    /// Forgets what was read from `relativePath` (relative to the content folder, as in
    /// `briefings/x.md`), so that the next load reads it again. `directory` is the content folder
    /// as given to the loader.
    public mutating func forget(_ relativePath: String, in directory: String) {
        let folder = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        switch relativePath {
        case "site.yaml": config = nil
        case "sources.yaml": sources = nil
        case _ where relativePath.hasPrefix("assets/"): imageSizes[String(relativePath.dropFirst("assets/".count))] = nil
        default:
            glossary[folder + "/" + relativePath] = nil
            briefings[folder + "/" + relativePath] = nil
            claimChecks[folder + "/" + relativePath] = nil
        }
    }

    /// Forgets everything: the next load reads every file.
    public mutating func forgetAll() {
        self = ParsedContent()
    }
}

/// A folder of Markdown files as a load listed it: its names, the languages they were split by, the
/// originals and translations, and the diagnostics listing them gave.
struct FolderListing: Sendable {
    typealias Files = (originals: [(path: String, name: String)], translations: [ContentLoader.TranslationLoader.File])
    var names: [String]
    /// The site's default language, then the others (`site.yaml`).
    var languages: [String]
    var files: Files
    var diagnostics: Diagnostics
}

extension Dictionary {
    /// This table, kept from the last run for the next, made to hold exactly `entries` (this run's,
    /// each found here or made afresh): the new ones (`isNew`) are set in place, and the table is made
    /// again only when it then holds more than `entries` (one went), so a rebuild that changed one
    /// file of 1,000 neither copies nor rehashes the other 999. A key listed twice keeps its first value.
    mutating func update(to entries: some Collection<(Key, Value)>, where isNew: (Key, Value) -> Bool) {
        for (key, value) in entries where isNew(key, value) { self[key] = value }
        if count != entries.count { self = Dictionary(Array(entries), uniquingKeysWith: { first, _ in first }) }
    }
}
