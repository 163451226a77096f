/// Files editors' tools leave beside content (DESIGN §8 "Quiet files"): backups, swap and lock files,
/// hidden files. Every command ignores them in `briefings/` and `glossary/`, and `serve` does not
/// rebuild for them.
public enum QuietFiles {
    /// Whether the file named `name` (no folder) is one to ignore: `*~`, `#*#`, `.#*` and other hidden
    /// files (`.DS_Store`), `*.swp`, `*.swo`, `*.swx`, and vim's write test `4913`.
    public static func isQuiet(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasSuffix(".swx") || name == "4913"
    }
}
