/// Reads `Content/` — `site.yaml`, `sources.yaml`, `glossary/*.md`, `briefings/*.md`, `assets/`,
/// `static/` — into a `Site`, reporting every problem as a diagnostic. It never stops at the first
/// problem and never crashes on content: what cannot be read is left out (or given placeholders)
/// so that later stages can still check everything else.
public struct ContentLoader: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .live) {
        self.fileSystem = fileSystem
    }

    /// `contentDirectory` as the user gave it (`Content`, `/tmp/x/Content`); paths in diagnostics and
    /// in `Briefing.path` / `GlossaryEntry.path` are it plus `/briefings/x.md` and so on.
    public func load(contentDirectory: String) -> LoadedContent {
        var parsed = ParsedContent()
        return load(contentDirectory: contentDirectory, reusing: &parsed)
    }

    /// `load(contentDirectory:)`, taking each file's result from `parsed` when it holds one and
    /// keeping every file it parses there: a later load re-reads only what was forgotten since
    /// (`ParsedContent.forget`). Listings and cross-reference checks are always done afresh.
    public func load(contentDirectory: String, reusing parsed: inout ParsedContent) -> LoadedContent {
        let directory = contentDirectory.count > 1 && contentDirectory.hasSuffix("/")
            ? String(contentDirectory.dropLast()) : contentDirectory
        // A copy the parsing threads capture.
        let fileSystem = self.fileSystem
        var diagnostics = Diagnostics()
        let start = SourceLocation(file: directory, line: 1)
        switch fileSystem.kind(directory) {
        case .directory:
            break
        case .missing:
            diagnostics.error("content directory '\(directory)' does not exist", at: start)
            return LoadedContent(site: Site(config: SiteConfigLoader.placeholder), diagnostics: diagnostics)
        case .file, .symbolicLink, .other:
            diagnostics.error("content directory '\(directory)' is not a directory", at: start)
            return LoadedContent(site: Site(config: SiteConfigLoader.placeholder), diagnostics: diagnostics)
        }

        let config = parsed.config ?? {
            var fileDiagnostics = Diagnostics()
            let config = SiteConfigLoader.load(path: directory + "/site.yaml", fileSystem: fileSystem,
                                               diagnostics: &fileDiagnostics)
            return (config, fileDiagnostics)
        }()
        if parsed.sources == nil {
            parsed.claimChecks = [:]
            parsed.sourceIDs = nil
        }
        // sources.yaml is one file, parsed by one thread: on the 1,000-briefing corpus, 80 ms with
        // the other core idle. It is parsed while the glossary and the briefings are; only the
        // briefings' claim checks wait for it.
        let sourcesPath = directory + "/sources.yaml"
        let sourcesParse = parsed.sources == nil ? Background {
            var fileDiagnostics = Diagnostics()
            var unreadable: Set<String> = []
            let sources = SourcesLoader.load(path: sourcesPath, fileSystem: fileSystem, unreadable: &unreadable,
                                             diagnostics: &fileDiagnostics)
            // A file that gave no source and an error could not be read: its errors come first.
            if sources.isEmpty && fileDiagnostics.hasErrors { fileDiagnostics = fileDiagnostics.asRootCauses }
            return (sources, fileDiagnostics, unreadable)
        } : nil
        // Files are independent: parse them on every core, then merge diagnostics in file order.
        var listingDiagnostics = Diagnostics()
        let knownGlossary = parsed.glossary, knownBriefings = parsed.briefings
        let glossaryListing = markdownFiles(in: directory + "/glossary", config: config.0, memo: &parsed.listings, &listingDiagnostics)
        let briefingListing = markdownFiles(in: directory + "/briefings", config: config.0, memo: &parsed.listings, &listingDiagnostics)
        let glossaryFiles = Parallel.map(glossaryListing.originals) { path, id in
            knownGlossary[path] ?? {
                var fileDiagnostics = Diagnostics()
                let entry = GlossaryLoader.load(path: path, id: id, fileSystem: fileSystem, diagnostics: &fileDiagnostics)
                return ParsedContent.File(path: path, value: entry,
                                          diagnostics: entry == nil ? fileDiagnostics.asRootCauses : fileDiagnostics)
            }()
        }
        let parsedBriefings = Parallel.map(briefingListing.originals) { path, slug in
            knownBriefings[path] ?? {
                var fileDiagnostics = Diagnostics()
                let briefing = BriefingLoader.load(path: path, slug: slug, fileSystem: fileSystem,
                                                   diagnostics: &fileDiagnostics)
                return ParsedContent.File(path: path, value: briefing,
                                          diagnostics: briefing == nil ? fileDiagnostics.asRootCauses : fileDiagnostics)
            }()
        }
        let sources = parsed.sources ?? sourcesParse!.value
        parsed.config = config
        parsed.sources = sources
        diagnostics.append(config.1)
        diagnostics.append(sources.1)
        diagnostics.append(listingDiagnostics)
        // Ids read tolerantly from an unreadable sources.yaml count as known: no knock-on errors.
        let sourceIDs = parsed.sourceIDs ?? Set(sources.0.map(\.id)).union(sources.2)
        parsed.sourceIDs = sourceIDs
        let validator = ReferenceValidator(), knownChecks = parsed.claimChecks
        // Indexed only when a briefing's claims are checked (a preview rebuild checks the saved file's).
        let sourcesByID = briefingListing.originals.allSatisfy { knownChecks[$0.path] != nil } ? [:]
            : Dictionary(sources.0.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Only the briefings whose checks are not known are checked, on every core (a preview's
        // rebuild checks the saved file's alone, without waking the other threads).
        var checks = parsedBriefings.map { knownChecks[$0.path] }
        let unchecked = checks.indices.filter { checks[$0] == nil }
        let made = Parallel.map(unchecked) { index in
            parsedBriefings[index].value.map {
                validator.checkClaims(of: $0, sourceIDs: sourceIDs, sources: sources.0, byID: sourcesByID)
            } ?? Diagnostics()
        }
        for (index, claimChecks) in zip(unchecked, made) { checks[index] = claimChecks }
        let briefingFiles = zip(parsedBriefings, checks).map { (file: $0, claimChecks: $1 ?? Diagnostics()) }
        parsed.glossary.update(to: glossaryFiles.lazy.map { ($0.path, $0) }) { path, file in knownGlossary[path] !== file }
        parsed.briefings.update(to: briefingFiles.lazy.map { ($0.file.path, $0.file) }) { path, file in knownBriefings[path] !== file }
        parsed.claimChecks.update(to: briefingFiles.lazy.map { ($0.file.path, $0.claimChecks) }) { path, _ in knownChecks[path] == nil }
        for file in glossaryFiles { diagnostics.append(file.diagnostics) }
        for entry in briefingFiles { diagnostics.append(entry.file.diagnostics) }
        let glossary = glossaryFiles.compactMap(\.value)
        var site = Site(
            config: config.0,
            sources: sources.0,
            glossary: glossary.sorted { $0.id < $1.id },
            briefings: Self.sortedBySlug(briefingFiles.compactMap(\.file.value)),
            pages: [],
            assets: files(under: directory + "/assets", &diagnostics),
            staticFiles: files(under: directory + "/static", &diagnostics)
        )
        let pageListing = pages(in: directory, config: config.0, &diagnostics)
        site.pages = pageListing.pages
        site.imageSizes = imageSizes(of: site.assets, in: directory + "/assets", known: &parsed.imageSizes)
        site.unreadable = unreadable(glossaryFiles: glossaryFiles, briefingFiles: briefingFiles.map(\.file),
                                     sources: sources.2)
        for briefing in site.briefings { diagnostics.append(parsed.claimChecks[briefing.path] ?? Diagnostics()) }
        let entryChecks = parsed.entryChecks.flatMap { known in
            known.glossary == site.glossary && known.unreadable == site.unreadable.glossary && known.sourceIDs == sourceIDs
                ? known.diagnostics : nil
        } ?? validator.checkEntries(site.glossary, unreadable: site.unreadable.glossary, sourceIDs: sourceIDs)
        parsed.entryChecks = (site.glossary, site.unreadable.glossary, sourceIDs, entryChecks)
        diagnostics.append(entryChecks)
        diagnostics.append(validator.checkTimelineTerms(site))
        diagnostics.append(MovedFromValidator().validate(site))
        site.translations = translations(glossary: glossaryListing.translations, briefings: briefingListing.translations,
                                         pages: pageListing.translations, of: site, &diagnostics)
        return LoadedContent(site: site, diagnostics: diagnostics)
    }

    /// `briefings` by slug; most often they are so already (listed by file name), and then not moved.
    private static func sortedBySlug(_ briefings: [Briefing]) -> [Briefing] {
        // By index: a pair of briefings taken out of the array would be copied field by field.
        for index in briefings.indices.dropFirst() where !(briefings[index - 1].slug < briefings[index].slug) {
            return briefings.sorted { $0.slug < $1.slug }
        }
        return briefings
    }

    /// The size of every image among `assets` whose header can be read; files read before (in `known`)
    /// are not read again.
    private func imageSizes(of assets: [String], in folder: String, known: inout [String: ImageSize?]) -> [String: ImageSize] {
        var sizes: [String: ImageSize] = [:]
        var kept: [String: ImageSize?] = [:]
        for path in assets where ImageSize.extensions.contains(path.split(separator: ".").last.map { $0.lowercased() } ?? "") {
            let size = known[path] ?? (try? fileSystem.read(folder + "/" + path)).flatMap(ImageSize.read)
            kept[path] = size
            if let size { sizes[path] = size }
        }
        known = kept
        return sizes
    }

    /// The ids of the files that could not be read, from their file names (and `sources.yaml`'s keys).
    private func unreadable(glossaryFiles: [ParsedContent.File<GlossaryEntry>], briefingFiles: [ParsedContent.File<Briefing>],
                            sources: Set<String>) -> UnreadableContent {
        func name(_ path: String) -> String {
            String((path.split(separator: "/").last ?? "").dropLast(3))
        }
        var result = UnreadableContent()
        result.glossary = Set(glossaryFiles.filter { $0.value == nil }.map { name($0.path) }.filter(Rules.isValidID))
        result.briefings = Set(briefingFiles.filter { $0.value == nil }.map { name($0.path) }.filter(Rules.isValidID))
        result.sources = sources
        return result
    }

    /// Reads one briefing from bytes (e.g. standard input for `briefing render`), as the site
    /// loader would; nil when it cannot be parsed at all. No cross references are checked.
    public func loadBriefing(bytes: [UInt8], path: String, slug: String) -> (briefing: Briefing?, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        guard let file = TextFile.decode(bytes, path: path, diagnostics: &diagnostics),
              let document = FrontMatterFile.parse(file, allowedKeys: BriefingLoader.keys, diagnostics: &diagnostics)
        else { return (nil, diagnostics) }
        return (BriefingLoader.briefing(slug: slug, path: path, from: document, &diagnostics), diagnostics)
    }

    /// `pages/*.md`, sorted by slug. Read on every load: there are few, and a change to one makes the
    /// preview server rebuild everything (`ChangeKind.unknown`).
    private func pages(in directory: String, config: SiteConfig, _ diagnostics: inout Diagnostics)
        -> (pages: [StandalonePage], translations: [TranslationLoader.File]) {
        let listing = TranslationLoader.separate(markdownFiles(in: directory + "/pages", &diagnostics), config: config,
                                                 &diagnostics)
        let codes = config.languages.map(\.code) + [config.language.lowercased()]
        let pages = listing.originals.compactMap { path, slug -> StandalonePage? in
            if codes.contains(slug) {
                diagnostics.error("page '\(slug)' takes the name of the language folder '\(slug)/'",
                                  at: SourceLocation(file: path, line: 1), hint: "rename the file")
                return nil
            }
            return PagesLoader.load(path: path, slug: slug, fileSystem: fileSystem, diagnostics: &diagnostics)
        }
        return (pages.sorted { $0.slug < $1.slug }, listing.translations)
    }

    /// Each translation merged with its original, by language (DESIGN §8). A translation whose
    /// original could not be read is skipped silently: the original's own error is the root cause.
    private func translations(glossary: [TranslationLoader.File], briefings: [TranslationLoader.File],
                              pages: [TranslationLoader.File], of site: Site,
                              _ diagnostics: inout Diagnostics) -> [String: LanguageContent] {
        guard !(glossary.isEmpty && briefings.isEmpty && pages.isEmpty) else { return [:] }
        var content: [String: LanguageContent] = [:]
        for language in site.config.languages { content[language.code] = LanguageContent() }
        let entries = Dictionary(site.glossary.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for file in glossary {
            guard let original = entries[file.base] else {
                if !site.unreadable.glossary.contains(file.base) {
                    TranslationLoader.reportOrphan(file, folder: "glossary", known: entries.keys, &diagnostics)
                }
                continue
            }
            if let entry = TranslationLoader.glossaryEntry(file, original: original, fileSystem: fileSystem, &diagnostics) {
                content[file.code]?.glossary[entry.id] = entry
            }
        }
        let originals = Dictionary(site.briefings.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for file in briefings {
            guard let original = originals[file.base] else {
                if !site.unreadable.briefings.contains(file.base) {
                    TranslationLoader.reportOrphan(file, folder: "briefings", known: originals.keys, &diagnostics)
                }
                continue
            }
            if let briefing = TranslationLoader.briefing(file, original: original, fileSystem: fileSystem, &diagnostics) {
                content[file.code]?.briefings.append(briefing)
            }
        }
        let pagesBySlug = Dictionary(site.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for file in pages {
            guard let original = pagesBySlug[file.base] else {
                TranslationLoader.reportOrphan(file, folder: "pages", known: pagesBySlug.keys, &diagnostics)
                continue
            }
            if let page = TranslationLoader.page(file, original: original, fileSystem: fileSystem, &diagnostics) {
                content[file.code]?.pages.append(page)
            }
        }
        for code in content.keys {
            content[code]?.briefings.sort { $0.slug < $1.slug }
            content[code]?.pages.sort { $0.slug < $1.slug }
        }
        return content
    }

    /// The `.md` files of a content folder as (path, name without `.md`); anything else is skipped
    /// with a warning (hidden files and editors' backup and swap files silently). A missing folder is an empty one.
    private func markdownFiles(in folder: String, _ diagnostics: inout Diagnostics) -> [(path: String, name: String)] {
        guard let names = listing(of: folder, &diagnostics) else { return [] }
        return markdownFiles(named: names, in: folder, &diagnostics)
    }

    /// The Markdown files of `folder` (the glossary's, the briefings'), originals and translations,
    /// as `memo` holds them when the folder lists the same names for the same languages (a save of a
    /// file lists the folder again, and the same 1,000 names build the same 1,000 paths).
    private func markdownFiles(in folder: String, config: SiteConfig, memo: inout [String: FolderListing],
                               _ diagnostics: inout Diagnostics) -> FolderListing.Files {
        var listingDiagnostics = Diagnostics()
        defer { diagnostics.append(listingDiagnostics) }
        guard let names = listing(of: folder, &listingDiagnostics) else {
            memo[folder] = nil
            return ([], [])
        }
        let languages = [config.language] + config.languages.map(\.code)
        if let known = memo[folder], known.names == names, known.languages == languages {
            listingDiagnostics = known.diagnostics
            return known.files
        }
        let files = TranslationLoader.separate(markdownFiles(named: names, in: folder, &listingDiagnostics), config: config,
                                               &listingDiagnostics)
        memo[folder] = FolderListing(names: names, languages: languages, files: files, diagnostics: listingDiagnostics)
        return files
    }

    private func markdownFiles(named names: [String], in folder: String,
                               _ diagnostics: inout Diagnostics) -> [(path: String, name: String)] {
        let folderName = folder.split(separator: "/").last.map(String.init) ?? folder
        var result: [(path: String, name: String)] = []
        result.reserveCapacity(names.count)
        for name in names where !QuietFiles.isQuiet(name) {
            let path = "\(folder)/\(name)"
            guard name.hasSuffix(".md") else {
                diagnostics.warning("ignoring '\(name)': only .md files are read in \(folderName)/",
                                    at: SourceLocation(file: path, line: 1))
                continue
            }
            result.append((path, String(name.dropLast(3))))
        }
        return result
    }

    /// Paths of the regular files under `folder`, relative to it and sorted; anything that is not a
    /// regular file or a directory (symbolic links included) is an error. Missing folder: none.
    private func files(under folder: String, _ diagnostics: inout Diagnostics) -> [String] {
        var result: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = listing(of: absolute, &diagnostics) else { continue }
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch fileSystem.kind(folder + "/" + path) {
                case .file:
                    result.append(path)
                case .directory:
                    pending.append(path)
                case .missing:
                    break
                case .symbolicLink, .other:
                    diagnostics.error("not a regular file", at: SourceLocation(file: folder + "/" + path, line: 1))
                }
            }
        }
        return result.sorted()
    }

    /// The names in a folder; nil (silently) when it does not exist, nil with an error when it is
    /// not a directory or cannot be listed.
    private func listing(of folder: String, _ diagnostics: inout Diagnostics) -> [String]? {
        let location = SourceLocation(file: folder, line: 1)
        switch fileSystem.kind(folder) {
        case .missing:
            return nil
        case .directory:
            do {
                return try fileSystem.list(folder)
            } catch {
                diagnostics.error("cannot list directory: \(error)", at: location)
                return nil
            }
        case .file, .symbolicLink, .other:
            diagnostics.error("not a directory", at: location)
            return nil
        }
    }
}
