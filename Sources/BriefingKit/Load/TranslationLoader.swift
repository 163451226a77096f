import Yams

extension ContentLoader {
    /// `<slug>.<lang>.md` files (DESIGN §8): a translation gives its own words and takes every fact
    /// from its original — a value it repeats must be equal, a claim it lists must exist there and
    /// keep its verdict.
    enum TranslationLoader {
        /// A file named with a language suffix: `briefings/x.fr.md` is the `fr` translation of `x`.
        struct File {
            var path: String
            var base: String
            var code: String
        }

        /// Sorts a folder's Markdown files into originals and translations; a translation in the
        /// default language or in one `site.yaml` does not list is an error and left out.
        static func separate(_ files: [(path: String, name: String)], config: SiteConfig,
                             _ diagnostics: inout Diagnostics) -> (originals: [(path: String, name: String)], translations: [File]) {
            var originals: [(path: String, name: String)] = []
            var translations: [File] = []
            let listed = config.languages.map(\.code)
            for file in files {
                guard let (base, code) = LanguageCode.split(file.name) else {
                    originals.append(file)
                    continue
                }
                let location = SourceLocation(file: file.path, line: 1)
                if code == config.language.lowercased() {
                    diagnostics.error("'.\(code).md': \(code) is the site's default language, whose files take no language suffix",
                                      at: location, hint: "rename the file to '\(base).md'")
                } else if !listed.contains(code) {
                    // Codes are too short for a nearest-name guess ('de' is two edits from 'fr').
                    let hint = "list it in site.yaml: languages: {\(code): {title: …}}"
                    diagnostics.error("language '\(code)' is not listed in site.yaml's 'languages'", at: location, hint: hint)
                } else {
                    translations.append(File(path: file.path, base: base, code: code))
                }
            }
            return (originals, translations)
        }

        /// The error for a translation whose original does not exist.
        static func reportOrphan(_ file: File, folder: String, known: some Sequence<String>, _ diagnostics: inout Diagnostics) {
            diagnostics.error("translation without an original: there is no \(folder)/\(file.base).md",
                              at: SourceLocation(file: file.path, line: 1),
                              hint: NearestName.hint(for: file.base, in: known))
        }

        /// Compares a value the translation repeats with the original's: a different one is an error.
        struct Repeats {
            let reader: MappingReader
            let original: String

            func check<T: Equatable>(_ key: String, _ value: T?, equals originalValue: T?, shown: String,
                                     _ diagnostics: inout Diagnostics) {
                guard reader.entry(key) != nil, let value, value != originalValue else { return }
                diagnostics.error("'\(key)' differs from the original (\(original) has \(shown)): a translation takes it from there",
                                  at: reader.valueLocation(key), hint: "remove '\(key)' from the translation")
            }
        }

        // MARK: - Briefings

        /// The original with the translation's words: title, summary, body, and the claims' notes,
        /// corrections and history notes, timeline and update texts it gives.
        static func briefing(_ file: File, original: Briefing, fileSystem: FileSystem,
                             _ diagnostics: inout Diagnostics) -> Briefing? {
            guard let document = FrontMatterFile.load(path: file.path, allowedKeys: BriefingLoader.keys,
                                                       fileSystem: fileSystem, diagnostics: &diagnostics) else { return nil }
            let reader = document.reader
            let repeats = Repeats(reader: reader, original: "briefings/\(original.slug).md")
            var briefing = original
            briefing.path = file.path
            briefing.title = document.required("title", reader.string("title", &diagnostics), &diagnostics) ?? original.title
            briefing.summary = reader.string("summary", &diagnostics)
            briefing.body = document.body
            repeats.check("date", reader.date("date", full: true, &diagnostics), equals: original.date,
                          shown: original.date.description, &diagnostics)
            repeats.check("updated", reader.date("updated", full: true, &diagnostics), equals: original.updated,
                          shown: original.updated?.description ?? "none", &diagnostics)
            repeats.check("draft", reader.bool("draft", &diagnostics), equals: original.draft,
                          shown: String(original.draft), &diagnostics)
            repeats.check("tags", reader.strings("tags", &diagnostics), equals: original.tags,
                          shown: "[\(original.tags.joined(separator: ", "))]", &diagnostics)
            repeats.check("authors", reader.strings("authors", &diagnostics), equals: original.authors,
                          shown: "[\(original.authors.joined(separator: ", "))]", &diagnostics)
            repeats.check("reviews", reader.reference("reviews", &diagnostics)?.id, equals: original.reviews?.id,
                          shown: original.reviews?.id ?? "none", &diagnostics)
            repeats.check("moved-from", reader.strings("moved-from", &diagnostics), equals: original.movedFrom.map(\.id),
                          shown: "[\(original.movedFrom.map(\.id).joined(separator: ", "))]", &diagnostics)
            briefing.claims = claims(of: original, file: file, reader: reader, &diagnostics)
            briefing.timeline = timeline(of: original, reader: reader, &diagnostics)
            briefing.updates = updates(of: original, reader: reader, &diagnostics)
            return briefing
        }

