extension Renderer {
    /// The bibliography grouped by kind (DESIGN §7), in the order of `SourceKind`, sources without a
    /// kind last; within a group, the order of `sources.yaml`.
    func sourceGroups(links: LinkContext) -> TemplateValue {
        var byKind: [SourceKind?: [Source]] = [:]
        for source in site.site.sources { byKind[source.kind, default: []].append(source) }
        let order: [SourceKind?] = SourceKind.allCases.map { $0 } + [nil]
        return .list(order.compactMap { kind -> TemplateValue? in
            guard let sources = byKind[kind], !sources.isEmpty else { return nil }
            let id = kind.map { "sources-\($0.rawValue)" } ?? "sources-other"
            return .object([
                "id": .text(id),
                "title": .text(kind?.pluralLabel ?? TrustWords.unknownKind),
                "count": .text(String(sources.count)),
                "sources": .list(sources.map { .object(sourceFields($0, links: links)) }),
            ])
        })
    }
}
