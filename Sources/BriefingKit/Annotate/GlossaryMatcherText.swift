import Foundation

/// Folding of names and text for `GlossaryMatcher`: NFC, quote and dash folding, white space runs,
/// and the character classes used for word boundaries.
///
/// Text becomes a stream of units, one per folded scalar (a run of white space within a run of
/// linkable text is one unit), each remembering where it came from in the original pieces.
/// NFC without losing offsets: a piece whose text is already NFC (checked cheaply when all its
/// scalars are of kinds NFC never touches, see `isNFC`; otherwise by one comparison with its NFC
/// form) is read scalar by scalar. A piece that is not NFC is cut into characters (a starter
/// and the combining marks after it), each normalised on its own; every scalar that comes out
/// points to the whole original character. This is exact NFC except for compositions across two
/// starters (conjoining Hangul jamo, a few Indic two-part vowels), which stay decomposed.
enum GlossaryText {
    /// Character classes for word boundaries.
    static let other: UInt8 = 0, word: UInt8 = 1, mark: UInt8 = 2

    struct Unit {
        /// The folded scalar value.
        var value: UInt32
        var cls: UInt8
        /// Whether the nearest preceding non-mark unit is a word character.
        var afterWord: Bool
        /// Index of the linkable run this unit is in, or -1 for opaque text and line breaks.
        var segment: Int32
        var startPiece: Int32, start: Int32
        var endPiece: Int32, end: Int32
    }

    /// Folds one scalar: quotes, dashes, white space (to a space).
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) ? 0x20 : v }
        switch v {
        case 0x2018, 0x2019: return 0x27
        case 0x201C, 0x201D: return 0x22
        case 0x2010, 0x2011, 0x2013: return 0x2D
        // Unicode White_Space beyond ASCII.
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return 0x20
        default: return v
        }
    }

    /// The class of a folded scalar.
    @inline(__always)
    static func classify(_ v: UInt32) -> UInt8 {
        if v < 0x80 {
            let isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
            return isWord ? word : other
        }
        guard let scalar = Unicode.Scalar(v) else { return other }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return word
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return mark
        default:
            return other
        }
    }

    /// A name as folded scalars: NFC, folded, white space runs as one space, trimmed.
    static func foldName(_ name: String) -> [UInt32] {
        var result: [UInt32] = []
        for scalar in name.precomposedStringWithCanonicalMapping.unicodeScalars {
            let v = fold(scalar.value)
            if v == 0x20 && (result.isEmpty || result.last == 0x20) { continue }
            result.append(v)
        }
        if result.last == 0x20 { result.removeLast() }
        return result
    }

    /// The unit stream of a block's pieces.
    static func units(of pieces: [TextPiece]) -> [Unit] {
        var builder = StreamBuilder()
        builder.units.reserveCapacity(pieces.reduce(0) { $0 + $1.text.utf8.count } + 1)
        var previousRun: Int?
        for (index, piece) in pieces.enumerated() {
            let p = Int32(index)
            switch piece.kind {
            case .linkable(let run):
                if previousRun != run {
                    builder.segment = builder.nextSegment
                    builder.nextSegment += 1
                }
                previousRun = run
            case .opaque:
                builder.segment = -1
                previousRun = nil
            case .lineBreak:
                builder.segment = -1
                previousRun = nil
                builder.emit(0x20, piece: p, start: 0, end: Int32(piece.text.utf8.count))
                continue
            }
            var text = piece.text
            text.withUTF8 { bytes in
                if isNFC(piece.text, bytes) {
                    forEachScalar(bytes) { v, start, end in builder.emit(fold(v), piece: p, start: start, end: end) }
                } else {
                    builder.emitNormalizing(bytes, piece: p)
                }
            }
        }
        return builder.units
    }

    /// Whether the text is in NFC. Without asking Foundation when every scalar is one that NFC never
    /// changes nor composes with what precedes it: below U+0300, general punctuation (U+2002–U+206F),
    /// Cyrillic (U+0400–U+04FF), CJK ideographs (U+4E00–U+9FFF), Hangul syllables (U+AC00–U+D7A3).
    private static func isNFC(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0xCC { // ASCII, continuation bytes and scalars below U+0300
                i += 1
                continue
            }
            let (v, length) = decode(bytes, at: i)
            i += length
            if !isStable(v) { return text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(bytes) }
        }
        return true
    }

    /// Whether NFC leaves the scalar alone and never composes it with what precedes it (see `isNFC`).
    @inline(__always)
    private static func isStable(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300, 0x2002...0x206F, 0x0400...0x04FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true
        default: return false
        }
    }

    /// Decodes the scalar of (valid) UTF-8 starting at `i`: its value and length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        let v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        return (v, 4)
    }

    /// Decodes (valid) UTF-8, calling `body` with each scalar value and its byte range.
    @inline(__always)
    static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int32, Int32) -> Void) {
        var i = 0
        while i < bytes.count {
            let (v, length) = decode(bytes, at: i)
            body(v, Int32(i), Int32(i + length))
            i += length
        }
    }

    private struct StreamBuilder {
        var units: [Unit] = []
        var segment: Int32 = -1
        var nextSegment: Int32 = 0
        private var lastBaseIsWord = false

        /// Appends a folded scalar; a space right after a space of the same run extends it.
        mutating func emit(_ v: UInt32, piece: Int32, start: Int32, end: Int32) {
            if v == 0x20, let last = units.last, last.value == 0x20, last.segment == segment {
                units[units.count - 1].endPiece = piece
                units[units.count - 1].end = end
                return
            }
            let cls = classify(v)
            units.append(Unit(value: v, cls: cls, afterWord: lastBaseIsWord, segment: segment,
                              startPiece: piece, start: start, endPiece: piece, end: end))
            if cls != mark { lastBaseIsWord = cls == word }
        }

        /// Appends the text of a piece that is not in NFC, normalising one character at a time.
        mutating func emitNormalizing(_ bytes: UnsafeBufferPointer<UInt8>, piece: Int32) {
            // Cut into characters: a starter (combining class 0) and the scalars after it that are not.
            var groups: [(scalars: String.UnicodeScalarView, start: Int32, end: Int32)] = []
            forEachScalar(bytes) { v, start, end in
                guard let scalar = Unicode.Scalar(v) else { return }
                if groups.isEmpty || scalar.properties.canonicalCombiningClass == .notReordered {
                    groups.append((String.UnicodeScalarView(), start, end))
                }
                groups[groups.count - 1].scalars.append(scalar)
                groups[groups.count - 1].end = end
            }
            for group in groups {
                let normalized = group.scalars.count == 1 && isStable(group.scalars.first!.value)
                    ? group.scalars : String(group.scalars).precomposedStringWithCanonicalMapping.unicodeScalars
                for scalar in normalized {
                    emit(fold(scalar.value), piece: piece, start: group.start, end: group.end)
                }
            }
        }
    }
}
