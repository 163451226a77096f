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

    /// Writes `pages`, then, with `later` (a one-off build's search index, `SearchMadeLast`), the
    /// pages it makes, before committing. With `later`, the caller hands the pages over: each is let
    /// go once written, and `later` runs when they all are, so the peak holds one or the other.
    static func write(_ pages: consuming [Page], renderer: PageRenderer, to writer: some SiteWriter,
                      removing vanished: [String], then later: (() -> [Page])? = nil) -> Result {
        let state = Locked((changed: [String](), failure: String?.none, missing: Set<String>()))
        var rendered: Int
        if let later {
            rendered = render(consume pages, lettingGo: true, renderer: renderer, to: writer, state: state)
            let failed = state.withLock { $0.failure != nil || !$0.missing.isEmpty }
            if !failed { rendered += render(later(), lettingGo: true, renderer: renderer, to: writer, state: state) }
        } else {
            rendered = render(pages, lettingGo: false, renderer: renderer, to: writer, state: state)
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
    /// failed; how many pages there were. `lettingGo`: each page is freed once written (`pages` was
    /// their last owner).
    private static func render(_ pages: consuming [Page], lettingGo: Bool, renderer: PageRenderer, to writer: some SiteWriter,
                               state: Locked<(changed: [String], failure: String?, missing: Set<String>)>) -> Int {
        let count = pages.count
        let handle: @Sendable (Page, PageRenderer.Output, [UInt8]) -> Void = { page, output, bytes in
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
        if lettingGo {
            PageRendering.eachLettingGo(consume pages, renderer: renderer, handle)
        } else {
            PageRendering.each(pages, renderer: renderer, handle)
        }
        return count
    }
}