        /// The original's claims in its order, each with the translation's words where it gives them;
        /// an unlisted claim is located at the translation's first line (for "never marked").
        private static func claims(of original: Briefing, file: File, reader: MappingReader,
                                   _ diagnostics: inout Diagnostics) -> [Claim] {
            var claims = original.claims.map { claim -> Claim in
                var claim = claim
                claim.location = SourceLocation(file: file.path, line: 1)
                return claim
            }
            guard let (mapping, _) = reader.mapping("claims", &diagnostics) else { return claims }
            let yaml = reader.yaml
            let ids = original.claims.map(\.id)
            for (keyNode, value) in mapping {
                let location = yaml.location(of: keyNode)
                let id = keyNode.scalar?.string ?? ""
                guard let index = ids.firstIndex(of: id) else {
                    diagnostics.error("claim '\(id)' is not a claim of the original (briefings/\(original.slug).md)",
                                      at: location, hint: NearestName.hint(for: id, in: ids)
                                        ?? "a translation re-words the original's claims; add new claims there first")
                    continue
                }
                var entry: Node.Mapping?
                if case .mapping(let found) = value { entry = found }
                let claimReader = MappingReader(entry, at: location, yaml: yaml, allowedKeys: BriefingLoader.claimKeys,
                                                diagnostics: &diagnostics)
                claims[index] = claim(original.claims[index], at: location, from: claimReader, briefing: original.slug,
                                      &diagnostics)
            }
            return claims
        }

        private static func claim(_ original: Claim, at location: SourceLocation, from reader: MappingReader,
                                  briefing: String, _ diagnostics: inout Diagnostics) -> Claim {
            var claim = original
            claim.location = location
            if reader.entry("status") != nil, let status = reader.choice("status", ClaimStatus.self, what: "status", &diagnostics),
               status != original.status {
                diagnostics.error("claim '\(original.id)' is '\(status.rawValue)' here but '\(original.status.rawValue)' in the original: a translation re-words a claim, it never re-judges it",
                                  at: reader.valueLocation("status"), hint: "remove 'status' or write '\(original.status.rawValue)'")
            }
            let repeats = Repeats(reader: reader, original: "briefings/\(briefing).md")
            repeats.check("confidence", reader.choice("confidence", Confidence.self, what: "confidence", &diagnostics),
                          equals: original.confidence, shown: original.confidence?.rawValue ?? "none", &diagnostics)
            repeats.check("sources", reader.strings("sources", &diagnostics), equals: original.sources.map(\.id),
                          shown: "[\(original.sources.map(\.id).joined(separator: ", "))]", &diagnostics)
            repeats.check("appearance", reader.strings("appearance", &diagnostics), equals: original.appearance.map(\.id),
                          shown: "[\(original.appearance.map(\.id).joined(separator: ", "))]", &diagnostics)
            repeats.check("moved-from", reader.strings("moved-from", &diagnostics), equals: original.movedFrom.map(\.id),
                          shown: "[\(original.movedFrom.map(\.id).joined(separator: ", "))]", &diagnostics)
            if let note = reader.markdown("note", &diagnostics) { claim.note = note }
            if let correction = reader.markdown("correction", &diagnostics) { claim.correction = correction }
            guard let items = rewordedEntries("history", keys: BriefingLoader.historyKeys, count: original.history.count,
                                              what: ("entries", "entry"), reader: reader, &diagnostics) else { return claim }
            for (index, item) in items.enumerated() {
                let entry = original.history[index]
                let repeats = Repeats(reader: item, original: "the original's history entry \(index + 1)")
                repeats.check("date", item.date("date", full: true, &diagnostics), equals: entry.date,
                              shown: entry.date.description, &diagnostics)
                repeats.check("status", item.choice("status", ClaimStatus.self, what: "status", &diagnostics),
                              equals: entry.status, shown: entry.status.rawValue, &diagnostics)
                if let note = item.markdown("note", &diagnostics) { claim.history[index].note = note }
            }
            return claim
        }

