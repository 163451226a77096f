import Foundation

/// One document as the index holds it, made from that document alone, so that a preview rebuild
/// can keep it while the document is unchanged: its passages as result records, and each record's
/// words with their scores. Word numbers refer to the vocabulary it was indexed into.
struct IndexedDocument: Sendable {
    /// The URL before `#`: record ids count places per page.
    var page: String
    /// Each passage's record.
    var records: [SearchRecord]
    /// Record `r`'s words are `terms[ends[r - 1]..<ends[r]]` (from 0 for the first), with `scores` alike.
    var ends: [Int32]
    var terms: [UInt32]
    var scores: [UInt8]
}

extension SearchIndexBuilder {
    /// `documents` indexed on every core, in their order; their words are numbered in `vocabulary`,
    /// which gains the new ones. Each worker numbers words in a table of its own (no lock per word);
    /// the tables are merged into `vocabulary` afterwards, once per distinct word.
    static func index(_ documents: [SearchDocument], into vocabulary: inout WordTable) -> [IndexedDocument] {
        index(groups: [documents], into: &vocabulary)
    }

    /// The documents of every group, one group after the other, indexed as `index(_:into:)` indexes
    /// them in that order: a one-off build's documents stay in their briefings' arrays, without a
    /// copy of all of them in one array first.
    static func index(groups: [[SearchDocument]], into vocabulary: inout WordTable) -> [IndexedDocument] {
        // Where each group starts in the documents' order, and where the last ends.
        var offsets = [0]
        offsets.reserveCapacity(groups.count + 1)
        for group in groups { offsets.append(offsets[offsets.count - 1] + group.count) }
        let starts = offsets
        let count = starts[starts.count - 1]
        guard count > 0 else { return [] }
        let stripes = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
        let bounds = (0...stripes).map { $0 * count / stripes }
        let made = Parallel.map(Array(0..<stripes)) { stripe -> (documents: [IndexedDocument], terms: WordTable) in
            var indexer = DocumentIndexer()
            var indexed: [IndexedDocument] = []
            indexed.reserveCapacity(bounds[stripe + 1] - bounds[stripe])
            // The group holding the stripe's first document: the last that starts at or before it.
            var group = starts.lastIndex { $0 <= bounds[stripe] } ?? 0
            for position in bounds[stripe]..<bounds[stripe + 1] {
                while position >= starts[group + 1] { group += 1 }
                indexed.append(indexer.index(groups[group][position - starts[group]]))
            }
            return (indexed, indexer.tokenizer.terms)
        }
        var result: [IndexedDocument] = []
        result.reserveCapacity(count)
        for stripe in made {
            var global = [UInt32](repeating: 0, count: stripe.terms.count)
            for term in 0..<stripe.terms.count {
                global[term] = UInt32(stripe.terms.bytes(term).withUnsafeBufferPointer { vocabulary.intern($0) })
            }
            for var document in stripe.documents {
                for index in document.terms.indices { document.terms[index] = global[Int(document.terms[index])] }
                result.append(document)
            }
        }
        return result
    }

    /// What every record of `document` shares (its passage is added per record).
    static func recordHead(_ document: SearchDocument, page: String) -> SearchRecord {
        let anchor = document.url.firstIndex(of: "#").map { String(document.url[document.url.index(after: $0)...]) } ?? ""
        return SearchRecord(page: page, kind: document.kind.rawValue, anchor: anchor, title: document.title,
                            within: document.within ?? "", status: document.verdict?.status ?? "",
                            label: document.verdict?.label ?? "", passage: "")
    }
}

/// Indexes documents one after the other with one tokenizer (one worker's), reusing its scratch space.
struct DocumentIndexer {
    var tokenizer = SearchTokenizer()
    private var board = Scoreboard()

    /// Each word of a record with its score: the number of times it occurs in the passage (up to 8),
    /// plus the title's weight (first passage only) and 6 for a keyword.
    mutating func index(_ document: SearchDocument) -> IndexedDocument {
        let split = Passages.split(document.text)
        let passages = split.isEmpty ? [""] : split
        let page = document.url.firstIndex(of: "#").map { String(document.url[..<$0]) } ?? document.url
        let head = SearchIndexBuilder.recordHead(document, page: page)
        var indexed = IndexedDocument(page: page, records: [], ends: [], terms: [], scores: [])
        indexed.records.reserveCapacity(passages.count)
        // Moved out of self while the tokenizer (also self's) calls back into it.
        var board = Scoreboard()
        swap(&board, &self.board)
        defer { swap(&board, &self.board) }
        for (number, passage) in passages.enumerated() {
            indexed.records.append(passage.isEmpty ? head : head.withPassage(passage))
            tokenizer.forEachTerm(in: passage) { board.count($0) }
            if number == 0 {
                board.newPass()
                tokenizer.forEachTerm(in: document.title) { board.add(document.titleWeight, to: $0) }
                board.newPass()
                for keyword in document.keywords { tokenizer.forEachTerm(in: keyword) { board.add(6, to: $0) } }
            }
            board.drain(into: &indexed)
        }
        return indexed
    }
}

/// The scores of one record's words as they are counted.
private struct Scoreboard {
    /// Per word number: its score in the record at hand, and the last pass (title, keywords) that met it.
    private var score: [Int32] = []
    private var seen: [Int32] = []
    private var pass: Int32 = 0
    /// The words with a score, in the order first met.
    private var touched: [Int32] = []

    /// One more occurrence in the passage (counted up to 8).
    mutating func count(_ term: Int) {
        grow(to: term)
        if score[term] == 0 { touched.append(Int32(term)) }
        if score[term] < 8 { score[term] += 1 }
    }

    /// Starts counting each word once again (the title's words, then the keywords').
    mutating func newPass() { pass += 1 }

    /// Adds `weight` to `term`'s score, once per pass.
    mutating func add(_ weight: Int, to term: Int) {
        grow(to: term)
        guard seen[term] != pass else { return }
        seen[term] = pass
        if score[term] == 0 { touched.append(Int32(term)) }
        score[term] += Int32(weight)
    }

    /// Appends the record's words and scores to `indexed` and clears them for the next record.
    mutating func drain(into indexed: inout IndexedDocument) {
        for term in touched {
            indexed.terms.append(UInt32(term))
            indexed.scores.append(UInt8(min(score[Int(term)], 255)))
            score[Int(term)] = 0
        }
        touched.removeAll(keepingCapacity: true)
        indexed.ends.append(Int32(indexed.terms.count))
    }

    private mutating func grow(to term: Int) {
        guard term >= score.count else { return }
        let size = max(term + 1, score.count * 2, 1_024)
        score += [Int32](repeating: 0, count: size - score.count)
        seen += [Int32](repeating: 0, count: size - seen.count)
    }
}
