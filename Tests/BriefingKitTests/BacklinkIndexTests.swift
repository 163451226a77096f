@testable import BriefingKit
import Testing

/// A rebuild patches the backlink index (`Backlinks.replacing`) instead of building it again: for
/// any shares and any changed briefings, the patched index must equal the one built afresh.
@Suite struct BacklinkIndexTests {
    struct Random {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let terms = ["russia", "china", "nato", "un", "iran"]
    static let sources = ["s1", "s2", "s3", "s4"]

    static func share(for slug: String, _ random: inout Random) -> BacklinkShare {
        var share = BacklinkShare()
        for term in terms where random.below(3) == 0 {
            let mentions = (0...random.below(3)).map { Backlinks.Mention(briefing: slug, anchor: "mention-\(term)-\($0 + 1)") }
            share.mentions.append(.init(term: term, mentions: mentions))
        }
        for source in sources where random.below(3) == 0 {
            let kind: Backlinks.Citation.Kind = random.below(2) == 0 ? .citation(number: 1) : .claim(id: "c", number: 2)
            share.citations.append(.init(source: source, citations: [.init(briefing: slug, anchor: "cite-\(source)-1", kind: kind)]))
        }
        return share
    }

    @Test(arguments: 1...40)
    func patchedIndexEqualsIndexBuiltAfresh(seed: Int) throws {
        var random = Random(state: UInt64(seed))
        let slugs = (0..<(1 + random.below(8))).map { "b\($0)" }.shuffled(using: &random)
        var rendered = slugs.map { (slug: $0, share: Self.share(for: $0, &random)) }
        let before = Backlinks(rendered: rendered, glossary: [])
        var changed: Set<String> = []
        for index in rendered.indices where random.below(3) == 0 {
            rendered[index].share = Self.share(for: rendered[index].slug, &random)
            changed.insert(rendered[index].slug)
        }
        let patched = try #require(before.replacing(changed, from: rendered))
        let fresh = Backlinks(rendered: rendered, glossary: [])
        #expect(patched.mentions == fresh.mentions, "seed \(seed), changed \(changed.sorted())")
        #expect(patched.citations == fresh.citations, "seed \(seed), changed \(changed.sorted())")
        #expect(patched.shares == fresh.shares)
        #expect(patched.order == fresh.order)
    }

    @Test func anotherListingOrderIsBuiltAfresh() {
        var random = Random(state: 7)
        let rendered = ["a", "b", "c"].map { (slug: $0, share: Self.share(for: $0, &random)) }
        let index = Backlinks(rendered: rendered, glossary: [])
        #expect(index.replacing(["a"], from: Array(rendered.reversed())) == nil)
        #expect(index.replacing(["a"], from: Array(rendered.dropLast())) == nil)
        #expect(index.replacing(["a"], from: rendered) != nil)
    }
}

extension Array {
    func shuffled(using random: inout BacklinkIndexTests.Random) -> [Element] {
        var result = self
        for index in result.indices.reversed() where index > 0 { result.swapAt(index, random.below(index + 1)) }
        return result
    }
}
