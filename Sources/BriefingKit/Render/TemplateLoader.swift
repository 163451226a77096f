/// Loads the templates a build renders with: the defaults built into the binary (`DefaultTemplates`),
/// each overridden by the file at the same path in the site's templates folder when there is one.
/// Templates are `*.mustache` files, named by their path without the extension (e.g. `partials/head`);
/// the files under `assets/` are copied to the site's `assets/`. A missing templates folder is not an
/// error: the site then uses the defaults alone.
public struct TemplateLoader {
    /// The templates every build renders with.
    public static let requiredTemplates = [
        "home", "briefing", "glossary-index", "glossary-entry", "sources", "claims-index", "claims-status",
        "tags", "tag", "timeline", "404", "feed", "sitemap", "robots", "search", "redirect",
    ]

    /// One file for the site's `assets/` folder.
    public struct Asset: Sendable, Equatable {
        /// Path relative to `assets/`.
        public var path: String
        /// `.copy(from:)` the site's own file, or the built-in default's `.bytes`.
        public var contents: OutputFile.Contents
    }

    public struct Loaded {
        public var templates: MustacheTemplates
        /// The assets, sorted by path.
        public var assets: [Asset]
        /// Paths relative to the templates folder that the site's own folder provides (overriding a
        /// default or adding a file), sorted.
        public var overrides: [String]
    }

    let fileSystem: FileSystem
    let defaults: [String: [UInt8]]

    /// `defaults` maps paths relative to a templates folder to their bytes.
    public init(fileSystem: FileSystem = .live, defaults: [String: [UInt8]] = DefaultTemplates.files) {
        self.fileSystem = fileSystem
        self.defaults = defaults
    }

    public func load(directory: String, diagnostics: inout Diagnostics) -> Loaded {
        var texts: [String: String] = [:]
        var paths: [String: String] = [:]
        var assets: [String: OutputFile.Contents] = [:]
        for (relative, bytes) in defaults {
            if relative.hasPrefix("assets/") {
                assets[String(relative.dropFirst("assets/".count))] = .bytes(bytes)
            } else if relative.hasSuffix(".mustache") {
                let name = String(relative.dropLast(".mustache".count))
                texts[name] = String(decoding: bytes, as: UTF8.self)
                paths[name] = "(built-in templates)/" + relative
            }
        }
        var overrides: [String] = []
        switch fileSystem.kind(directory) {
        case .missing:
            break
        case .directory:
            for relative in files(under: directory, prefix: "") {
                let path = directory + "/" + relative
                if relative.hasPrefix("assets/") {
                    assets[String(relative.dropFirst("assets/".count))] = .copy(from: path)
                    overrides.append(relative)
                } else if relative.hasSuffix(".mustache") {
                    let name = String(relative.dropLast(".mustache".count))
                    guard let bytes = try? fileSystem.read(path), let text = String(validating: bytes, as: UTF8.self) else {
                        diagnostics.error("template is not readable UTF-8 text", at: SourceLocation(file: path, line: 1))
                        continue
                    }
                    texts[name] = text
                    paths[name] = path
                    overrides.append(relative)
                }
            }
        default:
            diagnostics.error("templates folder '\(directory)' is not a folder", at: SourceLocation(file: directory, line: 1))
        }
        let templates = MustacheTemplates(templates: texts, paths: paths, diagnostics: &diagnostics)
        for name in Self.requiredTemplates where texts[name] == nil {
            diagnostics.error("missing template '\(name)'", at: SourceLocation(file: "\(directory)/\(name).mustache", line: 1))
        }
        reportMissingPartials(texts, paths: paths, diagnostics: &diagnostics)
        // Once per load of the templates, not per page; the built-in templates are checked by a test.
        let own = Set(overrides.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) })
        if !own.isEmpty {
            diagnostics.append(TemplateNameCheck.check(templates, roots: TemplateSpecimen.roots, own: own))
        }
        let sortedAssets = assets.keys.sorted().compactMap { path in assets[path].map { Asset(path: path, contents: $0) } }
        return Loaded(templates: templates, assets: sortedAssets, overrides: overrides.sorted())
    }

    /// A partial or parent that no template provides would render as nothing (the spec's rule):
    /// an error instead, at the tag. Tags are found with the default delimiters.
    private func reportMissingPartials(_ texts: [String: String], paths: [String: String], diagnostics: inout Diagnostics) {
        // Made once: a regex literal inside the loop was parsed again for every line of every
        // template (most of loading the templates, in perf).
        let partialTag = #/\{\{\s*[<>]\s*([^\s}]+)\s*\}\}/#
        for name in texts.keys.sorted() {
            guard let text = texts[name] else { continue }
            for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.utf8.contains(UInt8(ascii: "{")) {
                for match in line.matches(of: partialTag) where texts[String(match.1)] == nil {
                    let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex,
                                                             to: match.range.lowerBound) + 1
                    diagnostics.error("missing partial '\(match.1)'",
                                      at: SourceLocation(file: paths[name] ?? name, line: lineIndex + 1, column: column),
                                      hint: NearestName.hint(for: String(match.1), in: texts.keys))
                }
            }
        }
    }

    /// Regular files under `directory`, relative, sorted; symbolic links are not followed.
    private func files(under directory: String, prefix: String) -> [String] {
        var result: [String] = []
        var pending = [prefix]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? directory : directory + "/" + relative
            for name in (try? fileSystem.list(absolute)) ?? [] {
                let child = relative.isEmpty ? name : relative + "/" + name
                switch fileSystem.kind(directory + "/" + child) {
                case .file: result.append(child)
                case .directory: pending.append(child)
                default: break
                }
            }
        }
        return result.sorted()
    }
}
