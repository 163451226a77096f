import Foundation

// Auto-linking of glossary names (DESIGN §2, "Auto-linking"): finds plain-text mentions of
// glossary names and aliases in the visible text of one block.
//
// How text is compared (both the names and the text are folded the same way):
// - NFC: names are NFC-normalised whole; text is NFC-normalised piece by piece (see
//   `GlossaryText` for how offsets survive normalisation).
// - ’ (U+2019) and ‘ (U+2018) read as ', “ (U+201C) and ” (U+201D) as ", and – (en dash U+2013),
//   U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN as -. The em dash (U+2014) and the minus sign
//   (U+2212) are left alone: they are different punctuation, not spellings of the hyphen.
// - Any run of Unicode white space (White_Space: space, tab, newlines, NBSP, U+2000–U+200A, …)
//   reads as one space. Leading and trailing white space of a name is dropped.
// - Matching is case-sensitive.
//
// Whole words: a match may start only where the preceding visible character is not a word
// character, and end only where the following one is neither a word character nor a combining
// mark. Word characters are letters (L*), decimal digits (Nd) and `_`; a combining mark (M*)
// belongs to the character it follows (so "Korea" + U+0301 is not a match for "Korea", and a
// mark after a letter before a match is part of that word). A match never starts with a mark.
// The neighbours are looked up across pieces of any kind; a `.lineBreak` piece is white space,
// the start and end of the block are boundaries.
//
// Cost: the names are compiled once into a trie over folded scalars. `matches(in:)` folds the text
// once (linear) and walks the trie only from positions that may start a word, so the work per
// byte is bounded by the length of the longest name, whatever the number of names.

/// One piece of a block's visible text, in document order.
public struct TextPiece: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Text that may be auto-linked. Consecutive `.linkable` pieces with the same `run` number are one
        /// run: a match may span them (a text node, a soft line break given as " " or "\n", the next text node).
        case linkable(run: Int)
        /// Visible text that is never linked (code span, link text, image alt, text of an explicit term link,
        /// heading text when headings are in the block list) but still counts for word boundaries.
        case opaque
        /// A hard line break: a boundary; never joins words.
        case lineBreak
    }

    public var text: String
    public var kind: Kind

    public init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

public struct GlossaryMatch: Sendable, Equatable {
    public var termID: String
    /// Piece index and UTF-8 byte offset within that piece's `text` where the match starts / ends (end exclusive).
    ///
    /// Offsets always fall on Unicode scalar boundaries of the original piece text. When a piece is not
    /// in NFC, the text of each character (a starter and the combining marks after it) is normalised on
    /// its own, and a match covers whole original characters.
    public var startPiece: Int, startOffset: Int
    public var endPiece: Int, endOffset: Int

    public init(termID: String, startPiece: Int, startOffset: Int, endPiece: Int, endOffset: Int) {
        self.termID = termID
        self.startPiece = startPiece
        self.startOffset = startOffset
        self.endPiece = endPiece
        self.endOffset = endOffset
    }
}

public struct GlossaryMatcher: Sendable {
    private let trie: GlossaryTrie
    private let termIDs: [String]

    /// names: for each entry id, its name and aliases (as written by editors).
    ///
    /// Empty names (after folding) are ignored. When two entries claim the same folded name, the first
    /// one given keeps it (duplicates are reported by the loader, not here).
    /// Whether a name also matches at the start of a longer word: in languages whose particles join
    /// the noun (Korean: 북한은 links 북한), DESIGN §8.
    public var matchesWordStart = false

    /// The languages whose names match at the start of a word.
    public static let particleLanguages: Set<String> = ["ko"]

    public init(entries: [(id: String, names: [String])]) {
        var builder = GlossaryTrie.Builder()
        var termIDs: [String] = []
        termIDs.reserveCapacity(entries.count)
        for entry in entries {
            let term = Int32(termIDs.count)
            termIDs.append(entry.id)
            for name in entry.names {
                let folded = GlossaryText.foldName(name)
                if !folded.isEmpty { builder.insert(folded, term: term) }
            }
        }
        self.trie = builder.build()
        self.termIDs = termIDs
    }

