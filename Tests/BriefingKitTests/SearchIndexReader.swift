import Foundation
@testable import BriefingKit

/// Reads a built search index the way the page's script does: manifest → shard → chunk → records.
struct SearchIndexReader {
    let files: [String: String]
    let folder: String
    let manifest: [String: Any]

    init(_ index: SearchIndex, folder: String = "search/") throws {
        try self.init(files: Dictionary(index.files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first }),
                      manifestPath: index.manifestPath, folder: folder)
    }

    /// Reads the index among a built site's files (`manifestPath` nil: the one `search/manifest.*.js`).
    init(files: [String: String], manifestPath: String? = nil, folder: String = "search/") throws {
        self.files = files
        self.folder = folder
        let path = manifestPath ?? files.keys.first { $0.hasPrefix(folder + "manifest.") }
        manifest = try Self.payload(of: path.flatMap { files[$0] }, key: "manifest") as? [String: Any] ?? [:]
    }

    /// Every record, in id order.
    func allRecords() throws -> [[String: String]] {
        let buckets = files.keys.filter { $0.hasPrefix(folder + "r/") }
            .compactMap { Int($0.dropFirst(folder.count + 2).dropLast(3), radix: 36) }.sorted()
        var records: [[String: String]] = []
        for number in buckets {
            records += try bucket("r/" + String(number, radix: 36))
        }
        return records
    }

    /// A bucket's records in full, as the page's script reads them: the URL is the bucket's page and
    /// the record's anchor; every field a record leaves out (but its passage) is the previous record's.
    /// Fields that are empty in the end are left out of the result, as they were of the old records.
    func bucket(_ key: String) throws -> [[String: String]] {
        guard let payload = try load(key) as? [String: Any], let page = payload["p"] as? String,
              let entries = payload["r"] as? [[String: String]] else { throw Failure(description: "not a bucket: \(key)") }
        var previous: [String: String] = [:]
        return entries.map { entry in
            var item: [String: String] = [:]
            for field in ["k", "a", "t", "w", "v", "l"] { item[field] = entry[field] ?? previous[field] ?? "" }
            previous = item
            var record = item.filter { $0.key != "a" && !$0.value.isEmpty }
            record["u"] = page + (item["a"]?.isEmpty == false ? "#" + (item["a"] ?? "") : "")
            if let passage = entry["x"] { record["x"] = passage }
            return record
        }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// The payload of a JSONP script `briefingSearchData("key",payload);`, checking the key.
    static func payload(of script: String?, key: String) throws -> Any {
        guard let script else { throw Failure(description: "no file for \(key)") }
        let opening = "briefingSearchData(\"\(key)\","
        guard script.hasPrefix(opening), script.hasSuffix(");\n") else { throw Failure(description: "not a script for \(key): \(script.prefix(60))") }
        let json = script.dropFirst(opening.count).dropLast(3)
        return try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    }

    func load(_ key: String) throws -> Any {
        try Self.payload(of: files[folder + key + ".js"], key: key)
    }

    /// The manifest's shards: (first word, key), in dictionary order.
    var shards: [(first: String, key: String)] {
        let flat = manifest["d"] as? [String] ?? []
        return stride(from: 0, to: flat.count - 1, by: 2).map { (flat[$0], flat[$0 + 1]) }
    }

    /// The shard a word's entry is in: the last one whose first word is not after it.
    func shard(for word: String) throws -> [String: Any]? {
        guard let shard = shards.last(where: { !word.utf8.lexicographicallyPrecedes($0.first.utf8) }) ?? shards.first else { return nil }
        return try load(shard.key) as? [String: Any]
    }

    /// (how many places hold the word, its kept postings) for an exact (folded, stemmed) word.
    func postings(of word: String) throws -> (count: Int, postings: [(id: Int, score: Int)])? {
        guard let shard = try shard(for: word),
              let rows = shard["t"] as? [[Any]], let chunks = shard["f"] as? [String],
              let row = rows.first(where: { $0.first as? String == word }), row.count == 3,
              let count = row[1] as? Int else { return nil }
        if let inline = row[2] as? String { return (count, SearchEncoding.decodePostings(inline)) }
        guard let index = row[2] as? Int, index < chunks.count,
              let chunk = try load(chunks[index]) as? [String: String], let text = chunk[word] else { return nil }
        return (count, SearchEncoding.decodePostings(text))
    }

    /// The record with id `id`.
    func record(_ id: Int) throws -> [String: String]? {
        guard let perBucket = manifest["b"] as? Int, perBucket > 0,
              case let records = try bucket("r/" + String(id / perBucket, radix: 36)),
              id % perBucket < records.count else { return nil }
        return records[id % perBucket]
    }

    /// The URLs of a query's results, best first, as the page ranks a one-word query.
    func search(_ text: String) throws -> [String] {
        var tokenizer = SearchTokenizer()
        guard let word = tokenizer.words(in: text).first, let found = try postings(of: word) else { return [] }
        return try found.postings.compactMap { try record($0.id)?["u"] }
    }
}
