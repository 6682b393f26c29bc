#ifndef CALIDOC_CLIBXML2_SHIM_H
#define CALIDOC_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, whose headers clash with the ICU copy inside Swift's
   Foundation. calidoc never touches xmlCharEncodingHandler internals, so hide ICU from Swift. */
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/HTMLparser.h>

/* xmlFree is a global function pointer; Swift 6 rejects touching it directly. */
static inline void calidoc_xml_free(void *pointer) { xmlFree(pointer); }

#endif
