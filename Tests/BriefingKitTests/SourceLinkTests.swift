import Testing
@testable import BriefingKit

/// A source link is shared by reference but compared by value: two links of the same fields are
/// equal, and any one field differing tells them apart (the preview's plan comparisons rely on it).
@Suite struct SourceLinkTests {
    struct Fields {
        var id = "s", title = "A source", url: String? = "https://example.org", archived: String? = nil
        var publisher: String? = "Pub", authors = ["A"], date: PartialDate? = PartialDate(year: 2024)
        var grade = SourceGrade(kind: nil, reliability: nil, original: nil)
        var link: SourceLink {
            SourceLink(id: id, title: title, url: url, archived: archived, publisher: publisher, authors: authors,
                       date: date, grade: grade)
        }
    }

    @Test func equalFieldsAreEqualAndEachFieldCounts() {
        let base = Fields()
        #expect(base.link == base.link)
        let link = base.link
        #expect(link == link)
        var changes: [Fields] = []
        for change in 0..<8 {
            var other = base
            switch change {
            case 0: other.id = "t"
            case 1: other.title = "Another"
            case 2: other.url = nil
            case 3: other.archived = "https://archive.org/x"
            case 4: other.publisher = "Other"
            case 5: other.authors = ["B"]
            case 6: other.date = PartialDate(year: 2025)
            default: other.grade = SourceGrade(kind: nil, reliability: nil, original: OriginalSource(id: "o", title: "O"))
            }
            changes.append(other)
        }
        for (index, other) in changes.enumerated() { #expect(base.link != other.link, "field \(index)") }
    }
}
