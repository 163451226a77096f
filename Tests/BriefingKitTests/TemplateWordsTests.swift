import Foundation
import Testing
@testable import BriefingKit

/// The default templates and scripts print no words of their own (DESIGN §8): every word a reader
/// sees comes from the interface table, so a `language: fr` site shows no English.
@Suite struct TemplateWordsTests {
    /// Machine-read files: their words are formats' words (`User-agent`), not a reader's.
    static let machineFiles: Set<String> = ["robots.mustache", "sitemap.mustache", "feed.mustache", "corrections-feed.mustache"]

    static var pageTemplates: [String] {
        DefaultTemplates.paths.filter { $0.hasSuffix(".mustache") && !machineFiles.contains($0) }
    }

    /// The reader-visible text of a template: Mustache tags and script elements removed, then the
    /// values of attributes readers see (aria-label, title, alt, placeholder) and the text between tags.
    static func visibleText(_ template: String) -> [String] {
        var text = template.replacingOccurrences(of: #"\{\{[^}]*\}?\}\}"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?s)<script[^>]*>.*?</script>"#, with: "", options: .regularExpression)
        var pieces: [String] = []
        let attribute = try? NSRegularExpression(pattern: #"\b(?:aria-label|title|alt|placeholder)="([^"]*)""#)
        let range = NSRange(text.startIndex..., in: text)
        for match in attribute?.matches(in: text, range: range) ?? [] {
            if let value = Range(match.range(at: 1), in: text) { pieces.append(String(text[value])) }
        }
        pieces.append(text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression))
        return pieces
    }

    @Test func templatesPrintNoWordsOfTheirOwn() throws {
        #expect(Self.pageTemplates.count > 15)
        for path in Self.pageTemplates {
            let template = String(decoding: try #require(DefaultTemplates.files[path]), as: UTF8.self)
            for piece in Self.visibleText(template) {
                // The Admiralty grade letters (the bibliography's filter) are the same in every language.
                let piece = piece.replacingOccurrences(of: #"\b[A-F]\b"#, with: "", options: .regularExpression)
                let letters = piece.unicodeScalars.filter { CharacterSet.letters.contains($0) }
                #expect(letters.isEmpty, "\(path) prints its own words: \(piece.split(whereSeparator: \.isWhitespace).joined(separator: " "))")
            }
        }
    }

    @Test func theCheckFindsAWordLeftInATemplate() {
        let pieces = Self.visibleText(#"<p>{{{words.a}}} <a href="{{x}}">briefings</a></p><b aria-label="Close">{{y}}</b>"#)
        #expect(pieces.contains("Close"))
        #expect(pieces.contains { $0.contains("briefings") })
    }

    @Test func scriptsTakeTheirWordsFromThePage() throws {
        let cards = String(decoding: try #require(DefaultTemplates.files["assets/briefing.js"]), as: UTF8.self)
        #expect(!cards.contains("Glossary entry"))
        #expect(cards.contains("getElementById(\"card-words\")"))
        let layout = String(decoding: try #require(DefaultTemplates.files["layout.mustache"]), as: UTF8.self)
        #expect(layout.contains(#"<script type="application/json" id="card-words">{{{cardWords}}}</script>"#))
    }
}
