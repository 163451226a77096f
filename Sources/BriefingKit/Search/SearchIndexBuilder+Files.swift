extension SearchIndexBuilder {
    /// Writes the buckets into a folder named by all of their hash; returns that folder, relative to `folder`.
    func recordFiles(_ buckets: [[String]], into files: inout [SearchIndex.File]) -> String {
        let payloads = buckets.map { "[" + $0.joined(separator: ",") + "]" }
        let recordsFolder = "r/" + SearchEncoding.contentHash(payloads.joined(separator: "\n"))
        for (number, payload) in payloads.enumerated() {
            let key = recordsFolder + "/" + SearchEncoding.base36(number)
            files.append(.init(path: folder + key + ".js", text: SearchEncoding.script(key: key, payload: payload)))
        }
        return recordsFolder
    }

    /// Puts the postings too long to inline into chunks of neighbouring words (so a prefix's words
    /// mostly share one); returns each such word's chunk key.
    func chunkFiles(_ terms: [(term: String, count: Int, postings: String)],
                    into files: inout [SearchIndex.File]) -> [String: String] {
        var chunkOfTerm: [String: String] = [:]
        var entries: [String] = []
        var members: [String] = []
        var bytes = 0
        func close() {
            guard !entries.isEmpty else { return }
            let payload = "{" + entries.joined(separator: ",") + "}"
            let key = "c/" + SearchEncoding.contentHash(payload)
            files.append(.init(path: folder + key + ".js", text: SearchEncoding.script(key: key, payload: payload)))
            for term in members { chunkOfTerm[term] = key }
            entries = []
            members = []
            bytes = 0
        }
        for entry in terms where entry.postings.utf8.count > layout.inlinePostingBytes {
            let text = SearchEncoding.quoted(entry.term) + ":" + SearchEncoding.quoted(entry.postings)
            entries.append(text)
            members.append(entry.term)
            bytes += text.utf8.count
            if bytes >= layout.chunkBytes { close() }
        }
        close()
        return chunkOfTerm
    }

    /// Groups the words by their first two characters (more where a group is too big), writes each
    /// group as a shard and returns the manifest's (prefix, shard key) pairs, sorted by prefix.
    func shardFiles(_ terms: [(term: String, count: Int, postings: String)], chunkOfTerm: [String: String],
                    into files: inout [SearchIndex.File]) -> [(key: String, file: String)] {
        struct Entry { var term: String; var count: Int; var place: String }
        let entries = terms.map { entry in
            Entry(term: entry.term, count: entry.count, place: chunkOfTerm[entry.term] ?? entry.postings)
        }
        var pending: [(length: Int, entries: [Entry])] = [(2, entries)]
        var groups: [(key: String, entries: [Entry])] = []
        // Splits oversized groups by one more character at a time (a loop over a work list, not recursion).
        while let (length, batch) = pending.popLast() {
            var byPrefix: [String: [Entry]] = [:]
            for entry in batch { byPrefix[String(entry.term.unicodeScalars.prefix(length)), default: []].append(entry) }
            for (prefix, members) in byPrefix {
                let size = members.reduce(0) { $0 + $1.term.utf8.count + $1.place.utf8.count + 12 }
                let longer = members.filter { $0.term.unicodeScalars.count > length }
                if size > layout.shardBytes && length < 8 && longer.count > 1 {
                    let exact = members.filter { $0.term.unicodeScalars.count <= length }
                    if !exact.isEmpty { groups.append((prefix, exact)) }
                    pending.append((length + 1, longer))
                } else {
                    groups.append((prefix, members))
                }
            }
        }
        groups.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var manifest: [(key: String, file: String)] = []
        for group in groups {
            let sorted = group.entries.sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
            var chunkKeys: [String] = []
            var chunkIndex: [String: Int] = [:]
            var rows: [String] = []
            for entry in sorted {
                var row = "[" + SearchEncoding.quoted(entry.term) + "," + String(entry.count) + ","
                if entry.place.hasPrefix("c/") {
                    let index = chunkIndex[entry.place] ?? {
                        chunkKeys.append(entry.place)
                        chunkIndex[entry.place] = chunkKeys.count - 1
                        return chunkKeys.count - 1
                    }()
                    row += String(index)
                } else {
                    row += SearchEncoding.quoted(entry.place)
                }
                rows.append(row + "]")
            }
            let payload = "{\"f\":[" + chunkKeys.map(SearchEncoding.quoted).joined(separator: ",") + "],\"t\":["
                + rows.joined(separator: ",") + "]}"
            let key = "d/" + SearchEncoding.contentHash(payload)
            files.append(.init(path: folder + key + ".js", text: SearchEncoding.script(key: key, payload: payload)))
            manifest.append((group.key, key))
        }
        return manifest
    }
}
