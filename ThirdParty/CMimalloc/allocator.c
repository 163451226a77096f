// The process's allocator: mimalloc (vendor/, Microsoft's MIT-licensed v2.4.1, unmodified; see
// vendor/LICENSE), compiled as one object that defines malloc, free and the rest. The briefing
// executable links it, so every allocation of the process — Swift's, Foundation's, libcmark's,
// glibc's own — goes through it instead of glibc's malloc, whose bookkeeping (consolidating and
// unlinking chunks) was an eighth of a build's time in perf. Its defaults stay for builds: keeping freed
// memory instead of returning it (purge_delay -1) zeroed fewer pages but, measured on the
// 1,000-briefing corpus, saved no time that the machine's noise did not hide and cost up to 15 %
// more peak memory. The preview server keeps it (briefing_keep_freed_memory, below).
#if defined(__linux__)
#include "vendor/src/static.c"
#endif

#include "include/CMimalloc.h"

// The preview server calls it at start. A rebuild frees the last one's values and makes new ones:
// with the default delay of 10 ms, mimalloc returned the freed pages (madvise) and the next rebuild
// faulted them in again, a fifth of loading a save of one briefing of 1,000 (perf).
void briefing_keep_freed_memory(void) {
#if defined(__linux__)
  mi_option_set(mi_option_purge_delay, -1);
#endif
}
