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
        // workers hold more memory), pages interleaved: briefing pages come first and cost the most.
        let workers = min(pages.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        Parallel.forEach(Array(0..<workers)) { worker in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(128 * 1024)
            for index in stride(from: worker, to: pages.count, by: workers) {
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
