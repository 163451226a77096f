/// What one result shows (its kind, address, title, passage, the page it is in, a claim's verdict),
/// as plain text (empty when the record has none), quoted only as its bucket file is written: the
/// fields are mostly the annotated site's own strings (titles, the briefing a section is in), and a
/// quoted copy of every field and passage was a tenth of a build's peak memory (heaptrack).
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
    /// The passage; empty for a record without one (its bucket then gives it no passage at all).
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

    /// The same record with `passage` as its passage.
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
    /// A bucket's file: the script (`SearchEncoding.script`) of `{"p":page,"r":[record, …]}`. Each
    /// record is `{"k":kind,"a":anchor,"t":title,"w":within,"v":status,"l":label,"x":passage}` where every
    /// field but the passage is left out when it equals the previous record's (for the first record: when
    /// it is empty), and the passage when there is none. A page's records repeat its kind, title,
    /// briefing and anchor (a section's passages), and a result loads its whole bucket, so what is said
    /// once per bucket is what a reader does not download again for every result.
    static func bucketFile(key: String, _ records: [SearchRecord]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(records.reduce(64) { $0 + $1.passage.utf8.count + 48 })
        func append(_ ascii: StaticString) {
            ascii.withUTF8Buffer { out.append(contentsOf: $0) }
        }
        SearchEncoding.appendScriptStart(key: key, to: &out)
        append("{\"p\":")
        SearchEncoding.appendQuoted(records.first?.page ?? "", to: &out)
        append(",\"r\":[")
        var previous: SearchRecord?
        for (index, record) in records.enumerated() {
            if index > 0 { append(",") }
            append("{")
            var first = true
            func field(_ name: StaticString, _ value: String, _ before: String) {
                guard value != before else { return }
                if !first { append(",") }
                first = false
                append("\"")
                append(name)
                append("\":")
                SearchEncoding.appendQuoted(value, to: &out)
            }
            field("k", record.kind, previous?.kind ?? "")
            field("a", record.anchor, previous?.anchor ?? "")
            field("t", record.title, previous?.title ?? "")
            field("w", record.within, previous?.within ?? "")
            field("v", record.status, previous?.status ?? "")
            field("l", record.label, previous?.label ?? "")
            field("x", record.passage, "")
            append("}")
            previous = record
        }
        append("]}")
        out += SearchEncoding.scriptEnd
        return String(decoding: out, as: UTF8.self)
    }
}
