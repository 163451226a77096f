import Testing
@testable import BriefingKit

/// The one sequence of writing (`SiteWriting.write`) with pages made after the others (a one-off
/// build's search index): they are written after every other page and before the commit, and not
/// made at all when a write before them failed.
@Suite struct SiteWritingTests {
    /// A writer that records what it is asked to do, failing the write of `failing`.
    final class RecordingWriter: SiteWriter, @unchecked Sendable {
        let failing: String?
        let events = Locked<[String]>([])

        init(failing: String? = nil) { self.failing = failing }

        func write(_ path: String, bytes: [UInt8]) throws -> Bool {
            if path == failing { throw Failure.refused(path) }
            events.withLock { $0.append("write " + path) }
            return true
        }

        func copy(_ path: String, from source: String) throws { events.withLock { $0.append("copy " + path) } }
        func commit(removing vanished: [String]) throws { events.withLock { $0.append("commit") } }
        func abandon() { events.withLock { $0.append("abandon") } }

        enum Failure: Error { case refused(String) }
    }

    static let renderer: PageRenderer = {
        var diagnostics = Diagnostics()
        return PageRenderer(templates: MustacheTemplates(templates: [:], diagnostics: &diagnostics))
    }()

    static func pages(_ prefix: String, _ count: Int) -> [Page] {
        (0..<count).map { Page(path: "\(prefix)\($0)", input: .bytes(Array("\(prefix) \($0)".utf8))) }
    }

    @Test func pagesMadeLastAreWrittenAfterTheOthersAndBeforeTheCommit() {
        let writer = RecordingWriter()
        let madeAfter = Locked<Int?>(nil)
        let result = SiteWriting.write(Self.pages("p", 50), renderer: Self.renderer, to: writer, removing: []) {
            madeAfter.withLock { $0 = writer.events.current.count }
            return Self.pages("s", 5)
        }
        let events = writer.events.current
        #expect(madeAfter.current == 50)
        #expect(Set(events.prefix(50)) == Set((0..<50).map { "write p\($0)" }))
        #expect(Set(events.dropFirst(50).prefix(5)) == Set((0..<5).map { "write s\($0)" }))
        #expect(events.last == "commit")
        #expect(events.count == 56)
        #expect(result.failure == nil)
        #expect(result.renderedPages == 55)
        #expect(result.changedPaths.count == 55)
    }

    @Test func aFailedWriteLeavesThePagesMadeLastUnmadeAndAbandons() {
        let writer = RecordingWriter(failing: "p7")
        let made = Locked(false)
        let result = SiteWriting.write(Self.pages("p", 20), renderer: Self.renderer, to: writer, removing: []) {
            made.withLock { $0 = true }
            return Self.pages("s", 5)
        }
        #expect(!made.current)
        #expect(result.failure?.hasPrefix("cannot write the output folder") == true)
        #expect(writer.events.current.last == "abandon")
        #expect(!writer.events.current.contains("commit"))
        #expect(!writer.events.current.contains { $0.hasPrefix("write s") })
    }
}
