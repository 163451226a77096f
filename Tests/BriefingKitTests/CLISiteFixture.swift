import Foundation

/// A small valid site on disk for the command-line tests: one source, one glossary entry,
/// and two briefings, one of which marks a claim, cites, links a term, links the other
/// briefing and holds a `table` block.
enum CLISiteFixture {
    static let siteYAML = """
        title: "CLI Test Site"
        baseURL: "https://cli.example.org/"

        """

    static let sourcesYAML = """
        src-one:
          title: "Source One"
          publisher: "Publisher"
          date: 2024-01
          url: "https://example.org/one"

        """

    static let glossaryEntry = """
        ---
        name: "Alpha Treaty"
        kind: treaty
        moved-from: [alpha]
        summary: "A treaty between two states."
        ---
        The Alpha Treaty binds its parties.

        """

    /// The body starts on line 13; `brokenLine` is the line replaced by the content-error tests.
    static let firstBriefing = """
        ---
        title: "First Briefing"
        date: 2024-03-04
        summary: "The first one."
        tags: [testing]
        claims:
          sky-blue:
            status: supported
            confidence: high
            sources: [src-one]
            note: "As [the source](cite:src-one) shows."
        ---

        The [sky is blue](claim:sky-blue), as [one source says](cite:src-one).
        [The treaty](term:alpha-treaty) matters; see [the second briefing](briefing:second).

        ```table
        | Name | Value |
        |---|---|
        | Alpha Treaty | 1 |
        ```

        """

    static let secondBriefing = """
        ---
        title: "Second Briefing"
        date: 2024-02-01
        moved-from: [second-old]
        summary: "The second one."
        ---

        ## Background

        Nothing to mark here.

        """

    /// A folder holding the valid site and a copy of the repository's templates.
    static func make() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("Content/site.yaml", siteYAML)
        try folder.write("Content/sources.yaml", sourcesYAML)
        try folder.write("Content/glossary/alpha-treaty.md", glossaryEntry)
        try folder.write("Content/briefings/first.md", firstBriefing)
        try folder.write("Content/briefings/second.md", secondBriefing)
        try folder.copyRepositoryTemplates()
        return folder
    }

    /// The first briefing with `line` (1-based, counted in the whole file) replaced by `replacement`.
    static func firstBriefing(replacingLine line: Int, with replacement: String) -> String {
        var lines = firstBriefing.components(separatedBy: "\n")
        lines[line - 1] = replacement
        return lines.joined(separator: "\n")
    }
}
