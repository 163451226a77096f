import ArgumentParser
import BriefingKit
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new briefing or glossary entry from a scaffold.",
        subcommands: [NewBriefing.self, NewTerm.self])

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
}

struct NewBriefing: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "briefing", abstract: "Create Content/briefings/SLUG.md.")

    @Option(help: "The content folder.")
    var content = "Content"

    @Argument(help: "The briefing's slug: lower-case letters and digits joined by hyphens.")
    var slug: String

    func validate() throws {
        guard NewCommand.isValidID(slug) else {
            throw ValidationError("invalid slug '\(slug)': expected lower-case letters and digits in groups joined by single hyphens")
        }
    }

    func run() throws {
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current,
                                                formatOptions: [.withFullDate])
        try NewCommand.create("\(content)/briefings/\(slug).md", """
            ---
            title: "\(slug.replacingOccurrences(of: "-", with: " ").capitalized)"
            date: \(today)
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
            [text](cite:SOURCE-ID) and link a glossary entry with [text](term:ENTRY-ID).

            """)
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
