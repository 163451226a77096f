/// Reads a templates folder: `*.mustache` files (named by their path without the extension, e.g.
/// `partials/head`) and the files under `assets/`, copied to the site's `assets/`.
public struct TemplateLoader {
    /// The templates every build renders with.
    public static let requiredTemplates = [
        "home", "briefing", "glossary-index", "glossary-entry", "sources", "claims-index", "claims-status",
        "tags", "tag", "404", "feed", "sitemap", "robots",
    ]

    public struct Loaded {
        public var templates: MustacheTemplates
        /// Paths relative to the templates folder's `assets/`, sorted.
        public var assets: [String]
    }

    let fileSystem: FileSystem

    public init(fileSystem: FileSystem = .live) {
        self.fileSystem = fileSystem
    }

    public func load(directory: String, diagnostics: inout Diagnostics) -> Loaded {
        var texts: [String: String] = [:]
        var paths: [String: String] = [:]
        var assets: [String] = []
        if fileSystem.kind(directory) != .directory {
            diagnostics.error("templates folder '\(directory)' not found", at: SourceLocation(file: directory, line: 1))
        } else {
            for relative in files(under: directory, prefix: "") {
                let path = directory + "/" + relative
                if relative.hasPrefix("assets/") {
                    assets.append(String(relative.dropFirst("assets/".count)))
                } else if relative.hasSuffix(".mustache") {
                    let name = String(relative.dropLast(".mustache".count))
                    guard let bytes = try? fileSystem.read(path), let text = String(validating: bytes, as: UTF8.self) else {
                        diagnostics.error("template is not readable UTF-8 text", at: SourceLocation(file: path, line: 1))
                        continue
                    }
                    texts[name] = text
                    paths[name] = path
                }
            }
        }
        let templates = MustacheTemplates(templates: texts, paths: paths, diagnostics: &diagnostics)
        for name in Self.requiredTemplates where texts[name] == nil {
            diagnostics.error("missing template '\(name)'", at: SourceLocation(file: "\(directory)/\(name).mustache", line: 1))
        }
        return Loaded(templates: templates, assets: assets.sorted())
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
