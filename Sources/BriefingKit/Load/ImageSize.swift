import Foundation

/// An image's size in CSS pixels, read from its file's header (PNG, JPEG, GIF, WebP, SVG), so
/// pages give `width` and `height` and do not shift as images load.
public struct ImageSize: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Extensions read for a size.
    static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg"]

    /// The size in `bytes`, or nil when the format is unknown or the header is cut short.
    public static func read(_ bytes: [UInt8]) -> ImageSize? {
        func big16(_ at: Int) -> Int? { at + 1 < bytes.count ? Int(bytes[at]) << 8 | Int(bytes[at + 1]) : nil }
        func big32(_ at: Int) -> Int? {
            guard let high = big16(at), let low = big16(at + 2) else { return nil }
            return high << 16 | low
        }
        func little16(_ at: Int) -> Int? { at + 1 < bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func little24(_ at: Int) -> Int? {
            guard let low = little16(at), at + 2 < bytes.count else { return nil }
            return low | Int(bytes[at + 2]) << 16
        }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), let width = big32(16), let height = big32(20) {
            return ImageSize(width: width, height: height)
        }
        if bytes.starts(with: Array("GIF8".utf8)), let width = little16(6), let height = little16(8) {
            return ImageSize(width: width, height: height)
        }
        if bytes.starts(with: Array("RIFF".utf8)), bytes.count >= 16, Array(bytes[8..<12]) == Array("WEBP".utf8) {
            switch String(decoding: bytes[12..<16], as: UTF8.self) {
            case "VP8 ":
                if bytes.count >= 30, let width = little16(26), let height = little16(28) {
                    return ImageSize(width: width & 0x3FFF, height: height & 0x3FFF)
                }
            case "VP8L":
                guard bytes.count > 24 else { return nil }
                let bits = Int(bytes[21]) | Int(bytes[22]) << 8 | Int(bytes[23]) << 16 | Int(bytes[24]) << 24
                return ImageSize(width: (bits & 0x3FFF) + 1, height: (bits >> 14 & 0x3FFF) + 1)
            case "VP8X":
                if let width = little24(24), let height = little24(27) { return ImageSize(width: width + 1, height: height + 1) }
            default:
                return nil
            }
            return nil
        }
        if bytes.starts(with: [0xFF, 0xD8]) { return jpeg(bytes) }
        return svg(bytes)
    }

    /// A JPEG's size from its first start-of-frame marker.
    private static func jpeg(_ bytes: [UInt8]) -> ImageSize? {
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
                let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
                return ImageSize(width: width, height: height)
            }
            guard length >= 2 else { return nil }
            index += 2 + length
        }
        return nil
    }

    /// An SVG's `width` and `height` attributes in pixels (or unitless), else its `viewBox` size.
    private static func svg(_ bytes: [UInt8]) -> ImageSize? {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return nil }
        let tag = text[start.lowerBound...].prefix { $0 != ">" }
        func attribute(_ name: String) -> String? {
            guard let range = tag.range(of: " \(name)=") ?? tag.range(of: "\n\(name)="),
                  let quote = tag[range.upperBound...].first, quote == "\"" || quote == "'" else { return nil }
            let value = tag[tag.index(after: range.upperBound)...].prefix { $0 != quote }
            return String(value)
        }
        func pixels(_ value: String?) -> Int? {
            guard var value = value?.trimmingCharacters(in: .whitespaces) else { return nil }
            if value.hasSuffix("px") { value.removeLast(2) }
            return Double(value).map { Int($0.rounded()) }
        }
        if let width = pixels(attribute("width")), let height = pixels(attribute("height")) {
            return ImageSize(width: width, height: height)
        }
        let box = attribute("viewBox")?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) } ?? []
        guard box.count == 4 else { return nil }
        return ImageSize(width: Int(box[2].rounded()), height: Int(box[3].rounded()))
    }
}