        /// The readers of the translation's list `key`, which re-words the original's `count` entries
        /// in order; nil when it does not give the list, or gives another number of entries (an error).
        private static func rewordedEntries(_ key: String, keys: [String], count: Int, what: (plural: String, singular: String),
                                            reader: MappingReader, _ diagnostics: inout Diagnostics) -> [MappingReader]? {
            guard reader.entry(key) != nil else { return nil }
            let items = reader.mappings(key, allowedKeys: keys, &diagnostics)
            guard items.count == count else {
                diagnostics.error("'\(key)' has \(items.count) \(what.plural) here and \(count) in the original: a translation re-words each \(what.singular), in order",
                                  at: reader.valueLocation(key))
                return nil
            }
            return items
        }

        /// The original's timeline with the translation's texts, entry for entry.
        private static func timeline(of original: Briefing, reader: MappingReader, _ diagnostics: inout Diagnostics) -> [TimelineEvent] {
            guard let items = rewordedEntries("timeline", keys: BriefingLoader.timelineKeys, count: original.timeline.count,
                                              what: ("events", "event"), reader: reader, &diagnostics) else { return original.timeline }
            var events = original.timeline
            for (index, item) in items.enumerated() {
                let event = original.timeline[index]
                let repeats = Repeats(reader: item, original: "the original's event \(index + 1)")
                repeats.check("date", item.date("date", full: false, &diagnostics), equals: event.date,
                              shown: event.date.description, &diagnostics)
                repeats.check("claim", item.string("claim", &diagnostics), equals: event.claim?.id,
                              shown: event.claim?.id ?? "none", &diagnostics)
                repeats.check("term", item.string("term", &diagnostics), equals: event.term?.id,
                              shown: event.term?.id ?? "none", &diagnostics)
                if let text = item.markdown("text", &diagnostics) { events[index].text = text }
                events[index].location = item.location
            }
            return events
        }

        /// The original's updates with the translation's texts, entry for entry.
        private static func updates(of original: Briefing, reader: MappingReader, _ diagnostics: inout Diagnostics) -> [BriefingUpdate] {
            guard let items = rewordedEntries("updates", keys: BriefingLoader.updateKeys, count: original.updates.count,
                                              what: ("entries", "entry"), reader: reader, &diagnostics) else { return original.updates }
            var updates = original.updates
            for (index, item) in items.enumerated() {
                let update = original.updates[index]
                let repeats = Repeats(reader: item, original: "the original's update \(index + 1)")
                repeats.check("date", item.date("date", full: true, &diagnostics), equals: update.date,
                              shown: update.date.description, &diagnostics)
                repeats.check("kind", item.choice("kind", UpdateKind.self, what: "update kind", &diagnostics),
                              equals: update.kind, shown: update.kind.rawValue, &diagnostics)
                if let text = item.markdown("text", &diagnostics) { updates[index].text = text }
                updates[index].location = item.location
            }
            return updates
        }
    }
}
