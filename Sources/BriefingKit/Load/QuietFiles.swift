/// Files editors' tools leave beside content (DESIGN §8 "Quiet files"): backups, swap, lock and
/// temporary files, hidden files. The one rule for them (there is no second list): every command's
/// loader skips them in `briefings/`, `glossary/` and `pages/` without a word, and `serve` does not
/// rebuild when they change (`ChangeKind.classify` asks `isQuiet`), so a preview and a full build
/// never disagree about them.
public enum QuietFiles {
    /// Whether the file named `name` (no folder) is one to ignore: `*~`, `#*#`, `.#*` and other hidden
    /// files (`.DS_Store`), Vim's `*.swp`, `*.swo`, `*.swx` and its write probe `4913`, and `*.tmp`.
    public static func isQuiet(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasSuffix(".swx") || name.hasSuffix(".tmp")
            || name == "4913"
    }
}
