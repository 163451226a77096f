/// The record files of the last build, by bucket number, with the records they were made of: a
/// bucket whose records are the very strings of last time keeps its text and hash, and the
/// preview's rebuild, which compares each file's text with the last, finds it equal at once.
struct SearchFileMemo: Sendable {
    var buckets: [Int: (records: [SearchRecord], text: String, hash: UInt64)] = [:]
}

extension SearchIndexBuilder {
    /// Writes each bucket as `r/<bucket number in base 36>.js` (made on every core; the memo's text of
    /// an unchanged one reused) and returns the records version: a hash of the buckets' hashes, so
    /// that a rebuild hashes only the buckets it made.
    func recordFiles(_ buckets: [(number: Int, records: [SearchRecord])], memo: inout SearchFileMemo,
                     into files: inout [SearchIndex.File]) -> String {
        let known = memo.buckets
        let made = Parallel.map(buckets) { bucket -> (records: [SearchRecord], text: String, hash: UInt64) in
            if let known = known[bucket.number], known.records == bucket.records { return known }
            let key = "r/" + SearchEncoding.base36(bucket.number)
            let text = SearchRecord.bucketFile(key: key, bucket.records)
            return (bucket.records, text, SearchEncoding.hash(text))
        }
        var kept: [Int: (records: [SearchRecord], text: String, hash: UInt64)] = [:]
        kept.reserveCapacity(buckets.count)
        var version = SearchEncoding.Hash()
        for (bucket, entry) in zip(buckets, made) {
            kept[bucket.number] = entry
            files.append(.init(path: folder + "r/" + SearchEncoding.base36(bucket.number) + ".js", text: entry.text))
            withUnsafeBytes(of: entry.hash.littleEndian) { version.add($0) }
        }
        memo.buckets = kept
        return version.hex
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
            if Self.endsRun(after: entry.term, bytes: bytes, target: layout.chunkBytes, oneIn: 4) { close() }
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
            if Self.endsRun(after: entry.term, bytes: bytes, target: layout.shardBytes, oneIn: 16) { close() }
        }
        close()
        return manifest
    }

    /// Whether a chunk or shard of `bytes` closes after `term`: past half its target size, at a word
    /// whose hash is one in `oneIn`, or at twice the target. Where runs end then depends on the words
    /// there, not on the bytes before: one word's postings growing moves no later boundary, so an edit
    /// renames the few files around the words it touched, not every file after them.
    static func endsRun(after term: String, bytes: Int, target: Int, oneIn: Int) -> Bool {
        if bytes >= target * 2 { return true }
        return bytes >= target / 2 && partition(of: term, among: oneIn) == 0
    }
}
