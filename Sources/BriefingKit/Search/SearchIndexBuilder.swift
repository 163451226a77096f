/// Documents → the files of a search index that a browser reads a few kilobytes of per query
/// (DESIGN §7, Search that scales). Pure and deterministic: the same documents give the same files.
///
/// Layout, all under `folder` (relative to the site root):
/// - `manifest.<hash>.js`: the records folder and the dictionary shards, each with its first word.
/// - `d/<hash>.js`: a shard: a run of the sorted words, each with how many places hold it and where
///   its postings are (inline when short, else a chunk).
/// - `c/<hash>.js`: a chunk: postings of neighbouring words, best places first, capped per word.
/// - `r/<bucket>.js`: up to `recordsPerBucket` records (passages with their title, URL and verdict) of
///   one page. A record's id, and so its bucket, comes from its page's URL and its place in the page,
///   not from anything else on the site: a paragraph edit rewrites its bucket, the postings of the
///   words whose places changed and the shards and manifest naming them — never the whole index.
///   (Content-hashed bucket names would change every posting that points into the bucket.)
public struct SearchIndexBuilder: Sendable {
    public var folder: String
    public var layout: SearchIndexLayout

    public init(folder: String = "search/", layout: SearchIndexLayout = SearchIndexLayout()) {
        self.folder = folder
        self.layout = layout
    }

    /// A passage of a document with its place among the records.
    struct Record {
        var document: Int
        var passage: Int
        var text: String
        var json: String
        /// Its stable id (see `assignIDs`); postings are gathered by its place in `records`.
        var id = 0
    }

    public func build(_ documents: [SearchDocument]) -> SearchIndex {
        var records = makeRecords(documents)
        let buckets = assignIDs(&records, documents: documents)
        let ids = records.map(\.id)
        // Each record's words, already spread over `partitions` by a hash of the word, so that the
        // postings are gathered on every core, each core owning the words of its partitions.
        let partitions = 16
        let scored = Parallel.map(records) { record -> [[(String, Int)]] in
            var tokenizer = SearchTokenizer()
            var spread = [[(String, Int)]](repeating: [], count: partitions)
            for (term, score) in Self.scores(of: record, in: documents[record.document], tokenizer: &tokenizer) {
                spread[Self.partition(of: term, among: partitions)].append((term, score))
            }
            return spread
        }
        let gathered = Parallel.map(Array(0..<partitions)) { partition -> [(term: String, count: Int, postings: String)] in
            // Places are gathered by record order (briefings newest first), which breaks ties between
            // equal scores; each kept place is then written with its stable id.
            var postings: [String: [(id: Int, score: Int)]] = [:]
            for (index, spread) in scored.enumerated() {
                for (term, score) in spread[partition] {
                    postings[term, default: []].append((index, min(score, 255)))
                }
            }
            return postings.map { term, places in
                let kept = Self.best(places, count: layout.postingCap).map { (id: ids[$0.id], score: $0.score) }
                return (term, places.count, SearchEncoding.postings(kept))
            }
        }
        let encoded = gathered.flatMap { $0 }.sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
        let terms = encoded.map(\.term)

        var files: [SearchIndex.File] = []
        recordFiles(buckets, into: &files)
        let chunkOfTerm = chunkFiles(encoded, into: &files)
        let shards = shardFiles(encoded, chunkOfTerm: chunkOfTerm, into: &files)
        // "d": the shards' first words and keys, alternating, in dictionary order.
        // "rv": a hash of every bucket, which the page adds to a bucket's address (`?v=`): buckets keep
        // their names across edits, so a browser's cached copy must not stand for the new one.
        let recordsVersion = SearchEncoding.contentHash(buckets.map { $0.records.joined(separator: ",") }.joined(separator: "\n"))
        var manifest = "{\"v\":2,\"b\":\(layout.recordsPerBucket),\"rv\":" + SearchEncoding.quoted(recordsVersion) + ",\"d\":["
        manifest += shards.map { SearchEncoding.quoted($0.first) + "," + SearchEncoding.quoted($0.file) }.joined(separator: ",")
        manifest += "]}"
        let manifestPath = folder + "manifest." + SearchEncoding.contentHash(manifest) + ".js"
        files.append(.init(path: manifestPath, text: SearchEncoding.script(key: "manifest", payload: manifest)))
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return SearchIndex(manifestPath: manifestPath, files: files, documentCount: documents.count,
                           recordCount: records.count, termCount: terms.count)
    }

    private func makeRecords(_ documents: [SearchDocument]) -> [Record] {
        Parallel.map(Array(documents.indices)) { index -> [Record] in
            let document = documents[index]
            let passages = Passages.split(document.text)
            return (passages.isEmpty ? [""] : passages).enumerated().map { number, passage in
                Record(document: index, passage: number, text: passage, json: Self.recordJSON(document, passage: passage))
            }
        }.flatMap { $0 }
    }

