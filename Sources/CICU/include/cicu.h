// CICU — a thin C shim over ICU 72 (libicuuc) for Loupe's text analysis.
//
// Debian's ICU renames every symbol with a version suffix through macros, which Swift cannot
// call; these plain functions wrap the few ICU services the Indexer needs. All functions take
// UTF-8 (invalid sequences are read as U+FFFD) and are thread-safe: the break iterator and
// scratch buffers live in per-thread state that is created on first use and freed when the
// thread exits.
//
// Output convention (ICU "preflighting"): functions writing UTF-8 return the full length of
// the result. When that length exceeds `capacity`, the output buffer content is unspecified
// and the caller retries with a buffer of at least the returned length. A negative return
// value is an ICU error code negated (never happens for valid input).
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Unicode normalization forms offered by `cicu_normalize`.
typedef enum CICUNormalizationForm {
    CICU_NFC = 0,
    CICU_NFD = 1,
    CICU_NFKC = 2,
    CICU_NFKD = 3,
    /// NFKC + full case folding + removal of default-ignorable code points (ICU's NFKC_Casefold).
    CICU_NFKC_CASEFOLD = 4,
} CICUNormalizationForm;

/// Word boundaries of `utf8` per ICU's root-locale word break iterator (UAX #29 with the
/// dictionaries for CJK, Thai, Lao, Khmer and Myanmar). Writes the byte offsets of every
/// boundary, including 0 and `length`, in increasing order into `boundaries` and returns how
/// many there are. At most `length + 1` boundaries exist, so that capacity always suffices;
/// with a smaller capacity the result is truncated to `capacity` entries. Negative on error.
int32_t cicu_word_boundaries(const uint8_t *utf8, int32_t length,
                             int32_t *boundaries, int32_t capacity);

/// Search folding of one word: NFKC_Casefold (lowercase, compatibility forms, ß -> ss,
/// default-ignorables removed), then diacritics removed from Latin letters only (é -> e,
/// i + U+0307 -> i, and æ -> ae, œ -> oe, ø -> o, ł -> l, đ/ð -> d, ı -> i, ħ -> h, ŧ -> t,
/// þ -> th). Marks on non-Latin letters (Devanagari, Thai, kana dakuten, ...) are kept.
int32_t cicu_search_fold(const uint8_t *utf8, int32_t length,
                         uint8_t *out, int32_t capacity);

/// Normalizes `utf8` to `form`.
int32_t cicu_normalize(CICUNormalizationForm form, const uint8_t *utf8, int32_t length,
                       uint8_t *out, int32_t capacity);

/// Full Unicode lowercase mapping in the root locale (no Turkish/Lithuanian tailoring).
int32_t cicu_to_lower(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
