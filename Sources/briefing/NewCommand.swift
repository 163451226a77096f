import ArgumentParser
import BriefingKit
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site, briefing or glossary entry, or copy the default templates out.",
        subcommands: [NewSite.self, NewBriefing.self, NewTerm.self, NewTemplates.self])

    static func isValidID(_ id: String) -> Bool {
        id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil
    }

    /// Writes a new file, refusing to overwrite one.
    static func create(_ path: String, _ text: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            Terminal.error("error: '\(path)' already exists")
            throw ExitCode(2)
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            Terminal.error("error: cannot write '\(path)'")
            throw ExitCode(2)
        }
        print("created \(path)")
    }

    /// Today's date, `YYYY-MM-DD` in UTC.
    static var today: String {
        ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current, formatOptions: [.withFullDate])
    }
}

struct NewBriefing: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "briefing", abstract: "Create Content/briefings/SLUG.md.")

    @Option(help: "The content folder.")
    var content = "Content"

    @Argument(help: "The briefing's slug: lower-case letters and digits joined by hyphens.")
    var slug: String

    @Option(help: "Scaffold the translation of briefing SLUG into this language (a code site.yaml lists, e.g. fr).")
    var lang: String?

    func validate() throws {
        guard NewCommand.isValidID(slug) else {
            throw ValidationError("invalid slug '\(slug)': expected lower-case letters and digits in groups joined by single hyphens")
        }
        if let lang, !LanguageCode.isValid(lang) {
            throw ValidationError("invalid language code '\(lang)': two lower-case letters, or two, a hyphen and two (fr, pt-br)")
        }
    }

    func run() throws {
        if let lang { return try scaffoldTranslation(into: lang) }
        try NewCommand.create("\(content)/briefings/\(slug).md", """
            ---
            title: "\(slug.replacingOccurrences(of: "-", with: " ").capitalized)"
            date: \(NewCommand.today)
            authors: []
            summary: "One or two sentences on what this briefing covers."
            tags: []
            draft: true
            claims:
              first-claim:
                status: unverified
                confidence: low
                sources: []
                note: "What the evidence says."
            ---

            Write the briefing here. Mark [a claim](claim:first-claim) in the text, cite a source with
            `[text](cite:SOURCE-ID)` and link a glossary entry with `[text](term:ENTRY-ID)`.

            """)
    }
}

extension NewBriefing {
    /// `briefings/SLUG.LANG.md` from the original's words, its claim ids kept (DESIGN §8).
    func scaffoldTranslation(into lang: String) throws {
        let originalPath = "\(content)/briefings/\(slug).md"
        guard let bytes = FileManager.default.contents(atPath: originalPath) else {
            Terminal.error("error: there is no '\(originalPath)' to translate")
            throw ExitCode(2)
        }
        let loaded = ContentLoader().loadBriefing(bytes: [UInt8](bytes), path: originalPath, slug: slug)
        guard let original = loaded.briefing else {
            Terminal.error("error: '\(originalPath)' cannot be read; `briefing check` says why")
            throw ExitCode(1)
        }
        let config = ContentLoader().load(contentDirectory: content).site.config
        if lang == config.language.lowercased() {
            Terminal.error("error: '\(lang)' is the site's default language: the original is its version")
            throw ExitCode(2)
        }
        try NewCommand.create("\(content)/briefings/\(slug).\(lang).md", TranslationScaffold.text(translating: original))
        if !config.languages.contains(where: { $0.code == lang }) {
            print("note: add the language to site.yaml: languages: {\(lang): {title: …}}")
        }
    }
}

struct NewTerm: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "term", abstract: "Create Content/glossary/ID.md.")

    @Option(help: "The content folder.")
    var content = "Content"

    @Argument(help: "The entry's id: lower-case letters and digits joined by hyphens.")
    var id: String

    func validate() throws {
        guard NewCommand.isValidID(id) else {
            throw ValidationError("invalid id '\(id)': expected lower-case letters and digits in groups joined by single hyphens")
        }
    }

    func run() throws {
        try NewCommand.create("\(content)/glossary/\(id).md", """
            ---
            name: "\(id.replacingOccurrences(of: "-", with: " ").capitalized)"
            kind: concept
            aliases: []
            summary: "One or two sentences, shown in hover cards and the glossary."
            ---

            What readers should know about this entry.

            """)
    }
}

struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create a working site in DIR: site.yaml, an example briefing, a glossary entry and a source.",
        discussion: """
            DIR must not exist or be empty. The site uses the templates built into briefing; \
            `briefing new templates` copies them out to customise.
            """)

    @Argument(help: "The folder to create the site in (it must not exist or be empty).")
    var directory: String

    func run() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) {
            let entries = isFolder.boolValue ? (try? FileManager.default.contentsOfDirectory(atPath: directory)) : nil
            guard let entries, entries.isEmpty else {
                Terminal.error("error: '\(directory)' is not an empty folder; a new site needs one")
                throw ExitCode(2)
            }
        }
        let files = Self.files(today: NewCommand.today)
        for (path, text) in files {
            try NewCommand.create(directory + "/" + path, text)
        }
        print("""

            Next: edit Content/site.yaml (title and baseURL), then preview with
              cd \(directory) && briefing serve
            """)
    }

    /// The new site's files, by path relative to its folder, in the order they are written.
    static func files(today: String) -> KeyValuePairs<String, String> {
        [
            ".gitignore": """
                # Built by `briefing build` and `briefing serve`.
                /Public/
                /.preview/

                """,
            "Content/site.yaml": """
                title: "My briefings"                 # edit: the site's name
                baseURL: "https://briefings.example.org/"   # edit: where the site will be published
                description: "Annotated briefings: every claim carries a verdict, a confidence and its sources."
                language: en
                autolink: first-in-section
                paginate: 50
                unsafeHTML: false

                """,
            "Content/sources.yaml": """
                # The bibliography: source id -> entry. Cite one with [text](cite:ID).
                un-charter:
                  title: "Charter of the United Nations"
                  publisher: "United Nations"
                  date: 1945-06-26
                  url: "https://www.un.org/en/about-us/un-charter/full-text"
                  kind: primary        # what the document is: primary, official, wire, newspaper, …
                  reliability: A       # NATO/Admiralty grade, A (completely reliable) to F (cannot be judged)

                """,
            "Content/pages/about.md": """
                ---
                title: "About"
                summary: "Who writes these briefings, and how to reach us."
                nav: 1
                ---
                One standalone page per file in `Content/pages/`, shown at its own address; `nav:`
                puts it in the site header, in that order. Say here who you are, who funds you and
                how readers can send a correction.

                """,
            "Content/pages/methodology.md": """
                ---
                title: "How we check claims"
                summary: "What our verdicts, confidence levels and source grades mean."
                nav: 2
                ---
                The definitions below are written by Briefing; this text comes before them. Say how you
                choose claims to check, how you weigh sources and how you correct mistakes.

                """,
            "Content/glossary/united-nations.md": """
                ---
                name: "United Nations"
                kind: organisation
                aliases: ["UN"]
                summary: "The intergovernmental organisation founded in 1945 to maintain international peace and security."
                sources: [un-charter]
                dates: {charter-signed: 1945-06-26, founded: 1945-10-24}
                ---
                One glossary entry per file in `Content/glossary/`; the file name is its id. Briefings
                link to it with `[text](term:united-nations)`, and its name and aliases are linked
                automatically. Create another with `briefing new term ID`.

                """,
            "Content/briefings/example-briefing.md": """
                ---
                title: "An example briefing"
                date: \(today)
                authors: ["Your Name"]
                summary: "What a briefing looks like: a claim with its verdict, a cited source and a glossary link."
                tags: [example]
                draft: false
                claims:
                  charter-signed:
                    status: supported
                    confidence: high
                    sources: [un-charter]
                    note: "The Charter's text gives San Francisco, 26 June 1945, as the place and date of signature."
                    history:
                      - date: \(today)
                        status: supported
                # Dated events, drawn as a timeline on the page and on the site's timeline/ page.
                timeline:
                  - date: 1945-04
                    text: "Delegations of fifty states meet in San Francisco"
                  - date: 1945-06-26
                    text: "The Charter is signed"
                    claim: charter-signed
                  - date: 1945-10-24
                    text: "The Charter enters into force: the [UN](term:united-nations) exists"
                    term: united-nations
                ---

                This briefing shows what Briefing adds to plain Markdown. Edit it, or delete it once
                you have written your own with `briefing new briefing SLUG`.

                ## A claim, a source and a glossary entry

                The [United Nations](term:united-nations) was founded when [fifty states signed its
                Charter in San Francisco in June 1945](claim:charter-signed). The claim link marks
                that sentence: the page shows its verdict there, and its note and sources in the
                claims section below. A source can also be cited directly: the
                [Charter of the United Nations](cite:un-charter) is an entry of `sources.yaml`.

                """,
        ]
    }
}

struct NewTemplates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Copy the default templates and assets built into briefing into DIR, to customise.",
        discussion: """
            A site's templates folder overrides the defaults file by file: keep only the files you change \
            (say, partials/footer.mustache) and the others keep following briefing's defaults.
            """)

    @Argument(help: "The folder to copy the templates into.")
    var directory = "Templates"

    func run() throws {
        let existing = DefaultTemplates.paths.filter { FileManager.default.fileExists(atPath: directory + "/" + $0) }
        guard existing.isEmpty else {
            let named = existing.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
            let more = existing.count > 3 ? " and \(existing.count - 3) more" : ""
            Terminal.error("error: '\(directory)' already has \(named)\(more); nothing was copied (the defaults are never overwritten)")
            throw ExitCode(2)
        }
        for path in DefaultTemplates.paths {
            let target = directory + "/" + path
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: target, contents: Data(DefaultTemplates.files[path] ?? [])) else {
                Terminal.error("error: cannot write '\(target)'")
                throw ExitCode(2)
            }
        }
        print("copied \(DefaultTemplates.paths.count) files into \(directory)/")
    }
}
