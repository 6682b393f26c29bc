#ifndef CALIDOC_CLIBZIP_SHIM_H
#define CALIDOC_CLIBZIP_SHIM_H
#include <zip.h>

/* syncfs(2): flushes one file system in one call. A build writes its packages (this module's other
   job) as temporary files and makes them durable together before renaming them; Glibc declares
   syncfs only under _GNU_SOURCE, which Swift's Glibc module does not set. Linux only. */
#if defined(__linux__)
extern int syncfs(int fd);
#endif
#endif
