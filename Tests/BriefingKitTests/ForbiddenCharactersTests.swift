import Testing
@testable import BriefingKit

/// The pass that leaves C0 controls (but tab, newline, return), DEL, U+FFFE and U+FFFF out of every
/// generated file, eight bytes at a time: at every place in a word, and as a byte-by-byte scan
/// finds them in random bytes.
@Suite struct ForbiddenCharactersTests {
    func naiveFirstCandidate(_ bytes: [UInt8]) -> Int? {
        bytes.firstIndex { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 == 0xEF }
    }

    @Test func aForbiddenCharacterIsLeftOutWhereverItStands() {
        let text = Array("<p>Line one\nline\ttwo\r\n and ‘quotes’ — dashes</p>".utf8)
        for forbidden: [UInt8] in [[0x01], [0x1F], [0x7F], [0x0B], [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF]] {
            for place in 0...text.count {
                var bytes = Array(text[..<place]) + forbidden + Array(text[place...])
                PageRenderer.removeForbiddenCharacters(&bytes)
                #expect(bytes == text, "\(forbidden) at \(place)")
            }
        }
        // EF that starts an allowed character (U+FEFF, U+FF01) stays.
        var allowed = Array("a\u{FEFF}b\u{FF01}c\n".utf8)
        let before = allowed
        PageRenderer.removeForbiddenCharacters(&allowed)
        #expect(allowed == before)
    }

    @Test func theWordScanFindsWhatAByteScanFinds() {
        var random = SplitMix64(seed: 12)  // seeded: a failure replays
        let alphabet: [UInt8] = Array("abc <>&\n\t\r".utf8) + [0x00, 0x08, 0x0B, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xEE, 0xEF, 0xF0, 0xFF]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...40, using: &random)
            // Mostly plain text, now and then one byte of the alphabet's tail.
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<8, using: &random) == 0 ? alphabet.randomElement(using: &random) ?? 0 : UInt8(ascii: "x")
            }
            #expect(bytes.withUnsafeBytes(PageRenderer.firstCandidate) == naiveFirstCandidate(bytes), "\(bytes)")
        }
    }
}
