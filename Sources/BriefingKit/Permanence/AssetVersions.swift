/// Cache-safe addresses for the assets of `Templates/assets` (DESIGN §7 Permanence): pages link
/// `assets/style.css?v=<8 hex digits of its bytes' hash>`, so a browser or CDN cache that still
/// holds the old stylesheet never pairs it with new pages. Templates get them through `links.*`.
public struct AssetVersions: Sendable, Equatable {
    /// Site path (`assets/style.css`) → 8 lower-case hex digits.
    public private(set) var versions: [String: String] = [:]

    public init() {}

    /// The version of each asset, read through `fileSystem` for one copied from the templates
    /// folder; an asset that cannot be read gets none (copying it fails the build anyway).
    init(_ assets: [TemplateLoader.Asset], fileSystem: FileSystem) {
        for asset in assets {
            let bytes: [UInt8]?
            switch asset.contents {
            case .bytes(let data): bytes = data
            case .copy(let path): bytes = try? fileSystem.read(path)
            }
            if let bytes { versions["assets/" + asset.path] = Self.digest(bytes) }
        }
    }

    /// The address of the file at site path `path` from a page: versioned when it is a template asset.
    public func address(_ path: String, links: LinkContext) -> String {
        guard let version = versions[path] else { return links.file(path) }
        return links.file(path) + "?v=" + version
    }

    /// FNV-1a (32 bits) of `bytes` as 8 hex digits: enough to tell versions of one file apart, and
    /// the same on every machine (Swift's `Hasher` is seeded per process).
    static func digest(_ bytes: [UInt8]) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
