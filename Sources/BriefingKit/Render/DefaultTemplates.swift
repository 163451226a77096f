import Foundation

/// The default templates and assets, built into the binary from the package's `Templates/` folder by
/// the EmbedTemplates build-tool plugin, so `briefing` works in a site without a `Templates/` folder.
public enum DefaultTemplates {
    /// Path relative to the templates folder (`layout.mustache`, `partials/footer.mustache`,
    /// `assets/icon.svg`) → the file's bytes, exactly as in `Templates/`.
    public static let files: [String: [UInt8]] = EmbeddedTemplates.base64.mapValues { encoded in
        guard let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) else {
            preconditionFailure("EmbeddedTemplates holds invalid base64")
        }
        return [UInt8](data)
    }

    /// Every path of `files`, sorted.
    public static var paths: [String] { files.keys.sorted() }
}
