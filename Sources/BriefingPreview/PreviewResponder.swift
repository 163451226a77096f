import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle

/// Answers the preview server's requests: the event stream open pages listen on, and the built
/// site's files with clean URLs, their media types, the site's `404.html` for anything missing, and
/// `Cache-Control: no-cache` so that a reload always asks again. HTML pages get the live-reload
/// script (and the error overlay while a failed build stands) on the way out.
struct PreviewResponder: Sendable {
    let files: SiteFiles
    let coordinator: PreviewCoordinator

    func respond(to request: Request) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD", .cacheControl: "no-cache"])
        }
        let path = request.uri.path
        if path == LiveReload.eventsPath { return await events() }
        let overlay = await coordinator.currentOverlay()
        switch files.lookup(path) {
        case .file(let file):
            return serve(file, status: .ok, overlay: overlay, head: request.method == .head)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-cache"])
        case .notFound:
            if case .file(let page) = files.lookup("/404.html") {
                return serve(page, status: .notFound, overlay: overlay, head: request.method == .head)
            }
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "Not found\n")))
        }
    }

    private func serve(_ file: String, status: HTTPResponse.Status, overlay: String?, head: Bool) -> Response {
        // Whole: a rebuild rewrites files in place, each under the gate.
        guard let data = coordinator.gate.reading({ FileManager.default.contents(atPath: file) }) else {
            return Response(status: .notFound, headers: [.cacheControl: "no-cache"])
        }
        let type = SiteFiles.mediaType(for: file)
        var buffer: ByteBuffer
        if type.hasPrefix("text/html") {
            buffer = ByteBuffer(string: LiveReload.inject(into: String(decoding: data, as: UTF8.self), overlay: overlay))
        } else {
            buffer = ByteBuffer(bytes: data)
        }
        let headers: HTTPFields = [.contentType: type, .cacheControl: "no-cache",
                                   .contentLength: String(buffer.readableBytes)]
        if head { buffer.clear() }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }

    /// The server-sent event stream: `reload` after each successful build, `failure` with the overlay
    /// after a failed one. It ends when the page goes away or the server stops.
    private func events() async -> Response {
        let stream = await coordinator.listen()
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: ": connected\n\n"))
            for await event in stream.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: LiveReload.message(for: event)))
            }
            try await writer.finish(nil)
        })
    }
}
