#include "CICU.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

// ICU is opened with dlopen on the first call that needs it, not linked: loading
// libicuuc (and the libstdc++ it pulls in) costs every process about a millisecond,
// and most searches never call ICU. The headers' renaming macros (ubrk_open ->
// ubrk_open_72) name both the fields below and the symbols looked up.
#define TRACUU_STRINGIFY2(x) #x
#define TRACUU_STRINGIFY(x) TRACUU_STRINGIFY2(x)

#define TRACUU_ICU_FUNCTIONS(X) \
    X(ubrk_open) X(ubrk_close) X(ubrk_setUText) X(ubrk_next) X(ubrk_getRuleStatus) \
    X(utext_openUTF8) X(utext_close) \
    X(unorm2_getNFCInstance) X(unorm2_getRawDecomposition) X(unorm2_composePair) X(unorm2_normalize) \
    X(unorm2_isNormalized) \
    X(u_foldCase) X(u_getCombiningClass) X(u_strFromUTF8WithSub) X(u_strToUTF8WithSub) X(u_strFoldCase) \
    X(ucnv_open) X(ucnv_close) X(ucnv_setToUCallBack) X(ucnv_toUChars) X(UCNV_TO_U_CALLBACK_SUBSTITUTE)

static struct {
#define TRACUU_ICU_FIELD(name) __typeof__(name) *name;
    TRACUU_ICU_FUNCTIONS(TRACUU_ICU_FIELD)
} icu;

static pthread_once_t icu_once = PTHREAD_ONCE_INIT;
static int icu_loaded;

