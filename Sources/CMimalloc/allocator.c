// The process's allocator: mimalloc (vendor/, Microsoft's MIT-licensed v2.4.1, unmodified; see
// vendor/LICENSE), compiled as one object that defines malloc, free and the rest. The briefing
// executable links it, so every allocation of the process — Swift's, Foundation's, libcmark's,
// glibc's own — goes through it instead of glibc's malloc, whose bookkeeping (consolidating and
// unlinking chunks) was an eighth of a build's time in perf.
#if defined(__linux__)
#include "vendor/src/static.c"
#include <stdlib.h>

// Freed memory is kept for reuse rather than handed back to the system 10 ms later: a build
// frees and allocates page-sized buffers all along, and each page handed back came back to be
// zeroed by the kernel again (a tenth of a build's samples in perf; under 5 % when kept). A
// `MIMALLOC_PURGE_DELAY` in the environment still decides.
__attribute__((constructor))
static void briefing_allocator_keeps_freed_memory(void) {
    if (getenv("MIMALLOC_PURGE_DELAY") == NULL) mi_option_set(mi_option_purge_delay, -1);
}
#endif
