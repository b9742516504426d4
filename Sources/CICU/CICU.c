#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

struct TracuuWordBreaker {
    UBreakIterator *iterator;
    UText *text;
};

TracuuWordBreaker *tracuu_word_breaker_create(void) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    TracuuWordBreaker *breaker = calloc(1, sizeof(TracuuWordBreaker));
    if (!breaker) { ubrk_close(iterator); return NULL; }
    breaker->iterator = iterator;
    return breaker;
}

void tracuu_word_breaker_destroy(TracuuWordBreaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    if (breaker->text) utext_close(breaker->text);
    free(breaker);
}

int32_t tracuu_word_breaker_set_text(TracuuWordBreaker *breaker, const char *utf8, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    // Reusing the UText avoids an allocation per call.
    breaker->text = utext_openUTF8(breaker->text, utf8, length, &status);
    if (U_FAILURE(status)) return status;
    ubrk_setUText(breaker->iterator, breaker->text, &status);
    return U_FAILURE(status) ? status : 0;
}

int32_t tracuu_word_breaker_next(TracuuWordBreaker *breaker, int32_t *rule_status) {
    int32_t boundary = ubrk_next(breaker->iterator);
    if (boundary == UBRK_DONE) return -1;
    *rule_status = ubrk_getRuleStatus(breaker->iterator);
    return boundary;
}

static const UNormalizer2 *nfc(void) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFCInstance(&status);
    return U_FAILURE(status) ? NULL : normalizer;
}

int32_t tracuu_raw_decomposition(int32_t c, int32_t *out, int32_t capacity) {
    const UNormalizer2 *normalizer = nfc();
    if (!normalizer) return 0;
    UChar buffer[8];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = unorm2_getRawDecomposition(normalizer, c, buffer, 8, &status);
    if (U_FAILURE(status) || length <= 0) return 0;
    int32_t count = 0;
    for (int32_t i = 0; i < length && count < capacity;) {
        UChar32 code;
        U16_NEXT(buffer, i, length, code);
        out[count++] = code;
    }
    return count;
}

int32_t tracuu_compose_pair(int32_t a, int32_t b) {
    const UNormalizer2 *normalizer = nfc();
    return normalizer ? unorm2_composePair(normalizer, a, b) : -1;
}

int32_t tracuu_fold_case(int32_t c) { return u_foldCase(c, U_FOLD_CASE_DEFAULT); }

int32_t tracuu_combining_class(int32_t c) { return u_getCombiningClass(c); }

// UTF-8 -> UTF-16 into a malloc'd buffer; invalid sequences become U+FFFD.
static UChar *to_utf16(const char *src, int32_t length, int32_t *out_length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8WithSub(NULL, 0, &needed, src, length, 0xFFFD, NULL, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return NULL;
    UChar *buffer = malloc(sizeof(UChar) * (size_t)(needed + 1));
    if (!buffer) return NULL;
    status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(buffer, needed + 1, out_length, src, length, 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) { free(buffer); return NULL; }
    return buffer;
}

static int32_t utf16_to_utf8(const UChar *src, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8WithSub(out, capacity, &needed, src, length, 0xFFFD, NULL, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
    return needed;
}

int32_t tracuu_normalize_utf8(const char *src, int32_t length, int fold_case, char *out, int32_t capacity) {
    const UNormalizer2 *normalizer = nfc();
    if (!normalizer) return -1;
    int32_t wide_length = 0;
    UChar *wide = to_utf16(src, length, &wide_length);
    if (!wide) return -1;
    UErrorCode status = U_ZERO_ERROR;
    if (fold_case) {
        int32_t folded_length = u_strFoldCase(NULL, 0, wide, wide_length, U_FOLD_CASE_DEFAULT, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) { free(wide); return -1; }
        UChar *folded = malloc(sizeof(UChar) * (size_t)(folded_length + 1));
        if (!folded) { free(wide); return -1; }
        status = U_ZERO_ERROR;
        u_strFoldCase(folded, folded_length + 1, wide, wide_length, U_FOLD_CASE_DEFAULT, &status);
        free(wide);
        if (U_FAILURE(status)) { free(folded); return -1; }
        wide = folded;
        wide_length = folded_length;
    }
    status = U_ZERO_ERROR;
    int32_t normalized_length = unorm2_normalize(normalizer, wide, wide_length, NULL, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) { free(wide); return -1; }
    UChar *normalized = malloc(sizeof(UChar) * (size_t)(normalized_length + 1));
    if (!normalized) { free(wide); return -1; }
    status = U_ZERO_ERROR;
    unorm2_normalize(normalizer, wide, wide_length, normalized, normalized_length + 1, &status);
    free(wide);
    if (U_FAILURE(status)) { free(normalized); return -1; }
    int32_t result = utf16_to_utf8(normalized, normalized_length, out, capacity);
    free(normalized);
    return result;
}

int32_t tracuu_is_nfc_utf8(const char *src, int32_t length) {
    const UNormalizer2 *normalizer = nfc();
    if (!normalizer) return -1;
    int32_t wide_length = 0;
    UChar *wide = to_utf16(src, length, &wide_length);
    if (!wide) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UBool normalized = unorm2_isNormalized(normalizer, wide, wide_length, &status);
    free(wide);
    if (U_FAILURE(status)) return -1;
    return normalized ? 1 : 0;
}

static void count_substitution(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                               int32_t length, UConverterCallbackReason reason, UErrorCode *status) {
    if (reason <= UCNV_IRREGULAR) ++*(int32_t *)context;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, status);
}

int32_t tracuu_convert_to_utf8(const char *charset, const char *src, int32_t length, char *out, int32_t capacity, int32_t *substitutions) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    *substitutions = 0;
    ucnv_setToUCallBack(converter, count_substitution, substitutions, NULL, NULL, &status);
    int32_t wide_capacity = length * 2 + 16;
    UChar *wide = malloc(sizeof(UChar) * (size_t)wide_capacity);
    if (!wide) { ucnv_close(converter); return -1; }
    int32_t wide_length = ucnv_toUChars(converter, wide, wide_capacity, src, length, &status);
    ucnv_close(converter);
    if (U_FAILURE(status)) { free(wide); return -(int32_t)status; }
    int32_t result = utf16_to_utf8(wide, wide_length, out, capacity);
    free(wide);
    return result;
}
