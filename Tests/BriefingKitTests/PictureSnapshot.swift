import Foundation
import Testing
@testable import BriefingKit

/// Golden files for pictures in `Fixtures/pictures/`, and the label boxes of an SVG read back from its markup.
enum PictureSnapshot {
    static let folder = GoldenSiteTests.fixtures.appendingPathComponent("pictures")

    /// Compares `text` with `Fixtures/pictures/<name>`; a missing baseline or `RECORD_SNAPSHOTS=1`
    /// writes it and fails.
    static func assertMatches(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let baseline = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: baseline, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: baseline, atomically: true, encoding: .utf8)
            Issue.record("recorded a new baseline for \(name); check it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        if text != expected {
            Issue.record("\(name) differs from its baseline:\n\(GoldenSiteTests.lineDiff(expected, text))",
                         sourceLocation: sourceLocation)
        }
    }

    /// A `<text>` element's box as the page would draw it, from its `x`, `y`, `font-size`,
    /// `text-anchor` and the words inside it (tags dropped, entities decoded).
    struct Box: CustomStringConvertible {
        var text: String
        var minX, maxX, minY, maxY: Double

        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        var description: String { "\"\(text)\" [\(minX)…\(maxX)] × [\(minY)…\(maxY)]" }
    }

    static func labelBoxes(_ svg: String) -> [Box] {
        var boxes: [Box] = []
        var rest = Substring(svg)
        while let start = rest.range(of: "<text ") {
            guard let close = rest[start.upperBound...].range(of: "</text>"),
                  let tagEnd = rest[start.upperBound...].firstIndex(of: ">") else { break }
            let attributes = String(rest[start.upperBound..<tagEnd])
            let inner = String(rest[rest.index(after: tagEnd)..<close.lowerBound])
            rest = rest[close.upperBound...]
            func attribute(_ name: String) -> String? {
                guard let range = attributes.range(of: " \(name)=\"") ?? (attributes.hasPrefix("\(name)=\"")
                    ? attributes.range(of: "\(name)=\"") : nil) else { return nil }
                return String(attributes[range.upperBound...].prefix { $0 != "\"" })
            }
            let x = Double(attribute("x") ?? "") ?? .nan, y = Double(attribute("y") ?? "") ?? .nan
            let size = Double(attribute("font-size") ?? "") ?? .nan
            let text = decoded(stripped(inner))
            let width = TextWidth.of(text, fontSize: size)
            let minX: Double
            switch attribute("text-anchor") {
            case "end": minX = x - width
            case "middle": minX = x - width / 2
            default: minX = x
            }
            boxes.append(Box(text: text, minX: minX, maxX: minX + width, minY: y - size * 0.8, maxY: y + size * 0.25))
        }
        return boxes
    }

    /// Pairs of boxes that overlap.
    static func overlaps(_ boxes: [Box]) -> [(Box, Box)] {
        var found: [(Box, Box)] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i && boxes[i].overlaps(boxes[j]) { found.append((boxes[i], boxes[j])) }
        }
        return found
    }

    static func stripped(_ markup: String) -> String {
        var out = "", inTag = false
        for character in markup {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }

    static func decoded(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The `<svg>…</svg>` part of a figure.
    static func svg(of html: String) -> String {
        guard let start = html.range(of: "<svg"), let end = html.range(of: "</svg>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
