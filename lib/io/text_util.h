// Small string helpers shared by the renderer and the exporters.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::io {

// Case- and accent-folded form of a name with hyphens, dots, apostrophes,
// underscores and runs of spaces turned into single spaces: what a user may
// type for "Kim Jong-un" is "kim jong un".
std::string fold_name(std::string_view name);

// Splits on single spaces (as fold_name leaves them).
std::vector<std::string_view> split_words(std::string_view folded);

// Edit distance over bytes, stopping early above `limit` (returns limit + 1).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// Cuts `s` to at most `max_chars` code points, adding "…" when it cut.
std::string truncate_utf8(std::string_view s, std::size_t max_chars);

// Number of UTF-8 code points (bytes that do not continue a sequence).
std::size_t utf8_length(std::string_view s);

// Splits `s` into lines of about `width` code points at spaces (a word
// longer than `width` gets a line of its own).
std::vector<std::string> wrap_words(std::string_view s, std::size_t width);

// Replaces ASCII control characters (newlines, tabs, ...) by spaces.
std::string flatten_controls(std::string_view s);

}  // namespace kg::io

namespace kg::io {

// `s` with invalid UTF-8 sequences replaced by U+FFFD and NUL bytes by
// spaces: safe to hand to writers that trust their input to be text.
std::string valid_utf8(std::string_view s);

}  // namespace kg::io
