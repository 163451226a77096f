import Foundation

/// Renders many pages on every core, each worker into one buffer it reuses from page to page, and
/// hands each page on as soon as it is made: no build holds every page at once.
enum PageRendering {
    /// Renders `pages`, calling `handle` with each page, what rendering gave and the bytes (valid
    /// during the call only: the buffer is reused). `handle` runs on several threads at once.
    static func each(_ pages: [Page], renderer: PageRenderer,
                     _ handle: @escaping @Sendable (Page, PageRenderer.Output, [UInt8]) -> Void) {
        guard !pages.isEmpty else { return }
        // One worker per core (each thread's allocations live in its own malloc arena, so more
        // workers hold more memory), each taking the next page in plan order when it is free. (Pages
        // dealt out in turn left one core rendering claims pages alone for the last 0.4 s of a 2.6 s
        // build of 1,000 long briefings, the other idle: perf, samples by thread over time.)
        let workers = min(pages.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let next = Locked(0)
        Parallel.forEach(Array(0..<workers)) { _ in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(128 * 1024)
            while true {
                let index = next.withLock { taken -> Int in
                    defer { taken += 1 }
                    return taken
                }
                guard index < pages.count else { return }
                let output = renderer.render(pages[index], into: &buffer)
                handle(pages[index], output, buffer)
            }
        }
    }

    static func missing(_ template: String) -> String { "missing template '\(template)'" }

    static func location(_ template: String, _ request: BuildRequest) -> SourceLocation {
        SourceLocation(file: "\(request.templatesDirectory)/\(template).mustache", line: 1)
    }
}
