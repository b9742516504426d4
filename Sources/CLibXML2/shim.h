// libxml2's HTML and XML parsers and tree, for saved web pages and Word documents.
// Debian builds libxml2 with ICU, whose headers would then clash with Foundation's copy
// of ICU: tracuu uses no encoding handler's fields, so the ICU part is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
