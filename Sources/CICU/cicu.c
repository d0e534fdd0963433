// CICU implementation: see include/cicu.h for the contract of each function.
#include "cicu.h"

#include <pthread.h>
#include <stdlib.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

// MARK: - Per-thread state

/// Everything a thread reuses between calls: ICU break iterators are not thread-safe and
/// opening one costs tens of microseconds, so each thread keeps its own.
typedef struct ThreadState {
    UBreakIterator *words;
    UText *text;
    UChar *source;      // input converted to UTF-16
    int32_t sourceCapacity;
    UChar *normalized;  // after normalization / case mapping
    int32_t normalizedCapacity;
    UChar *stripped;    // after Latin diacritic removal
    int32_t strippedCapacity;
} ThreadState;

static pthread_key_t stateKey;
static pthread_once_t stateKeyOnce = PTHREAD_ONCE_INIT;
static __thread ThreadState *threadState;

static void destroyState(void *pointer) {
    ThreadState *state = pointer;
    if (state->words) ubrk_close(state->words);
    if (state->text) utext_close(state->text);
    free(state->source);
    free(state->normalized);
    free(state->stripped);
    free(state);
}

static void createStateKey(void) { pthread_key_create(&stateKey, destroyState); }

static ThreadState *currentState(void) {
    if (threadState) return threadState;
    pthread_once(&stateKeyOnce, createStateKey);
    ThreadState *state = calloc(1, sizeof(ThreadState));
    if (!state) return NULL;
    pthread_setspecific(stateKey, state);
    threadState = state;
    return state;
}

/// Makes `*buffer` hold at least `needed` UTF-16 units; false when memory is exhausted.
static int reserve(UChar **buffer, int32_t *capacity, int32_t needed) {
    if (needed <= *capacity) return 1;
    int32_t grown = *capacity * 2 > needed ? *capacity * 2 : needed;
    if (grown < 64) grown = 64;
    UChar *resized = realloc(*buffer, (size_t)grown * sizeof(UChar));
    if (!resized) return 0;
    *buffer = resized;
    *capacity = grown;
    return 1;
}

// MARK: - UTF-8 <-> UTF-16

/// Converts UTF-8 input into `state->source`; returns the UTF-16 length or a negated error.
static int32_t loadSource(ThreadState *state, const uint8_t *utf8, int32_t length) {
    if (!reserve(&state->source, &state->sourceCapacity, length + 1)) return -U_MEMORY_ALLOCATION_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8WithSub(state->source, state->sourceCapacity, &units, (const char *)utf8, length,
                         0xFFFD, NULL, &status);
    return U_FAILURE(status) ? -status : units;
}

/// Writes UTF-16 `text` as UTF-8 into `out`; returns the needed length (preflighting) or a negated error.
static int32_t storeResult(const UChar *text, int32_t units, uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strToUTF8WithSub((char *)out, capacity, &length, text, units, 0xFFFD, NULL, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status)) return length;
    return -status;
}

// MARK: - Normalization

static const UNormalizer2 *normalizer(CICUNormalizationForm form, UErrorCode *status) {
    switch (form) {
    case CICU_NFC: return unorm2_getNFCInstance(status);
    case CICU_NFD: return unorm2_getNFDInstance(status);
    case CICU_NFKC: return unorm2_getNFKCInstance(status);
    case CICU_NFKD: return unorm2_getNFKDInstance(status);
    case CICU_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(status);
    }
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return NULL;
}

/// Normalizes `state->source[0..<units]` into `state->normalized`; returns its length or a negated error.
static int32_t normalizeSource(ThreadState *state, const UNormalizer2 *form, int32_t units) {
    UErrorCode status = U_ZERO_ERROR;
    if (!reserve(&state->normalized, &state->normalizedCapacity, units + 16)) return -U_MEMORY_ALLOCATION_ERROR;
    int32_t length = unorm2_normalize(form, state->source, units, state->normalized,
                                      state->normalizedCapacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        if (!reserve(&state->normalized, &state->normalizedCapacity, length + 1)) return -U_MEMORY_ALLOCATION_ERROR;
        status = U_ZERO_ERROR;
        length = unorm2_normalize(form, state->source, units, state->normalized,
                                  state->normalizedCapacity, &status);
    }
    return U_FAILURE(status) ? -status : length;
}

int32_t cicu_normalize(CICUNormalizationForm form, const uint8_t *utf8, int32_t length,
                       uint8_t *out, int32_t capacity) {
    if (length <= 0) return 0;
    ThreadState *state = currentState();
    if (!state) return -U_MEMORY_ALLOCATION_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *chosen = normalizer(form, &status);
    if (U_FAILURE(status)) return -status;
    int32_t units = loadSource(state, utf8, length);
    if (units < 0) return units;
    int32_t normalized = normalizeSource(state, chosen, units);
    if (normalized < 0) return normalized;
    return storeResult(state->normalized, normalized, out, capacity);
}

