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

    /// Cuts the sorted dictionary into shards of about `shardBytes`, writes them and returns each
    /// shard's first word with its key, in order: a word's shard is the last one whose first word is
    /// not after it, so the manifest grows with the dictionary's size, not with the alphabet.
    func shardFiles(_ terms: [(term: String, count: Int, postings: String)], chunkOfTerm: [String: String],
                    into files: inout [SearchIndex.File]) -> [(first: String, file: String)] {
        var manifest: [(first: String, file: String)] = []
        var rows: [String] = []
        var chunkKeys: [String] = []
        var chunkIndex: [String: Int] = [:]
        var first = ""
        var bytes = 0
        func close() {
            guard !rows.isEmpty else { return }
            let payload = "{\"f\":[" + chunkKeys.map(SearchEncoding.quoted).joined(separator: ",") + "],\"t\":["
                + rows.joined(separator: ",") + "]}"
            let key = "d/" + SearchEncoding.contentHash(payload)
            files.append(.init(path: folder + key + ".js", text: SearchEncoding.script(key: key, payload: payload)))
            manifest.append((first, key))
            rows = []
            chunkKeys = []
            chunkIndex = [:]
            bytes = 0
        }
        for entry in terms {
            if rows.isEmpty { first = entry.term }
            var row = "[" + SearchEncoding.quoted(entry.term) + "," + String(entry.count) + ","
            if let chunk = chunkOfTerm[entry.term] {
                let index = chunkIndex[chunk] ?? {
                    chunkKeys.append(chunk)
                    chunkIndex[chunk] = chunkKeys.count - 1
                    return chunkKeys.count - 1
                }()
                row += String(index)
            } else {
                row += SearchEncoding.quoted(entry.postings)
            }
            row += "]"
            rows.append(row)
            bytes += row.utf8.count
            if bytes >= layout.shardBytes { close() }
        }
        close()
        return manifest
    }
}
