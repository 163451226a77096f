// Nothing to call: linking the target replaces the process's malloc (see allocator.c).
