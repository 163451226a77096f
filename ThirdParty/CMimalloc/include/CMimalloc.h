// Linking the target replaces the process's malloc (see allocator.c); one knob besides.

/// Keeps the memory the process frees for its next allocations instead of returning it to the
/// system (mimalloc's purge_delay -1): for a long-running process that frees and makes the same
/// structures again and again (the preview server's rebuilds).
void briefing_keep_freed_memory(void);
