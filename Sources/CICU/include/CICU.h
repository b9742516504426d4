// Stable-named wrappers over ICU's C API. ICU's own symbols carry a version
// suffix (ubrk_open_72), so Swift code calls these instead and links against
// whichever ICU the system has (statically into a release `tracuu`, see Package.swift).
#ifndef TRACUU_CICU_H
#define TRACUU_CICU_H

#include <stdint.h>

/// A word break iterator over UTF-8 text whose boundaries are byte offsets.
typedef struct TracuuWordBreaker TracuuWordBreaker;

/// Opens a root-locale word break iterator; NULL when ICU has no break data.
TracuuWordBreaker *tracuu_word_breaker_create(void);
void tracuu_word_breaker_destroy(TracuuWordBreaker *breaker);

/// Points the iterator at `length` bytes of UTF-8, which must outlive the
/// iteration. Returns 0, or an ICU error code.
int32_t tracuu_word_breaker_set_text(TracuuWordBreaker *breaker, const char *utf8, int32_t length);

/// The byte offset of the next boundary, or -1 at the end. `rule_status`
/// receives ICU's rule status for the segment ending there (0..99 means
/// spaces and punctuation, 100..199 numbers, 200..299 letters).
int32_t tracuu_word_breaker_next(TracuuWordBreaker *breaker, int32_t *rule_status);

/// The canonical decomposition of one code point (NFD, one level) written to
/// `out`; returns its length in code points, 0 when it has none.
int32_t tracuu_raw_decomposition(int32_t c, int32_t *out, int32_t capacity);

/// The primary composite of two code points, or -1 (unorm2_composePair).
int32_t tracuu_compose_pair(int32_t a, int32_t b);

/// Simple case folding of one code point (u_foldCase, default options).
int32_t tracuu_fold_case(int32_t c);

/// Canonical combining class; non-zero for combining marks.
int32_t tracuu_combining_class(int32_t c);

/// NFC of UTF-8 text, optionally after full case folding. Writes at most
/// `capacity` bytes to `out` and returns the full length needed, or a
/// negative value on error (invalid UTF-8 is replaced with U+FFFD first).
int32_t tracuu_normalize_utf8(const char *src, int32_t length, int fold_case, char *out, int32_t capacity);

/// 1 when the UTF-8 text is already in NFC, 0 when not, -1 on error.
int32_t tracuu_is_nfc_utf8(const char *src, int32_t length);

/// Converts text in the named charset (e.g. "windows-1258", "UTF-16LE") to
/// UTF-8. Returns the full length needed, or a negative ICU error code.
/// `substitutions` receives how many characters could not be mapped.
int32_t tracuu_convert_to_utf8(const char *charset, const char *src, int32_t length, char *out, int32_t capacity, int32_t *substitutions);

#endif
