import Foundation
import Testing
@testable import BriefingKit

/// The JSON writer writes what serialising the same `JSONValue` gives: commas between fields and
/// items at every depth, keys in order, strings escaped for scripts.
@Suite struct JSONWriterTests {
    @Test func writesWhatTheValueSerialisesTo() throws {
        let text = "</script>\"\\ & \u{2028}\n\u{1}é"
        let value = JSONValue.object([
            ("@context", .string("https://schema.org")),
            ("empty", .object([])),
            ("none", .array([])),
            ("@graph", .array([
                .object([("a", .string(text)), ("b", .array([.string("x"), .object([("c", .string("y"))])]))]),
                .object([("d", .object([("e", .string(""))])), ("f", .string("g"))]),
            ])),
            ("last", .string("z")),
        ])
        var json = JSONWriter()
        json.object { json in
            json.field("@context", "https://schema.org")
            json.key("empty")
            json.object { _ in }
            json.key("none")
            json.array { _ in }
            json.key("@graph")
            json.array { json in
                json.object { json in
                    json.field("a", text)
                    json.key("b")
                    json.array { json in
                        json.value("x")
                        json.object { $0.field("c", "y") }
                    }
                }
                json.object { json in
                    json.key("d")
                    json.object { $0.field("e", "") }
                    json.field("f", "g")
                }
            }
            json.field("last", "z")
        }
        #expect(json.string == value.serialized)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        let graph = try #require(parsed["@graph"] as? [[String: Any]])
        #expect(graph.first?["a"] as? String == text)
        #expect(!json.string.contains("<") && !json.string.contains("\u{2028}"))
    }
}
