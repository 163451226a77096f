import Testing
@testable import BriefingKit

/// `PlanAlignment` finds, for every page of a new plan, the input the last plan had at its path,
/// and the paths gone, as a lookup of every path would: checked against that lookup on random
/// edits of a list of paths (insertions, removals, renames, moves).
@Suite struct PlanAlignmentTests {
    static func page(_ path: String, _ value: Int) -> Page {
        Page(path: path, input: .bytes(Array(String(value).utf8)))
    }

    /// The answers of a dictionary of every old path, which the alignment must give.
    static func expect(old: [Page], new: [Page]) {
        let alignment = PlanAlignment(old: old, new: new)
        let byPath = Dictionary(old.map { ($0.path, $0.input) }, uniquingKeysWith: { first, _ in first })
        for (index, page) in new.enumerated() {
            #expect(alignment.oldInput(for: page, at: index) == byPath[page.path], "\(page.path) at \(index)")
        }
        let newPaths = Set(new.map(\.path))
        #expect(Set(alignment.vanished) == Set(old.map(\.path).filter { !newPaths.contains($0) }))
        #expect(alignment.vanished.count == Set(alignment.vanished).count)
    }

    @Test func samePlanInsertedRemovedAndRenamedPages() {
        let old = (0..<8).map { Self.page("p\($0)", $0) }
        Self.expect(old: old, new: old)
        Self.expect(old: old, new: Array(old[..<3]) + [Self.page("new", 99)] + Array(old[3...]))
        Self.expect(old: old, new: Array(old[..<3]) + Array(old[4...]))
        Self.expect(old: old, new: Array(old[..<5]) + [Self.page("renamed", 5)] + Array(old[6...]))
        Self.expect(old: old, new: old.reversed())
        Self.expect(old: old, new: [])
        Self.expect(old: [], new: old)
        // the same path at both ends of a window: the end must not overlap the start
        let repeated = [Self.page("a", 1), Self.page("b", 2), Self.page("a2", 3)]
        Self.expect(old: repeated, new: [Self.page("a", 1), Self.page("a2", 3)])
    }

    @Test(arguments: 1...40)
    func randomEdits(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        var old = (0..<Int.random(in: 0...30, using: &generator)).map { Self.page("p\($0)", $0) }
        var next = 1000
        for _ in 0..<5 {
            var new = old
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                switch Int.random(in: 0...3, using: &generator) {
                case 0:
                    new.insert(Self.page("n\(next)", next), at: Int.random(in: 0...new.count, using: &generator))
                    next += 1
                case 1 where !new.isEmpty:
                    new.remove(at: Int.random(in: 0..<new.count, using: &generator))
                case 2 where !new.isEmpty:
                    let index = Int.random(in: 0..<new.count, using: &generator)
                    new[index] = Self.page(new[index].path, next)
                    next += 1
                case 3 where new.count > 1:
                    let moved = new.remove(at: Int.random(in: 0..<new.count, using: &generator))
                    new.insert(moved, at: Int.random(in: 0...new.count, using: &generator))
                default:
                    break
                }
            }
            Self.expect(old: old, new: new)
            old = new
        }
    }
}
