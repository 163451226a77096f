/// What a changed file is to the site, which decides how much a rebuild redoes.
public enum ChangeKind: Sendable, Equatable {
    /// `Content/briefings/<slug>.md`.
    case briefing(slug: String)
    /// `Content/glossary/<id>.md`.
    case glossaryEntry(id: String)
    /// `Content/sources.yaml`.
    case sources
    /// `Content/site.yaml`.
    case siteSettings
    /// A `.mustache` file under `Templates/`.
    case template
    /// A file under `Templates/assets/`.
    case templateAsset
    /// A file under `Content/assets/`.
    case contentAsset
    /// A file under `Content/static/`.
    case staticFile
    /// Anything but a `.md` file in `Content/briefings/` or `Content/glossary/` (an IDE's safe-write
    /// copy such as `x.md___jb_tmp___`, a notes file): the loader only warns that it skips it, and
    /// it lists those folders on every build, so nothing needs forgetting.
    case unreadFile
    /// A quiet file (`QuietFiles.isQuiet`: an editor's backup, swap or probe file, a hidden file),
    /// which the loader skips too: no rebuild.
    case ignored
    /// Anything else (a folder appearing or vanishing, a file we do not know): a full rebuild.
    case unknown

    /// Classifies `path` (relative to the content folder when `inContent`, else to the templates
    /// folder). Pure, so that it can be tested without files.
    public static func classify(_ path: String, inContent: Bool) -> ChangeKind {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let name = components.last else { return .unknown }
        // Everything under assets/ and static/ is copied, scratch files too, as a full build would.
        if inContent && components.count > 1 && components[0] == "assets" { return .contentAsset }
        if inContent && components.count > 1 && components[0] == "static" { return .staticFile }
        if QuietFiles.isQuiet(name) { return .ignored }
        if inContent {
            switch (components.count, components[0]) {
            case (1, _) where name == "site.yaml": return .siteSettings
            case (1, _) where name == "sources.yaml": return .sources
            case (2, "briefings") where name.hasSuffix(".md"): return .briefing(slug: String(name.dropLast(3)))
            case (2, "glossary") where name.hasSuffix(".md"): return .glossaryEntry(id: String(name.dropLast(3)))
            case (2, "briefings"), (2, "glossary"): return .unreadFile
            default: return .unknown
            }
        }
        if components[0] == "assets" && components.count > 1 { return .templateAsset }
        return name.hasSuffix(".mustache") ? .template : .unknown
    }
}
