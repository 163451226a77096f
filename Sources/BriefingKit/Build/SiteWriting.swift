import Dispatch

/// The one sequence by which a build reaches its folder, for `build` and for every `serve`
/// rebuild alike: render the chosen pages and hand them to the writer as they come, then commit
/// (removing what the plan no longer holds), or abandon on any failure.
enum SiteWriting {
    struct Result {
        /// Output paths written or removed, sorted.
        var changedPaths: [String]
        var renderedPages: Int
        /// Why nothing (or not everything) could be written; nil on success.
        var failure: String?
        /// Templates a page needed that were missing.
        var missingTemplates: [String]
    }

    /// Writes `pages`, then, with `later`, lets them go (freed on another thread) and writes the
    /// pages `later` makes (a one-off build's search index, `SearchMadeLast`) before committing.
    static func write(_ pages: consuming [Page], renderer: PageRenderer, to writer: some SiteWriter,
                      removing vanished: [String], then later: (() -> [Page])? = nil) -> Result {
        let state = Locked((changed: [String](), failure: String?.none, missing: Set<String>()))
        var rendered = render(pages, renderer: renderer, to: writer, state: state)
        if let later {
            // Made only once the pages before are let go: the build's peak holds one or the other.
            let written = HandOff(consume pages)
            DispatchQueue.global(qos: .utility).async { written.value = [] }
            let failed = state.withLock { $0.failure != nil || !$0.missing.isEmpty }
            if !failed { rendered += render(later(), renderer: renderer, to: writer, state: state) }
        }
        var result = state.current
        if result.failure == nil && result.missing.isEmpty {
            do { try writer.commit(removing: vanished) } catch { result.failure = "\(error)" }
        }
        if result.failure != nil || !result.missing.isEmpty { writer.abandon() }
        return Result(changedPaths: (result.changed + vanished).sorted(), renderedPages: rendered,
                      failure: result.failure.map { "cannot write the output folder: \($0)" },
                      missingTemplates: result.missing.sorted())
    }

    /// Renders `pages` and hands each to `writer`, recording in `state` what was written and what
    /// failed; how many pages there were.
    private static func render(_ pages: [Page], renderer: PageRenderer, to writer: some SiteWriter,
                               state: Locked<(changed: [String], failure: String?, missing: Set<String>)>) -> Int {
        PageRendering.each(pages, renderer: renderer) { page, output, bytes in
            do {
                switch output {
                case .rendered:
                    if try writer.write(page.path, bytes: bytes) { state.withLock { $0.changed.append(page.path) } }
                case .copy(let source):
                    try writer.copy(page.path, from: source)
                    state.withLock { $0.changed.append(page.path) }
                case .missingTemplate(let name):
                    state.withLock { _ = $0.missing.insert(name) }
                }
            } catch {
                state.withLock { $0.failure = $0.failure ?? "\(error)" }
            }
        }
        return pages.count
    }
}
