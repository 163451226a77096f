import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What one request to an external address came to: the final HTTP status (after redirects), or
/// why no answer came (refused, timed out, too many redirects, …) in a few readable words.
public enum ExternalLinkResponse: Sendable, Hashable {
    case status(Int)
    case failure(String)
}

/// The HTTP method a link check uses.
public enum ExternalLinkMethod: String, Sendable, Hashable {
    case head = "HEAD"
    case get = "GET"
}

/// Makes one request, following redirects. The only part of the checker that touches the network,
/// so that tests can put a scripted one in its place.
public protocol ExternalLinkFetching: Sendable {
    func fetch(_ url: URL, method: ExternalLinkMethod) async -> ExternalLinkResponse
}

/// `briefing check --external`: requests every `url` and `archived` address of `sources.yaml` and
/// warns, at the source's line, about addresses that cannot be reached or answer with an HTTP error.
///
/// Each distinct address is requested once, with HEAD first; when HEAD fails or answers 400 or more
/// (many servers refuse HEAD with 403, 405 or 501) the address gets a GET, and that answer counts.
/// At most `concurrency` addresses are checked at once. No other address is ever contacted.
public struct ExternalLinkChecker: Sendable {
    public var concurrency: Int
    public var fetcher: any ExternalLinkFetching

    /// Checks over the network with URLSession: `timeout` seconds per request, at most
    /// `maxRedirects` redirects followed.
    public init(timeout: Double = 10, concurrency: Int = 8, maxRedirects: Int = 10,
                userAgent: String = ExternalLinkChecker.defaultUserAgent) {
        self.init(concurrency: concurrency,
                  fetcher: URLSessionLinkFetcher(timeout: timeout, maxRedirects: maxRedirects, userAgent: userAgent))
    }

    /// Checks with any fetcher (tests use a scripted one).
    public init(concurrency: Int = 8, fetcher: any ExternalLinkFetching) {
        self.concurrency = max(1, concurrency)
        self.fetcher = fetcher
    }

    public static let defaultUserAgent = "Mozilla/5.0 (compatible; Briefing link checker; briefing check --external)"

    /// Warnings for every unreachable or failing address, in source order (`url` before `archived`).
    public func check(_ sources: [Source]) async -> Diagnostics {
        var addresses: [String] = []
        var seen = Set<String>()
        for source in sources {
            for (_, address) in Self.addresses(of: source) where seen.insert(address).inserted {
                addresses.append(address)
            }
        }
        let results = await probeAll(addresses)
        var diagnostics = Diagnostics()
        for source in sources {
            for (field, address) in Self.addresses(of: source) {
                guard let problem = results[address] ?? nil else { continue }
                diagnostics.warning("source '\(source.id)' \(field) \(address) \(problem)", at: source.location)
            }
        }
        return diagnostics
    }

    /// The problem with one address, worded to follow "source 'x' url ADDRESS", or nil when it is fine.
    public func problem(with address: String) async -> String? {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host != nil
        else { return "is not a valid http(s) address" }
        var answer = await fetcher.fetch(url, method: .head)
        if case .status(let code) = answer, code < 400 { return nil }
        answer = await fetcher.fetch(url, method: .get)
        switch answer {
        case .status(let code) where code < 400: return nil
        case .status(let code): return "answered HTTP \(code)"
        case .failure(let reason): return "could not be reached: \(reason)"
        }
    }

    private static func addresses(of source: Source) -> [(field: String, address: String)] {
        var result: [(field: String, address: String)] = []
        if let url = source.url, !url.isEmpty { result.append(("url", url)) }
        if let archived = source.archived, !archived.isEmpty { result.append(("archived", archived)) }
        return result
    }

    /// Probes the addresses, at most `concurrency` at a time.
    private func probeAll(_ addresses: [String]) async -> [String: String?] {
        await withTaskGroup(of: (String, String?).self) { group in
            var results: [String: String?] = [:]
            var next = addresses.makeIterator()
            for _ in 0..<concurrency {
                guard let address = next.next() else { break }
                group.addTask { (address, await self.problem(with: address)) }
            }
            while let (address, problem) = await group.next() {
                results[address] = .some(problem)
                if let address = next.next() {
                    group.addTask { (address, await self.problem(with: address)) }
                }
            }
            return results
        }
    }
}

/// Fetches with URLSession: one session per fetcher, redirects capped, the response taken as soon as
/// its headers arrive (a GET never downloads a whole PDF).
public final class URLSessionLinkFetcher: ExternalLinkFetching {
    private let session: URLSession
    private let delegate: LinkFetchDelegate
    private let timeout: Double
    private let userAgent: String

