import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// HTTP over a plain socket to 127.0.0.1, so that paths go out exactly as written.
enum RawHTTP {
    struct Failure: Error { var message: String }

    static func connect(port: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(message: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(descriptor); throw Failure(message: "connect") }
        return descriptor
    }

    static func send(_ descriptor: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// `get(port:path:)` on a thread of its own: a test that blocks a cooperative thread in `read`
    /// while the server it waits for needs that pool (two cores, other suites running) can deadlock.
    static func getOffPool(port: Int, path: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try get(port: port, path: path) })
            }
        }
    }

    /// The whole response to `GET path` (the connection closed by asking so).
    static func get(port: Int, path: String) throws -> String {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        send(descriptor, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A server-sent events client on a plain socket: events are read on a thread of its own. Like the
/// live-reload script on any page but the search page, it passes over `search` events (the search
/// index written after a rebuild's pages) unless `isSearchPage`.
final class EventStream: Sendable {
    struct Event: Sendable { var name: String; var data: String }

    private let descriptor: Int32
    private let stream: AsyncStream<Event>

    init(url: String, isSearchPage: Bool = false) throws {
        guard let components = URLComponents(string: url), let port = components.port else {
            throw RawHTTP.Failure(message: "bad url")
        }
        descriptor = try RawHTTP.connect(port: port)
        RawHTTP.send(descriptor, "GET \(components.path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self)
        self.stream = stream
        let descriptor = self.descriptor
        Thread.detachNewThread {
            var pending = ""
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                pending += String(decoding: buffer[0..<count], as: UTF8.self)
                while let end = pending.range(of: "\n\n") {
                    let block = String(pending[..<end.lowerBound])
                    pending = String(pending[end.upperBound...])
                    var name = "", data = ""
                    for line in block.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                        if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                        if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
                        if line.hasPrefix(": connected") { name = "connected" }
                    }
                    if !name.isEmpty && (name != "search" || isSearchPage) { continuation.yield(Event(name: name, data: data)) }
                }
            }
            continuation.finish()
        }
    }

    /// Waits for the server's first comment, which says the stream is listening.
    func waitForConnection() async throws {
        guard try await next(timeout: 120)?.name == "connected" else { throw RawHTTP.Failure(message: "no connection") }
    }

    /// The next event, or nil after `timeout` seconds or when the stream ends.
    func next(timeout: Double) async throws -> Event? {
        let stream = self.stream
        return await withTaskGroup(of: Event?.self) { group in
            group.addTask {
                var iterator = stream.makeAsyncIterator()
                return await iterator.next()
            }
            group.addTask {
                try? await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    func close() {
        shutdown(descriptor, Int32(SHUT_RDWR))
    }
}
