import BriefingKit

/// The preview server (`briefing serve`) lives here; it is built in its own issue.
public enum PreviewServer {}
