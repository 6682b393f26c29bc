#ifndef CALIDOC_CLIBZIP_SHIM_H
#define CALIDOC_CLIBZIP_SHIM_H
#include <zip.h>
#endif
