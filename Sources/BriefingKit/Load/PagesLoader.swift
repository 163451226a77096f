extension ContentLoader {
    /// `pages/<slug>.md` → `StandalonePage`: title required, summary and `nav` optional; a slug the
    /// site already uses at its root is an error.
    enum PagesLoader {
        static let keys = ["title", "summary", "nav"]
        /// Folders the build generates at the site's root (DESIGN §7), which a page may not take;
        /// `methodology` is generated too, but its page file supplies the title and introduction.
        static let generatedRoots: Set<String> = [
            "briefings", "glossary", "sources", "claims", "tags", "search", "corrections", "timeline", "assets",
            "page",
        ]

        static func load(path: String, slug: String, fileSystem: FileSystem,
                         diagnostics: inout Diagnostics) -> StandalonePage? {
            let start = SourceLocation(file: path, line: 1)
            guard Rules.isValidID(slug) else {
                diagnostics.error("invalid slug '\(slug)': \(Rules.idRule)", at: start)
                return nil
            }
            var slugIsFree = true
            if generatedRoots.contains(slug) {
                diagnostics.error("page '\(slug)' collides with the folder '\(slug)/' the build generates", at: start,
                                  hint: "rename the file")
                slugIsFree = false
            }
            guard let document = FrontMatterFile.load(path: path, allowedKeys: keys, fileSystem: fileSystem,
                                                       diagnostics: &diagnostics) else { return nil }
            let reader = document.reader
            let title = document.required("title", reader.string("title", &diagnostics), &diagnostics)
            let page = StandalonePage(slug: slug, path: path, title: title ?? slug,
                                      summary: reader.string("summary", &diagnostics),
                                      nav: reader.positiveInt("nav", &diagnostics), body: document.body)
            return slugIsFree ? page : nil
        }
    }
}
