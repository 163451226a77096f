/// Documents → the files of a search index that a browser reads a few kilobytes of per query
/// (DESIGN §7, Search that scales). Pure and deterministic: the same documents give the same files.
///
/// Layout, all under `folder` (relative to the site root):
/// - `manifest.<hash>.js`: the records folder and the dictionary shards, each with its first word.
/// - `d/<hash>.js`: a shard: a run of the sorted words, each with how many places hold it and where
///   its postings are (inline when short, else a chunk).
/// - `c/<hash>.js`: a chunk: postings of neighbouring words, best places first, capped per word.
/// - `r/<bucket>.js`: up to `recordsPerBucket` records (passages with their title, URL and verdict) of
///   one page, the page's URL said once and each record's fields only where they differ from the
///   previous record's (`SearchRecord.bucketFile`). A record's id, and so its bucket, comes from
///   its page's URL and its place in the page, not from anything else on the site: a paragraph edit
///   rewrites its bucket, the postings of the words whose places changed and the shards and manifest
///   naming them — never the whole index.
///   (Content-hashed bucket names would change every posting that points into the bucket.)
public struct SearchIndexBuilder: Sendable {
    public var folder: String
    public var layout: SearchIndexLayout

    public init(folder: String = "search/", layout: SearchIndexLayout = SearchIndexLayout()) {
        self.folder = folder
        self.layout = layout
    }

    public func build(_ documents: [SearchDocument]) -> SearchIndex {
        var vocabulary = WordTable()
        let indexed = Self.index(documents, into: &vocabulary)
        var memo = SearchFileMemo()
        return build(indexed, vocabulary: vocabulary, memo: &memo)
    }

    /// The index of documents already indexed into `vocabulary` (see `index(_:into:)`), in their order.
    /// `memo` keeps the record files' texts for the next build: a bucket whose records are the same
    /// strings as last time keeps its text (the preview's rebuilds then compare it in no time).
    func build(_ documents: [IndexedDocument], vocabulary: WordTable, memo: inout SearchFileMemo) -> SearchIndex {
        let (ids, buckets) = assignIDs(documents)
        let encoded = postings(documents, ids: ids, vocabulary: vocabulary)

        var files: [SearchIndex.File] = []
        // "rv": a hash of every bucket, which the page adds to a bucket's address (`?v=`): buckets keep
        // their names across edits, so a browser's cached copy must not stand for the new one.
        let recordsVersion = recordFiles(buckets, memo: &memo, into: &files)
        let chunkOfTerm = chunkFiles(encoded, into: &files)
        let shards = shardFiles(encoded, chunkOfTerm: chunkOfTerm, into: &files)
        // "d": the shards' first words and keys, alternating, in dictionary order.
        var manifest = "{\"v\":3,\"b\":\(layout.recordsPerBucket),\"rv\":" + SearchEncoding.quoted(recordsVersion) + ",\"d\":["
        manifest += shards.map { SearchEncoding.quoted($0.first) + "," + SearchEncoding.quoted($0.file) }.joined(separator: ",")
        manifest += "]}"
        let manifestPath = folder + "manifest." + SearchEncoding.contentHash(manifest) + ".js"
        files.append(.init(path: manifestPath, text: SearchEncoding.script(key: "manifest", payload: manifest)))
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return SearchIndex(manifestPath: manifestPath, files: files, documentCount: documents.count,
                           recordCount: ids.count, termCount: encoded.count)
    }

    /// Every word's postings, in dictionary order: how many records hold it, and its best places as
    /// text. Places are gathered by record order (briefings newest first), which breaks ties between
    /// equal scores; each kept place is then written with its stable id. Gathered by word number
    /// (a counting sort over every record's words), written on every core.
    private func postings(_ documents: [IndexedDocument], ids: [Int], vocabulary: WordTable)
        -> [(term: String, count: Int, postings: String)] {
        let places = Places(documents, words: vocabulary.count)
        let used = (0..<vocabulary.count).filter { places.starts[$0 + 1] > places.starts[$0] }.sorted(by: vocabulary.precedes)
        let pieces = min(used.count, 16)
        let cap = layout.postingCap
        let encoded = Parallel.map(Array(0..<pieces)) { piece -> [(term: String, count: Int, postings: String)] in
            var text: [UInt8] = []
            return used[(piece * used.count / pieces)..<((piece + 1) * used.count / pieces)].map { term in
                let range = places.starts[term]..<places.starts[term + 1]
                let kept = places.best(range, count: cap).map { (id: ids[$0.id], score: $0.score) }
                text.removeAll(keepingCapacity: true)
                SearchEncoding.postings(kept, into: &text)
                return (vocabulary.string(term), range.count, String(decoding: text, as: UTF8.self))
            }
        }
        return encoded.flatMap { $0 }
    }

    /// Every word's places (record number, score) in record order, one run per word number: a
    /// counting sort over every record's words.
    struct Places: Sendable {
        /// Word `n`'s places are at `starts[n]..<starts[n + 1]`.
        let starts: [Int]
        let records: [Int32]
        let scores: [UInt8]

