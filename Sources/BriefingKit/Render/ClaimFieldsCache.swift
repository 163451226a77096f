import Foundation

/// The template fields of the claims a renderer made before, for a renderer that renders the same
/// claims again and again: the preview's, where a verdict change shifts every later claims page
/// (176 pages of 50 claims on the 1,000-briefing corpus), all but one claim as before. A claim's
/// fields depend on the claim, how its page links and whether it is its own page, and the
/// renderer's words (one cache per language's renderer). Claims are held weakly and matched by
/// identity: a claim freed cannot match a new one made at its address, and its entry goes at the
/// next sweep. One-off builds render each claim on two or three pages and do not keep one.
final class ClaimFieldsCache: @unchecked Sendable {
    private struct Key: Hashable {
        let claim: ObjectIdentifier
        let links: LinkContext
        let onItsPage: Bool
    }

    private struct Entry {
        weak var claim: ClaimView?
        let fields: TemplateFields
    }

    /// Guards `entries` and `sweepAt`: pages render on every core.
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    /// The count at which entries of freed claims are swept out.
    private var sweepAt = 16_384

    /// How many entries it holds (for tests of the sweep).
    var count: Int { lock.withLock { entries.count } }

    /// The fields of `claim` as made for `links` and `onItsPage` before, else `make()`'s (kept).
    func fields(_ claim: ClaimView, links: LinkContext, onItsPage: Bool, make: () -> TemplateFields) -> TemplateFields {
        let key = Key(claim: ObjectIdentifier(claim), links: links, onItsPage: onItsPage)
        if let known = lock.withLock({ entries[key] }), known.claim === claim { return known.fields }
        let fields = make()
        lock.withLock {
            entries[key] = Entry(claim: claim, fields: fields)
            if entries.count >= sweepAt {
                entries = entries.filter { $0.value.claim != nil }
                sweepAt = max(16_384, entries.count * 2)
            }
        }
        return fields
    }
}
