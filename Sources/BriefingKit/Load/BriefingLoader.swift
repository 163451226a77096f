import Yams

extension ContentLoader {
    /// `briefings/<slug>.md` → `Briefing`, claims included.
    enum BriefingLoader {
        static let keys = ["title", "date", "updated", "authors", "summary", "tags", "draft", "claims", "reviews",
                           "updates", "timeline", "moved-from"]
        static let claimKeys = ["status", "confidence", "sources", "note", "correction", "history", "appearance",
                                "moved-from"]
        /// Stands in for a missing or malformed date so the rest of the briefing is still checked.
        static let placeholderDate = PartialDate(year: 1970, month: 1, day: 1)

        /// A briefing whose required keys are broken is still returned with placeholders (the errors
        /// stop the build); nil when the file cannot be read or parsed or its slug is invalid.
        static func load(path: String, slug: String, fileSystem: FileSystem,
                         diagnostics: inout Diagnostics) -> Briefing? {
            let slugIsValid = Rules.isValidID(slug)
            if !slugIsValid {
                diagnostics.error("invalid slug '\(slug)': \(Rules.idRule)", at: SourceLocation(file: path, line: 1))
            }
            guard let document = FrontMatterFile.load(path: path, allowedKeys: keys, fileSystem: fileSystem,
                                                       diagnostics: &diagnostics) else { return nil }
            let briefing = briefing(slug: slug, path: path, from: document, &diagnostics)
            return slugIsValid ? briefing : nil
        }

        static func briefing(slug: String, path: String, from document: FrontMatterFile,
                             _ diagnostics: inout Diagnostics) -> Briefing {
            let reader = document.reader
            let title = document.required("title", reader.string("title", &diagnostics), &diagnostics)
            let date = document.required("date", reader.date("date", full: true, &diagnostics), &diagnostics)
            var tags: [String] = []
            for (tag, node) in reader.list("tags", &diagnostics) {
                if Rules.isValidID(tag) {
                    tags.append(tag)
                } else {
                    diagnostics.error("invalid tag '\(tag)': \(Rules.idRule)", at: reader.yaml.location(of: node))
                }
            }
            let claims = claims(from: reader, &diagnostics)
            return Briefing(
                slug: slug,
                path: path,
                title: title ?? slug,
                date: date ?? placeholderDate,
                updated: reader.date("updated", full: true, &diagnostics),
                authors: reader.strings("authors", &diagnostics),
                summary: reader.string("summary", &diagnostics),
                tags: tags,
                draft: reader.bool("draft", &diagnostics) ?? false,
                claims: claims,
                reviews: reader.reference("reviews", &diagnostics),
                updates: updates(from: reader, briefingDate: date, &diagnostics),
                timeline: timeline(from: reader, claims: claims, &diagnostics),
                body: document.body,
                movedFrom: reader.movedFrom(what: "slug", &diagnostics)
            )
        }

        static func claims(from reader: MappingReader, _ diagnostics: inout Diagnostics) -> [Claim] {
            guard let (mapping, _) = reader.mapping("claims", &diagnostics) else { return [] }
            let yaml = reader.yaml
            var claims: [Claim] = []
            claims.reserveCapacity(mapping.count)
            for (keyNode, value) in mapping {
                let location = yaml.location(of: keyNode)
                guard let id = keyNode.scalar?.string else {
                    diagnostics.error("a claim id must be plain text", at: location)
                    continue
                }
                guard Rules.isValidID(id) else {
                    diagnostics.error("invalid claim id '\(id)': \(Rules.idRule)", at: location)
                    continue
                }
                var entry: Node.Mapping?
                if case .mapping(let found) = value {
                    entry = found
                } else if !MappingReader.isNull(value) {
                    diagnostics.error("claim '\(id)' must be a mapping of keys to values", at: yaml.location(of: value))
                    continue
                }
                let claimReader = MappingReader(entry, at: location, yaml: yaml, allowedKeys: claimKeys,
                                                diagnostics: &diagnostics)
                claims.append(claim(id: id, at: location, from: claimReader, &diagnostics))
            }
            return claims
        }

        /// A claim whose status is missing or unknown is kept as `unverified` (after the error), so
        /// its marks in the body do not also show up as unknown claims.
        static func claim(id: String, at location: SourceLocation, from reader: MappingReader,
                          _ diagnostics: inout Diagnostics) -> Claim {
            let status = reader.require("status", reader.choice("status", ClaimStatus.self, what: "status",
                                                                 &diagnostics), &diagnostics)
            return Claim(
                id: id,
                status: status ?? .unverified,
                confidence: reader.choice("confidence", Confidence.self, what: "confidence", &diagnostics),
                sources: reader.references("sources", &diagnostics),
                note: reader.markdown("note", &diagnostics),
                correction: reader.markdown("correction", &diagnostics),
                history: history(from: reader, &diagnostics),
                appearance: reader.references("appearance", &diagnostics),
                location: location,
                movedFrom: reader.movedFrom(what: "claim id", &diagnostics)
            )
        }
    }
}
