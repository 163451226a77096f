import Foundation

/// Finds the file a request path names inside the output folder, and never one outside it: the path
/// is percent-decoded once, then split, and an encoded separator, any `..`, `.` or hidden component,
/// NUL or backslash refuses it; the result, symbolic links resolved, must still lie inside the folder.
struct SiteFiles: Sendable {
    /// The output folder, absolute.
    let folder: String

    init(root: String) {
        folder = URL(fileURLWithPath: root).standardizedFileURL.path
    }

    enum Lookup: Equatable {
        /// A regular file (absolute path).
        case file(String)
        /// A folder asked for without its trailing `/`: redirect to this path.
        case redirect(String)
        case notFound
    }

    func lookup(_ rawPath: String) -> Lookup {
        let pathOnly = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        // An encoded slash or backslash only ever serves to smuggle a separator past a check: refuse it.
        let lowered = pathOnly.lowercased()
        guard !lowered.contains("%2f"), !lowered.contains("%5c") else { return .notFound }
        let root = Self.resolved(folder)
        guard pathOnly.hasPrefix("/"), let decoded = pathOnly.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return .notFound }
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !components.contains(where: { $0.hasPrefix(".") }) else { return .notFound }
        // The raw path decides whether a folder was asked for: `%2f` at the end is not a folder's `/`.
        let wantsFolder = decoded == "/" || pathOnly.hasSuffix("/")
        let relative = components.joined(separator: "/")
        var candidate = relative.isEmpty ? root : root + "/" + relative
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            guard wantsFolder else { return .redirect(pathOnly + "/") }
            candidate += "/index.html"
        } else if wantsFolder {
            return .notFound
        }
        let real = Self.resolved(candidate)
        guard real.hasPrefix(root + "/") else { return .notFound }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .notFound
        }
        return .file(real)
    }

    /// `path` with every symbolic link resolved (realpath); `path` itself when it cannot be resolved.
    static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The media type for a file name, by its extension.
    static func mediaType(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let suffix = name.split(separator: ".").count > 1 ? name.split(separator: ".").last.map { $0.lowercased() } ?? "" : ""
        switch suffix {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return name == "feed.xml" ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "woff": return "font/woff"
        case "woff2": return "font/woff2"
        case "ttf": return "font/ttf"
        case "otf": return "font/otf"
        case "pdf": return "application/pdf"
        case "mp4": return "video/mp4"
        case "webm": return "video/webm"
        case "mp3": return "audio/mpeg"
        case "wasm": return "application/wasm"
        default: return "application/octet-stream"
        }
    }
}
