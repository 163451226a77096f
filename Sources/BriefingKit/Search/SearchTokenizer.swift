import Foundation

/// Splits text into the words search matches: runs of letters and digits, folded for case and
/// accents (`Matériel` → `materiel`), then stemmed (`troops` → `troop`). The page's script does the
/// same to the query (`Templates/assets/search.js`, `fold` and `stem`): change both together.
struct SearchTokenizer {
    /// Words longer than this are cut: nobody types them, and they would only bloat the dictionary.
    static let maxWordBytes = 40
    /// The folded form of each non-ASCII character met so far (empty: not part of a word).
    private var folded: [Unicode.Scalar: Folded] = [:]

    private enum Folded {
        case word([UInt8])
        /// A combining mark: dropped, and it does not end the word.
        case mark
        case separator
    }

    /// Calls `body` with each word of `text`, folded and stemmed, in order. Words of one character are skipped.
    mutating func forEachWord(in text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(Self.maxWordBytes)
        func finish() {
            if word.count > 1 {
                EnglishStemmer.stem(&word)
                body(String(decoding: word, as: UTF8.self))
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if word.count < Self.maxWordBytes { word.append(byte) }
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if word.count < Self.maxWordBytes { word.append(byte + 32) }
                default:
                    finish()
                }
                continue
            }
            switch fold(scalar) {
            case .word(let bytes):
                if word.count + bytes.count <= Self.maxWordBytes { word.append(contentsOf: bytes) }
            case .mark:
                continue
            case .separator:
                finish()
            }
        }
        finish()
    }

    /// The words of `text` as a list (tests, queries).
    mutating func words(in text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append($0) }
        return words
    }

    private mutating func fold(_ scalar: Unicode.Scalar) -> Folded {
        if let known = folded[scalar] { return known }
        let result = Self.computeFold(scalar)
        folded[scalar] = result
        return result
    }

    /// Canonical decomposition, marks removed, then lower case: what `normalize("NFD")`, removing
    /// `\p{M}` and `toLowerCase()` give in JavaScript.
    private static func computeFold(_ scalar: Unicode.Scalar) -> Folded {
        let properties = scalar.properties
        if isMark(properties.generalCategory) { return .mark }
        guard properties.isAlphabetic || properties.numericType != nil else { return .separator }
        let base = String(scalar).decomposedStringWithCanonicalMapping
        let kept = String(String.UnicodeScalarView(base.unicodeScalars.filter { !isMark($0.properties.generalCategory) }))
        let lower = kept.lowercased()
        return lower.isEmpty ? .mark : .word(Array(lower.utf8))
    }

    private static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
        category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }
}
