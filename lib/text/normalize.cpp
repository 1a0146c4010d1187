#include "kg/text/normalize.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "kg/text/utf8.h"

namespace kg::text {
namespace {

// The ASCII replacement of a typographic code point, "" to drop it, or
// nullptr to keep it.
const char* replacement(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2014: case 0x2015:
      return "--";
    case 0x2026:
      return "...";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000:
      return " ";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    default:
      return nullptr;
  }
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

void normalize_form(std::string_view raw, std::string& out) {
  if (is_ascii(raw)) {
    out.assign(raw);
    return;
  }
  // NFC first: composition never creates the characters mapped below, and
  // mapping first could put a combining mark onto an ASCII base.
  struct FreeDeleter {
    void operator()(utf8proc_uint8_t* p) const { std::free(p); }
  };
  std::string nfc;
  {
    utf8proc_uint8_t* composed = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(raw.data()),
                                      static_cast<utf8proc_ssize_t>(raw.size()), &composed,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(composed);
    if (n >= 0)
      nfc.assign(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(n));
    else
      nfc.assign(raw);  // not valid UTF-8: the reader rules this out; keep the bytes
  }
  out.clear();
  std::string_view s = nfc;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    int len;
    char32_t c = decode_utf8(s, i, len);
    if (const char* r = replacement(c))
      out += r;
    else
      out.append(s.data() + i, static_cast<std::size_t>(len));
    i += static_cast<std::size_t>(len);
  }
  // A token made only of dropped characters (a lone soft hyphen) keeps its
  // bytes: every token has a non-empty form.
  if (out.empty()) out.assign(nfc);
}

}  // namespace kg::text
