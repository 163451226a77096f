import Foundation
import Testing
@testable import BriefingKit

/// Words as search sees them: folded for case and accents, stemmed lightly, split at anything else.
@Suite struct SearchTokenizerTests {
    func words(_ text: String) -> [String] {
        var tokenizer = SearchTokenizer()
        return tokenizer.words(in: text)
    }

    @Test func foldsCaseAndAccents() {
        #expect(words("Matériel MATERIEL matériel") == ["materiel", "materiel", "materiel"])
        #expect(words("Škoda Zürich Łódź") == ["skoda", "zurich", "łodz"])
        // a decomposed accent (e + combining acute) folds like the composed one and does not split the word
        #expect(words("Mate\u{301}riel") == ["materiel"])
        #expect(words("ΑΘΗΝΑ Αθήνα") == ["αθηνα", "αθηνα"])
    }

    @Test func splitsAtEverythingButLettersAndDigits() {
        #expect(words("NATO's S-400, 2024; e-mail") == ["nato", "400", "2024", "mail"])
        #expect(words("a I x") == [])
        #expect(words("") == [])
        #expect(words("第二次世界大戦") == ["第二次世界大戦"])
    }

    @Test func stemsPluralsAndEndings() {
        let cases: [(String, String)] = [
            ("troops", "troop"), ("troop", "troop"), ("policies", "policy"), ("taxes", "tax"),
            ("churches", "church"), ("classes", "class"), ("status", "status"), ("crisis", "crisis"),
            ("deploying", "deploy"), ("deployed", "deploy"), ("planned", "plan"), ("calling", "call"),
            ("string", "string"), ("sing", "sing"), ("agreed", "agreed"), ("units", "unit"), ("gas", "gas"),
        ]
        for (word, stem) in cases {
            #expect(words(word) == [stem], "\(word)")
        }
        // only plain ASCII words are stemmed
        #expect(words("cafés") == ["cafe"])
        #expect(words("b52s") == ["b52s"])
    }

    @Test func cutsVeryLongWords() {
        let long = String(repeating: "x", count: 100)
        #expect(words(long).first?.utf8.count == SearchTokenizer.maxWordBytes)
    }
}

/// Long texts become passages of bounded size, cut at block breaks first.
@Suite struct PassagesTests {
    @Test func keepsShortTextWhole() {
        #expect(Passages.split("One.\nTwo.") == ["One.\nTwo."])
        #expect(Passages.split("") == [])
    }

    @Test func cutsAtBlockBreaksThenSentences() {
        let block = String(repeating: "Word word word. ", count: 10).trimmingCharacters(in: .whitespaces)
        let text = [block, block, block].joined(separator: "\n")
        let passages = Passages.split(text, max: 400)
        #expect(passages == [block + "\n" + block, block])
        let long = String(repeating: "Sentence here. ", count: 100)
        let pieces = Passages.split(long, max: 200)
        #expect(pieces.count > 5)
        #expect(pieces.allSatisfy { $0.count <= 200 && $0.hasSuffix(".") })
        #expect(pieces.joined(separator: " ").split(separator: " ") == long.split(separator: " "))
    }

    /// An ASCII line is cut on its bytes, any other by characters: both must cut at the same places.
    @Test func asciiLinesAreCutWhereCharactersWouldBe() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let words = ["word", "a", "sentence.", "ends!", "why?", "longerword", "  ", "x."]
        for _ in 0..<200 {
            let line = (0..<(60 + next(200))).map { _ in words[next(words.count)] }.joined(separator: " ")
            // "é" (one character, two bytes) for "e" forces the character path; the cuts must not move.
            let accented = line.replacingOccurrences(of: "e", with: "é")
            let max = 40 + next(100)
            let ascii = Passages.split(line, max: max)
            #expect(ascii.map { $0.replacingOccurrences(of: "e", with: "é") } == Passages.split(accented, max: max))
            #expect(ascii.allSatisfy { $0.count <= max })
        }
    }
}
