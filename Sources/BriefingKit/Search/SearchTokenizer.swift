import Foundation

/// Splits text into the words search matches: runs of letters and digits, folded for case and
/// accents (`Matériel` → `materiel`), then stemmed (`troops` → `troop`). The page's script does the
/// same to the query (`Templates/assets/search.js`, `fold` and `stem`): change both together.
///
/// It reads the UTF-8 bytes and numbers the words in `terms` instead of making a `String` of each:
/// a word seen before costs one table lookup, and each distinct word is stemmed once.
struct SearchTokenizer {
    /// Words longer than this are cut: nobody types them, and they would only bloat the dictionary.
    static let maxWordBytes = 40
    /// The stemmed words met so far, numbered.
    private(set) var terms = WordTable()
    /// Words as folded, before stemming, and the number in `terms` of each one's stem.
    private var unstemmed = WordTable()
    private var stemOf: [Int32] = []
    /// The folded form of each character beyond `latin` met so far.
    private var folded: [UInt32: Folded] = [:]

    enum Folded: Sendable {
        case word([UInt8])
        /// A combining mark: dropped, and it does not end the word.
        case mark
        case separator
    }

    /// Calls `body` with the number in `terms` of each word of `text`, in order. Words of one byte are skipped.
    mutating func forEachTerm(in text: String, _ body: (Int) -> Void) {
        var text = text
        text.withUTF8 { bytes in forEachTerm(in: bytes, body) }
    }

    private mutating func forEachTerm(in text: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maxWordBytes) { word in
            var length = 0
            var index = 0
            let end = text.count
            while index <= end {
                let byte: UInt8 = index < end ? text[index] : 0
                if byte < 0x80 {
                    index += 1
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        if length < Self.maxWordBytes { word[length] = byte; length += 1 }
                        continue
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        if length < Self.maxWordBytes { word[length] = byte + 32; length += 1 }
                        continue
                    default:
                        if length > 1 { body(term(UnsafeBufferPointer(rebasing: word[..<length]))) }
                        length = 0
                        continue
                    }
                }
                // A multi-byte scalar (the text is valid UTF-8: it comes from a String).
                let size = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (size == 2 ? 0x1F : size == 3 ? 0x0F : 0x07)
                var next = index + 1
                while next < min(index + size, end) {
                    value = value << 6 | UInt32(text[next] & 0x3F)
                    next += 1
                }
                index = next
                switch fold(value) {
                case .word(let bytes):
                    if length + bytes.count <= Self.maxWordBytes {
                        for folded in bytes { word[length] = folded; length += 1 }
                    }
                case .mark:
                    continue
                case .separator:
                    if length > 1 { body(term(UnsafeBufferPointer(rebasing: word[..<length]))) }
                    length = 0
                }
            }
        }
    }

    /// The number of the stem of `word`, stemming it only the first time it is met.
    private mutating func term(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let number = unstemmed.intern(word)
        if number < stemOf.count { return Int(stemOf[number]) }
        var stem = Array(word)
        EnglishStemmer.stem(&stem)
        let term = terms.intern(stem)
        stemOf.append(Int32(term))
        return term
    }

    /// Calls `body` with each word of `text`, folded and stemmed, in order (tests, queries).
    mutating func forEachWord(in text: String, _ body: (String) -> Void) {
        var numbers: [Int] = []
        forEachTerm(in: text) { numbers.append($0) }
        for number in numbers { body(terms.string(number)) }
    }

    /// The words of `text` as a list (tests, queries).
    mutating func words(in text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append($0) }
        return words
    }

    private mutating func fold(_ value: UInt32) -> Folded {
        if value < 0x80 + UInt32(Self.latin.count) { return Self.latin[Int(value) - 0x80] }
        if let known = folded[value] { return known }
        let result = Unicode.Scalar(value).map(Self.computeFold) ?? .separator
        folded[value] = result
        return result
    }

    /// The folds of U+0080–U+024F (Latin-1 and Latin Extended), made once: most accents of a site.
    private static let latin: [Folded] = (0x80..<0x250).map { Unicode.Scalar(UInt32($0)).map(computeFold) ?? .separator }

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
