import Foundation

/// Renders many pages on every core, each worker into one buffer it reuses from page to page, and
/// hands each page on as soon as it is made: no build holds every page at once.
enum PageRendering {
    /// Renders `pages`, calling `handle` with each page, what rendering gave and the bytes (valid
    /// during the call only: the buffer is reused). `handle` runs on several threads at once.
    static func each(_ pages: [Page], renderer: PageRenderer,
                     _ handle: @escaping @Sendable (Page, PageRenderer.Output, [UInt8]) -> Void) {
        each(count: pages.count, page: { pages[$0] }, renderer: renderer, handle)
    }

    /// Renders `pages` as `each` does, letting each go once handled: a one-off build's pages are
    /// their inputs' last owners, so what only a page shows (a briefing's body) is freed as the
    /// page is written, and the pages rendered last have room.
    static func eachLettingGo(_ pages: consuming [Page], renderer: PageRenderer,
                              _ handle: @escaping @Sendable (Page, PageRenderer.Output, [UInt8]) -> Void) {
        let queue = PageQueue(consume pages)
        each(count: queue.count, page: queue.take, renderer: renderer, handle)
    }

    /// Renders the pages `page` gives for `0..<count`, each index asked for once.
    private static func each(count: Int, page: @escaping @Sendable (Int) -> Page?, renderer: PageRenderer,
                             _ handle: @escaping @Sendable (Page, PageRenderer.Output, [UInt8]) -> Void) {
        guard count > 0 else { return }
        // One worker per core (each thread's allocations live in its own malloc arena, so more
        // workers hold more memory), each taking the next page in plan order when it is free. (Pages
        // dealt out in turn left one core rendering claims pages alone for the last 0.4 s of a 2.6 s
        // build of 1,000 long briefings, the other idle: perf, samples by thread over time.)
        let workers = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let next = Locked(0)
        Parallel.forEach(Array(0..<workers)) { _ in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(128 * 1024)
            while true {
                let index = next.withLock { taken -> Int in
                    defer { taken += 1 }
                    return taken
                }
                guard index < count else { return }
                guard let page = page(index) else { continue }
                let output = renderer.render(page, into: &buffer)
                handle(page, output, buffer)
            }
        }
    }

    static func missing(_ template: String) -> String { "missing template '\(template)'" }

    static func location(_ template: String, _ request: BuildRequest) -> SourceLocation {
        SourceLocation(file: "\(request.templatesDirectory)/\(template).mustache", line: 1)
    }
}

/// Pages handed out by index, each once, and held no longer: the taker's copy is the last.
/// Workers take distinct indices, so no slot is touched by two threads.
final class PageQueue: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Page?>

    init(_ pages: consuming [Page]) {
        slots = .allocate(capacity: pages.count)
        var next = slots.baseAddress
        for page in pages {
            next?.initialize(to: page)
            next = next?.successor()
        }
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    var count: Int { slots.count }

    /// The page at `index`, nil when it was taken already.
    func take(_ index: Int) -> Page? {
        slots[index].take()
    }
}