    /// True when no entry has a usable name: `matches(in:)` will always return nothing.
    public var isEmpty: Bool { trie.isEmpty }

    /// All non-overlapping matches in the pieces, leftmost first, longest match at each position.
    public func matches(in pieces: [TextPiece]) -> [GlossaryMatch] {
        guard !trie.isEmpty, !pieces.isEmpty else { return [] }
        let units = GlossaryText.units(of: pieces)
        let count = units.count
        var result: [GlossaryMatch] = []
        var i = 0
        while i < count {
            let first = units[i]
            // A match starts in a linkable run, on a character that is not a mark, after a non-word.
            guard first.segment >= 0, first.cls != GlossaryText.mark, !first.afterWord else {
                i += 1
                continue
            }
            var node = trie.child(of: GlossaryTrie.root, first.value)
            var k = i
            var best = -1
            var bestTerm: Int32 = -1
            while node >= 0 {
                let term = trie.terms[Int(node)]
                if term >= 0 && (k + 1 == count || units[k + 1].cls == GlossaryText.other
                                 || (matchesWordStart && units[k + 1].cls == GlossaryText.word)) {
                    best = k
                    bestTerm = term
                }
                let next = k + 1
                guard next < count, units[next].segment == first.segment else { break }
                node = trie.child(of: node, units[next].value)
                k = next
            }
            if best >= 0 {
                let last = units[best]
                result.append(GlossaryMatch(
                    termID: termIDs[Int(bestTerm)],
                    startPiece: Int(first.startPiece), startOffset: Int(first.start),
                    endPiece: Int(last.endPiece), endOffset: Int(last.end)))
                i = best + 1
            } else {
                i += 1
            }
        }
        return result
    }
}

/// A trie over folded Unicode scalar values, stored as flat arrays (children sorted by label).
struct GlossaryTrie: Sendable {
    static let root: Int32 = 0
    /// For each node, the term index ending there, or -1.
    let terms: [Int32]
    private let firstEdge: [Int32]
    private let edgeLabels: [UInt32]
    private let edgeTargets: [Int32]
    /// The root's children for ASCII labels (-1 when none), the most frequent first step.
    private let rootASCII: [Int32]

    var isEmpty: Bool { edgeLabels.isEmpty }

    /// The child of `node` along `label`, or -1.
    @inline(__always)
    func child(of node: Int32, _ label: UInt32) -> Int32 {
        if node == 0 && label < 128 { return rootASCII[Int(label)] }
        var low = Int(firstEdge[Int(node)])
        var high = Int(firstEdge[Int(node) + 1])
        while low < high {
            let mid = (low + high) >> 1
            let value = edgeLabels[mid]
            if value == label { return edgeTargets[mid] }
            if value < label { low = mid + 1 } else { high = mid }
        }
        return -1
    }

    struct Builder {
        private var children: [[UInt32: Int32]] = [[:]]
        private var terms: [Int32] = [-1]

        /// Adds a folded name; a name already present keeps its first term.
        mutating func insert(_ name: [UInt32], term: Int32) {
            var node = 0
            for label in name {
                if let next = children[node][label] {
                    node = Int(next)
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    terms.append(-1)
                    children[node][label] = next
                    node = Int(next)
                }
            }
            if terms[node] < 0 { terms[node] = term }
        }

        func build() -> GlossaryTrie {
            var firstEdge: [Int32] = []
            firstEdge.reserveCapacity(children.count + 1)
            var labels: [UInt32] = []
            var targets: [Int32] = []
            for edges in children {
                firstEdge.append(Int32(labels.count))
                for (label, target) in edges.sorted(by: { $0.key < $1.key }) {
                    labels.append(label)
                    targets.append(target)
                }
            }
            firstEdge.append(Int32(labels.count))
            var rootASCII = [Int32](repeating: -1, count: 128)
            for (label, target) in children[0] where label < 128 { rootASCII[Int(label)] = target }
            return GlossaryTrie(terms: terms, firstEdge: firstEdge, edgeLabels: labels,
                                edgeTargets: targets, rootASCII: rootASCII)
        }
    }
}