    /// The `count` best of `places` (in id order), best score first and ids ascending within a score:
    /// counted by score (a common word has tens of thousands of places), then the few kept sorted.
    static func best(_ places: [(id: Int, score: Int)], count: Int) -> [(id: Int, score: Int)] {
        // Most words have a few places (a site has many numbers and names): sorting those is cheapest.
        func ordered(_ list: [(id: Int, score: Int)]) -> [(id: Int, score: Int)] {
            list.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        }
        if places.count <= count { return ordered(places) }
        var perScore = [Int](repeating: 0, count: 256)
        for place in places { perScore[place.score] += 1 }
        // The lowest score still kept, and how many of that score fit.
        var kept = 0
        var lowest = 255
        while lowest > 0 && kept + perScore[lowest] < count {
            kept += perScore[lowest]
            lowest -= 1
        }
        var roomAtLowest = count - kept
        var best: [(id: Int, score: Int)] = []
        best.reserveCapacity(min(count, places.count))
        for place in places where place.score > lowest || (place.score == lowest && roomAtLowest > 0) {
            if place.score == lowest { roomAtLowest -= 1 }
            best.append(place)
        }
        return ordered(best)
    }

    /// A stable spread of words over `count` partitions (FNV-1a of the bytes; `hashValue` changes per run).
    static func partition(of term: String, among count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in term.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash % UInt32(count))
    }

    /// Records a page holds at most under one slot; a page with more takes further slots.
    var recordsPerSlot: Int { layout.recordsPerBucket * 256 }
    /// Slots pages are spread over by the hash of their URL (ids stay below 2^31 at 8 per bucket).
    static let slotCount = 1 << 20

    /// Gives each record an id that depends only on its page (the URL before `#`) and its place in
    /// that page: `slot * recordsPerSlot + place`, the slot from a hash of the page's URL (the next free
    /// one on a collision, pages taken in order). Returns the buckets, by bucket number
    /// (`id / recordsPerBucket`), each a list of record JSON in id order; a bucket holds one page's records.
    private func assignIDs(_ records: inout [Record], documents: [SearchDocument]) -> [(number: Int, records: [String])] {
        var taken = Set<Int>()
        var slotOfPart: [String: Int] = [:]
        var placeInPage: [String: Int] = [:]
        var buckets: [Int: [String]] = [:]
        for index in records.indices {
            let url = documents[records[index].document].url
            let page = url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
            let place = placeInPage[page, default: 0]
            placeInPage[page] = place + 1
            let part = page + "\u{0}" + String(place / recordsPerSlot)
            let slot = slotOfPart[part] ?? {
                var slot = Self.partition(of: part, among: Self.slotCount)
                while taken.contains(slot) { slot = (slot + 1) % Self.slotCount }
                taken.insert(slot)
                slotOfPart[part] = slot
                return slot
            }()
            let id = slot * recordsPerSlot + place % recordsPerSlot
            records[index].id = id
            buckets[id / layout.recordsPerBucket, default: []].append(records[index].json)
        }
        return buckets.map { (number: $0.key, records: $0.value) }.sorted { $0.number < $1.number }
    }

    /// `{"k":kind,"u":url,"t":title,"x":passage,"w":within,"v":status,"l":label}`, absent fields left out.
    static func recordJSON(_ document: SearchDocument, passage: String) -> String {
        var json = "{\"k\":" + SearchEncoding.quoted(document.kind.rawValue)
        json += ",\"u\":" + SearchEncoding.quoted(document.url)
        json += ",\"t\":" + SearchEncoding.quoted(document.title)
        if !passage.isEmpty { json += ",\"x\":" + SearchEncoding.quoted(passage) }
        if let within = document.within { json += ",\"w\":" + SearchEncoding.quoted(within) }
        if let verdict = document.verdict {
            json += ",\"v\":" + SearchEncoding.quoted(verdict.status) + ",\"l\":" + SearchEncoding.quoted(verdict.label)
        }
        return json + "}"
    }

    /// Each word of a record with its score: the title's weight (first passage only), 6 for a keyword,
    /// and the number of times it occurs in the passage, up to 8.
    static func scores(of record: Record, in document: SearchDocument, tokenizer: inout SearchTokenizer) -> [(String, Int)] {
        var scores: [String: Int] = [:]
        tokenizer.forEachWord(in: record.text) { word in
            scores[word, default: 0] += 1
        }
        for key in scores.keys { scores[key] = min(scores[key] ?? 0, 8) }
        if record.passage == 0 {
            var titleWords = Set<String>()
            tokenizer.forEachWord(in: document.title) { titleWords.insert($0) }
            for word in titleWords { scores[word, default: 0] += document.titleWeight }
            var keywordWords = Set<String>()
            for keyword in document.keywords { tokenizer.forEachWord(in: keyword) { keywordWords.insert($0) } }
            for word in keywordWords { scores[word, default: 0] += 6 }
        }
        return scores.map { ($0.key, $0.value) }
    }
}
