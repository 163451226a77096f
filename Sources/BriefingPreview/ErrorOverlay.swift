import BriefingKit
import Foundation

/// A failed build as the page shows it: each error's `file:line:col`, message and source excerpt,
/// compiler style, inside an overlay over the page. Everything from content is HTML-escaped.
enum ErrorOverlay {
    /// The diagnostics (errors first, then warnings) as the command line prints them. With
    /// `builtFrom` (when the build started), a file saved again since then shows no excerpt: its
    /// lines are no longer the ones the diagnostic is about (an error with the fixed line under it).
    static func text(for report: RebuildReport, builtFrom started: Date? = nil) -> String {
        switch report.outcome {
        case .environmentError(let message):
            return "error: \(message)\n"
        case .success, .contentErrors:
            var formatter = DiagnosticFormatter(readFile: { path in
                if let started, let modified = modificationDate(path), modified > started { return nil }
                return try? String(contentsOfFile: path, encoding: .utf8)
            })
            let errors = Diagnostics(report.diagnostics.items.filter { $0.severity == .error })
            return errors.items.isEmpty ? formatter.text(for: report.diagnostics) : formatter.text(for: errors)
        }
    }

    /// When the file at `path` was last written; nil when it cannot be read.
    static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// The overlay's HTML: a fixed panel the live-reload script places (and removes on reload).
    static func html(for report: RebuildReport, builtFrom started: Date? = nil) -> String {
        """
        <div id="briefing-error-overlay" role="alertdialog" aria-labelledby="briefing-error-title" \
        style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);\
        color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2em">\
        <h2 id="briefing-error-title" style="margin:0 0 1em;color:#ff8a80;font:bold 18px sans-serif">\
        The site failed to build — showing the last good version underneath</h2>\
        <pre style="white-space:pre-wrap;margin:0">\(HTMLEscaping.escape(text(for: report, builtFrom: started)))</pre>\
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
