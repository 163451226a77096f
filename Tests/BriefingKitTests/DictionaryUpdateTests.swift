import Testing
@testable import BriefingKit

/// The tables a rebuild keeps (parsed files, annotations): made to hold exactly this run's entries,
/// new ones set in place, one that went dropped.
@Suite struct DictionaryUpdateTests {
    @Test func newEntriesAreSetAndOnlyNewOnes() {
        var table = ["a": 1, "b": 2]
        table.update(to: [("a", 10), ("b", 2), ("c", 3)]) { key, _ in key != "a" }
        // "a" is not new: the kept value stays (its entry is the same object in a real run).
        #expect(table == ["a": 1, "b": 2, "c": 3])
    }

    @Test func anEntryThatWentIsDropped() {
        var table = ["a": 1, "b": 2, "c": 3]
        table.update(to: [("a", 1), ("d", 4), ("c", 3)]) { key, _ in key == "d" }
        #expect(table == ["a": 1, "c": 3, "d": 4])
    }
}
