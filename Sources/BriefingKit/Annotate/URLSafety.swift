import Foundation

/// Recognises the URLs cmark's safe mode drops (`javascript:`, `vbscript:`, `file:`, `data:` other than images).
public enum URLSafety {
    public static func isUnsafe(_ url: String) -> Bool {
        // As a browser reads it: tabs and line breaks anywhere are removed, controls and spaces at either end.
        let lower = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }))
            .trimmingCharacters(in: CharacterSet(charactersIn: "\u{0}"..."\u{20}")).lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return true }
        if lower.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: lower.hasPrefix)
        }
        return false
    }

    /// The scheme of a URL (`claim` in `claim:x`), if it has one.
    public static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        // RFC 3986: a letter, then letters, digits, `+`, `-` or `.`.
        guard let first = scheme.unicodeScalars.first, isLetter(first),
              scheme.unicodeScalars.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "." })
        else { return nil }
        return scheme.lowercased()
    }
}


extension URLSafety {
    /// Schemes a link may use besides Briefing's own.
    static let webSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp", "ftps", "sms", "geo", "irc", "news", "data"]
}

extension URLSafety {
    /// A URL as cmark writes it in `href` and `src`: bytes outside its safe set percent-encoded,
    /// `&` and `'` as entities, so Briefing's own image tags read like cmark's.
    static func escapedHref(_ url: String) -> String {
        let safe = Set("-_.+!*(),%#@?=;:/$~[]".utf8) .union("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var result = ""
        for byte in url.utf8 {
            if byte == UInt8(ascii: "&") {
                result += "&amp;"
            } else if byte == UInt8(ascii: "'") {
                result += "&#x27;"
            } else if safe.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
