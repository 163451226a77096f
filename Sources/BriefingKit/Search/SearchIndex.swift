/// What the index builder makes: the files of the search index, every path relative to the site root.
public struct SearchIndex: Sendable, Equatable {
    /// One generated file.
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
    }

    /// The script the search page loads first; it names every other file, directly or through a shard.
    public var manifestPath: String
    /// The manifest, the dictionary shards, the posting chunks and the result records, sorted by path.
    public var files: [File]
    /// How many documents went in, and how many records (passages) and distinct words came out.
    public var documentCount: Int
    public var recordCount: Int
    public var termCount: Int
}

/// Tunables of the index layout. The defaults keep a first query on a 10,000-briefing site to a few
/// kilobytes of index (see README, Search); tests shrink them to see the splitting on small input.
public struct SearchIndexLayout: Sendable {
    /// Records per bucket file at most (record ids are `bucket * recordsPerBucket + place`). Buckets
    /// are cut by count, never by bytes, so a longer passage moves no other record to another bucket.
    /// A result loads its whole bucket, and ten results come from ten pages. On the 10,000-briefing
    /// site (170,000 records), ten results cost about 38 kB of buckets at eight records, 29 kB at six,
    /// 20 kB at four, for 26,000, 33,000 and 46,000 bucket files: six keeps a second query well under
    /// its 50 kB with a quarter more files, where four would cost 20,000 more files to write per build.
    public var recordsPerBucket = 6
    /// A word keeps only its best-ranked places beyond this many (the rest rank lowest anyway).
    public var postingCap = 200
    /// A chunk of postings closes once it holds this many bytes.
    public var chunkBytes = 2_048
    /// A dictionary shard closes once it holds this many bytes.
    public var shardBytes = 3_072
    /// Postings this short sit in the dictionary itself: a rare word costs no chunk.
    public var inlinePostingBytes = 24

    public init() {}
}