    public init(timeout: Double = 10, maxRedirects: Int = 10,
                userAgent: String = ExternalLinkChecker.defaultUserAgent) {
        #if canImport(FoundationNetworking)
        // swift-corelibs-foundation counts the timeout in whole seconds (truncated).
        let effective = max(1, timeout.rounded(.up))
        #else
        let effective = max(0.001, timeout)
        #endif
        self.timeout = effective
        self.userAgent = userAgent
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = effective
        configuration.timeoutIntervalForResource = effective * 3
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        delegate = LinkFetchDelegate(maxRedirects: maxRedirects, timeout: effective)
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.invalidateAndCancel()
    }

    public func fetch(_ url: URL, method: ExternalLinkMethod) async -> ExternalLinkResponse {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method.rawValue
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("*/*", forHTTPHeaderField: "Accept")
        let session = session
        let delegate = delegate
        let watchdog = timeout * 3 + 2
        return await withCheckedContinuation { continuation in
            let task = session.dataTask(with: request)
            delegate.register(task.taskIdentifier, continuation)
            // Should URLSession never call back, the request still ends.
            DispatchQueue.global().asyncAfter(deadline: .now() + watchdog) { [weak task] in
                if delegate.finish(task?.taskIdentifier, with: .failure(LinkFetchDelegate.timedOut(watchdog))) {
                    task?.cancel()
                }
            }
            task.resume()
        }
    }
}

/// The session delegate: counts redirects per task, and answers each waiting request once.
final class LinkFetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Pending {
        var continuation: CheckedContinuation<ExternalLinkResponse, Never>
        var redirects = 0
        var tooManyRedirects = false
    }

    private let lock = NSLock()
    private var pending: [Int: Pending] = [:]
    private let maxRedirects: Int
    private let timeout: Double

    init(maxRedirects: Int, timeout: Double) {
        self.maxRedirects = maxRedirects
        self.timeout = timeout
    }

    func register(_ id: Int, _ continuation: CheckedContinuation<ExternalLinkResponse, Never>) {
        lock.withLock { pending[id] = Pending(continuation: continuation) }
    }

    /// Resumes the request's caller unless it was answered already; true when this call answered it.
    @discardableResult
    func finish(_ id: Int?, with response: ExternalLinkResponse) -> Bool {
        guard let id else { return false }
        let entry = lock.withLock { pending.removeValue(forKey: id) }
        guard let entry else { return false }
        entry.continuation.resume(returning: entry.tooManyRedirects ? .failure(tooManyRedirects) : response)
        return true
    }

    private var tooManyRedirects: String { "more than \(maxRedirects) redirects" }

    static func timedOut(_ seconds: Double) -> String {
        "timed out after \(String(format: "%g", seconds)) s"
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let follow: Bool = lock.withLock {
            guard var entry = pending[task.taskIdentifier] else { return false }
            entry.redirects += 1
            entry.tooManyRedirects = entry.redirects > maxRedirects
            pending[task.taskIdentifier] = entry
            return !entry.tooManyRedirects
        }
        if follow {
            completionHandler(request)
        } else {
            completionHandler(nil)
            finish(task.taskIdentifier, with: .failure(tooManyRedirects))
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else {
            completionHandler(.allow)
            return
        }
        // The status is all a check needs: stop before the body.
        let answered = finish(dataTask.taskIdentifier, with: .status(http.statusCode))
        completionHandler(.cancel)
        if answered { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error {
            finish(task.taskIdentifier, with: .failure(describe(error)))
        } else if let http = task.response as? HTTPURLResponse {
            finish(task.taskIdentifier, with: .status(http.statusCode))
        } else {
            finish(task.taskIdentifier, with: .failure("no HTTP response"))
        }
    }

    private func describe(_ error: Error) -> String {
        guard let urlError = error as? URLError else { return error.localizedDescription }
        switch urlError.code {
        case .timedOut: return Self.timedOut(timeout)
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .httpTooManyRedirects: return tooManyRedirects
        case .networkConnectionLost: return "connection lost"
        case .notConnectedToInternet: return "not connected to the internet"
        case .badServerResponse: return "bad server response"
        case .secureConnectionFailed: return "TLS connection failed"
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected, .clientCertificateRequired:
            return "TLS certificate not accepted"
        case .unsupportedURL, .badURL: return "unsupported address"
        case .cancelled: return "cancelled"
        default: return "URL error \(urlError.code.rawValue)"
        }
    }
}
