import Testing
@testable import BriefingKit

/// The workers take pages as they come free: every page is rendered once, with its own bytes.
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
}
