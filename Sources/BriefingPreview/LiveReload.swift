import Foundation
import BriefingKit

/// The script the preview server adds to every HTML page it serves (never to the files a build writes):
/// it listens for server-sent events, reloads the page after a successful build keeping the scroll
/// position (the search page once the search index the build left is written), and shows or hides
/// the error overlay of a failed one.
enum LiveReload {
    /// Where pages listen for events.
    static let eventsPath = "/__briefing/events"

    static let script = """
        <script id="briefing-live-reload">(function () {
          var key = "briefing-scroll:" + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) {
            sessionStorage.removeItem(key);
            var restore = function () { window.scrollTo(0, parseInt(saved, 10) || 0); };
            if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
          }
          var events = new EventSource("\(eventsPath)");
          var reload = function () {
            sessionStorage.setItem(key, String(window.scrollY));
            location.reload();
          };
          // The search index is written after a rebuild's pages: the search page waits for it
          // (reloading at once would show the old index, and miss the news of the new one).
          var isSearchPage = /\\/search\\/(index\\.html)?$/.test(location.pathname);
          events.addEventListener("reload", function (event) {
            if (isSearchPage && / search-follows$/.test(event.data)) return;
            reload();
          });
          events.addEventListener("search", function () {
            if (isSearchPage) reload();
          });
          events.addEventListener("failure", function (event) {
            var old = document.getElementById("briefing-error-overlay");
            if (old) old.remove();
            var holder = document.createElement("div");
            holder.innerHTML = JSON.parse(event.data);
            if (holder.firstElementChild) document.body.appendChild(holder.firstElementChild);
          });
        })();</script>
        """

    /// `html` with the script, and `overlay` when a failed build stands, before its last `</body>`.
    static func inject(into html: String, overlay: String?) -> String {
        let addition = (overlay ?? "") + script
        guard let end = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else { return html + addition }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: addition)
    }

    /// One server-sent event: `event: <name>` and its data on one line (JSON-encoded for the overlay).
    static func message(for event: PreviewCoordinator.Event) -> String {
        switch event {
        case .reload(let generation, let searchFollows):
            return "event: reload\ndata: \(generation)\(searchFollows ? " search-follows" : "")\n\n"
        case .searchUpdated(let generation):
            return "event: search\ndata: \(generation)\n\n"
        case .error(let overlay):
            return "event: failure\ndata: \(HTMLEscaping.jsonString(overlay))\n\n"
        }
    }
}
