import BriefingKit
import Foundation

/// A failed build as the page shows it: each error's `file:line:col`, message and source excerpt,
/// compiler style, inside an overlay over the page. Everything from content is HTML-escaped.
enum ErrorOverlay {
    /// The diagnostics (errors first, then warnings) as the command line prints them.
    static func text(for report: RebuildReport) -> String {
        switch report.outcome {
        case .environmentError(let message):
            return "error: \(message)\n"
        case .success, .contentErrors:
            var formatter = DiagnosticFormatter(readFile: { try? String(contentsOfFile: $0, encoding: .utf8) })
            let errors = Diagnostics(report.diagnostics.items.filter { $0.severity == .error })
            return errors.items.isEmpty ? formatter.text(for: report.diagnostics) : formatter.text(for: errors)
        }
    }

    /// The overlay's HTML: a fixed panel the live-reload script places (and removes on reload).
    static func html(for report: RebuildReport) -> String {
        """
        <div id="briefing-error-overlay" role="alertdialog" aria-labelledby="briefing-error-title" \
        style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);\
        color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2em">\
        <h2 id="briefing-error-title" style="margin:0 0 1em;color:#ff8a80;font:bold 18px sans-serif">\
        The site failed to build — showing the last good version underneath</h2>\
        <pre style="white-space:pre-wrap;margin:0">\(HTMLEscaping.escape(text(for: report)))</pre>\
        <p style="font:14px sans-serif;color:#ccc">Fix the file and save: this page reloads by itself.</p></div>
        """
    }

    /// The unobtrusive count of a good build's warnings, in a corner of the page (the terminal has them).
    static func warningsNote(count: Int) -> String {
        """
        <div id="briefing-warnings" role="status" style="position:fixed;right:.5em;bottom:.5em;z-index:2147483646;\
        background:#fff8e1;color:#5d4200;border:1px solid #e0c060;border-radius:4px;padding:.2em .6em;\
        font:12px sans-serif">\(count) warning\(count == 1 ? "" : "s") — see the terminal</div>
        """
    }
}
