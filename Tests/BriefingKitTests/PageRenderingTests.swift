import Testing
@testable import BriefingKit

/// The workers take pages as they come free: every page is rendered once, with its own bytes; pages
/// handed over (a one-off build's) are let go once written.
@Suite struct PageRenderingTests {
    @Test func everyPageIsHandledOnceWithItsBytes() {
        let pages = (0..<1_000).map { Page(path: "p\($0)", input: .bytes(Array("page \($0)".utf8))) }
        var diagnostics = Diagnostics()
        let renderer = PageRenderer(templates: MustacheTemplates(templates: [:], diagnostics: &diagnostics))
        let seen = Locked<[String: [String]]>([:])
        PageRendering.each(pages, renderer: renderer) { page, _, bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            seen.withLock { $0[page.path, default: []].append(text) }
        }
        let handled = seen.current
        #expect(handled.count == pages.count)
        for index in 0..<pages.count { #expect(handled["p\(index)"] == ["page \(index)"]) }
    }

    @Test func pagesHandedOverAreHandledOnceAndLetGo() throws {
        var pages = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions())
            .plan(try SearchMemoTests().annotated()).pages
        let count = pages.count
        // A claim's view is held by its briefing's page and the claims pages, and by nothing else.
        weak var claim = pages.lazy.compactMap { page -> ClaimView? in
            if case .claimList(let list) = page.input { return list.claims.first }
            return nil
        }.first
        #expect(claim != nil)
        var diagnostics = Diagnostics()
        let renderer = PageRenderer(templates: TemplateLoader(fileSystem: .memory([:]))
            .load(directory: "Templates", diagnostics: &diagnostics).templates)
        let seen = Locked<[String: Int]>([:])
        PageRendering.eachLettingGo(consume pages, renderer: renderer) { page, output, bytes in
            if case .rendered = output, !bytes.isEmpty { seen.withLock { $0[page.path, default: 0] += 1 } }
        }
        #expect(seen.current.count == count)
        #expect(seen.current.values.allSatisfy { $0 == 1 })
        #expect(claim == nil)
    }

    @Test func aQueuedPageIsTakenOnceAndHeldNoLonger() throws {
        var pages = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions())
            .plan(try SearchMemoTests().annotated()).pages
        let paths = pages.map(\.path)
        weak var claim = pages.lazy.compactMap { page -> ClaimView? in
            if case .claimList(let list) = page.input { return list.claims.first }
            return nil
        }.first
        let queue = PageQueue(consume pages)
        #expect(claim != nil)
        #expect(queue.count == paths.count)
        var taken: [String] = []
        for index in 0..<queue.count { taken += queue.take(index).map { [$0.path] } ?? [] }
        #expect(taken == paths)
        // Every page taken and dropped, the queue still here: it holds none of them.
        #expect(claim == nil)
        #expect(queue.take(0) == nil)
    }
}
