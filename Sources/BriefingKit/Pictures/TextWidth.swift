/// A deterministic, generous estimate of how wide a line of text is in the site's sans-serif font
/// stack, so that pictures can place and truncate labels without a font at build time. Advances are
/// Arial's (Liberation Sans has the same metrics); `margin` covers wider faces (Roboto, DejaVu Sans).
public enum TextWidth {
    /// Widened by this factor over Arial's advances.
    public static let margin = 1.15

    /// Width in pixels of `text` at `fontSize` pixels.
    public static func of(_ text: String, fontSize: Double) -> Double {
        var units = 0
        for scalar in text.unicodeScalars { units += advance(scalar) }
        return Double(units) / 1000 * fontSize * margin
    }

    /// `text` cut to fit `maxWidth`, ending in "…" when cut (at a word boundary when one is near).
    public static func truncated(_ text: String, fontSize: Double, maxWidth: Double) -> String {
        if of(text, fontSize: fontSize) <= maxWidth { return text }
        let budget = maxWidth / fontSize / margin * 1000 - Double(advance("…"))
        var used = 0.0
        var kept = ""
        for character in text {
            let width = character.unicodeScalars.reduce(0) { $0 + advance($1) }
            if used + Double(width) > budget { break }
            used += Double(width)
            kept.append(character)
        }
        // Prefer a whole word when the cut falls within the last fifth of what fits.
        if let space = kept.lastIndex(of: " "), kept.distance(from: space, to: kept.endIndex) * 5 < kept.count {
            kept = String(kept[..<space])
        }
        while kept.last?.isWhitespace == true || kept.last?.isPunctuation == true { kept.removeLast() }
        return kept + "…"
    }

    /// Advance width in thousandths of an em.
    static func advance(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x80 { return ascii[Int(value)] }
        switch value {
        case 0x2026, 0x2014: return 1000              // … —
        case 0x2013: return 556                       // –
        case 0x2018, 0x2019: return 222               // ‘ ’
        case 0x201C, 0x201D: return 333               // “ ”
        case 0x00B7: return 278                       // ·
        case 0x0300...0x036F, 0x200B...0x200F: return 0   // combining marks, zero-width
        case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 1000                               // East Asian wide, emoji
        default: return 667                           // other scripts: a wide Latin capital
        }
    }

    /// Arial advances for ASCII; control characters (never shown) count as a space.
    private static let ascii: [Int] = {
        var table = [Int](repeating: 278, count: 128)
        let rows: [(String, Int)] = [
            (" !,./:;I[\\]fijlt", 278), ("\"", 355), ("#$0123456789?L_abcdeghnopqu", 556),
            ("%", 889), ("&ABEKPSVXY", 667), ("'", 191), ("()-`r{}", 333), ("*", 389),
            ("+<=>~^", 584), ("@", 1015), ("CDHNRUw", 722), ("FTZ", 611), ("GOQ", 778),
            ("J", 500), ("M", 833), ("W", 944), ("cksvxyz", 500), ("m", 833), ("|", 260),
        ]
        for (characters, width) in rows {
            for scalar in characters.unicodeScalars { table[Int(scalar.value)] = width }
        }
        return table
    }()
}