static void load_icu(void) {
    void *library = dlopen("libicuuc.so." TRACUU_STRINGIFY(U_ICU_VERSION_MAJOR_NUM), RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libicuuc.so", RTLD_NOW | RTLD_LOCAL);
    if (!library) return;
#define TRACUU_ICU_LOAD(name) if (!(icu.name = (__typeof__(name) *)dlsym(library, TRACUU_STRINGIFY(name)))) return;
    TRACUU_ICU_FUNCTIONS(TRACUU_ICU_LOAD)
    icu_loaded = 1;
}

/// Whether ICU could be opened; opens it on the first call.
static int icu_ready(void) {
    pthread_once(&icu_once, load_icu);
    return icu_loaded;
}

struct TracuuWordBreaker {
    UBreakIterator *iterator;
    UText *text;
};

TracuuWordBreaker *tracuu_word_breaker_create(void) {
    if (!icu_ready()) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = icu.ubrk_open(UBRK_WORD, "", NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    TracuuWordBreaker *breaker = calloc(1, sizeof(TracuuWordBreaker));
    if (!breaker) { icu.ubrk_close(iterator); return NULL; }
    breaker->iterator = iterator;
    return breaker;
}

void tracuu_word_breaker_destroy(TracuuWordBreaker *breaker) {
    if (!breaker) return;
    icu.ubrk_close(breaker->iterator);
    if (breaker->text) icu.utext_close(breaker->text);
    free(breaker);
}

int32_t tracuu_word_breaker_set_text(TracuuWordBreaker *breaker, const char *utf8, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    // Reusing the UText avoids an allocation per call.
    breaker->text = icu.utext_openUTF8(breaker->text, utf8, length, &status);
    if (U_FAILURE(status)) return status;
    icu.ubrk_setUText(breaker->iterator, breaker->text, &status);
    return U_FAILURE(status) ? status : 0;
}

int32_t tracuu_word_breaker_next(TracuuWordBreaker *breaker, int32_t *rule_status) {
    int32_t boundary = icu.ubrk_next(breaker->iterator);
    if (boundary == UBRK_DONE) return -1;
    *rule_status = icu.ubrk_getRuleStatus(breaker->iterator);
    return boundary;
}

static const UNormalizer2 *nfc(void) {
    if (!icu_ready()) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = icu.unorm2_getNFCInstance(&status);
    return U_FAILURE(status) ? NULL : normalizer;
}

int32_t tracuu_raw_decomposition(int32_t c, int32_t *out, int32_t capacity) {
    const UNormalizer2 *normalizer = nfc();
    if (!normalizer) return 0;
    UChar buffer[8];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = icu.unorm2_getRawDecomposition(normalizer, c, buffer, 8, &status);
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
    return normalizer ? icu.unorm2_composePair(normalizer, a, b) : -1;
}

int32_t tracuu_fold_case(int32_t c) { return icu_ready() ? icu.u_foldCase(c, U_FOLD_CASE_DEFAULT) : c; }

int32_t tracuu_combining_class(int32_t c) { return icu_ready() ? icu.u_getCombiningClass(c) : 0; }

// UTF-8 -> UTF-16 into a malloc'd buffer; invalid sequences become U+FFFD.
static UChar *to_utf16(const char *src, int32_t length, int32_t *out_length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    icu.u_strFromUTF8WithSub(NULL, 0, &needed, src, length, 0xFFFD, NULL, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return NULL;
    UChar *buffer = malloc(sizeof(UChar) * (size_t)(needed + 1));
    if (!buffer) return NULL;
    status = U_ZERO_ERROR;
    icu.u_strFromUTF8WithSub(buffer, needed + 1, out_length, src, length, 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) { free(buffer); return NULL; }
    return buffer;
}

static int32_t utf16_to_utf8(const UChar *src, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    icu.u_strToUTF8WithSub(out, capacity, &needed, src, length, 0xFFFD, NULL, &status);
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
        int32_t folded_length = icu.u_strFoldCase(NULL, 0, wide, wide_length, U_FOLD_CASE_DEFAULT, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) { free(wide); return -1; }
        UChar *folded = malloc(sizeof(UChar) * (size_t)(folded_length + 1));
        if (!folded) { free(wide); return -1; }
        status = U_ZERO_ERROR;
        icu.u_strFoldCase(folded, folded_length + 1, wide, wide_length, U_FOLD_CASE_DEFAULT, &status);
        free(wide);
        if (U_FAILURE(status)) { free(folded); return -1; }
        wide = folded;
        wide_length = folded_length;
    }
    status = U_ZERO_ERROR;
    int32_t normalized_length = icu.unorm2_normalize(normalizer, wide, wide_length, NULL, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) { free(wide); return -1; }
    UChar *normalized = malloc(sizeof(UChar) * (size_t)(normalized_length + 1));
    if (!normalized) { free(wide); return -1; }
    status = U_ZERO_ERROR;
    icu.unorm2_normalize(normalizer, wide, wide_length, normalized, normalized_length + 1, &status);
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
    UBool normalized = icu.unorm2_isNormalized(normalizer, wide, wide_length, &status);
    free(wide);
    if (U_FAILURE(status)) return -1;
    return normalized ? 1 : 0;
}

static void count_substitution(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                               int32_t length, UConverterCallbackReason reason, UErrorCode *status) {
    if (reason <= UCNV_IRREGULAR) ++*(int32_t *)context;
    icu.UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, status);
}

int32_t tracuu_convert_to_utf8(const char *charset, const char *src, int32_t length, char *out, int32_t capacity, int32_t *substitutions) {
    if (!icu_ready()) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = icu.ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    *substitutions = 0;
    icu.ucnv_setToUCallBack(converter, count_substitution, substitutions, NULL, NULL, &status);
    int32_t wide_capacity = length * 2 + 16;
    UChar *wide = malloc(sizeof(UChar) * (size_t)wide_capacity);
    if (!wide) { icu.ucnv_close(converter); return -1; }
    int32_t wide_length = icu.ucnv_toUChars(converter, wide, wide_capacity, src, length, &status);
    icu.ucnv_close(converter);
    if (U_FAILURE(status)) { free(wide); return -(int32_t)status; }
    int32_t result = utf16_to_utf8(wide, wide_length, out, capacity);
    free(wide);
    return result;
}