        init(_ documents: [IndexedDocument], words: Int) {
            var starts = [Int](repeating: 0, count: words + 1)
            for document in documents {
                for term in document.terms { starts[Int(term) + 1] += 1 }
            }
            for term in 0..<words { starts[term + 1] += starts[term] }
            var records = [Int32](repeating: 0, count: starts[words])
            var scores = [UInt8](repeating: 0, count: starts[words])
            var next = starts
            var record: Int32 = 0
            for document in documents {
                var from = 0
                for end in document.ends {
                    for index in from..<Int(end) {
                        let term = Int(document.terms[index])
                        records[next[term]] = record
                        scores[next[term]] = document.scores[index]
                        next[term] += 1
                    }
                    from = Int(end)
                    record += 1
                }
            }
            self.starts = starts
            self.records = records
            self.scores = scores
        }

        /// The `count` best of the places in `range` (record order), as (record, score), best score
        /// first and records ascending within a score: counted by score (a common word has tens of
        /// thousands of places), then the few kept sorted.
        func best(_ range: Range<Int>, count: Int) -> [(id: Int, score: Int)] {
            // Most words have a few places (a site has many numbers and names): sorting those is cheapest.
            func ordered(_ list: [(id: Int, score: Int)]) -> [(id: Int, score: Int)] {
                list.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
            }
            if range.count <= count { return ordered(range.map { (Int(records[$0]), Int(scores[$0])) }) }
            var perScore = [Int](repeating: 0, count: 256)
            for index in range { perScore[Int(scores[index])] += 1 }
            // The lowest score still kept, and how many of that score fit.
            var kept = 0
            var lowest = 255
            while lowest > 0 && kept + perScore[lowest] < count {
                kept += perScore[lowest]
                lowest -= 1
            }
            var roomAtLowest = count - kept
            var best: [(id: Int, score: Int)] = []
            best.reserveCapacity(count)
            for index in range {
                let score = Int(scores[index])
                guard score > lowest || (score == lowest && roomAtLowest > 0) else { continue }
                if score == lowest { roomAtLowest -= 1 }
                best.append((Int(records[index]), score))
            }
            return ordered(best)
        }
    }

    /// A stable spread of words over `count` partitions (FNV-1a of the bytes; `hashValue` changes per run).
    static func partition(of term: String, among count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in term.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash % UInt32(count))
    }

    /// Records a page holds at most under one slot; a page with more takes further slots.
    var recordsPerSlot: Int { layout.recordsPerBucket * 256 }
    /// Slots pages are spread over by the hash of their URL (ids stay below 2^31 at up to 8 per bucket).
    static let slotCount = 1 << 20

    /// Gives each record an id that depends only on its page (the URL before `#`) and its place in
    /// that page: `slot * recordsPerSlot + place`, the slot from a hash of the page's URL (the next free
    /// one on a collision, pages taken in order). Returns the ids in record order, and the buckets by
    /// bucket number (`id / recordsPerBucket`), each a list of records in id order; a bucket holds
    /// one page's records.
    private func assignIDs(_ documents: [IndexedDocument]) -> (ids: [Int], buckets: [(number: Int, records: [SearchRecord])]) {
        var taken = Set<Int>()
        var slotOfPart: [String: Int] = [:]
        var placeInPage: [String: Int] = [:]
        var ids: [Int] = []
        ids.reserveCapacity(documents.reduce(0) { $0 + $1.records.count })
        // A page's records are consecutive (its documents follow each other), and so are a bucket's:
        // gathered as runs, each started only where the bucket changes.
        var runs: [(number: Int, records: [SearchRecord])] = []
        var page = ""
        var place = 0
        var slot = -1
        for document in documents where !document.records.isEmpty {
            if slot < 0 || document.page != page {
                if slot >= 0 { placeInPage[page] = place }
                page = document.page
                place = placeInPage[page, default: 0]
                slot = -1
            }
            for record in document.records {
                if slot < 0 || place % recordsPerSlot == 0 {
                    let part = page + "\u{0}" + String(place / recordsPerSlot)
                    slot = slotOfPart[part] ?? {
                        var slot = Self.partition(of: part, among: Self.slotCount)
                        while taken.contains(slot) { slot = (slot + 1) % Self.slotCount }
                        taken.insert(slot)
                        slotOfPart[part] = slot
                        return slot
                    }()
                }
                let id = slot * recordsPerSlot + place % recordsPerSlot
                ids.append(id)
                let number = id / layout.recordsPerBucket
                if let last = runs.last, last.number == number {
                    runs[runs.count - 1].records.append(record)
                } else {
                    runs.append((number, [record]))
                }
                place += 1
            }
        }
        // By bucket number; runs of one bucket (a page met twice) joined in record order.
        let sorted = runs.indices.sorted { runs[$0].number != runs[$1].number ? runs[$0].number < runs[$1].number : $0 < $1 }
        var buckets: [(number: Int, records: [SearchRecord])] = []
        buckets.reserveCapacity(sorted.count)
        for index in sorted {
            if let last = buckets.last, last.number == runs[index].number {
                buckets[buckets.count - 1].records += runs[index].records
            } else {
                buckets.append(runs[index])
            }
        }
        return (ids, buckets)
    }
}
