import Foundation

/// `anchors.json` (DESIGN §7 Permanence): every page a citation may point at — briefings, glossary
/// entries, standalone pages, `sources/` — with the element ids on it that are meant to be cited.
/// The last published one is what `--since` holds the next build to.
public struct AnchorManifest: Sendable, Equatable, Codable {
    public static let fileName = "anchors.json"
    public static let currentVersion = 1

    public var version: Int
    /// Site path (`briefings/x/`, `glossary/y/`, `sources/`) → its citable element ids, sorted.
    public var pages: [String: [String]]

    public init(pages: [String: [String]] = [:], version: Int = AnchorManifest.currentVersion) {
        self.version = version
        self.pages = pages.mapValues { Array(Set($0)).sorted() }
    }

    /// A manifest of ids each page already holds sorted and once.
    init(version: Int, sortedPages: [String: [String]]) {
        self.version = version
        pages = sortedPages
    }

    /// The file's text: keys sorted, one page to a line, so that it is byte-for-byte deterministic,
    /// diffs well between releases, and `--since` can point at the line of a page that is gone.
    public var json: String {
        var text = "{\n  \"version\": \(version),\n  \"pages\": {"
        for (index, path) in pages.keys.sorted().enumerated() {
            let ids = (pages[path] ?? []).map(HTMLEscaping.jsonString).joined(separator: ", ")
            text += (index == 0 ? "\n" : ",\n") + "    \(HTMLEscaping.jsonString(path)): [\(ids)]"
        }
        return text + (pages.isEmpty ? "}\n}\n" : "\n  }\n}\n")
    }
}

/// A published `anchors.json` as read for `--since`: the manifest, its file, and the line each
/// page is on (for diagnostics about a page that has no file in the new site).
public struct PublishedAnchors: Sendable {
    public var manifest: AnchorManifest
    /// The file read, as the user named it (or `<folder>/anchors.json`).
    public var file: String
    /// Page path → where its key is in `file`.
    public var lines: [String: (line: Int, column: Int)]

    public init(manifest: AnchorManifest, file: String, lines: [String: (line: Int, column: Int)] = [:]) {
        self.manifest = manifest
        self.file = file
        self.lines = lines
    }

    /// Where a page's entry is in the file (its first line when not found).
    func location(of page: String) -> SourceLocation {
        SourceLocation(file: file, line: lines[page]?.line ?? 1, column: lines[page]?.column ?? 1)
    }

    /// Reads `path`: an `anchors.json`, or a folder holding one (such as the last published site).
    /// The error says what is wrong, for the command to print (a usage problem, not content's).
    public static func read(_ path: String, fileSystem: FileSystem = .live) -> Result<PublishedAnchors, ReadError> {
        let path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        var file = path
        if fileSystem.kind(path) == .directory { file = path + "/" + AnchorManifest.fileName }
        guard fileSystem.kind(file) == .file else {
            return .failure(ReadError(description: fileSystem.kind(path) == .directory
                ? "no \(AnchorManifest.fileName) in '\(path)' (build the published site with this version first)"
                : "'\(path)' is neither an \(AnchorManifest.fileName) nor a folder holding one"))
        }
        let bytes: [UInt8]
        do { bytes = try fileSystem.read(file) } catch {
            return .failure(ReadError(description: "cannot read '\(file)': \(error)"))
        }
        let manifest: AnchorManifest
        do {
            manifest = try JSONDecoder().decode(AnchorManifest.self, from: Data(bytes))
        } catch {
            return .failure(ReadError(description: "'\(file)' is not a valid \(AnchorManifest.fileName): \(error)"))
        }
        guard manifest.version <= AnchorManifest.currentVersion else {
            return .failure(ReadError(description:
                "'\(file)' has version \(manifest.version); this briefing reads up to \(AnchorManifest.currentVersion)"))
        }
        return .success(PublishedAnchors(manifest: manifest, file: file, lines: pageLines(String(decoding: bytes, as: UTF8.self),
                                                                                          pages: manifest.pages.keys)))
    }

    /// Where each page's key is, found as `"<path>":` opening a line (as `AnchorManifest.json` writes
    /// it); a page written otherwise is not found (and reported at the file's start).
    static func pageLines(_ text: String, pages: Dictionary<String, [String]>.Keys) -> [String: (line: Int, column: Int)] {
        var byKey: [String: String] = [:]
        for page in pages { byKey[HTMLEscaping.jsonString(page) + ":"] = page }
        var lines: [String: (line: Int, column: Int)] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard let end = trimmed.firstIndex(of: ":") else { continue }
            if let page = byKey[String(trimmed[...end])], lines[page] == nil {
                lines[page] = (index + 1, line.count - trimmed.count + 1)
            }
        }
        return lines
    }

    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }
}