int32_t cicu_to_lower(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t capacity) {
    if (length <= 0) return 0;
    ThreadState *state = currentState();
    if (!state) return -U_MEMORY_ALLOCATION_ERROR;
    int32_t units = loadSource(state, utf8, length);
    if (units < 0) return units;
    if (!reserve(&state->normalized, &state->normalizedCapacity, units + 16)) return -U_MEMORY_ALLOCATION_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    int32_t lowered = u_strToLower(state->normalized, state->normalizedCapacity, state->source, units, "", &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        if (!reserve(&state->normalized, &state->normalizedCapacity, lowered + 1)) return -U_MEMORY_ALLOCATION_ERROR;
        status = U_ZERO_ERROR;
        lowered = u_strToLower(state->normalized, state->normalizedCapacity, state->source, units, "", &status);
    }
    if (U_FAILURE(status)) return -status;
    return storeResult(state->normalized, lowered, out, capacity);
}

// MARK: - Search folding

/// Latin letters without a canonical decomposition that searchers type without their stroke/ligature.
static const char *latinReplacement(UChar32 c) {
    switch (c) {
    case 0x00E6: return "ae"; // æ
    case 0x0153: return "oe"; // œ
    case 0x00F8: return "o";  // ø
    case 0x0142: return "l";  // ł
    case 0x0111: return "d";  // đ
    case 0x00F0: return "d";  // ð
    case 0x0131: return "i";  // ı
    case 0x0127: return "h";  // ħ
    case 0x0167: return "t";  // ŧ
    case 0x00FE: return "th"; // þ
    default: return NULL;
    }
}

static int isMark(UChar32 c) {
    int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

/// Copies `text` to `out` without the diacritics of Latin letters; returns the output length.
/// `out` must hold 2 * units UTF-16 units (a replacement is at most two letters per code point).
static int32_t stripLatinDiacritics(const UChar *text, int32_t units, UChar *out, const UNormalizer2 *nfd) {
    int32_t written = 0;
    int afterLatinLetter = 0;
    for (int32_t i = 0; i < units;) {
        UChar32 c;
        U16_NEXT(text, i, units, c);
        if (c < 0x80) {
            out[written++] = (UChar)c;
            afterLatinLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            continue;
        }
        if (isMark(c)) {
            if (!afterLatinLetter) U16_APPEND_UNSAFE(out, written, c);
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        afterLatinLetter = uscript_getScript(c, &status) == USCRIPT_LATIN && U_SUCCESS(status);
        if (!afterLatinLetter) {
            U16_APPEND_UNSAFE(out, written, c);
            continue;
        }
        const char *replacement = latinReplacement(c);
        if (replacement) {
            while (*replacement) out[written++] = (UChar)*replacement++;
            continue;
        }
        UChar decomposition[32];
        int32_t decomposed = unorm2_getDecomposition(nfd, c, decomposition, 32, &status);
        if (decomposed <= 0 || U_FAILURE(status)) {
            U16_APPEND_UNSAFE(out, written, c);
            continue;
        }
        int32_t kept = 0;
        for (int32_t j = 0; j < decomposed;) {
            UChar32 part;
            U16_NEXT(decomposition, j, decomposed, part);
            if (!isMark(part) && kept < 2) {
                U16_APPEND_UNSAFE(out, written, part);
                kept++;
            }
        }
    }
    return written;
}

int32_t cicu_search_fold(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t capacity) {
    if (length <= 0) return 0;
    ThreadState *state = currentState();
    if (!state) return -U_MEMORY_ALLOCATION_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *casefold = unorm2_getNFKCCasefoldInstance(&status);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status)) return -status;
    int32_t units = loadSource(state, utf8, length);
    if (units < 0) return units;
    int32_t folded = normalizeSource(state, casefold, units);
    if (folded < 0) return folded;
    if (!reserve(&state->stripped, &state->strippedCapacity, 2 * folded + 2)) return -U_MEMORY_ALLOCATION_ERROR;
    int32_t stripped = stripLatinDiacritics(state->normalized, folded, state->stripped, nfd);
    return storeResult(state->stripped, stripped, out, capacity);
}

// MARK: - Word boundaries

int32_t cicu_word_boundaries(const uint8_t *utf8, int32_t length, int32_t *boundaries, int32_t capacity) {
    ThreadState *state = currentState();
    if (!state) return -U_MEMORY_ALLOCATION_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    if (!state->words) {
        state->words = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
        if (U_FAILURE(status)) {
            state->words = NULL;
            return -status;
        }
    }
    state->text = utext_openUTF8(state->text, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) return -status;
    ubrk_setUText(state->words, state->text, &status);
    if (U_FAILURE(status)) return -status;
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(state->words); boundary != UBRK_DONE && count < capacity;
         boundary = ubrk_next(state->words)) {
        boundaries[count++] = boundary;
    }
    return count;
}
