/// What one result shows (its kind, address, title, passage, the page it is in, a claim's verdict),
/// each field already a quoted JavaScript string (`""` when the record has none), quoted once when its
/// document is indexed: a bucket file is then put together from these pieces without quoting again.
/// A class of constants: the indexed documents, the buckets and the preview's memo share one record
/// (as a struct of eight strings, each copy took eight retains and 128 bytes).
final class SearchRecord: Sendable, Equatable {
    /// The URL before `#`: a bucket holds one page's records and names it once.
    let page: String
    let kind: String
    /// The URL after `#` (the page itself when empty).
    let anchor: String
    let title: String
    let within: String
    let status: String
    let label: String
    /// The passage, or no text at all (not even `""`) for a record without one.
    let passage: String

    init(page: String, kind: String, anchor: String, title: String, within: String, status: String, label: String,
         passage: String) {
        self.page = page
        self.kind = kind
        self.anchor = anchor
        self.title = title
        self.within = within
        self.status = status
        self.label = label
        self.passage = passage
    }

    /// The same record with `passage` (already quoted) as its passage.
    func withPassage(_ passage: String) -> SearchRecord {
        SearchRecord(page: page, kind: kind, anchor: anchor, title: title, within: within, status: status, label: label,
                     passage: passage)
    }

    static func == (lhs: SearchRecord, rhs: SearchRecord) -> Bool {
        lhs === rhs || (lhs.page == rhs.page && lhs.kind == rhs.kind && lhs.anchor == rhs.anchor && lhs.title == rhs.title
            && lhs.within == rhs.within && lhs.status == rhs.status && lhs.label == rhs.label && lhs.passage == rhs.passage)
    }
}

extension SearchRecord {
    /// A bucket's payload: `{"p":page,"r":[record, …]}`. Each record is `{"k":kind,"a":anchor,"t":title,
    /// "w":within,"v":status,"l":label,"x":passage}` where every field but the passage is left out when it
    /// equals the previous record's (for the first record: when it is `""`). A page's records repeat its
    /// kind, title, briefing and anchor (a section's passages), and a result loads its whole bucket, so
    /// what is said once per bucket is what a reader does not download again for every result.
    static func bucketPayload(_ records: [SearchRecord]) -> String {
        guard let first = records.first else { return "{\"p\":\"\",\"r\":[]}" }
        let empty = "\"\""
        var previous = SearchRecord(page: first.page, kind: empty, anchor: empty, title: empty, within: empty,
                                    status: empty, label: empty, passage: "")
        var out = "{\"p\":" + first.page + ",\"r\":["
        for (index, record) in records.enumerated() {
            if index > 0 { out += "," }
            var fields: [String] = []
            func field(_ name: String, _ value: String, _ before: String) {
                if value != before { fields.append("\"" + name + "\":" + value) }
            }
            field("k", record.kind, previous.kind)
            field("a", record.anchor, previous.anchor)
            field("t", record.title, previous.title)
            field("w", record.within, previous.within)
            field("v", record.status, previous.status)
            field("l", record.label, previous.label)
            if !record.passage.isEmpty { fields.append("\"x\":" + record.passage) }
            out += "{" + fields.joined(separator: ",") + "}"
            previous = record
        }
        return out + "]}"
    }
}
