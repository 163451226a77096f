import Foundation

/// The template fields of the claims a renderer made before, for a renderer that renders the same
/// claims again and again: the preview's, where a verdict change shifts every later claims page
/// (176 pages of 50 claims on the 1,000-briefing corpus), all but one claim as before. A claim's
/// fields depend on the claim, how its page links and whether it is its own page, and the
/// renderer's words (one cache per language's renderer). Claims are matched by identity and held
/// (so no new claim can take a held one's address); once the cache is the only holder of a claim,
/// the plans having let it go, its entries go at the next sweep. Held strongly, not weakly: a weak
/// reference moves an object's counts to a side table, and every retain of every claim took the
/// slow path. One-off builds render each claim on two or three pages and do not keep one.
final class ClaimFieldsCache: @unchecked Sendable {
    private struct Key: Hashable {
        let claim: ObjectIdentifier
        let links: LinkContext
        let onItsPage: Bool
    }

    /// A class, so that a sweep can ask whether it holds the last reference to its claim.
    private final class Entry {
        var claim: ClaimView
        let fields: TemplateFields

        init(claim: ClaimView, fields: TemplateFields) {
            self.claim = claim
            self.fields = fields
        }
    }

    /// Guards `entries` and `sweepAt`: pages render on every core.
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    /// The count at which entries of claims no plan holds any more are swept out.
    private var sweepAt = 16_384

    /// How many entries it holds (for tests of the sweep).
    var count: Int { lock.withLock { entries.count } }

    /// The fields of `claim` as made for `links` and `onItsPage` before, else `make()`'s (kept).
    func fields(_ claim: ClaimView, links: LinkContext, onItsPage: Bool, make: () -> TemplateFields) -> TemplateFields {
        let key = Key(claim: ObjectIdentifier(claim), links: links, onItsPage: onItsPage)
        if let known = lock.withLock({ entries[key] }) { return known.fields }
        let fields = make()
        lock.withLock {
            entries[key] = Entry(claim: claim, fields: fields)
            if entries.count >= sweepAt {
                entries = entries.filter { !isKnownUniquelyReferenced(&$0.value.claim) }
                sweepAt = max(16_384, entries.count * 2)
            }
        }
        return fields
    }
}
