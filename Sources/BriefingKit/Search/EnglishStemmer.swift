/// A light English stemmer: plurals and the `-ing` / `-ed` endings, so that `troop` finds `troops`
/// and `deploy` finds `deployed`. Deliberately light (no Porter steps): the same word on both sides
/// of a search is all it must agree on, and a heavy stemmer merges words a reader keeps apart
/// (`general` and `generate`). Words with anything but ASCII letters are left as they are.
/// The page's script has the same rules (`stem` in `Templates/assets/search.js`).
enum EnglishStemmer {
    static func stem(_ word: inout [UInt8]) {
        guard word.count > 3, word.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return }
        if word.hasSuffix("ies"), word.count > 4 {
            word.removeLast(3)
            word.append(UInt8(ascii: "y"))
        } else if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes")
                    || word.hasSuffix("zes") {
            word.removeLast(2)
        } else if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            word.removeLast()
        } else if word.hasSuffix("ing") {
            dropEnding(3, from: &word)
        } else if word.hasSuffix("ed"), !word.hasSuffix("eed") {
            dropEnding(2, from: &word)
        }
    }

    /// Drops `-ing` or `-ed` when a syllable stays (`sing`, `red` keep theirs), and one of a doubled
    /// final consonant (`planned` → `plan`).
    private static func dropEnding(_ count: Int, from word: inout [UInt8]) {
        let stem = word.dropLast(count)
        guard stem.count >= 3, stem.contains(where: isVowel) else { return }
        word.removeLast(count)
        let last = word[word.count - 1]
        if word[word.count - 2] == last, !isVowel(last), !"lsz".utf8.contains(last) {
            word.removeLast()
        }
    }

    private static func isVowel(_ byte: UInt8) -> Bool { "aeiouy".utf8.contains(byte) }
}

private extension Array where Element == UInt8 {
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard self.count >= count else { return false }
        return suffix.withUTF8Buffer { buffer in
            var index = self.count - count
            for byte in buffer {
                if self[index] != byte { return false }
                index += 1
            }
            return true
        }
    }
}
